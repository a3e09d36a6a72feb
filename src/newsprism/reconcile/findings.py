"""A story's findings, section by section: what every view of a story shows, chosen once, as data.

The brief, the Markdown and HTML reports (render/story_markdown.py) and the terminal view (render/terminal.py)
word the findings each their own way; which sentences, groups and rows they show is decided here, so that no
view calls established what another lists apart.

- **established**: the sentences of corroborated groups (never contested ones) that ``CORROBORATION_MIN``
  independent sources state in full, each cited only to the articles whose own claim states all of its parts, its
  negation, its words and the source it names, and takes no other side of a conflict over it (see citing.py), the rest of its group named as
  differing in detail. A wire story and its syndicated copy are one source.
- **agreed**: what several independent sources agree on in sentences that otherwise differ or carry a disputed
  detail (see agreed.py: a person and the event they underwent; agreed_figures.py: a figure given alike and
  disputed by no one), each source's wording, and the disputes of a detail of it.
- **worded apart**: corroborated groups no one sentence of which ``CORROBORATION_MIN`` independent sources state:
  several sources report the thing, each in words the others do not state in full; every wording with only its
  own articles, never called established.
- **disputed in part**: contested groups whose sentence several independent sources state in full, with the
  disputes that touch it (the release of two named prisoners stays visible when the count released is disputed).
- **single source**: single-source groups by source, each wording cited only to the articles that state it (a
  syndicated copy may drop a detail of its original's sentence), with the words of a vague attribution. A wire
  story and its copies are listed under the original's source, with the sources of the copies
  (``copied_by``).
- **coverage**: see coverage.py.
- **who and where**: the people, organisations and places the articles name, their spellings and sources; see
  who_and_where.py.

Quotes need no choosing here: the story holds one entry per wording (see quotes.py), each printed by its own
articles (``printed_by``). Disputes are the story's conflicts, every one shown.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Agreement, Article, ClaimGroup, Conflict, Evidence, Story
from .citing import Citation, cite_group, cite_wordings
from .coverage import CoverageRow, coverage_rows
from .sides import SideIndex
from .status import CORROBORATION_MIN, original_article, source_of
from .who_and_where import WhoAndWhere, who_and_where


@dataclass(frozen=True, slots=True)
class AgreedPoint:
    """An agreed point, each distinct wording of it (in evidence order: one source may word it twice), and the
    subjects of the conflicts that dispute a detail of it, left to them."""

    agreement: Agreement
    wordings: list[str]
    disputes: list[str]


@dataclass(frozen=True, slots=True)
class DisputedInPart:
    """A contested group's sentence that several independent sources state, and the subjects of its disputes."""

    citation: Citation
    disputes: list[str]


@dataclass(frozen=True, slots=True)
class SingleSourceClaim:
    """A single-source group as its wordings, and the words of the unnamed source it rests on, if vague."""

    group: ClaimGroup
    wordings: list[Citation]
    vague_attribution: str | None


@dataclass(frozen=True, slots=True)
class Findings:
    established: list[Citation]
    agreed: list[AgreedPoint]
    worded_apart: list[list[Citation]]
    disputed_in_part: list[DisputedInPart]
    single_source: dict[str, list[SingleSourceClaim]]  # source (``outlet_of``) -> its claims, sources in order
    coverage: list[CoverageRow]
    who_and_where: WhoAndWhere
    copied_by: dict[str, list[str]] = field(default_factory=dict)  # a single source -> the sources of its copies


def story_findings(story: Story, articles: dict[str, Article]) -> Findings:
    """The findings of ``story``. Only the story's own ``articles`` are read (a report may hold more), as
    reconciliation read them: a copy whose original is in another story counts as its own source."""
    own = {a: articles[a] for a in story.articles if a in articles}
    sides = SideIndex(story.conflicts)
    by_source = single_source(story.claims, own, sides)
    stated = established(story.claims, own, sides)
    return Findings(
        established=stated,
        agreed=[agreed_point(a, story.conflicts) for a in story.agreed if not _stated_in_full(a, stated)],
        worded_apart=worded_apart(story.claims, own, sides),
        disputed_in_part=disputed_in_part(story.claims, story.conflicts, own, sides),
        single_source=by_source,
        coverage=coverage_rows(story.claims, story.coverage, own, sides),
        who_and_where=who_and_where(story.entities, own),
        copied_by=copying_sources(by_source, own),
    )


