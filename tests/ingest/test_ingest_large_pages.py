"""Huge HTML pages: refused before the article is extracted when the page shows far more prose than an article
may hold (the extraction took 30 s on a 15 MB page that was then refused); still read when scripts, menus and link
lists make a page big around a short article."""
from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.config import Options
from newsprism.ingest import html as html_reader
from newsprism.ingest import read_input
from newsprism.ingest.html import visible_lines
from newsprism.ingest.page_blocks import prose_chars

ARTICLE = [
    "Rescuers reached the flooded village of Marden on Tuesday, the regional council said in a statement.",
    "Forty homes were evacuated overnight as the river rose two metres above its usual level.",
    "The council said schools would stay closed until Friday while engineers inspect the bridge.",
]


def numbered(count: int, start: int = 0) -> list[str]:
    """``count`` distinct paragraphs of prose, about 87 characters each."""
    return [f"Report {n}: crews cleared {n % 97} roads and checked {n % 89} homes after the storm, officials said."
            for n in range(start, start + count)]


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Floods</title></head><body>{body}</body></html>"


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def write(tmp_path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return str(path)


def no_extraction(*args, **kwargs):
    raise AssertionError("the article was extracted")


@pytest.mark.parametrize(("texts", "prose"), [
    (numbered(12_000), "1,066,300"),
    (numbered(50) * 250, "1,080,000"),  # a few paragraphs repeated: the extraction keeps every repeat
])
def test_a_page_of_far_more_prose_than_an_article_holds_is_refused_before_extraction(tmp_path, monkeypatch, texts,
                                                                                     prose):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", no_extraction)
    path = write(tmp_path, page("".join(f"<div class='block'><p>{text}</p></div>" for text in texts)))
    result = read_input(path, Options())
    assert f"{sum(map(len, texts)):,}" == prose
    assert (result.articles, [(e.input, e.kind, e.error) for e in result.errors]) == ([], [(
        path, "too_large", f"the HTML page shows {prose} characters of prose, far over the article limit of 300,000; "
                           "refused before its article was extracted")])


def test_a_big_page_around_a_short_article_is_read(tmp_path):
    """3.4 MB: a tracking script and two link lists of 4,200 headlines, over a million characters of visible text
    in all, around an article of three paragraphs."""
    label = "Council approves the new flood barrier for the east bank after a long debate over costs and delays"
    links = "".join(f"<li><a href='/story/{n}'>{label}, story {n} of the archive</a></li>" for n in range(4_200))
    html = page(f"<script>{'var tracker = {id: 1, ready: true};' * 60_000}</script><nav><ul>{links}</ul></nav>"
                f"<article><h1>Floods</h1>{paragraphs(ARTICLE)}</article><ul class='archive'>{links}</ul>")
    assert sum(map(len, visible_lines(html))) == 1_048_065
    result = read_input(write(tmp_path, html), Options())
    assert ([article.text for article in result.articles], result.errors) == (["\n".join(ARTICLE)], [])


def test_under_a_million_characters_of_prose_the_extracted_article_is_measured_exactly(tmp_path):
    """120 paragraphs, 10 times the limit, but far under the million characters of prose below which extraction is
    quick: the article is extracted and refused on its own length."""
    texts = numbered(120)
    result = read_input(write(tmp_path, page(f"<article>{paragraphs(texts)}</article>")), Options(max_chars=1_000))
    assert [(e.kind, e.error) for e in result.errors] == [
        ("too_large", "article text is 10,529 characters, over the limit of 1,000")]
    assert len("\n".join(texts)) == 10_529


@pytest.mark.parametrize(("count", "error"), [
    (34, "article text is 2,961 characters, over the limit of 1,000"),  # 2,928 of prose: under 3 times the limit
    (35, "the HTML page shows 3,015 characters of prose, far over the article limit of 1,000; refused before its "
         "article was extracted"),
])
def test_the_early_refusal_starts_at_three_times_the_limit(tmp_path, monkeypatch, count, error):
    monkeypatch.setattr(html_reader, "PROSE_REFUSAL_FLOOR", 0)
    result = read_input(write(tmp_path, page(f"<article>{paragraphs(numbered(count))}</article>")),
                        Options(max_chars=1_000))
    assert [(e.kind, e.error) for e in result.errors] == [("too_large", error)]


def test_prose_counts_visible_blocks_outside_links_and_furniture_repeats_included():
    root = lxml.html.fromstring(
        "<body><nav><p>Home and all the sections</p></nav><header><p>The Daily Flood</p></header>"
        "<p>First paragraph, with <a href='/x'>a link</a> inside.</p><p>Second paragraph.</p>"
        "<div class='share-bar'><p>Share this story with friends</p></div><p hidden>Hidden text</p>"
        "<script>var x = 1;</script><p>Second paragraph.</p><ul><li><a href='/y'>Only a link</a></li></ul>"
        "<aside><p>Read more</p></aside><footer><p>Copyright</p></footer></body>")
    # "First paragraph, with inside." (29) and "Second paragraph." (17), twice: the extractor keeps a repeat too
    assert prose_chars(root) == len("First paragraph, with inside.") + 2 * len("Second paragraph.") == 63


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
PROSE = st.lists(WORDS, min_size=1, max_size=15).map(" ".join)
FURNITURE = st.sampled_from([
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>", "<script>var a = '<p>not text</p>';</script>",
    "<footer><p>Copyright, all rights reserved</p></footer>", "<ul><li><a href='/z'>A linked headline</a></li></ul>",
    "<div class='newsletter-signup'><p>Sign up for our newsletter</p></div>", "<p style='display: none'>Hidden</p>",
])


@settings(max_examples=100, deadline=None)
@given(st.lists(PROSE, min_size=1, max_size=12), st.lists(FURNITURE, max_size=8), st.integers(1, 3))
def test_prose_is_the_articles_paragraphs_whatever_furniture_surrounds_them(texts, furniture, copies):
    body = "".join(furniture) + paragraphs(texts) * copies + "".join(reversed(furniture))
    assert prose_chars(lxml.html.fromstring(page(body)).find("body")) == copies * sum(map(len, texts))
