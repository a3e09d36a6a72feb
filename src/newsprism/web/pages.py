"""The HTML pages of the web app. Every piece of stored text goes through :func:`html.escape`.

A story's page is the report renderer's own page (``render.html``) with a way back to the list: the report
is never rendered a second way here.
"""
from __future__ import annotations

from html import escape
from urllib.parse import quote

from ..model import Report
from ..render.html import STYLE, render_html_body
from ..render.spans import describe_time_span
from ..store import StorySummary

NAV = '<nav><a href="/">All stories</a> · <a href="/api/stories">JSON</a></nav>\n'


def story_href(story_id: str, api: bool = False) -> str:
    """The page (or API document) of a story; the id is percent-encoded whole, slashes included."""
    return f"{'/api' if api else ''}/stories/{quote(story_id, safe='')}"


def page(title: str, body: str) -> str:
    """A complete page in the report's style; ``title`` is escaped here, ``body`` must be escaped already."""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{NAV}{body}</body>\n</html>\n")


def index_page(stories: list[StorySummary], store_name: str) -> str:
    heading = f"<h1>Stories in {escape(store_name)}</h1>\n"
    if not stories:
        return page("newsprism stories", heading + "<p>The store holds no stories yet.</p>\n")
    header = ("<tr><th>story</th><th>time span</th><th>outlets</th><th>articles</th>"
              "<th>independent sources</th></tr>\n")
    rows = "".join(_story_row(story) for story in stories)
    count = f"<p>{len(stories)} {'story' if len(stories) == 1 else 'stories'}.</p>\n"
    return page("newsprism stories", f"{heading}{count}<table>\n{header}{rows}</table>\n")


def _story_row(story: StorySummary) -> str:
    span = describe_time_span(story.first_published, story.last_published)
    outlets = ", ".join(story.outlets) or "-"
    link = f'<a href="{escape(story_href(story.id))}">{escape(story.title or story.id)}</a>'
    return (f"<tr><td>{link}</td><td>{escape(span)}</td><td>{escape(outlets)}</td>"
            f"<td>{story.article_count}</td><td>{story.independent_sources}</td></tr>\n")


def story_page(report: Report) -> str:
    """The report renderer's HTML in a page with the app's navigation."""
    title = report.stories[0].title if report.stories else "newsprism report"
    return page(title, render_html_body(report))


def error_page(status_line: str, message: str) -> str:
    return page(status_line, f"<h1>{escape(status_line)}</h1>\n<p>{escape(message)}</p>\n")
