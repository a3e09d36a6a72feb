"""The terminal view of a report (rich): per story, what is established, what several sources agree on in
sentences that otherwise differ (agreed points), what several sources report each in its own words, what several
sources state but is disputed in part, what is disputed side by side, who said what (each wording with the
articles that print it), what only one source reports, and who and where (the people, organisations and places
named, their spellings and sources). The same findings as the Markdown report's: chosen by ``reconcile.findings``,
only written here."""
from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Article, Conflict, Report, Story
from ..reconcile.citing import Citation
from ..reconcile.findings import Findings, story_findings
from ..reconcile.quotes import printed_by
from ..reconcile.who_and_where import WhoAndWhere
from .labels import HEADER_CHARS, source_labels, story_titles
from .revisions import revision_summary
from .spans import describe_time_span
from .text import counted, one_line, shorten

EVIDENCE_CHARS = 220
SINGLE_SOURCE_SHOWN = 10


def render_terminal(report: Report, console: Console) -> None:
    """Print every story of ``report``, then the inputs that could not be read."""
    articles = {a.id: a for a in report.articles}
    titles = story_titles(report)
    for story in report.stories:
        console.print(story_panel(story, articles, titles))
    if report.errors:
        console.print(errors_table(report))
    if not report.stories and not report.errors:
        console.print("No stories: no article could be read.")


def story_panel(story: Story, articles: dict[str, Article], titles: dict[str, str] | None = None) -> "StoryPanel":
    """One story; ``titles`` (story id -> title) names its related stories, else they show by id."""
    findings = story_findings(story, articles)
    parts = [_header(story, titles or {}), _revised(story, articles), _established(findings), _agreed(findings),
             _worded_apart(findings), _disputed_in_part(findings)]
    parts += [conflict_table(c, articles) for c in story.conflicts]
    parts += [_quotes(story), _single_source(findings), _who_and_where(findings, articles)]
    counts = f"{counted(len(story.articles), 'article')}, {counted(story.independent_sources, 'independent source')}"
    return StoryPanel(Group(*[p for p in parts if p is not None]), one_line(story.title), counts)


@dataclass(frozen=True, slots=True)
class StoryPanel:
    """A story's panel headed by its title and counts. A title too long for the width it is printed at is cut
    at a word boundary with an ellipsis, and the counts after it stay whole (rich would crop both mid-word)."""

    body: RenderableType
    title: str
    counts: str

    PANEL_CELLS = 6  # the corners and the rule beside the heading, and a space either side of it

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        counts = f"  ({self.counts})"
        room = max(options.max_width - self.PANEL_CELLS - cell_len(counts), 1)
        heading = Text.assemble((shorten(self.title, room, cell_len), "bold"), counts)
        yield Panel(self.body, title=heading, title_align="left")


def _header(story: Story, titles: dict[str, str]) -> Text:
    counts = {s: sum(1 for g in story.claims if g.status == s) for s in ("corroborated", "contested", "single_source")}
    line = (f"time span: {describe_time_span(*story.time_span)}; "
            f"{counts['corroborated']} corroborated, {counts['contested']} contested, "
            f"{counts['single_source']} single-source claims; {len(story.conflicts)} conflicts")
    if story.related:
        line += "; related stories: " + "; ".join(f"{titles[s]} ({s})" if s in titles else s for s in story.related)
    return Text(line, style="dim")


def _revised(story: Story, articles: dict[str, Article]) -> Text | None:
    """The story's articles the store holds in several versions, each with the version the report reads."""
    revised = [articles[a] for a in story.articles if a in articles and articles[a].versions]
    if not revised:
        return None
    return Text("revised: " + "; ".join(f"{a.id} ({revision_summary(a)})" for a in revised), style="dim")


def _established(findings: Findings) -> Table | None:
    """The sentences two independent sources state in full, each with only the articles that state all of it
    (see ``reconcile.findings``)."""
    citations = findings.established
    if not citations:
        return None
    table = Table(title="Established", title_justify="left", show_header=True, expand=True)
    table.add_column("claim", ratio=5)
    table.add_column("sources", justify="right", ratio=1)
    table.add_column("articles", ratio=1)
    for citation in citations:
        table.add_row(citation.claim.text, str(citation.independent_sources), _cited(citation))
    return table


def _worded_apart(findings: Findings) -> Table | None:
    """What several sources report in words none of the others states in full (see ``reconcile.findings``):
    each wording with only its own articles, a rule between groups."""
    rows = findings.worded_apart
    if not rows:
        return None
    table = Table(title="Reported by several sources, in differing words", title_justify="left", expand=True)
    table.add_column("wording", ratio=5)
    table.add_column("articles", ratio=1)
    for citations in rows:
        for number, citation in enumerate(citations, start=1):
            table.add_row(citation.claim.text, ", ".join(citation.articles), end_section=number == len(citations))
    return table


def _cited(citation: Citation) -> str:
    differing = citation.differing
    return ", ".join(citation.articles) + (f" (differing in detail: {', '.join(differing)})" if differing else "")


def _agreed(findings: Findings) -> Table | None:
    """The agreed points (see ``reconcile.agreed``), each with every wording of it and the conflicts that
    dispute a detail of it."""
    if not findings.agreed:
        return None
    table = Table(title="Agreed by several sources", title_justify="left", expand=True)
    for name, ratio in (("point", 4), ("sources", 1), ("articles", 1), ("disputed details", 2)):
        table.add_column(name, ratio=ratio, justify="right" if name == "sources" else "left")
    for point in findings.agreed:
        agreement = point.agreement
        wordings = " … ".join(f"“{one_line(text)}”" for text in point.wordings)
        table.add_row(Text(f"{agreement.subject}: {wordings}"), str(agreement.independent_sources),
                      ", ".join(agreement.articles), "; ".join(point.disputes))
    return table