def established(groups: list[ClaimGroup], articles: dict[str, Article], sides: SideIndex) -> list[Citation]:
    """The sentences of corroborated groups that ``CORROBORATION_MIN`` independent sources state in full (see
    ``cite_group``), most sources first."""
    rows = [(cite_group(g.claims, articles, sides), g.id) for g in groups if g.status == "corroborated"]
    rows = [row for row in rows if row[0].independent_sources >= CORROBORATION_MIN]
    rows.sort(key=lambda row: (-row[0].independent_sources, row[1]))
    return [citation for citation, _ in rows]


def _stated_in_full(agreement: Agreement, citations: list[Citation]) -> bool:
    """Whether an agreed figure's every piece of evidence lies in a sentence already established in its article:
    the figure is shown there, with the rest of the sentence ("nine workers were inside it")."""
    if agreement.entity:
        return False  # a person's point: its sentences differ in shape by definition
    spans = [(c.article, c.span) for citation in citations for c in citation.supporters]
    return all(any(article == e.article and span.start <= e.start and e.end <= span.end for article, span in spans)
               for e in agreement.evidence)


def worded_apart(groups: list[ClaimGroup], articles: dict[str, Article], sides: SideIndex) -> list[list[Citation]]:
    """Corroborated groups no one sentence of which ``CORROBORATION_MIN`` independent sources state, each as its
    wordings, each cited only to the articles that state it (see ``cite_wordings``), in group order."""
    rows = [cite_wordings(g.claims, articles, sides) for g in groups if g.status == "corroborated"]
    return [wordings for wordings in rows if wordings[0].independent_sources < CORROBORATION_MIN]


def agreed_point(agreement: Agreement, conflicts: list[Conflict]) -> AgreedPoint:
    subjects = {c.id: c.subject for c in conflicts}
    wordings = list(dict.fromkeys(e.text for e in agreement.evidence))
    return AgreedPoint(agreement, wordings, [subjects[c] for c in agreement.disputed if c in subjects])


def disputed_in_part(groups: list[ClaimGroup], conflicts: list[Conflict], articles: dict[str, Article],
                     sides: SideIndex) -> list[DisputedInPart]:
    """Contested groups whose sentence (see ``cite_group``) ``CORROBORATION_MIN`` independent sources state in
    full and whose claims hold a conflict's evidence, most sources first."""
    rows = []
    for group in (g for g in groups if g.status == "contested"):
        citation, subjects = cite_group(group.claims, articles, sides), disputes_of(group, conflicts)
        if subjects and citation.independent_sources >= CORROBORATION_MIN:
            rows.append((DisputedInPart(citation, subjects), group.id))
    rows.sort(key=lambda row: (-row[0].citation.independent_sources, row[1]))
    return [row for row, _ in rows]


def disputes_of(group: ClaimGroup, conflicts: list[Conflict]) -> list[str]:
    """The subjects of the conflicts with evidence inside one of the group's claims."""
    return [conflict.subject for conflict in conflicts
            if any(_in_group(evidence, group) for position in conflict.positions for evidence in position.evidence)]


def _in_group(evidence: Evidence, group: ClaimGroup) -> bool:
    return any(claim.article == evidence.article and evidence.start < claim.span.end and claim.span.start < evidence.end
               for claim in group.claims)


def single_source(groups: list[ClaimGroup], articles: dict[str, Article],
                  sides: SideIndex) -> dict[str, list[SingleSourceClaim]]:
    """Single-source groups under their source (``outlet_of``: an outlet, else an article id), sources in order,
    groups in group order. A wire story and its copies are one source, named after the original
    (``original_article``), never after a copy."""
    by_source: dict[str, list[SingleSourceClaim]] = {}
    for group in (g for g in groups if g.status == "single_source"):
        attribution = group.claims[0].attribution
        vague = attribution.text if group.vague_attribution and attribution else None
        claim = SingleSourceClaim(group, cite_wordings(group.claims, articles, sides), vague)
        by_source.setdefault(source_of(original_article(group.claims, articles), articles), []).append(claim)
    return {source: by_source[source] for source in sorted(by_source)}


def copying_sources(by_source: dict[str, list[SingleSourceClaim]], articles: dict[str, Article]) -> dict[str, list[str]]:
    """Each single source whose claims a copy of its articles repeats -> the sources of those copies, sorted: the
    reader is told that the other outlet carries them, and that it is not a second source."""
    copied = {}
    for source, claims in by_source.items():
        cited = {a for claim in claims for wording in claim.wordings for a in wording.articles}
        others = sorted({source_of(a, articles) for a in cited} - {source})
        if others:
            copied[source] = others
    return copied
