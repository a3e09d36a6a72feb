"""Claims: the factual statements of each article, with their parts.

A sentence is a claim when it asserts something checkable: it has a verb and names an entity, a figure
or a time. Questions, prescriptive opinion ("the world must ..."), subheadings and sentences that are
mostly a direct quote are not claims (a quote stays a quote, reported in the story's quotes).
"""
from __future__ import annotations

from ..model import ArticleAnnotations, Attribution, Claim, Span
from .grammar import (clause_negated, has_verb, hedges_in, is_heading, is_opinion, is_question, main_predicate,
                      predicate_lemma)
from .lexicon import EVENT_CLASSES, PARTIAL_PREDICATES, TOTAL_PREDICATES
from .parse import ParsedSentence

EVENT_WORDS = frozenset(EVENT_CLASSES) | PARTIAL_PREDICATES | TOTAL_PREDICATES

QUOTE_SHARE_LIMIT = 0.6  # a sentence whose words are mostly quoted is the speaker's, not the outlet's claim
MIN_TOKENS = 4


def extract_claims(parsed: list[ParsedSentence], annotations: list[ArticleAnnotations]) -> list[Claim]:
    """The claims of every parsed sentence, with ids ``<article>:c<n>`` in text order."""
    by_article = {a.article: a for a in annotations}
    claims: list[Claim] = []
    counters: dict[str, int] = {}
    for sentence in parsed:
        ann = by_article.get(sentence.article)
        if ann is None or not is_claim_sentence(sentence, ann):
            continue
        counters[sentence.article] = counters.get(sentence.article, 0) + 1
        claims.append(build_claim(f"{sentence.article}:c{counters[sentence.article]}", sentence, ann))
    return claims


def is_claim_sentence(sentence: ParsedSentence, ann: ArticleAnnotations) -> bool:
    doc = sentence.doc
    if len(doc) < MIN_TOKENS or not has_verb(doc) or is_question(doc) or is_opinion(doc) or is_heading(doc):
        return False
    if quoted_share(sentence.span, ann) >= QUOTE_SHARE_LIMIT:
        return False
    return bool(_inside(ann.mentions, sentence.span) or _inside(ann.quantities, sentence.span)
                or _inside(ann.times, sentence.span) or names_an_event(doc))


def names_an_event(doc) -> bool:
    """An event word of the lexicon ("released", "sanctions relief"): a checkable statement about it."""
    return any(t.lemma_.lower() in EVENT_WORDS for t in doc if t.pos_ in ("VERB", "NOUN"))


def quoted_share(span: Span, ann: ArticleAnnotations) -> float:
    covered = sum(min(q.span.end, span.end) - max(q.span.start, span.start)
                  for q in ann.quotes if q.span.overlaps(span))
    return covered / max(1, len(span))


def build_claim(claim_id: str, sentence: ParsedSentence, ann: ArticleAnnotations) -> Claim:
    predicate = main_predicate(sentence.doc)
    return Claim(
        id=claim_id,
        article=sentence.article,
        span=sentence.span,
        text=sentence.doc.text,
        entities=_entity_keys(ann, sentence.span),
        quantities=_inside(ann.quantities, sentence.span),
        times=_inside(ann.times, sentence.span),
        predicate=predicate_lemma(predicate),
        polarity="negative" if clause_negated(predicate) else "positive",
        hedges=hedges_in(sentence.doc),
        attribution=_attribution(ann.attributions, sentence.span),
    )


def entity_key(mention) -> str:
    """The resolved entity id, or the mention's normalised name when resolution has not run."""
    return mention.entity or "name:" + " ".join(mention.text.lower().split())


def _entity_keys(ann: ArticleAnnotations, span: Span) -> list[str]:
    keys: list[str] = []
    for mention in _inside(ann.mentions, span):
        key = entity_key(mention)
        if key not in keys:
            keys.append(key)
    return keys


def _inside(items: list, span: Span) -> list:
    return [item for item in items if span.contains(item.span)]


def _attribution(attributions: list[Attribution], span: Span) -> Attribution | None:
    return next((a for a in attributions if a.span.overlaps(span)), None)
