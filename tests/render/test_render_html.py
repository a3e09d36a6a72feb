"""The HTML report: one valid, self-contained page whose citations link to the articles' entries in it."""
import re
from html.parser import HTMLParser

from newsprism.model import Article, Report
from newsprism.render.html import render_html, render_html_body
from tests.render.render_samples import sample_report

VOID = {"meta", "br", "hr", "img", "input", "link"}


class PageCheck(HTMLParser):
    """Records what makes a page invalid here: a tag closed out of order or never, a repeated id."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.ids += [attributes["id"]] if "id" in attributes else []
        self.hrefs += [attributes["href"]] if "href" in attributes else []
        self.problems += [f"<{tag} src>"] if "src" in attributes else []
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"</{tag}> out of order")


def check(page: str) -> PageCheck:
    checker = PageCheck()
    checker.feed(page)
    checker.close()
    return checker


def test_citations_and_article_names_link_to_the_articles_entries():
    body = render_html_body(sample_report())
    assert ('<li>The port authority said talks resume Friday. [<a href="#article-a1">a1</a>, '
            '<a href="#article-b_2">b_2</a>]</li>') in body
    assert '<li><a href="#article-a1">Harbour News, “Port strike | day 3”</a> (<code>a1</code>)</li>' in body
    assert '<h3 id="article-a1">Harbour News, “Port strike | day 3” (<code>a1</code>)</h3>' in body
    assert ('<h3 id="article-b_2">“Nine ships waited outside the port on Monday. The port authority said talks…” '
            '(<code>b_2</code>)</h3>') in body


def test_text_from_articles_renders_as_written():
    body = render_html_body(sample_report())
    assert "<p>Twelve ships waited outside the *main* port on Monday.</p>\n<p># Not a heading</p>" in body
    assert '<li>Dock union: “We stay out until pay | hours are settled.” [<a href="#article-a1">a1</a>]</li>' in body
    assert "<td>Twelve ships waited outside the *main* port on Monday.</td>" in body


def test_the_page_is_valid_and_self_contained_and_every_link_finds_its_target():
    page = render_html(sample_report())
    checker = check(page)
    assert checker.problems == [] and checker.open == []
    assert checker.ids == ["article-a1", "article-b_2", "article-c3"]
    assert sorted(set(checker.hrefs)) == ["#article-a1", "#article-b_2", "#article-c3"]  # nothing outside the page
    assert not re.search(r"<(script|link|img|iframe)\b", page)


def test_an_id_that_no_link_may_hold_gets_a_safe_anchor():
    article = Article(id='wire 7/"x"', text="Ships waited.", outlet="Coast Post")
    body = render_html_body(Report(articles=[article]))
    assert ('<h3 id="article-wire.20.7.2f..22.x.22.">Coast Post, “Ships waited.” '
            '(<code>wire 7/&quot;x&quot;</code>)</h3>') in body


def test_the_page_is_titled_by_its_one_story_else_by_how_many_it_holds():
    report = sample_report()
    assert "<title>newsprism report: 0 stories</title>" in render_html(Report(articles=report.articles))
    one = Report(articles=report.articles, stories=report.stories[:1])
    assert f"<title>{one.stories[0].title}</title>" in render_html(one)
    two = Report(articles=report.articles, stories=[report.stories[0], report.stories[0]])
    assert "<title>newsprism report: 2 stories</title>" in render_html(two)
