"""A story's findings in Markdown, the sections of its brief: what is established, what several sources state
but is disputed in part, what is disputed, who said what, what one source alone reports, and the coverage.

They are composed here from the story's data rather than copied from ``Story.brief``, so that every word
taken from an article is escaped (``markup.escape_markdown``) and shown as written; the selection and order
are the brief's (``reconcile.brief``). A section with nothing to show says so; two are left out instead: the
claims stated but disputed in part (a story rarely has one) and the coverage table (it would have no row).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Agreement, Article, ClaimGroup, Conflict, StoryQuote, Story
from ..reconcile.brief import (
    ESTABLISHED_LIMIT, PER_OUTLET_LIMIT, REPORTS, agreed_wordings, disputed_subjects, stated_but_disputed,
)
from ..reconcile.citing import Citation, cite_group
from ..reconcile.status import outlet_of
from .labels import HEADER_CHARS, source_labels
from .markup import cite, escape_markdown
from .text import balance_quotes, one_line, sentence, shorten

ROW_LABEL_CHARS = 80


@dataclass(frozen=True, slots=True)
class Sources:
    """The articles of the report, each source's label (and a shorter one for a table's header), and whether
    citations link to the articles' entries."""

    articles: dict[str, Article]
    labels: dict[str, str]
    headers: dict[str, str]
    links: bool = False

    @classmethod
    def of(cls, articles: list[Article], links: bool = False) -> "Sources":
        return cls({a.id: a for a in articles}, source_labels(articles), source_labels(articles, HEADER_CHARS), links)

    def cite(self, article_ids: Iterable[str]) -> str:
        return cite(article_ids, self.links)

    def source_of(self, article_id: str) -> str:
        """The article's source (``outlet_of``); an article the report does not hold is its own source."""
        article = self.articles.get(article_id)
        return outlet_of(article) if article else article_id

    def label_of(self, article_id: str) -> str:
        source = self.source_of(article_id)
        return self.labels.get(source, source)


def story_sections(story: Story, sources: Sources) -> list[str]:
    return [*_established(story, sources), *_stated_but_disputed(story, sources), *_disputed(story.conflicts, sources),
            *_quotes(story.quotes, sources), *_single_source(story.claims, sources), *_coverage(story, sources)]


def quoted(text: str) -> str:
    """An article's words in quotation marks, escaped."""
    return f"“{escape_markdown(sentence(text))}”"


def _section(heading: str, lines: list[str], when_empty: str = "") -> list[str]:
    return [f"### {heading}", "", *(lines or [f"- {when_empty}"]), ""]


def _established(story: Story, sources: Sources) -> list[str]:
    """Corroborated claims, most sources first, each cited to the articles that state all of it; then the
    points several sources agree on in sentences that otherwise differ."""
    groups = sorted((g for g in story.claims if g.status == "corroborated"),
                    key=lambda g: (-g.independent_sources, g.id))[:ESTABLISHED_LIMIT]
    lines = [_cited_line(cite_group(g.claims, sources.articles), sources) for g in groups]
    lines += [_agreed_line(a, story.conflicts, sources) for a in story.agreed[:ESTABLISHED_LIMIT]]
    return _section("What is established", lines, "Nothing is reported by two independent sources.")


def _cited_line(citation: Citation, sources: Sources) -> str:
    stating = {c.article for c in citation.supporters}
    line = f"- {escape_markdown(sentence(citation.claim.text))} {sources.cite(stating)}"
    others = {c.article for c in citation.others} - stating
    return line + (f" (related reports differing in detail: {sources.cite(others)})" if others else "")


def _agreed_line(agreement: Agreement, conflicts: list[Conflict], sources: Sources) -> str:
    wordings = " … ".join(quoted(text) for text in agreed_wordings(agreement))
    line = (f"- **{escape_markdown(agreement.subject)}**, stated by {agreement.independent_sources} independent "
            f"sources {sources.cite(agreement.articles)}: {wordings}")
    disputed = disputed_subjects(agreement, conflicts)
    return line + (f" (details disputed apart: {escape_markdown('; '.join(disputed))})" if disputed else "")


