"""A story's findings in Markdown: what is established, what several sources report in differing words, what
several sources state but is disputed in part, what is disputed, who said what, what one source alone reports,
the coverage, and who and where (the people, organisations and places named). The one composer of them: the
Markdown and HTML reports show them under each story, and the pipeline fills ``Story.brief`` with them
(``story_brief``), so the JSON brief reads exactly as the report does.

What each section holds is reconciliation's choice (``reconcile.findings``); here it is written: every word taken
from an article escaped (``markup.escape_markdown``) and shown as written, sources named by their labels
(labels.py), citations linked to the articles' entries in the HTML report. A section with nothing to show says
so; four are left out instead: the things reported in differing words and the claims stated but disputed in
part (a story rarely has one), the coverage table (it would have no row), and who and where (the articles name
no person, organisation or place).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Article, Conflict, StoryQuote, Story
from ..reconcile.citing import Citation
from ..reconcile.findings import AgreedPoint, Findings, SingleSourceClaim, story_findings
from ..reconcile.quotes import printed_by
from ..reconcile.who_and_where import NamedEntity, WhoAndWhere
from .labels import HEADER_CHARS, source_labels
from .markup import cite, escape_markdown
from .text import balance_quotes, counted, one_line, sentence, shorten

ROW_LABEL_CHARS = 80
ESTABLISHED_LIMIT = 15  # rows of each of the sections of what several sources state
PER_SOURCE_LIMIT = 8  # single-source claims listed under one source


@dataclass(frozen=True, slots=True)
class Sources:
    """The articles of the report, each source's label (and a shorter one for a table's header or a list of
    several sources), and whether citations link to the articles' entries."""

    articles: dict[str, Article]
    labels: dict[str, str]
    headers: dict[str, str]
    links: bool = False

    @classmethod
    def of(cls, articles: list[Article], links: bool = False) -> "Sources":
        return cls({a.id: a for a in articles}, source_labels(articles), source_labels(articles, HEADER_CHARS), links)

    def cite(self, article_ids: Iterable[str]) -> str:
        return cite(article_ids, self.links)

    def label(self, source: str) -> str:
        return self.labels.get(source, source)

    def short_labels(self, keys: Iterable[str]) -> list[str]:
        """The sources' shorter labels, escaped, in label order."""
        ordered = sorted(keys, key=lambda key: (self.label(key), key))
        return [escape_markdown(self.headers.get(key, key)) for key in ordered]


def story_brief(story: Story, articles: list[Article]) -> str:
    """``Story.brief``: the story's findings as the Markdown report shows them under the story, citations plain."""
    return "\n".join(story_sections(story, Sources.of(articles))).rstrip() + "\n"


def story_sections(story: Story, sources: Sources) -> list[str]:
    findings = story_findings(story, sources.articles)
    return [*_established(findings, sources), *_worded_apart(findings.worded_apart, sources),
            *_disputed_in_part(findings, sources), *_disputed(story.conflicts, sources),
            *_quotes(story.quotes, sources), *_single_source(findings, sources), *_coverage(findings, sources),
            *_who_and_where(findings.who_and_where, sources)]


def quoted(text: str) -> str:
    """An article's words in quotation marks, escaped."""
    return f"“{escape_markdown(sentence(text))}”"


def _section(heading: str, lines: list[str], when_empty: str = "") -> list[str]:
    return [f"### {heading}", "", *(lines or [f"- {when_empty}"]), ""]


# Said where several sources report something but none in words another states in full: the next section lists it.
NONE_IN_FULL = ("No sentence is stated in full by two independent sources; what several sources report in their own "
                "words follows.")


def _established(findings: Findings, sources: Sources) -> list[str]:
    """The sentences several independent sources state in full, most sources first, each cited to the articles
    that state all of it; then the points several sources agree on in sentences that otherwise differ."""
    lines = [_cited_line(citation, sources) for citation in findings.established[:ESTABLISHED_LIMIT]]
    lines += [_agreed_line(point, sources) for point in findings.agreed[:ESTABLISHED_LIMIT]]
    if findings.worded_apart:  # several sources report something, none in words another states in full
        return _section("What is established", lines, NONE_IN_FULL)
    return _section("What is established", lines, "Nothing is reported by two independent sources.")


def _cited_line(citation: Citation, sources: Sources) -> str:
    line = f"- {escape_markdown(sentence(citation.claim.text))} {sources.cite(citation.articles)}"
    differing = citation.differing
    return line + (f" (related reports differing in detail: {sources.cite(differing)})" if differing else "")


def _agreed_line(point: AgreedPoint, sources: Sources) -> str:
    agreement = point.agreement
    wordings = " … ".join(quoted(text) for text in point.wordings)
    line = (f"- **{escape_markdown(agreement.subject)}**, stated by {agreement.independent_sources} independent "
            f"sources {sources.cite(agreement.articles)}: {wordings}")
    return line + (f" ({disputed_details(point.disputes)}: {escape_markdown('; '.join(point.disputes))})"
                   if point.disputes else "")


def disputed_details(disputes: list[str]) -> str:
    """The label of an agreed point's disputes: 'disputed detail' or 'disputed details'."""
    return "disputed detail" if len(disputes) == 1 else "disputed details"


def _worded_apart(rows: list[list[Citation]], sources: Sources) -> list[str]:
    """Each thing several sources report in words none of the others states in full, every wording cited to
    its own articles; only when there is one."""
    lines = ["- " + " … ".join(f"{quoted(c.claim.text)} {sources.cite(c.articles)}" for c in wordings)
             for wordings in rows[:ESTABLISHED_LIMIT]]
    return _section("Reported by several sources, in differing words", lines) if lines else []


