"""What the HTML reader leaves out of a page is recorded: every visible block, with the reason it is not body text."""
from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from newsprism.clean import clean_article
from newsprism.clean.left_out import left_out_reasons
from newsprism.config import Options
from newsprism.errors import InputError
from newsprism.ingest.html import read_html
from newsprism.ingest.page_blocks import Block, left_out, visible_blocks

PARAGRAPHS = [
    "The town council of Wrenford voted on Monday to close the old river bridge to lorries after engineers found "
    "deep cracks in two of its stone arches during a routine inspection.",
    "Lorries will be diverted through the industrial estate for at least six months, the council said, while "
    "contractors shore up the arches and survey the foundations beneath the riverbed.",
    "Shop owners on the high street welcomed the decision but asked the council to fund extra parking for "
    "delivery vans, which they said would otherwise block the narrow lanes near the market.",
]
TITLE = "Wrenford closes river bridge to lorries"


def page(article_extra: str = "", before: str = "", after: str = "") -> str:
    """A news page about the bridge: ``before`` and ``after`` the article, ``article_extra`` inside it."""
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f"<html><head><title>{TITLE} | Wrenford Post</title>"
            f'<meta property="og:title" content="{TITLE}"></head><body>{before}'
            f"<article><h1>{TITLE}</h1>{article_extra}{paragraphs}</article>{after}</body></html>")


FURNISHED = page(
    before=('<div id="consent-banner">This site stores small files on your device. OK</div>'
            '<nav><a href="/">Front page</a> <a href="/local">Local</a> <a href="/newsletter">Newsletter</a></nav>'
            '<script>var tracking = "Do not list me";</script>'
            '<div style="display: none">Hidden promotion text</div>'),
    article_extra='<p class="byline">By Amal Farouk</p><time datetime="2025-02-03">3 February 2025</time>',
    after=('<div class="share-tools">Share: Mastodon | Email | Print</div>'
           '<aside class="related-stories"><h2>More from Wrenford</h2><ul>'
           "<li>Wrenford library to open on Sundays</li><li>Allotment waiting list reaches record</li></ul></aside>"
           '<div class="comments"><h3>3 comments</h3><p>Typical council, always too late with these repairs.</p>'
           "</div>"
           "<footer><p>The Wrenford Post is an independent weekly founded by local volunteers in 1952.</p>"
           "<p>© 2025 Wrenford Post</p></footer>"),
)


def reasons(html: str) -> list[tuple[str, str]]:
    return [(removal.text, removal.reason) for removal in read_html(html, "page.html", Options()).removed]


def test_every_left_out_block_is_recorded_with_its_reason() -> None:
    article = read_html(FURNISHED, "page.html", Options())
    assert article.text == "\n".join(PARAGRAPHS)
    assert [(removal.text, removal.reason) for removal in article.removed] == [
        ("This site stores small files on your device. OK", "cookie"),  # id="consent-banner"
        ("Front page Local Newsletter", "navigation"),  # a menu, though its last link names a newsletter
        (TITLE, "title"),
        ("By Amal Farouk", "byline"),
        ("3 February 2025", "date"),
        ("Share: Mastodon | Email | Print", "share"),
        ("More from Wrenford", "related"),
        ("Wrenford library to open on Sundays", "related"),
        ("Allotment waiting list reaches record", "related"),
        ("3 comments", "comments"),
        ("Typical council, always too late with these repairs.", "comments"),
        ("The Wrenford Post is an independent weekly founded by local volunteers in 1952.", "off-body"),
        ("© 2025 Wrenford Post", "copyright"),
    ]
    assert all(removal.start is None and removal.end is None for removal in article.removed)  # never in the text


def test_a_page_that_is_all_article_records_nothing() -> None:
    bare = "<html><body>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</body></html>"
    assert reasons(bare) == []


def test_without_container_names_position_and_topic_decide() -> None:
    html = page(before="<div><p>Weather</p><p>Traffic</p></div>",
                after=("<div><p>Ferry fares to rise in spring</p>"
                       "<p>Sign up for our morning briefing</p></div>"))
    assert reasons(html) == [
        ("Weather", "navigation"), ("Traffic", "navigation"), (TITLE, "title"),
        ("Ferry fares to rise in spring", "unrelated-headline"),
        ("Sign up for our morning briefing", "newsletter"),
    ]


def test_a_date_among_teasers_or_comments_is_theirs_not_the_articles() -> None:
    html = page(after=('<aside class="more-links"><ul><li>Library to open on Sundays</li><li>4 February 2025</li>'
                       '</ul></aside><div id="reader-comments"><p>5 February 2025</p></div>'))
    assert reasons(html) == [
        (TITLE, "title"), ("Library to open on Sundays", "unrelated-headline"),
        ("4 February 2025", "date"),  # no container name says these are teasers: the shape stands
        ("5 February 2025", "comments"),
    ]
    related = html.replace("more-links", "related-links")
    assert reasons(related)[1:3] == [("Library to open on Sundays", "related"), ("4 February 2025", "related")]


