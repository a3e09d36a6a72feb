"""Attributions: the sources an article cites for what it reports.

Four cue grammars: "according to X[, Y and Z]", a passive agent of a reporting verb ("as reported by
X", "confirmed by X"), "citing X", and a subject of a reporting verb ("X reported", "a senior US
official said", "human rights groups estimate", "sources say"). Each source is named or vague (its head
is a generic "official", "source", "analyst" ...; an institution that a definite phrase identifies by
its function, "the health ministry" or "the regional prosecutor's office", is named, and so is "the company"
or "the ministry" that refers back to one the article has named: institutions.py) and is an outlet or not (the
outlet gazetteer, or a generic head such as "state media" or "news agency").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Attribution, Mention, Span
from .cues import (
    AGENT_CUE_VERBS, ATTRIBUTION_VERBS, PERSON_PRONOUNS, VAGUE_PRONOUN_HEADS,
    OutletGazetteer, PeopleIndex,
    build_people, is_outlet_phrase, load_outlets, mentions_or_entities, normalise_name, noun_phrase,
    phrase_head, phrase_span, phrase_text, read_source_list, resolve_speaker, subject_of,
)
from .institutions import names_institution, organisation_referred_to
from .quotes import find_quote_marks

if TYPE_CHECKING:  # spaCy types only; importing spaCy is left to whoever loads the model
    from spacy.tokens import Doc, Token

CLIMBING_DEPS = frozenset({"conj"})  # a coordinated verb shares its subject ("... but said")


@dataclass(frozen=True)
class Source:
    """One cited source: its name as cited (in full for people), where, and its kind."""

    name: str
    span: Span
    named: bool
    is_outlet: bool


@dataclass(frozen=True)
class AttributionContext:
    """What every cue reader needs about the article."""

    article_id: str
    people: PeopleIndex
    gazetteer: OutletGazetteer
    quoted: tuple[Span, ...]
    text: str


def find_attributions(doc: Doc, article_id: str, mentions: list[Mention]) -> list[Attribution]:
    """Every cited source of an article, in text order, one attribution per cue."""
    text = doc.text  # built once: Doc.text joins every token on each call
    quoted = tuple(marks.region for marks in find_quote_marks(text))
    people = build_people(doc, mentions_or_entities(doc, article_id, mentions), quoted)
    context = AttributionContext(article_id, people, load_outlets(), quoted, text)
    found: dict[tuple[int, int], Attribution] = {}
    for token in doc:
        if _is_quoted(token, context):
            continue
        for reader in (according_to, agent_of, citing, subject_of_reporting_verb):
            for attribution in reader(token, context):
                found.setdefault((attribution.span.start, attribution.span.end), attribution)
    return _without_nested(sorted(found.values(), key=lambda a: (a.span.start, -a.span.end)))


# ---------------------------------------------------------------- cue readers


def according_to(token: Token, context: AttributionContext) -> list[Attribution]:
    """"according to Reuters, CBS News and Al Jazeera"."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return []
    return _from_list(doc, token.i, token.i + 2, "according to", context)


def agent_of(token: Token, context: AttributionContext) -> list[Attribution]:
    """"as reported by the BBC", "confirmed by U.S. envoy John Coale"."""
    verb = token.head
    if token.lower_ != "by" or verb.tag_ != "VBN" or verb.lemma_.lower() not in AGENT_CUE_VERBS:
        return []
    if verb.i > token.i:
        return []
    doc = token.doc
    start = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].lower_ == "as" else verb.i
    cue = doc[start:token.i + 1].text
    return _from_list(doc, start, token.i + 1, cue, context)


def citing(token: Token, context: AttributionContext) -> list[Attribution]:
    """"citing state media and human rights groups"."""
    if token.lemma_.lower() != "cite" or token.pos_ != "VERB" or _is_passive(token):
        return []
    return _from_list(token.doc, token.i, token.i + 1, token.text, context)


