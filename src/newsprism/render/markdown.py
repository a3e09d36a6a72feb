"""The report as Markdown: each story (brief, conflicts, coverage), then the articles and their removals, then errors."""
from __future__ import annotations

import re

from ..model import Article, Conflict, ErrorRecord, Report, Story
from ..reconcile.brief import source_labels
from .spans import describe_time_span

_HEADING = re.compile(r"#{1,5} ")


def render_markdown(report: Report) -> str:
    titles = {a.id: a.label() for a in report.articles}
    story_titles = {story.id: story.title for story in report.stories}  # related stories are named by title
    sources = source_labels(report.articles)
    parts = ["# newsprism report", ""]
    parts += _summary(report)
    for story in report.stories:
        parts += _story(story, titles, sources, story_titles)
    parts += ["## Articles", ""]
    for article in report.articles:
        parts += _article(article)
    if report.errors:
        parts += _errors(report.errors)
    return "\n".join(parts).rstrip() + "\n"


def _summary(report: Report) -> list[str]:
    counts = (_count(len(report.articles), "article"), _count(len(report.stories), "story", "stories"),
              _count(len(report.errors), "input") + " not read")
    return [", ".join(counts) + ".", ""]


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _story(story: Story, titles: dict[str, str], sources: dict[str, str], story_titles: dict[str, str]) -> list[str]:
    lines = [f"## Story: {story.title}", "", f"- id: `{story.id}`"]
    lines.append(f"- time span: {describe_time_span(*story.time_span)}")
    lines.append(f"- articles: {', '.join(f'{titles.get(a, a)} (`{a}`)' for a in story.articles)}")
    lines.append(f"- independent sources: {story.independent_sources}")
    if story.related:
        lines.append(f"- related stories: {'; '.join(_named(r, story_titles) for r in story.related)}")
    lines.append("")
    if story.brief:
        lines += [embed_brief(story.brief, story.title), ""]
    elif story.conflicts:
        lines += _conflicts(story.conflicts, titles)
    if story.coverage:
        lines += _coverage(story.coverage, sources)
    return lines


def _named(story_id: str, titles: dict[str, str]) -> str:
    """A related story by its title and id; by its id alone when this report does not hold it."""
    return f"{titles[story_id]} (`{story_id}`)" if story_id in titles else f"`{story_id}`"


def embed_brief(brief: str, title: str) -> str:
    """The brief inside a story section: its own title line dropped, its headings one level deeper."""
    lines = brief.strip().splitlines()
    if lines and lines[0].lstrip("#").strip() == title.strip() and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join("#" + line if _HEADING.match(line) else line for line in lines).strip()


def _conflicts(conflicts: list[Conflict], titles: dict[str, str]) -> list[str]:
    lines = ["### Conflicts", ""]
    for conflict in conflicts:
        lines.append(f"- **{conflict.kind}** — {conflict.subject}: {conflict.explanation}")
        for position in conflict.positions:
            sources = ", ".join(titles.get(a, a) for a in position.articles)
            quoted = "; ".join(f"“{e.text}”" for e in position.evidence)
            lines.append(f"  - {position.value} — {sources}: {quoted}")
    return lines + [""]


def _coverage(coverage: dict[str, dict[str, str]], sources: dict[str, str]) -> list[str]:
    outlets = sorted({o for row in coverage.values() for o in row})
    header = " | ".join(_cell(sources.get(o, o)) for o in outlets)
    lines = ["### Coverage of every claim (claim id by outlet)", "", f"| claim | {header} |", "|---|" + "---|" * len(outlets)]
    for claim, row in coverage.items():
        cells = " | ".join(row.get(o, "") for o in outlets)
        lines.append(f"| {_cell(claim)} | {cells} |")
    return lines + [""]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _article(article: Article) -> list[str]:
    lines = [f"### {article.title or article.id}", ""]
    for label, value in (("id", article.id), ("outlet", article.outlet), ("published", article.published),
                         ("url", article.url), ("path", article.path), ("duplicate of", article.duplicate_of)):
        if value:
            lines.append(f"- {label}: {value}")
    lines += ["", article.text.strip(), ""]
    if article.removed:
        lines += ["Removed:", ""]
        lines += [f"- *{r.reason}*: {_cell(r.text.strip())}" for r in article.removed]
        lines.append("")
    return lines


def _errors(errors: list[ErrorRecord]) -> list[str]:
    lines = ["## Inputs not read", ""]
    lines += [f"- `{e.input}`: {e.error}" for e in errors]
    return lines + [""]
