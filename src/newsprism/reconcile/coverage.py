"""Coverage: how each source stands on each claim group, and the rows a view of it shows.

A cell says what a reader of the row's claim needs to know of the source, read from the claim's own sources and
from the conflicts over it (those in which one of its sources takes a side):

- ``reports``: one of the source's sentences is among the claim's sources (it states it, with compatible values);
- ``reports_in_part``: it states, in another sentence, the value the claim gives on a disputed detail and
  disputes none ("32 miners had died" on the row of "a fire killed 32 miners on Tuesday");
- ``differs_in_detail``: it takes the claim's side of one conflict over it and another side of another (the
  same 123 prisoners released, after the lifting of sanctions "on the country" where the claim says "selected
  sanctions"): it does not dispute the claim as a whole;
- ``contradicts``: it takes another side of a conflict over the claim, and the claim's side of none;
- ``omits``: none of these.

A source is ``outlet_of`` an article: its outlet, else the article's id. Views name it (render/labels.py); this
module decides only what each cell says and which sentence labels each row.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Article, ClaimGroup
from .sides import Disputed, SideIndex, Sides
from .status import outlet_of, source_of

REPORTS, REPORTS_IN_PART, DIFFERS_IN_DETAIL, CONTRADICTS, OMITS = (
    "reports", "reports_in_part", "differs_in_detail", "contradicts", "omits")


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One row of the coverage table: the group, the sentence that labels it, and source -> what it does."""

    group: ClaimGroup
    label: str
    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class Stances:
    """The articles that take the group's side of a conflict over it (``agreeing``), and those that take another
    side, and not the group's, of one (``disputing``): an article may do both, in two conflicts."""

    agreeing: frozenset[str]
    disputing: frozenset[str]


def coverage_matrix(groups: list[ClaimGroup], findings: Sequence[Disputed],
                    articles: list[Article]) -> dict[str, dict[str, str]]:
    """Claim group id -> outlet -> reports / reports_in_part / differs_in_detail / contradicts / omits."""
    outlets = sorted({outlet_of(a) for a in articles})
    outlet_by_article = {a.id: outlet_of(a) for a in articles}
    articles_of = {o: {a for a, outlet in outlet_by_article.items() if outlet == o} for o in outlets}
    index = SideIndex(findings)
    matrix = {}
    for group in groups:
        stances = group_stances(group, findings, index)
        reporting = {outlet_by_article.get(c.article, c.article) for c in group.claims}
        matrix[group.id] = {o: REPORTS if o in reporting else _cell(articles_of[o], stances) for o in outlets}
    return matrix


def group_stances(group: ClaimGroup, findings: Sequence[Disputed], index: SideIndex) -> Stances:
    """Who is with the group and who against it in the conflicts over it. A conflict is over the group when one
    of its sources takes a side of it; its side is the positions its sources take. A conflict that only an aligned
    sentence on the other side touches is about that sentence, not about the claim."""
    agreeing: set[str] = set()
    disputing: set[str] = set()
    for number, held in _held(group, index).items():
        positions = findings[number].positions
        with_it = {a for n in held for a in positions[n].articles}
        agreeing |= with_it
        disputing |= {a for n, p in enumerate(positions) if n not in held for a in p.articles} - with_it
    return Stances(frozenset(agreeing), frozenset(disputing))


def _held(group: ClaimGroup, index: SideIndex) -> Sides:
    held: dict[int, frozenset[int]] = {}
    for claim in group.claims:
        for number, positions in index.sides_of(claim).items():
            held[number] = held.get(number, frozenset()) | positions
    return held


def _cell(source_articles: set[str], stances: Stances) -> str:
    agrees, disputes = bool(source_articles & stances.agreeing), bool(source_articles & stances.disputing)
    if agrees and disputes:
        return DIFFERS_IN_DETAIL
    if disputes:
        return CONTRADICTS
    return REPORTS_IN_PART if agrees else OMITS


def coverage_rows(groups: list[ClaimGroup], coverage: dict[str, dict[str, str]], articles: dict[str, Article],
                  sides: SideIndex | None = None) -> list[CoverageRow]:
    """A row for each group more than one source speaks to, in group order. A single-source group is listed
    with its source, and its row would only say that the others omit it.

    A contested group that one source alone states is left out when an earlier row is over the same conflicts
    (``sides``) with the same cells: the outlet that gives 52 released against four giving 123 says "52" in four
    sentences, and four rows would repeat the one dispute."""
    index = sides or SideIndex(())
    rows, seen = [], set()
    for group in groups:
        if group.status == "single_source" or group.id not in coverage:
            continue
        cells = coverage[group.id]
        signature = (frozenset(_held(group, index)), tuple(sorted(cells.items())))
        if _sources_stating(group, articles) == 1 and signature[0] and signature in seen:
            continue
        seen.add(signature)
        rows.append(CoverageRow(group, _row_label(group, cells, articles), cells))
    return rows


def _sources_stating(group: ClaimGroup, articles: dict[str, Article]) -> int:
    return len({source_of(claim.article, articles) for claim in group.claims})


def _row_label(group: ClaimGroup, row: dict[str, str], articles: dict[str, Article]) -> str:
    """The claim as a source that reports it words it: labelled with a dissenting source's sentence, a row would
    show that source contradicting its own words (its claim is in the group, its figure in the minority)."""
    for claim in group.claims:
        if row.get(source_of(claim.article, articles)) == REPORTS:
            return claim.text
    return group.text