def subject_of_reporting_verb(token: Token, context: AttributionContext) -> list[Attribution]:
    """"X reported", "said X", "analysts say", "diplomatic sources have emphasized"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ATTRIBUTION_VERBS or _is_passive(token):
        return []
    subject = _reporting_subject(token)
    if subject is None or subject.lower_ in {"it", "they", "we", "you", "this", "that", "which"}:
        return []
    heads = [subject] + [child for child in subject.children if child.dep_ == "conj"]
    sources = [_source(noun_phrase(head), head, context) for head in heads]
    sources = [source for source in sources if source is not None]
    if not sources:
        return []
    start = min(token.idx, *(source.span.start for source in sources))
    end = max(token.idx + len(token.text), *(source.span.end for source in sources))
    return _attributions(Span(start, end), sources, token.text, context)


# ---------------------------------------------------------------- sources


def _from_list(doc: Doc, cue_start: int, list_start: int, cue: str, context: AttributionContext) -> list[Attribution]:
    items = read_source_list(doc, list_start)
    sources = [_source(item, phrase_head(item), context) for item in items]
    sources = [source for source in sources if source is not None]
    if not sources:
        return []
    span = Span(doc[cue_start].idx, sources[-1].span.end)
    return _attributions(span, sources, cue, context)


def _source(tokens: list[Token], head: Token | None, context: AttributionContext) -> Source | None:
    """A cited source from its phrase: pronouns resolve to the person they refer to, names are given
    in full, vague sources keep their description."""
    if not tokens or head is None:
        return None
    pronoun = head.lower_ in PERSON_PRONOUNS
    if head.pos_ == "PRON" and not pronoun and head.lower_ not in VAGUE_PRONOUN_HEADS:
        return None
    speaker = resolve_speaker(head, context.people)
    if pronoun and speaker.label != "PERSON":
        return None
    is_outlet = is_outlet_phrase(tokens, context.gazetteer)
    if speaker.named:
        span = speaker.span if pronoun else phrase_span(tokens)
        return Source(speaker.name, span, True, is_outlet)
    if names_institution(tokens, head):
        return Source(normalise_name(phrase_text(tokens)), phrase_span(tokens), True, is_outlet)
    referred = organisation_referred_to(head, tokens, context.people.mentions, context.quoted, context.gazetteer)
    if referred is not None:
        return Source(referred, phrase_span(tokens), True, is_outlet)
    return Source(phrase_text(tokens), phrase_span(tokens), False, is_outlet)


def _attributions(span: Span, sources: list[Source], cue: str, context: AttributionContext) -> list[Attribution]:
    """One attribution for the cue, or one per source when the sources are of different kinds
    (an outlet cited next to a vague group), so that each keeps its own kind."""
    doc_text = context.text
    kinds = {(source.named, source.is_outlet) for source in sources}
    if len(kinds) == 1:
        named, outlet = kinds.pop()
        return [Attribution(context.article_id, span, span.of(doc_text),
                            tuple(source.name for source in sources), named, outlet, cue)]
    return [Attribution(context.article_id, source.span, source.span.of(doc_text), (source.name,),
                        source.named, source.is_outlet, cue) for source in sources]


# ---------------------------------------------------------------- grammar helpers


def _reporting_subject(verb: Token) -> Token | None:
    """The active subject of a reporting verb, through coordination but not through participles,
    which continue an attribution already made ("said, adding that ...")."""
    subject = subject_of(verb) if verb.dep_ in CLIMBING_DEPS or _has_subject(verb) else None
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    return subject


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in {"nsubj", "csubj"} for child in verb.children)


def _is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children)


def _is_quoted(token: Token, context: AttributionContext) -> bool:
    return any(region.start <= token.idx < region.end for region in context.quoted)


def _without_nested(attributions: list[Attribution]) -> list[Attribution]:
    """Drop an attribution lying inside another one with the same sources (read by two cues)."""
    kept: list[Attribution] = []
    for attribution in attributions:
        if not any(other.span.contains(attribution.span) and set(attribution.sources) <= set(other.sources)
                   for other in kept):
            kept.append(attribution)
    return kept