def _stated_but_disputed(story: Story, sources: Sources) -> list[str]:
    """Only when there is such a claim: the section adds nothing to a story without one."""
    rows = stated_but_disputed(story.claims, story.conflicts, sources.articles)
    lines = [f"{_cited_line(citation, sources)} (disputed: {escape_markdown('; '.join(subjects))})"
             for citation, subjects in rows]
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
    lines = [f"- {escape_markdown(quote.speaker_name or 'unnamed speaker')}: {quoted(text)} {sources.cite(articles)}"
             for quote in quotes for text, articles in quote_wordings(quote)]
    return _section("Who said what", lines, "No direct quotes.")


def quote_wordings(quote: StoryQuote) -> list[tuple[str, set[str]]]:
    """Each distinct wording of a quote with the articles that print it, the most widely printed first: a quote
    worded differently by different outlets is shown in every wording, so that no outlet is given another's
    words (case, spacing and the form of the apostrophe aside)."""
    by_wording: dict[str, tuple[str, set[str]]] = {}
    for item in quote.quotes:
        key = one_line(item.text.lower().replace("’", "'"))
        by_wording.setdefault(key, (item.text, set()))[1].add(item.article)
    return sorted(by_wording.values(), key=lambda pair: (-len(pair[1]), pair[0]))


def _single_source(groups: list[ClaimGroup], sources: Sources) -> list[str]:
    """The claims only one source reports, under the source's label; vague attributions flagged."""
    by_source: dict[str, list[ClaimGroup]] = {}
    for group in (g for g in groups if g.status == "single_source"):
        by_source.setdefault(sources.label_of(group.claims[0].article), []).append(group)
    lines = []
    for label in sorted(by_source):
        lines.append(f"- **{escape_markdown(label)}**")
        lines += [f"  - {_single_source_line(group, sources)}" for group in by_source[label][:PER_OUTLET_LIMIT]]
        if len(by_source[label]) > PER_OUTLET_LIMIT:
            lines.append(f"  - … and {len(by_source[label]) - PER_OUTLET_LIMIT} more single-source claims")
    return _section("Reported by one source only", lines, "No claim is reported by one source only.")


def _single_source_line(group: ClaimGroup, sources: Sources) -> str:
    line = f"{escape_markdown(sentence(group.text))} {sources.cite({c.article for c in group.claims})}"
    attribution = group.claims[0].attribution
    if group.vague_attribution and attribution:
        line += f" (vague attribution: {quoted(attribution.text)})"
    return line


def _coverage(story: Story, sources: Sources) -> list[str]:
    """One row per claim that more than one source speaks to, one column per source; none without such claims
    (a claim of one source alone is listed above, and its row would only say that the others omit it)."""
    shown = [g for g in story.claims if g.status != "single_source" and g.id in story.coverage]
    if not shown:
        return []
    keys = sorted({key for g in shown for key in story.coverage[g.id]}, key=lambda k: (sources.labels.get(k, k), k))
    header = " | ".join(escape_markdown(sources.headers.get(k, k)) for k in keys)
    lines = ["### Coverage", "", "What each source does with each claim that more than one source speaks to: "
             "reports it, omits it or contradicts it.", "", f"| claim | {header} |", "|---" * (len(keys) + 1) + "|"]
    for group in shown:
        row = story.coverage[group.id]
        label = escape_markdown(balance_quotes(shorten(one_line(_row_label(group, row, sources)), ROW_LABEL_CHARS)))
        lines.append(f"| {label} | " + " | ".join(row.get(k, "") for k in keys) + " |")
    return lines + [""]


def _row_label(group: ClaimGroup, row: dict[str, str], sources: Sources) -> str:
    """The claim as a source that reports it words it: labelled with a dissenting source's sentence, a row would
    show that source contradicting its own words (its claim is in the group, its figure in the minority)."""
    for claim in group.claims:
        if row.get(sources.source_of(claim.article)) == REPORTS:
            return claim.text
    return group.text
