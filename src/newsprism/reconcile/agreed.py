"""Agreed points: what several independent sources state about a named person's part in an event, even when the
sentences that state it also carry a disputed detail.

Claim groups cite whole sentences. A sentence naming the released prisoners together with a disputed count of
them is contested as a whole, and another outlet naming the same people in a different sentence shape lands in
another group, so what they all state (these people were released) would be shown nowhere as agreed. An agreed
point is narrower than a sentence: a person (a PERSON mention, resolved across articles) that a claim names as
undergoing an event whose class counts people (``PERSON_EVENT_CLASSES``: released, detained, arrested ...),
asserted as having happened: not negated, not modal, not asked for ("called for the release of").

The person is tied to the event word by the words between them, not by the whole sentence: nothing there but
function words, modifiers and the noun phrase the person is part of ("the release of 123 prisoners, including
X", "X, who had been jailed for years, was among the first to be freed": the clause describing X is skipped).
A verb of its own, a subordinate clause or a subject or object of the event that is not the person breaks the
tie ("Y, whose brother was freed"), and the person must not be the one acting ("X released the prisoners").

A point is agreed when ``CORROBORATION_MIN`` independent sources state it and no claim of the story states it
negated. Its evidence in each article is the span from the name to the event word (spans, not copies); the
details disputed within those words, or about the same participant's event, are left to the conflicts that
report them, named by id beside the point.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Agreement, Claim, Conflict, Entity, Evidence, Mention, Position, Span
from .agreed_figures import agreed_figures
from .claims import entity_key
from .context import StoryContext
from .grammar import SUBJECT_DEPS, clause_negated
from .independence import independent_count
from .lexicon import DEMAND_WORDS, EVENT_CLASSES, MODAL_AUXILIARIES, PERSON_EVENT_CLASSES
from .phrasing import agreed_subject, duration_subject
from .status import CORROBORATION_MIN

PARTICIPANT_LABEL = "PERSON"
# Dependencies of the words describing the person ("X, a lawyer, ...", "X, who had been jailed, ..."): skipped
# between the name and the event word, they describe X and do not break the tie.
DESCRIBING_DEPS = frozenset({"appos", "relcl", "acl", "amod"})
# Verbs that may stand between the name and the event word without stating an event of their own: "including",
# "following", "well-known", "also known as".
MODIFIER_VERB_DEPS = frozenset({"amod", "prep", "acl", "compound"})
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
AGENT_DEPS = frozenset({"nsubj", "csubj", "agent"})
BREAKING_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
BREAKING_DEPS = frozenset({"mark", "ccomp", "advcl", "parataxis"})
RELATIVE_SUBJECT_TAGS = frozenset({"WP", "WDT"})
EVENT_PHRASE_DEPS = frozenset({"det", "aux", "auxpass", "neg", "advmod"})


@dataclass(frozen=True, slots=True)
class Statement:
    """One claim stating that a person underwent an event, with the span that says it."""

    claim: Claim
    event: str
    entity: str
    name: str
    span: Span
    negated: bool


def agreed_points(ctx: StoryContext, conflicts: list[Conflict], entities: list[Entity],
                  story_id: str) -> list[Agreement]:
    """The points ``CORROBORATION_MIN`` independent sources state and none denies, most sources first: people's
    parts in events, and the figures several sources give alike (see agreed_figures.py)."""
    names = {e.id: e.name for e in entities}
    by_key: dict[tuple[str, str], list[Statement]] = {}
    for claim in ctx.claims:
        if claim.hedges:
            continue
        for statement in claim_statements(ctx, claim):
            by_key.setdefault((statement.event, statement.entity), []).append(statement)
    points = [(key, stated) for key, stated in by_key.items() if not any(s.negated for s in stated)]
    agreed = []
    for (event, entity), stated in points:
        sources = independent_count([s.claim for s in stated], ctx.articles)
        if sources >= CORROBORATION_MIN:
            agreed.append(_agreement(ctx, event, entity, names.get(entity, stated[0].name), stated, sources,
                                     conflicts))
    agreed += agreed_figures(ctx, conflicts)
    agreed.sort(key=lambda a: (-a.independent_sources, a.subject))
    return [_numbered(a, f"{story_id}:a{n}") for n, a in enumerate(agreed, start=1)]


def claim_statements(ctx: StoryContext, claim: Claim) -> list[Statement]:
    """Every (event, person) the claim ties together, each with its span and whether it is negated."""
    parsed = ctx.parses.get(claim.id)
    if parsed is None:
        return []
    doc, offset = parsed.doc, parsed.span.start
    statements = []
    for mention in (m for m in ctx.mentions_in(claim) if m.label == PARTICIPANT_LABEL):
        tokens = _mention_tokens(doc, mention, offset)
        if not tokens:
            continue
        for event_token in doc:
            event = event_class(event_token)
            if event is None or not _tied(doc, tokens, event_token) or _acts(tokens, event_token):
                continue
            if _asked_for_or_modal(event_token):
                continue
            span = _statement_span(tokens, event_token, offset)
            statements.append(Statement(claim, event, entity_key(mention), mention.text, span,
                                        clause_negated(event_token)))
    return statements


def event_class(token: Any) -> str | None:
    """The people-counting event class a word names ("freed", "release", "detained"), else None. A participle
    the tagger reads as a noun keeps its inflection as lemma ("those freed"), so "-ed" forms are tried bare."""
    if token.pos_ not in ("VERB", "NOUN", "ADJ"):
        return None
    word = token.lower_
    for form in (token.lemma_.lower(), word, word[:-1] if word.endswith("ed") else "",
                 word[:-2] if word.endswith("ed") else ""):
        event = EVENT_CLASSES.get(form)
        if event in PERSON_EVENT_CLASSES:
            return event
    return None


def _mention_tokens(doc: Any, mention: Mention, offset: int) -> list[Any]:
    return [t for t in doc if mention.span.start <= offset + t.idx < mention.span.end]


def _tied(doc: Any, tokens: list[Any], event_token: Any) -> bool:
    """Nothing between the name and the event word states anything of its own (see the module docstring)."""
    if event_token in tokens:
        return False
    head = _mention_head(tokens)
    if event_token.dep_ == "relcl" and event_token.head == head:
        # "X, who was freed on Friday" is about X; "X, whose brother was freed" is not
        return any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_SUBJECT_TAGS for c in event_token.children)
    if event_token.dep_ == "amod":
        # "the released prisoners, including X" names X among them; "a lawyer for the released prisoners" does not
        return head in event_token.head.subtree
    first, last = (tokens[-1].i + 1, event_token.i) if tokens[0].i < event_token.i else (event_token.i + 1, tokens[0].i)
    describing = {t.i for child in head.children if child.dep_ in DESCRIBING_DEPS for t in child.subtree}
    between = [doc[i] for i in range(first, last) if i not in describing]
    if any(_breaks(t) for t in between):
        return False
    # a subject or object of the event standing between must be the person's own noun phrase
    return all(head in t.subtree for t in between if t.head == event_token and t.dep_ in CORE_DEPS)


def _breaks(token: Any) -> bool:
    if token.tag_ in BREAKING_TAGS or token.dep_ in BREAKING_DEPS or token.text in (";", ":", "—"):
        return True
    if event_class(token) is not None:
        return True  # another event of its own
    return token.pos_ == "VERB" and token.dep_ not in MODIFIER_VERB_DEPS


def _mention_head(tokens: list[Any]) -> Any:
    return next((t for t in tokens if t.head not in tokens or t.head == t), tokens[-1])


def _acts(tokens: list[Any], event_token: Any) -> bool:
    """The person is the one acting (the active subject of the event, or its passive "by" agent)."""
    head = _mention_head(tokens)
    for child in event_token.children:
        if child.dep_ in AGENT_DEPS and (head in child.subtree or child.tag_ in BREAKING_TAGS):
            return True
    return False


def _asked_for_or_modal(event_token: Any) -> bool:
    """The event is demanded, planned or weighed ("called for the release of"), or stated with a modal."""
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in event_token.children):
        return True
    return any(a.lemma_.lower() in DEMAND_WORDS for a in event_token.ancestors)


def _statement_span(tokens: list[Any], event_token: Any, offset: int) -> Span:
    """From the name to the event word, the event's phrase whole: its determiner or auxiliaries and the
    preposition that introduces it ("among those freed", "by releasing", "was also freed")."""
    pieces = [*tokens, event_token, *(c for c in event_token.children if c.dep_ in EVENT_PHRASE_DEPS)]
    if event_token.dep_ in ("pobj", "pcomp") and event_token.head.i < event_token.i:
        pieces.append(event_token.head)
    first, last = min(pieces, key=lambda t: t.i), max(pieces, key=lambda t: t.i)
    return Span(offset + first.idx, offset + last.idx + len(last.text))


def _agreement(ctx: StoryContext, event: str, entity: str, name: str, stated: list[Statement], sources: int,
               conflicts: list[Conflict]) -> Agreement:
    pieces = sorted({(s.claim.article, s.span.start, s.span.end) for s in stated})
    evidence = [ctx.evidence(article, Span(start, end)) for article, start, end in pieces]
    disputed = [c.id for c in conflicts if _bears_on(c, duration_subject(name, event), evidence)]
    return Agreement("", agreed_subject(name, event), event, entity, sorted({s.claim.article for s in stated}),
                     sources, evidence, disputed)


def _bears_on(conflict: Conflict, duration: str, evidence: list[Evidence]) -> bool:
    """Whether a conflict disputes a detail of the point: it is about the same participant's event (its duration,
    ``duration``: "how long X was detained"), or one of its values is written inside the point's own words
    ("released 40 prisoners, including X"). A conflict that merely shares a sentence with the point (the
    scope of sanctions named in the same sentence as a release) is not listed beside it."""
    if conflict.subject == duration:
        return True
    return any(_written_within(position, evidence) for position in conflict.positions)


def _written_within(position: Position, evidence: list[Evidence]) -> bool:
    """The position's value is written inside the point's words in an article that holds the position."""
    pattern = re.compile(rf"(?<!\w){re.escape(position.value)}(?!\w)", re.IGNORECASE)
    articles = {e.article for e in position.evidence}
    return any(piece.article in articles and pattern.search(piece.text) for piece in evidence)


def _numbered(agreement: Agreement, agreement_id: str) -> Agreement:
    agreement.id = agreement_id
    return agreement
