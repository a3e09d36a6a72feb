"""A WARC page's date is the one the page states; the crawl time is kept apart and never passed off as it."""
from __future__ import annotations

import io

import pytest

from newsprism.config import Options
from newsprism.ingest import read_input

CRAWLED = "2026-12-05T12:59:15Z"
STORY = ("<p>Heavy rain flooded the lower town of Marrow Bay on Sunday night, and the coastguard moved forty "
         "families from their homes to the school hall, the harbour master said on Monday morning.</p>"
         "<p>Council workers cleared the drains along the seafront while the river stayed above its banks for "
         "most of the day, and the ferry to the islands was cancelled until the tide turned.</p>")


def a_page(head: str = "", article_head: str = "") -> str:
    return (f"<html><head><title>Floods in Marrow Bay</title>{head}</head><body><article>"
            f"<h1>Floods in Marrow Bay</h1>{article_head}{STORY}</article></body></html>")


def warc_of(pages: list[tuple[str, str]]) -> bytes:
    """A WARC archive whose responses hold ``pages`` (target URI, HTML), all captured at ``CRAWLED``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers,
            warc_headers_dict={"WARC-Date": CRAWLED}))
    return buffer.getvalue()


def read_warc_pages(tmp_path, pages: list[tuple[str, str]]) -> list:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_of(pages))
    result = read_input(str(path), Options())
    assert result.errors == []
    return result.articles


def test_the_pages_own_date_is_published_and_the_crawl_time_is_kept_apart(tmp_path) -> None:
    dated = a_page(head='<meta property="article:published_time" content="2025-01-12T21:40:00+00:00">')
    (article,) = read_warc_pages(tmp_path, [("https://bay.example/floods", dated)])
    assert article.published == "2025-01-12T21:40:00+00:00"
    assert article.metadata["warc_date"] == CRAWLED


def test_a_page_that_states_no_date_has_none(tmp_path) -> None:
    (article,) = read_warc_pages(tmp_path, [("https://bay.example/floods", a_page())])
    assert article.published is None
    assert article.metadata["warc_date"] == CRAWLED


@pytest.mark.parametrize("article_head, expected", [
    ('<time datetime="2025-01-13">13 January 2025</time>', "2025-01-13"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-01-14T08:00:00Z"}'
     "</script>", "2025-01-14T08:00:00+00:00"),
])
def test_a_warc_page_is_dated_as_the_same_html_file_is(tmp_path, article_head: str, expected: str) -> None:
    html = a_page(article_head=article_head)
    (from_warc,) = read_warc_pages(tmp_path, [("https://bay.example/floods", html)])
    (html_path := tmp_path / "floods.html").write_text(html, encoding="utf-8")
    (from_file,) = read_input(str(html_path), Options()).articles
    assert from_warc.published == from_file.published == expected


def test_a_date_in_the_target_uri_is_the_pages_own(tmp_path) -> None:
    (article,) = read_warc_pages(tmp_path, [("https://bay.example/news/2025/01/15/marrow-bay-floods", a_page())])
    assert article.published == "2025-01-15"


def test_warc_pages_list_what_their_extraction_left_out(tmp_path) -> None:
    html = a_page().replace("<body>", '<body><nav><a href="/">Front page</a> <a href="/weather">Weather</a></nav>')
    (article,) = read_warc_pages(tmp_path, [("https://bay.example/floods", html)])
    assert [(r.text, r.reason, r.start) for r in article.removed] == [
        ("Front page Weather", "navigation", None), ("Floods in Marrow Bay", "title", None)]
