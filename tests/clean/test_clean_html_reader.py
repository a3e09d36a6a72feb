"""The HTML reader: body and metadata of a page, fragments to text, and clear refusals."""
from __future__ import annotations

import gzip
from datetime import date, datetime
import json
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.config import Options
from newsprism.errors import InputError
from newsprism.ingest.html import _written_date, fragment_to_text, read_html, visible_lines

PARAGRAPHS = [
    "The harbour authority of Port Ellery approved a plan on Tuesday to deepen the main shipping channel by "
    "three metres, allowing larger container ships to dock at the eastern terminal for the first time.",
    "Work will begin in March and is expected to take eighteen months, the authority's chair, Dana Whitlock, "
    "told a public meeting attended by more than two hundred residents and business owners.",
    "Fishing groups opposed the plan, warning that dredging would disturb the breeding grounds of local "
    "shellfish; the authority said it would fund an independent study of the seabed before work starts.",
]

PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Port Ellery approves channel deepening | Ellery Courier</title>
<meta property="og:title" content="Port Ellery approves channel deepening">
<meta property="og:site_name" content="Ellery Courier">
<meta property="og:url" content="https://courier.example/news/channel-deepening">
<meta name="author" content="Ruth Okafor">
<meta property="article:published_time" content="2024-03-05T14:20:00+01:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Port Ellery approves channel deepening</h1>
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></article>
<footer><p>© 2024 Ellery Courier</p></footer>
</body></html>"""


def test_body_and_metadata() -> None:
    article = read_html(PAGE.encode("utf-8"), "page.html", Options())
    assert article.text.split("\n") == PARAGRAPHS
    assert article.title == "Port Ellery approves channel deepening"
    assert article.outlet == "Ellery Courier"
    assert article.authors == ["Ruth Okafor"]
    assert article.published == "2024-03-05T14:20:00+01:00"
    assert article.url == "https://courier.example/news/channel-deepening"
    assert article.source_format == "html" and article.path == "page.html"
    assert len(article.id) == 16 and article.id == read_html(PAGE, "other.html", Options()).id


def test_canonical_link_wins_over_og_url() -> None:
    page = PAGE.replace("<head>", '<head><link rel="canonical" href="https://courier.example/c/1">')
    assert read_html(page, "p", Options()).url == "https://courier.example/c/1"


def test_written_date_precision_is_kept() -> None:
    page = PAGE.replace("2024-03-05T14:20:00+01:00", "2024-03")
    assert read_html(page, "p", Options()).published == "2024-03"


def test_latin1_bytes_are_decoded() -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace(
        "Dana Whitlock", "Dana Müller-Sørensen")
    article = read_html(page.encode("latin-1"), "p", Options())
    assert "Dana Müller-Sørensen" in article.text


@pytest.mark.parametrize("data, kind", [
    (b"", "empty"), (b"   \n ", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary"),
    (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no_content"),
])
def test_unusable_pages_raise_input_error(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as caught:
        read_html(data, "bad.html", Options())
    assert caught.value.kind == kind
    assert caught.value.source == "bad.html"


def test_fragment_to_text() -> None:
    fragment = ("<p>First <b>bold</b> words.</p><p>Second<br>line &amp; <!-- note -->more</p>"
                "<script>var x;</script><ul><li>a</li><li>b</li></ul>")
    assert fragment_to_text(fragment) == "First bold words.\n\nSecond\nline & more\n\na\n\nb"
    assert fragment_to_text("plain &amp; simple") == "plain & simple"
    assert fragment_to_text("") == ""


def test_visible_lines_one_per_block() -> None:
    assert visible_lines(PAGE)[:4] == ["Home", "News", "Sport", "Port Ellery approves channel deepening"]
    assert visible_lines(PAGE)[-1] == "© 2024 Ellery Courier"


@pytest.mark.parametrize("written, expected", [
    ("2019-11-19T10:05:00.000Z", "2019-11-19T10:05:00+00:00"), ("2019-11-19 10:05 +0100", "2019-11-19T10:05+01:00"),
    ("2024-07", "2024-07"), ("2024", "2024"), ("July 2024", "2024-07"), ("Tue, 05 Mar 2024 14:20:00 GMT",
                                                                        "2024-03-05T14:20:00+00:00"),
])
def test_page_dates_use_the_shared_normaliser(written: str, expected: str) -> None:
    page = PAGE.replace("2024-03-05T14:20:00+01:00", written)
    assert read_html(page, "p", Options()).published == expected


def test_unreadable_meta_date_falls_back_to_the_time_element() -> None:
    page = PAGE.replace("2024-03-05T14:20:00+01:00", "last Tuesday").replace(
        "<article>", '<article><time datetime="2024-03-05T14:20:00Z">5 March</time>')
    assert read_html(page, "p", Options()).published == "2024-03-05T14:20:00+00:00"


# publication dates a report can have (before 1600, or in a year to come, a page's date is a placeholder)
@given(st.datetimes(min_value=datetime(1600, 1, 1), max_value=datetime(date.today().year + 1, 12, 31)),
       st.sampled_from(["", "Z", "+02:00", "-0530"]))
def test_page_dates_keep_seconds_and_offset(moment, zone) -> None:
    written = moment.strftime("%Y-%m-%dT%H:%M:%S") + zone
    expected_zone = {"": "", "Z": "+00:00", "+02:00": "+02:00", "-0530": "-05:30"}[zone]
    assert _written_date(lxml.html.fromstring(f'<html><head><meta name="date" content="{written}"></head></html>')) \
        == moment.strftime("%Y-%m-%dT%H:%M:%S") + expected_zone


@given(st.text(max_size=200))
def test_fragment_to_text_never_fails(fragment: str) -> None:
    text = fragment_to_text(fragment)
    assert "<script" not in text.lower() or "<script" in fragment.lower()
    assert "\n\n\n" not in text


def test_real_pages_give_bodies(shared: Path) -> None:
    dataset = shared / "datasets" / "article-extraction"
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth)[:5]:
        article = read_html(gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes()), page_id, Options())
        first_true_paragraph = truth[page_id]["articleBody"].split("\n")[0][:60]
        assert article.title and article.url
        assert first_true_paragraph.split()[0] in article.text