def _disputed_in_part(findings: Findings, sources: Sources) -> list[str]:
    """Only when there is such a claim: the section adds nothing to a story without one."""
    lines = [f"{_cited_line(row.citation, sources)} (disputed: {escape_markdown('; '.join(row.disputes))})"
             for row in findings.disputed_in_part[:ESTABLISHED_LIMIT]]
    return _section("Stated by several sources, but disputed in part", lines) if lines else []


def _disputed(conflicts: list[Conflict], sources: Sources) -> list[str]:
    lines = []
    for conflict in conflicts:
        lines.append(f"- **{escape_markdown(conflict.subject)}** ({escape_markdown(conflict.kind)}): "
                     f"{escape_markdown(one_line(conflict.explanation))}")
        for position in conflict.positions:
            # every distinct piece of evidence (a syndicated copy repeats its original's words: shown once)
            evidence = " … ".join(quoted(text) for text in dict.fromkeys(e.text for e in position.evidence))
            value = escape_markdown(one_line(position.value))
            lines.append(f"  - {value} {sources.cite(position.articles)}: {evidence}")
    return _section("What is disputed", lines, "No article contradicts another.")


def _quotes(quotes: list[StoryQuote], sources: Sources) -> list[str]:
    """Each wording of each quote (the story holds one entry a wording), cited only to the articles that print
    it, so that no outlet is given another's words."""
    lines = [f"- {escape_markdown(quote.speaker_name or 'unnamed speaker')}: {quoted(quote.text)} "
             f"{sources.cite(printed_by(quote))}" for quote in quotes]
    return _section("Who said what", lines, "No direct quotes.")


def _single_source(findings: Findings, sources: Sources) -> list[str]:
    """The claims only one source reports, under the source's label (sources in label order); vague
    attributions flagged."""
    lines = []
    for source in sorted(findings.single_source, key=lambda key: (sources.label(key), key)):
        claims = findings.single_source[source]
        lines.append(f"- **{escape_markdown(sources.label(source))}**{_copied_by(source, findings, sources)}")
        lines += [line for claim in claims[:PER_SOURCE_LIMIT] for line in _single_source_lines(claim, sources)]
        if len(claims) > PER_SOURCE_LIMIT:
            lines.append(f"  - … and {len(claims) - PER_SOURCE_LIMIT} more single-source claims")
    return _section("Reported by one source only", lines, "No claim is reported by one source only.")


def _copied_by(source: str, findings: Findings, sources: Sources) -> str:
    """The sources that carry copies of the source's articles: one source with them, not several. A copy that
    bears the original's label (the same headline, no outlet) is named by its citation."""
    copies = findings.copied_by.get(source)
    if not copies:
        return ""
    names = [sources.cite([c]) if sources.label(c) == sources.label(source) else escape_markdown(sources.label(c))
             for c in copies]
    return f" (copied by {', '.join(names)})"


def _single_source_lines(claim: SingleSourceClaim, sources: Sources) -> list[str]:
    """Each wording of the claim with the articles that state it (a copy may drop a detail of its original)."""
    flag = f" (vague attribution: {quoted(claim.vague_attribution)})" if claim.vague_attribution else ""
    return [f"  - {escape_markdown(sentence(c.claim.text))} {sources.cite(c.articles)}{flag}" for c in claim.wordings]


def _coverage(findings: Findings, sources: Sources) -> list[str]:
    """One row per claim that more than one source speaks to, one column per source (in label order); none
    without such claims."""
    if not findings.coverage:
        return []
    keys = sorted({key for row in findings.coverage for key in row.cells}, key=lambda k: (sources.label(k), k))
    header = " | ".join(sources.short_labels(keys))
    lines = ["### Coverage", "", "How each source stands on each claim that more than one source speaks to: it "
             "reports it, reports part of it in another sentence, differs from it in a detail, contradicts it or "
             "omits it.", "", f"| claim | {header} |", "|---" * (len(keys) + 1) + "|"]
    for row in findings.coverage:
        label = escape_markdown(balance_quotes(shorten(one_line(row.label), ROW_LABEL_CHARS)))
        lines.append(f"| {label} | " + " | ".join(row.cells.get(k, "").replace("_", " ") for k in keys) + " |")
    return lines + [""]


def _who_and_where(named: WhoAndWhere, sources: Sources) -> list[str]:
    """The people, organisations and places the articles name (chosen by ``reconcile.who_and_where``): each
    named by several articles on a line of its own with its other spellings and its sources, then those one
    article alone names on one line; none when there is none."""
    if not named:
        return []
    lines = [_named_line(entity, sources) for entity in named.rows]
    if named.rows_left_out:
        lines.append(f"- … and {named.rows_left_out} more named by several articles")
    if named.named_once:
        once = [f"{escape_markdown(n.name)} ({n.kind}) {sources.cite(n.articles)}" for n in named.named_once]
        more = [f"… and {named.named_once_left_out} more"] if named.named_once_left_out else []
        lines.append(f"- Named by one article only: {'; '.join(once + more)}")
    return _section("Who and where", lines)


def _named_line(named: NamedEntity, sources: Sources) -> str:
    """``**Name** (kind; also written Other [a2] / Other [a3]), named by N sources: A; B``."""
    others = " / ".join(f"{escape_markdown(s.text)} {sources.cite(s.articles)}" for s in named.spellings[1:])
    kind = f"{named.kind}; also written {others}" if others else named.kind
    labels = "; ".join(sources.short_labels(named.sources))
    return f"- **{escape_markdown(named.name)}** ({kind}), named by {counted(len(named.sources), 'source')}: {labels}"
