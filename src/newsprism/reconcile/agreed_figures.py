"""Agreed figures: a count several independent sources give for the same thing, compatibly, that no conflict
disputes.

A whole sentence is established only when two independent sources state all of it (see citing.py). Reports of
one event rarely share a sentence, but they often share its figures: "while 112 miners were below ground" in one
outlet, "where 112 miners were working the night shift" in another, "About 110 miners were underground" in a
third. Such a figure is an established fact of the story even where no sentence is.

Which figures: those the conflict rules read (``quantities.figures_of``), less hedged claims, running totals and
tolls, blocked on what they count (the counted noun's head, kind and unit, as the rules block them) and clustered
by compatible values ("about 110" and "112" agree). A cluster is agreed when ``CORROBORATION_MIN`` independent
sources give it and:

- its figures say one thing of what they count: all of one event class (killed, released, evacuated ...), or
  all of verbs outside the classes ("were below ground", "were working"). A class beside another, or beside an
  unclassed verb, may be two facts that share a number ("32 miners killed" and "brought 32 to the surface");
- their dates place them in one event (``quantities.split_by_event``);
- no conflict holds any of them (its evidence covers the figure): a figure outlets dispute is reported as the
  dispute, never as agreed by its majority.

Each point's subject is the value as most figures write it with what it counts, and its event where the figures
share a class with an English wording ("80 workers evacuated"; else "112 miners"); its evidence in each article
is the figure's own clause, from the figure to the end of the verb phrase it belongs to (spans, not copies).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..model import Agreement, Conflict, Span
from .context import StoryContext
from .independence import independent_count
from .lexicon import EVENT_CLASSES, EVENT_WORDING
from .quantities import Figure, cluster_values, counted_phrase, figures_of, split_by_event, things_named
from .status import CORROBORATION_MIN

EVENT_CLASS_NAMES = frozenset(EVENT_CLASSES.values())
# Children of the figure's verb that start another thought ("... underground when the fire began"): the clause
# shown as evidence stops before them.
TRAILING_DEPS = frozenset({"advcl", "ccomp", "conj", "cc", "punct", "parataxis", "mark", "relcl"})


def agreed_figures(ctx: StoryContext, conflicts: list[Conflict]) -> list[Agreement]:
    """The figures ``CORROBORATION_MIN`` independent sources give alike (see the module docstring)."""
    agreed = []
    for block in _blocks(ctx, conflicts).values():
        for cluster in cluster_values(block):
            if _one_fact(cluster) and len(split_by_event(cluster)) == 1:
                claims = list({f.claim.id: f.claim for f in cluster}.values())
                sources = independent_count(claims, ctx.articles)
                if sources >= CORROBORATION_MIN:
                    agreed.append(_agreement(ctx, cluster, sources))
    return agreed


def _blocks(ctx: StoryContext, conflicts: list[Conflict]) -> dict[tuple[str, str, str], list[Figure]]:
    """The undisputed, unhedged, non-running figures, by what they count."""
    disputed = [(e.article, e.start, e.end) for c in conflicts for p in c.positions for e in p.evidence]
    blocks: dict[tuple[str, str, str], list[Figure]] = {}
    for figure in figures_of(ctx):
        if figure.claim.hedges or figure.cumulative or figure.toll or _held_by(figure, disputed):
            continue
        key = (figure.thing, figure.quantity.kind, figure.quantity.unit or "")
        blocks.setdefault(key, []).append(figure)
    return blocks


def _held_by(figure: Figure, disputed: list[tuple[str, int, int]]) -> bool:
    span = figure.quantity.span
    return any(article == figure.claim.article and start < span.end and span.start < end
               for article, start, end in disputed)


def _one_fact(cluster: list[Figure]) -> bool:
    """All of one event class, or all outside the classes (see the module docstring)."""
    classes = {f.event for f in cluster}
    known = classes & EVENT_CLASS_NAMES
    return not known or (len(known) == 1 and classes == known)


def _agreement(ctx: StoryContext, cluster: list[Figure], sources: int) -> Agreement:
    pieces = sorted({(f.claim.article, *_clause(ctx, f)) for f in cluster})
    evidence = [ctx.evidence(article, Span(start, end)) for article, start, end in pieces]
    event = cluster[0].event if cluster[0].event in EVENT_WORDING else ""
    counted = counted_phrase(cluster, cluster[0].thing, event) if event else things_named(cluster, cluster[0].thing)
    return Agreement("", f"{_written_value(cluster)} {counted}", event, "", sorted({f.claim.article for f in cluster}),
                     sources, evidence, [])


def _written_value(cluster: list[Figure]) -> str:
    """The value as most of the figures write it, an exact one before an approximate one on a tie ('112' before
    'about 110'), then the first in the cluster."""
    written = Counter(f.quantity.text for f in cluster)
    first = {f.quantity.text: (i, f.quantity.approximate) for i, f in reversed(list(enumerate(cluster)))}
    return max(written, key=lambda text: (written[text], not first[text][1], -first[text][0]))


def _clause(ctx: StoryContext, figure: Figure) -> tuple[int, int]:
    """Article offsets of the figure's clause: from the figure (or its counted noun, if written first) to the end
    of the verb phrase that its counted noun belongs to, before any clause that starts another thought."""
    quantity = figure.quantity
    start = min(quantity.span.start, quantity.counted_span.start if quantity.counted_span else quantity.span.start)
    end = max(quantity.span.end, quantity.counted_span.end if quantity.counted_span else quantity.span.end)
    verb = _verb_of(ctx.parses.get(figure.claim.id), figure)
    if verb is not None:
        offset, tokens = verb
        end = max(end, max(offset + t.idx + len(t.text) for t in tokens))
    return start, end


def _verb_of(sentence: Any, figure: Figure) -> tuple[int, list[Any]] | None:
    """The tokens of the verb phrase the figure's counted noun belongs to, after the figure, with the sentence's
    article offset; None without a parse or a verb."""
    if sentence is None:
        return None
    offset = sentence.span.start
    anchor = (figure.quantity.counted_span or figure.quantity.span).start
    token = next((t for t in sentence.doc if offset + t.idx >= anchor), None)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return None
    kept = [token] + [t for c in token.children if c.dep_ not in TRAILING_DEPS and c.i > token.i for t in c.subtree]
    return offset, [t for t in kept if offset + t.idx >= anchor]
