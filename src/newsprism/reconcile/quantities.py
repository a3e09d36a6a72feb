"""Quantity conflicts: the same counted thing, in the same event, with incompatible values.

Which event: figures are compared only within one event. Two figures belong to different events when
their sentences give dates that do not overlap ("52 freed in September" vs "123 freed in December"), or
when one is a running total ("since July 2024", "so far") and the other is not; such figures are not a
conflict (the grouping stage separates different events into related stories). Figures with no date are
taken as the same event when the story holds only one dated event for that thing; when it holds several,
undated figures are left out of the comparison, since nothing says which event they report.

Which thing: figures are compared when they count the same thing ("prisoners" with "political
prisoners"). A generic count of people ("52 individuals", "300 people") in an event whose figures count
people (a release, an arrest, deaths) counts the one kind of person the story counts for that event, and
is compared with it; when the story counts several kinds for the event (prisoners and guards), it is
compared with none.

Dates a day or two apart do not make two events: outlets that count the same thing of the same event but
date it to neighbouring days ("25 died on Monday 13 October" vs "32 killed on Tuesday") disagree on the
date as well, and ``timing.date_conflicts`` reports that as a date conflict of the event.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..model import Claim, Quantity
from .align import counted_head, predicate_class
from .context import DATED_KINDS, Finding, StoryContext, iso_day, position
from .lexicon import (CUMULATIVE_MARKERS, EVENT_CLASSES, GENERIC_PERSON_NOUNS, LABELLING_VERBS, LIGHT_VERBS,
                      PERSON_EVENT_CLASSES, REPORTING_VERBS)
from .ranges import compatible, quantity_range

COMPARABLE_KINDS = frozenset({"count", "money", "percent"})
# Dates this close are one event misdated by someone, not two events (a night shift, a time zone, an error).
SAME_EVENT_SLACK = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Figure:
    claim: Claim
    quantity: Quantity
    thing: str
    event: str
    cumulative: bool
    dates: tuple[tuple[str, str], ...]
    range: tuple[float, float]


def quantity_conflicts(ctx: StoryContext) -> list[Finding]:
    findings = []
    for (thing, event), same_event in same_event_figures(ctx):
        finding = _conflict_in(ctx, thing, event, same_event)
        if finding is not None:
            findings.append(finding)
    return findings


def same_event_figures(ctx: StoryContext) -> list[tuple[tuple[str, str], list[Figure]]]:
    """The story's figures, blocked on (counted thing, event class, kind, running total) and split by event."""
    blocks: dict[tuple[str, str, str, bool], list[Figure]] = {}
    for figure in figures_of(ctx):
        key = (figure.thing, figure.event, figure.quantity.kind, figure.cumulative)
        blocks.setdefault(key, []).append(figure)
    _fold_generic_counts(blocks)
    return [((thing, event), same_event) for (thing, event, _kind, _cum), block in sorted(blocks.items())
            for same_event in split_by_event(block)]


def _fold_generic_counts(blocks: dict[tuple[str, str, str, bool], list[Figure]]) -> None:
    """Move each block of generic person counts into the one specific block of its event, if only one."""
    for key in [k for k in blocks if k[0] in GENERIC_PERSON_NOUNS and k[1] in PERSON_EVENT_CLASSES]:
        _thing, event, kind, cumulative = key
        specific = [k for k in blocks if k[0] not in GENERIC_PERSON_NOUNS and k[1:] == (event, kind, cumulative)]
        if len(specific) == 1:
            blocks[specific[0]].extend(blocks.pop(key))


def figure_claims(figures: list[Figure]) -> list[Claim]:
    """The distinct claims of a block of figures, in story order (a date rule reads them)."""
    return list({f.claim.id: f.claim for f in figures}.values())


def figures_of(ctx: StoryContext) -> list[Figure]:
    figures = []
    for claim in ctx.claims:
        sentence = ctx.parses.get(claim.id)
        for quantity in claim.quantities:
            rng = quantity_range(quantity)
            if quantity.kind not in COMPARABLE_KINDS or not quantity.counted or rng is None or sentence is None:
                continue
            figures.append(Figure(claim, quantity, counted_head(quantity.counted),
                                  governing_event(sentence, quantity, claim), _cumulative(ctx, claim),
                                  _event_dates(claim), rng))
    return figures


