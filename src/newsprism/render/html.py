"""The report as one self-contained HTML page: the Markdown report rendered, with raw HTML in articles escaped.

Each citation ``[article-id]`` and each article named in a story links to the article's entry further down
the same page, whose heading carries the anchor (``markup.article_anchor``).
"""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..model import Report
from .markdown import article_heading, compose_markdown
from .markup import article_anchor
from .text import counted

if TYPE_CHECKING:
    from markdown_it.rules_core import StateCore

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
code{background:#f4f4f4;padding:0 .2rem}h2{border-bottom:2px solid #333;margin-top:2.5rem}
"""


def render_html_body(report: Report) -> str:
    """The report as HTML to put inside a page's ``<body>`` (the web app adds its own navigation)."""
    from markdown_it import MarkdownIt

    converter = MarkdownIt("commonmark", {"html": False}).enable("table")
    anchors = {article_heading(article): article_anchor(article.id) for article in report.articles}
    converter.core.ruler.push("article_anchors", lambda state: _anchor_article_headings(state, anchors))
    return converter.render(compose_markdown(report, links=True))


def _anchor_article_headings(state: "StateCore", anchors: dict[str, str]) -> None:
    """Give each article's heading its anchor. A heading is known by its Markdown text, which holds the
    article's id: no other heading of the report can read the same (input text is escaped)."""
    for heading, inline in zip(state.tokens, state.tokens[1:]):
        if heading.type == "heading_open" and inline.content in anchors:
            heading.attrSet("id", anchors[inline.content])


def page_title(report: Report) -> str:
    """The page's title: its one story's, or how many stories it holds (a browser tab names the page by it)."""
    if len(report.stories) == 1:
        return report.stories[0].title
    return f"newsprism report: {counted(len(report.stories), 'story', 'stories')}"


def render_html(report: Report) -> str:
    body = render_html_body(report)
    title = escape(page_title(report))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