def _disputed_in_part(findings: Findings) -> Table | None:
    """Contested claims several sources state in full, with the disputes that touch them (see
    ``reconcile.findings``)."""
    rows = findings.disputed_in_part
    if not rows:
        return None
    table = Table(title="Stated by several sources, but disputed in part", title_justify="left", expand=True)
    for name, ratio in (("claim", 4), ("sources", 1), ("articles", 1), ("disputed", 2)):
        table.add_column(name, ratio=ratio, justify="right" if name == "sources" else "left")
    for row in rows:
        citation = row.citation
        table.add_row(citation.claim.text, str(citation.independent_sources), _cited(citation), "; ".join(row.disputes))
    return table


def conflict_table(conflict: Conflict, articles: dict[str, Article]) -> Table:
    """One conflict, its positions side by side, each with its outlets and evidence."""
    table = Table(title=f"[bold red]{conflict.kind}[/bold red]: {escape(conflict.subject)}", title_justify="left",
                  caption=escape(conflict.explanation), caption_justify="left", expand=True)
    for pos in conflict.positions:
        outlets = sorted({articles[a].outlet or a if a in articles else a for a in pos.articles})
        table.add_column(f"{escape(pos.value)}\n[dim]{escape(', '.join(outlets))}[/dim]", ratio=1)
    table.add_row(*[_evidence(pos) for pos in conflict.positions])
    return table


def _evidence(position) -> Text:
    text = Text()
    for number, evidence in enumerate(position.evidence):
        if number:
            text.append("\n")
        snippet = " ".join(evidence.text.split())
        if len(snippet) > EVIDENCE_CHARS:
            snippet = snippet[: EVIDENCE_CHARS - 1] + "…"
        text.append(f"[{evidence.article}] ", style="bold")
        text.append(f"“{snippet}”")
    return text


def _quotes(story: Story) -> Table | None:
    if not story.quotes:
        return None
    table = Table(title="Who said what", title_justify="left", expand=True)
    table.add_column("speaker", ratio=1)
    table.add_column("quote", ratio=4)
    table.add_column("articles", ratio=1)
    for quote in story.quotes:
        table.add_row(quote.speaker_name or "unnamed", f"“{quote.text}”", ", ".join(printed_by(quote)))
    return table


def _single_source(findings: Findings) -> Table | None:
    """Single-source claims, source by source, each wording with the articles that state it (a copy may drop a
    detail)."""
    claims = [claim for source_claims in findings.single_source.values() for claim in source_claims]
    if not claims:
        return None
    table = Table(title=f"Reported by one source only ({len(claims)})", title_justify="left", expand=True)
    table.add_column("article", ratio=1)
    table.add_column("claim", ratio=5)
    for claim in claims[:SINGLE_SOURCE_SHOWN]:
        flag = " [yellow](vague attribution)[/yellow]" if claim.group.vague_attribution else ""
        for citation in claim.wordings:
            table.add_row(", ".join(citation.articles), Text.from_markup(escape(citation.claim.text) + flag))
    if len(claims) > SINGLE_SOURCE_SHOWN:
        table.add_row("", f"… and {len(claims) - SINGLE_SOURCE_SHOWN} more")
    return table


def _who_and_where(findings: Findings, articles: dict[str, Article]) -> Table | Text | None:
    """The people, organisations and places the articles name (see ``reconcile.who_and_where``): a row each of
    those several articles name, with their other spellings and their sources (by their short labels); those one
    article alone names in the caption, or on a line of their own when no entity is named by several."""
    named = findings.who_and_where
    if not named.rows:
        return Text(f"Who and where: named by one article only: {_named_once(named)}") if named.named_once else None
    labels = source_labels(list(articles.values()), HEADER_CHARS)
    table = Table(title="Who and where", title_justify="left", caption=_caption(named),
                  caption_justify="left", expand=True)
    for name, ratio in (("name", 2), ("also written", 3), ("sources", 3)):
        table.add_column(name, ratio=ratio)
    for row in named.rows:
        others = " / ".join(f"{s.text} ({', '.join(s.articles)})" for s in row.spellings[1:])
        sources = "; ".join(sorted(labels.get(source, source) for source in row.sources))
        table.add_row(Text(f"{row.name} ({row.kind})"), Text(others), Text(sources))
    if named.rows_left_out:
        table.add_row(f"… and {named.rows_left_out} more named by several articles", "", "")
    return table


def _caption(named: WhoAndWhere) -> Text | None:
    return Text(f"Named by one article only: {_named_once(named)}") if named.named_once else None


def _named_once(named: WhoAndWhere) -> str:
    """The entities one article alone names, each with its kind and article."""
    names = [f"{n.name} ({n.kind}, {n.articles[0]})" for n in named.named_once]
    more = [f"… and {named.named_once_left_out} more"] if named.named_once_left_out else []
    return "; ".join(names + more)


def errors_table(report: Report) -> Table:
    table = Table(title="Inputs not read", title_justify="left")
    table.add_column("input")
    table.add_column("reason")
    for error in report.errors:
        table.add_row(error.input, error.error)
    return table
