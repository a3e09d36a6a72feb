"""The report as one self-contained HTML page: the Markdown report rendered, with raw HTML in articles escaped."""
from __future__ import annotations

from html import escape

from ..model import Report
from .markdown import render_markdown

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
code{background:#f4f4f4;padding:0 .2rem}h2{border-bottom:2px solid #333;margin-top:2.5rem}
"""


def render_html_body(report: Report) -> str:
    """The report as HTML to put inside a page's ``<body>`` (the web app adds its own navigation)."""
    from markdown_it import MarkdownIt

    converter = MarkdownIt("commonmark", {"html": False}).enable("table")
    return converter.render(render_markdown(report))


def render_html(report: Report) -> str:
    body = render_html_body(report)
    title = escape(report.stories[0].title if report.stories else "newsprism report")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