def test_cleaning_keeps_the_readers_removals_first_and_adds_its_own_with_offsets() -> None:
    html = page(article_extra="<p>Advertisement</p>", after="<footer><p>© 2025 Wrenford Post</p></footer>")
    cleaned = clean_article(read_html(html, "page.html", Options()))
    assert [(r.text, r.reason, r.start, r.end) for r in cleaned.removed] == [
        (TITLE, "title", None, None), ("© 2025 Wrenford Post", "copyright", None, None),
        ("Advertisement", "advertisement", 0, 13),  # kept by the extraction, removed by the cleaner
    ]
    assert cleaned.original[0:13] == "Advertisement" and cleaned.text == "\n".join(PARAGRAPHS)


def test_visible_blocks_skip_what_is_not_shown_and_carry_their_containers_reason() -> None:
    root = lxml.html.fromstring(
        '<body><div class="page-header"><p>Masthead</p></div><div class="shadow-box"><p>Boxed</p></div>'
        '<div class="social-links"><a>Follow</a><br>us</div><p hidden>Gone</p><template><p>Never</p></template>'
        '<p>Text <!-- a note --> after a comment</p><nav><div class="x"><p>Deep item</p></div></nav>'
        '<article class="ad-free-article"><p>Body</p></article><p style="visibility:hidden">Unseen</p></body>')
    assert visible_blocks(root) == [
        Block("Masthead"), Block("Boxed"),  # "header" and "shadow" do not name an advertisement
        Block("Follow", "social"), Block("us", "social"),  # a line break ends a block
        Block("Text after a comment"), Block("Deep item", "navigation"), Block("Body"),
    ]


def test_alignment_follows_reflowed_merged_and_trimmed_blocks() -> None:
    blocks = [Block(text) for text in (
        "Home", "The first paragraph of the story, about the bridge.", "Second part", "continues here.",
        "A third paragraph whose link label the extractor dropped from the text.", "Home", "Footer line")]
    body = ("The first paragraph of the story, about the bridge.\n"
            "Second part continues here.\n"  # two blocks the extractor merged
            "A third paragraph whose link the extractor dropped from the text.")  # one word of ten lost
    assert left_out(blocks, body) == [True, False, False, False, False, True, True]


def test_a_short_block_must_stand_whole_in_its_stretch_of_the_body() -> None:
    blocks = [Block("Bridge"), Block("The council closed the bridge on Monday.")]
    assert left_out(blocks, "The council closed the bridge on Monday.") == [True, False]


def test_left_out_reasons_leave_body_blocks_alone() -> None:
    texts = ["Menu", PARAGRAPHS[0], "Wrenford library to open on Sundays"]
    assert left_out_reasons(texts, [True, False, True], [None, None, "related"], None) == [
        "navigation", None, "related"]


def test_hidden_and_scripted_text_is_not_listed() -> None:
    html = page(before='<div hidden><p>Members only offer</p></div><noscript><p>Enable scripts</p></noscript>')
    assert reasons(html) == [(TITLE, "title")]


def test_a_large_repetitive_page_is_aligned_in_linear_time() -> None:
    """Thousands of menu entries and teasers around 600 paragraphs that repeat: no quadratic alignment."""
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(5000))
    paragraphs = "".join(f"<p>{PARAGRAPHS[n % 3]}</p>" for n in range(600))
    teasers = "".join(f"<li>Teaser about another town, number {n}</li>" for n in range(5000))
    html = (f"<html><head><title>{TITLE}</title></head><body><nav><ul>{menu}</ul></nav>"
            f"<article><h1>{TITLE}</h1>{paragraphs}</article><aside><ul>{teasers}</ul></aside></body></html>")
    article = read_html(html, "big.html", Options())
    assert article.text.split("\n") == PARAGRAPHS * 200
    assert Counter(removal.reason for removal in article.removed) == {
        "navigation": 5000, "unrelated-headline": 5000, "title": 1}
    # No block is said once on both sides: no anchor, one stretch of 30,000 lines for 30,000 blocks.
    blocks = [Block(PARAGRAPHS[n % 3]) for n in range(15_000)] + [Block(f"Item {n}") for n in range(15_000)]
    started = time.perf_counter()
    assert left_out(blocks, "\n".join(PARAGRAPHS * 10_000)) == [False] * 15_000 + [True] * 15_000
    assert time.perf_counter() - started < 10  # about 0.1 s; a quadratic alignment takes hours


def test_real_pages_list_their_furniture(shared: Path) -> None:
    dataset = shared / "datasets" / "article-extraction"
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth)[:5]:
        try:
            article = read_html(gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes()), page_id,
                                Options())
        except InputError:
            continue
        assert article.removed and all(r.reason and r.text.strip() for r in article.removed)
        assert not any(r.text in article.text.split("\n") for r in article.removed if len(r.text.split()) > 8)
