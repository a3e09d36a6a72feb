"""Agreed figures: a count several independent sources give for the same thing, compatibly, that no conflict
disputes.

A whole sentence is established only when two independent sources state all of it (see citing.py). Reports of
one event rarely share a sentence, but they often share its figures: "while 112 miners were below ground" in one
outlet, "where 112 miners were working the night shift" in another, "About 110 miners were underground" in a
third. Such a figure is an established fact of the story even where no sentence is.

Which figures: those the conflict rules read (``quantities.figures_of``) that give a value (not "hundreds", which
says little alike), less hedged claims, running totals and tolls, blocked on what they count (the counted noun's
head, kind and unit, as the rules block them) and clustered by compatible values ("about 110" and "112" agree). A
cluster is agreed when ``CORROBORATION_MIN`` independent sources give it and:

- its figures say one thing of what they count: all of one event class (killed, released, evacuated ...), or
  all of verbs outside the classes ("were below ground", "were working"). A class beside another, or beside an
  unclassed verb, may be two facts that share a number ("32 miners killed" and "brought 32 to the surface");
- their dates place them in one event (``quantities.split_by_event``);
- no conflict holds any of them (its evidence covers the figure): a figure outlets dispute is reported as the
  dispute, never as agreed by its majority.

Each point's subject is the value as most figures write it with what it counts, and its event where the figures
share a class with an English wording ("80 workers evacuated"; else what it counts as written: "112 miners"); its
evidence in each article is the figure's own clause: the figure, what it counts and the verb it goes with (see
``_clause``; spans, not copies).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..model import Agreement, Conflict, Span
from .context import StoryContext
from .independence import independent_count
from .lexicon import EVENT_CLASSES, EVENT_WORDING
from .phrasing import counted_as
from .quantities import Figure, cluster_values, counted_phrase, figures_of, split_by_event
from .status import CORROBORATION_MIN

# At most this many characters of the clause are shown past what the figure counts: the rest is the sentence's.
TAIL_CHARS = 60
RELATIVE_TAGS = frozenset({"WRB", "WDT", "WP", "WP$"})
EVENT_CLASS_NAMES = frozenset(EVENT_CLASSES.values())
# The parts of the figure's verb shown with it: auxiliaries, negation, particle, object, complement ("112 miners
# were working the night shift", "About 110 miners were underground"); its first prepositional phrase is added
# apart ("were below ground"), the rest of the sentence left to the claim.
VERB_PARTS = frozenset({"aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "oprd", "advmod", "nsubjpass",
                        "nsubj"})


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
        if (figure.quantity.value is None or figure.claim.hedges or figure.cumulative or figure.toll
                or _held_by(figure, disputed)):
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
    shown = _shown_figure(cluster)
    written = " ".join((shown.quantity.counted or cluster[0].thing).split())
    if event and shown.quantity.value == 1:  # "one man killed", where the plural rule would say "men"
        counted = counted_as(written, event, cluster[0].acting)
    else:
        counted = counted_phrase(cluster, cluster[0].thing, event) if event else written
    return Agreement("", f"{shown.quantity.text} {counted}", event, "", sorted({f.claim.article for f in cluster}),
                     sources, evidence, [])


def _shown_figure(cluster: list[Figure]) -> Figure:
    """The figure whose value most of them write, an exact one before an approximate one on a tie ('112' before
    'about 110'), then the first in the cluster."""
    written = Counter(f.quantity.text for f in cluster)
    return max(cluster, key=lambda f: (written[f.quantity.text], not f.quantity.approximate, -cluster.index(f)))


def _clause(ctx: StoryContext, figure: Figure) -> tuple[int, int]:
    """Article offsets of the figure's clause: the figure, its counted noun and the verb it goes with, with that
    verb's object or complement and first prepositional phrase; bounded by the commas and semicolons nearest the
    figure (a list or another thought begins there) and by ``TAIL_CHARS`` past what the figure counts."""
    quantity, text = figure.quantity, ctx.articles[figure.claim.article].text
    pieces = [quantity.span] + ([quantity.counted_span] if quantity.counted_span else [])
    first, last = min(p.start for p in pieces), max(p.end for p in pieces)
    start, end = first, last
    for token_start, token_end in _verb_phrase(ctx.parses.get(figure.claim.id), figure):
        start, end = min(start, token_start), max(end, token_end)
    before = max(text.rfind(",", start, first), text.rfind(";", start, first))
    if before >= 0:
        start = before + 1 + len(text[before + 1:first]) - len(text[before + 1:first].lstrip())
    after = [i for i in (text.find(",", last, end), text.find(";", last, end)) if i >= 0]
    end = min(after, default=end)
    if end - last > TAIL_CHARS:
        end = max(last, text.rfind(" ", last, last + TAIL_CHARS + 1))
    return start, end


def _verb_phrase(sentence: Any, figure: Figure) -> list[tuple[int, int]]:
    """Article offsets of the tokens of the verb the figure's counted noun goes with, its auxiliaries, its object
    or complement and its first prepositional phrase; none without a parse or a verb."""
    if sentence is None:
        return []
    offset = sentence.span.start
    anchor = (figure.quantity.counted_span or figure.quantity.span).start
    token = next((t for t in sentence.doc if offset + t.idx >= anchor), None)
    # spaCy makes a new Token object at each access: tokens are compared with ==, never `is` (a root, its own
    # head, was never found so, and a sentence whose root is no verb kept this loop climbing forever)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return []
    kept = [token] + [c for c in token.children if c.dep_ in VERB_PARTS]
    preposition = next((c for c in token.children if c.dep_ in ("prep", "agent") and c.i > token.i), None)
    tokens = [t for c in kept for t in ([c] if c == token else c.subtree)]
    tokens += list(preposition.subtree) if preposition is not None else []
    # a relative word ("where 112 miners were working") belongs to the sentence around the clause
    return [(offset + t.idx, offset + t.idx + len(t.text)) for t in tokens if t.tag_ not in RELATIVE_TAGS]
