"""The report as Markdown: each story (its findings, see story_markdown), then the articles and their removals,
then the inputs not read.

Every text that comes from an input is escaped (``markup.escape_markdown``) and so renders as written; every
article bears one label (``labels.article_label``) wherever it is named.
"""
from __future__ import annotations

from ..model import Article, ErrorRecord, Report, Story
from .labels import article_label, label_was_shortened, story_titles
from .markup import code_span, escape_markdown, link_to_article
from .revisions import describe_version, revision_summary
from .spans import describe_time_span
from .story_markdown import Sources, story_sections
from .text import counted, one_line, shorten

# An article's removals are listed one by one up to this many, else summarised by reason, with the first few
# texts of each, each cut at a word boundary.
LISTED_REMOVALS = 12
EXAMPLES_PER_REASON = 3
EXAMPLE_CHARS = 60


def render_markdown(report: Report) -> str:
    """The report as Markdown (CommonMark with tables), citations as plain article ids."""
    return compose_markdown(report)


def compose_markdown(report: Report, links: bool = False) -> str:
    """The Markdown report; with ``links`` (the HTML report), each citation and article name links to the
    article's entry (see ``html.render_html_body``, which gives the entries their anchors)."""
    sources = Sources.of(report.articles, links)
    titles = story_titles(report)  # related stories are named by title
    parts = ["# newsprism report", "", *_summary(report)]
    for story in report.stories:
        parts += _story(story, sources, titles)
    parts += ["## Articles", ""]
    for article in report.articles:
        parts += _article(article, sources)
    if report.errors:
        parts += _errors(report.errors)
    return "\n".join(parts).rstrip() + "\n"


def _summary(report: Report) -> list[str]:
    counts = (counted(len(report.articles), "article"), counted(len(report.stories), "story", "stories"),
              counted(len(report.errors), "input") + " not read")
    return [", ".join(counts) + ".", ""]


def _story(story: Story, sources: Sources, story_titles: dict[str, str]) -> list[str]:
    lines = [f"## Story: {escape_markdown(one_line(story.title))}", "", f"- id: {code_span(story.id)}",
             f"- time span: {escape_markdown(describe_time_span(*story.time_span))}",
             f"- independent sources: {story.independent_sources}"]
    if story.related:
        lines.append(f"- related stories: {'; '.join(_named(r, story_titles) for r in story.related)}")
    lines.append(f"- articles ({len(story.articles)}):")
    lines += [f"  - {_article_name(article_id, sources)}" for article_id in story.articles]
    return lines + ["", *story_sections(story, sources)]


def _named(story_id: str, titles: dict[str, str]) -> str:
    """A related story by its title and id; by its id alone when the report knows no title for it."""
    if story_id not in titles:
        return code_span(story_id)
    return f"{escape_markdown(one_line(titles[story_id]))} ({code_span(story_id)})"


def _article_name(article_id: str, sources: Sources) -> str:
    """The article's label and id, the label a link to its entry in the HTML report."""
    article = sources.articles.get(article_id)
    if article is None:
        return code_span(article_id)
    label = escape_markdown(article_label(article))
    return f"{link_to_article(article_id, label) if sources.links else label} ({code_span(article_id)})"


def article_heading(article: Article) -> str:
    """The heading text of an article's entry: its label and its id, which the report's citations use."""
    return f"{escape_markdown(article_label(article))} ({code_span(article.id)})"


def _article(article: Article, sources: Sources) -> list[str]:
    lines = [f"### {article_heading(article)}", "", *_details(article, sources), ""]
    lines += [line for paragraph in _paragraphs(article.text) for line in (escape_markdown(paragraph), "")]
    if article.removed:
        lines += ["Removed:", "", *_removals(article), ""]
    return lines


def _removals(article: Article) -> list[str]:
    """Each removed block with its reason; past ``LISTED_REMOVALS`` (a web page's menus, links and footers run
    to a hundred), one line per reason: how many, and the first few texts (the JSON report keeps every one)."""
    if len(article.removed) <= LISTED_REMOVALS:
        return [f"- *{escape_markdown(r.reason)}*: {escape_markdown(one_line(r.text))}" for r in article.removed]
    by_reason: dict[str, list[str]] = {}
    for removal in article.removed:
        by_reason.setdefault(removal.reason, []).append(shorten(one_line(removal.text), EXAMPLE_CHARS))
    return [f"- *{escape_markdown(reason)}* ({len(texts)}): {_examples(texts)}" for reason, texts in by_reason.items()]


def _examples(texts: list[str]) -> str:
    shown = " · ".join(escape_markdown(text) for text in texts[:EXAMPLES_PER_REASON])
    more = len(texts) - EXAMPLES_PER_REASON
    return f"{shown} · and {more} more" if more > 0 else shown


def _details(article: Article, sources: Sources) -> list[str]:
    """The article's metadata, one line each, those it has."""
    text = {"title": article.title if label_was_shortened(article) else None, "outlet": _outlet(article),
            "authors": ", ".join(article.authors), "published": article.published}
    lines = [f"- {name}: {escape_markdown(one_line(value))}" for name, value in text.items() if value]
    code = {"url": article.url, "path": article.path}
    lines += [f"- {name}: {code_span(value)}" for name, value in code.items() if value]
    if article.duplicate_of:
        lines.append(f"- duplicate of: {_article_name(article.duplicate_of, sources)}")
    lines += [f"- {name} not read: {code_span(one_line(value))}" for name, value in article.unread_fields.items()]
    return lines + _versions(article)


def _outlet(article: Article) -> str | None:
    """The outlet, and where it was read when the input did not give it ("Reuters (from the dateline)")."""
    if article.outlet and article.outlet_source:
        return f"{article.outlet} (from the {article.outlet_source})"
    return article.outlet


def _versions(article: Article) -> list[str]:
    """For a revised article: how many versions, which one the report reads, and each version's dates."""
    if not article.versions:
        return []
    lines = [f"- revised: {escape_markdown(revision_summary(article))}"]
    return lines + [f"  - {escape_markdown(describe_version(version))}" for version in article.versions]


def _paragraphs(text: str) -> list[str]:
    """The article's paragraphs: the cleaned text holds one a line (a blank line between two is no paragraph)."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _errors(errors: list[ErrorRecord]) -> list[str]:
    lines = ["## Inputs not read", ""]
    lines += [f"- {code_span(e.input)}: {escape_markdown(one_line(e.error))}" for e in errors]
    return lines + [""]