def governing_event(sentence: Any, quantity: Quantity, claim: Claim) -> str:
    """The event class of the verb (or event noun) nearest the figure in the parse."""
    doc, offset = sentence.doc, sentence.span.start
    token = next((t for t in doc if offset + t.idx >= quantity.span.start), None)
    seen = 0
    while token is not None and seen < 8:
        for candidate in [token] + [c for c in token.children if c.dep_ in ("acl", "relcl")]:
            if _is_event_word(candidate):
                return predicate_class(candidate.lemma_.lower())
        token = None if token.head is token else token.head
        seen += 1
    return predicate_class(claim.predicate)


def _is_event_word(token: Any) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma not in REPORTING_VERBS and lemma not in LIGHT_VERBS and lemma not in LABELLING_VERBS
    return token.pos_ == "NOUN" and lemma in EVENT_CLASSES


def _cumulative(ctx: StoryContext, claim: Claim) -> bool:
    text = claim.text.lower()
    return any(f"{marker} " in text or text.endswith(marker) for marker in CUMULATIVE_MARKERS) or any(
        (t.relation or "") == "since" for t in claim.times)


def _event_dates(claim: Claim) -> tuple[tuple[str, str], ...]:
    dates = []
    for t in claim.times:
        if t.kind in DATED_KINDS and isinstance(t.low, str) and isinstance(t.high, str) and (t.relation or "") != "since":
            dates.append((t.low, t.high))
    return tuple(dates)


def split_by_event(block: list[Figure]) -> list[list[Figure]]:
    """Figures grouped by the event their dates place them in (see the module's note on undated figures)."""
    dated: list[tuple[tuple[str, str], list[Figure]]] = []
    undated = []
    for figure in block:
        if not figure.dates:
            undated.append(figure)
            continue
        span = figure.dates[0]
        home = next((g for g in dated if _near(span, g[0])), None)
        if home is None:
            dated.append((span, [figure]))
        else:
            home[1].append(figure)
    if len(dated) <= 1:
        return [undated + (dated[0][1] if dated else [])]
    return [figures for _span, figures in dated]


def _near(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Two date ranges overlap once each is widened by ``SAME_EVENT_SLACK``."""
    a_low, a_high, b_low, b_high = (iso_day(v) for v in (*first, *second))
    if None in (a_low, a_high, b_low, b_high):
        return first[0] <= second[1] and second[0] <= first[1]
    return a_low - SAME_EVENT_SLACK <= b_high and b_low - SAME_EVENT_SLACK <= a_high


def cluster_values(figures: list[Figure]) -> list[list[Figure]]:
    """Figures in clusters whose plausible ranges all overlap (greedy, ordered by range)."""
    clusters: list[tuple[tuple[float, float], list[Figure]]] = []
    for figure in sorted(figures, key=lambda f: (f.range, f.claim.id)):
        if clusters and compatible(clusters[-1][0], figure.range):
            common = (max(clusters[-1][0][0], figure.range[0]), min(clusters[-1][0][1], figure.range[1]))
            clusters[-1] = (common, clusters[-1][1] + [figure])
        else:
            clusters.append((figure.range, [figure]))
    return [members for _r, members in clusters]


def _conflict_in(ctx: StoryContext, thing: str, event: str, figures: list[Figure]) -> Finding | None:
    clusters = cluster_values(figures)
    if len(clusters) < 2 or len({f.claim.article for f in figures}) < 2:
        return None
    positions = [position(ctx, _value(c), [f.claim for f in c], [(f.claim.article, f.claim.span) for f in c])
                 for c in clusters]
    values = " vs ".join(f"{p.value} ({', '.join(p.articles)})" for p in positions)
    subject = f"number of {thing}s ({event})" if event else f"number of {thing}s"
    explanation = (f"Articles give incompatible figures for the {thing}s of the same event ({event or 'unnamed'}): "
                   f"{values}; no article dates them to different events.")
    return Finding("quantity", subject, positions, explanation, {f.claim.id for f in figures})


def _value(cluster: list[Figure]) -> str:
    return " / ".join(dict.fromkeys(f.quantity.text for f in cluster))
