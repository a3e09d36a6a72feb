"""Coverage: what each source does with each claim group (reports it, omits it, contradicts it), and the rows a
view of it shows.

A source is ``outlet_of`` an article: its outlet, else the article's id. Views name it (render/labels.py); this
module decides only what each cell says and which sentence labels each row.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, ClaimGroup
from .context import Finding
from .status import outlet_of, source_of

REPORTS, OMITS, CONTRADICTS = "reports", "omits", "contradicts"


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One row of the coverage table: the group, the sentence that labels it, and source -> what it does."""

    group: ClaimGroup
    label: str
    cells: dict[str, str]


def coverage_matrix(groups: list[ClaimGroup], findings: list[Finding], articles: list[Article]) -> dict[str, dict[str, str]]:
    """Claim group id -> outlet -> reports / omits / contradicts."""
    outlets = sorted({outlet_of(a) for a in articles})
    outlet_by_article = {a.id: outlet_of(a) for a in articles}
    matrix = {}
    for group in groups:
        claim_ids = {c.id for c in group.claims}
        reporting = {outlet_by_article.get(c.article, c.article) for c in group.claims}
        dissent = {outlet_by_article.get(a, a) for f in findings if f.claim_ids & claim_ids
                   for a in _dissenting_articles(f, group)}
        matrix[group.id] = {o: CONTRADICTS if o in dissent else REPORTS if o in reporting else OMITS for o in outlets}
    return matrix


def _dissenting_articles(finding: Finding, group: ClaimGroup) -> set[str]:
    """The finding's articles against this group that dispute it: those whose own statement of it is in the
    finding, or that do not state it at all. An article stating the group's claim in words no conflict
    touches agrees with it, whatever it disputes elsewhere (its dissent shows on the row of that claim)."""
    undisputed = {c.article for c in group.claims if c.id not in finding.claim_ids}
    disputed = {c.article for c in group.claims if c.id in finding.claim_ids}
    return {a for a in _articles_against(finding, disputed | undisputed) if a in disputed or a not in undisputed}


def _articles_against(finding: Finding, stating: set[str]) -> set[str]:
    """The articles of every position but the one the group takes. A group whose ``stating`` articles all
    take one position takes that one, even a minority's (else its own outlet would be marked as
    contradicting it); any other group takes the majority's."""
    sides = [i for i, position in enumerate(finding.positions) if stating <= set(position.articles)]
    held = sides[0] if sides else max(
        range(len(finding.positions)), key=lambda i: (len(finding.positions[i].articles), -i))
    return {a for i, position in enumerate(finding.positions) if i != held for a in position.articles}


def coverage_rows(groups: list[ClaimGroup], coverage: dict[str, dict[str, str]],
                  articles: dict[str, Article]) -> list[CoverageRow]:
    """A row for each group more than one source speaks to, in group order. A single-source group is listed
    with its source, and its row would only say that the others omit it."""
    return [CoverageRow(group, _row_label(group, coverage[group.id], articles), coverage[group.id])
            for group in groups if group.status != "single_source" and group.id in coverage]


def _row_label(group: ClaimGroup, row: dict[str, str], articles: dict[str, Article]) -> str:
    """The claim as a source that reports it words it: labelled with a dissenting source's sentence, a row would
    show that source contradicting its own words (its claim is in the group, its figure in the minority)."""
    for claim in group.claims:
        if row.get(source_of(claim.article, articles)) == REPORTS:
            return claim.text
    return group.text
