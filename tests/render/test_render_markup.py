"""Markdown for text from articles: escaped so that CommonMark renders it as written, in every place it stands."""
import re
import string
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from newsprism.render.markup import article_anchor, cite, code_span, escape_markdown
from newsprism.render.text import one_line

CONTEXTS = {  # where the report puts text from articles, and what the text becomes there in HTML
    "paragraph": ("{}", "<p>{}</p>"),
    "list item": ("- {}", "<ul>\n<li>{}</li>\n</ul>"),
    "nested list item": ("- a\n  - {}", "<ul>\n<li>a\n<ul>\n<li>{}</li>\n</ul>\n</li>\n</ul>"),
    "heading": ("### {}", "<h3>{}</h3>"),
    "bold": ("- **{}**", "<ul>\n<li><strong>{}</strong></li>\n</ul>"),
    "table cell": ("| claim |\n|---|\n| {} |", "<table>\n<thead>\n<tr>\n<th>claim</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                                             "<td>{}</td>\n</tr>\n</tbody>\n</table>"),
}


def render(markdown: str) -> str:
    return MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown).strip()


def rendered_text(html: str, template: str) -> str | None:
    """The text the template's hole holds in ``html``, tags and entities resolved; None if the shape differs."""
    before, after = (re.escape(part) for part in template.split("{}"))
    match = re.fullmatch(f"{before}(.*){after}", html, re.DOTALL)
    return unescape(match.group(1)) if match and "<" not in match.group(1) else None


def test_the_review_texts_are_escaped_and_keep_every_character():
    assert escape_markdown("destroyed | damaged") == r"destroyed \| damaged"
    assert escape_markdown("the *disaster* ministry") == r"the \*disaster\* ministry"
    assert escape_markdown("# Not a heading") == r"\# Not a heading"
    assert escape_markdown("1. Rescue boats reached 300 families") == r"1\. Rescue boats reached 300 families"


def test_what_would_open_a_block_is_escaped_at_the_start_of_each_line():
    assert escape_markdown("- not a list\n+ nor this\n=== nor a heading\n2024) nor this") == (
        "\\- not a list\n\\+ nor this\n\\=== nor a heading\n2024\\) nor this")
    assert escape_markdown("> not a quote\n    not code") == "\\> not a quote\nnot code"


def test_inline_markup_entities_and_backslashes_are_escaped():
    assert escape_markdown(r"a_b `c` [d](e) <f> AT&T &amp; ~~g~~ C:\ #tag") == (
        r"a\_b \`c\` \[d\](e) \<f\> AT\&T \&amp; \~\~g\~\~ C:\\ \#tag")


def test_ordinary_punctuation_is_left_as_it_is():
    text = "Dhaka – Floods killed 40 people (officials said) on 3. October; 2,000 homes, well-known: yes! 1.5% +2 =4"
    assert escape_markdown(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "“”«»–—é港\u00a0", max_size=60))
def test_escaped_text_renders_as_written_in_every_context(text):
    line = one_line(text)
    for name, (markdown, html) in CONTEXTS.items():
        if line:
            assert rendered_text(render(markdown.format(escape_markdown(line))), html) == line, name


def test_code_span_is_fenced_by_more_backticks_than_it_holds():
    assert code_span("a1") == "`a1`"
    assert code_span("a`b") == "``a`b``"
    assert code_span("`a") == "`` `a ``"
    assert render(code_span("x``y`")) == "<p><code>x``y`</code></p>"


def test_article_anchors_hold_only_safe_characters_and_never_meet():
    assert article_anchor("4595c24c79f6a10b") == "article-4595c24c79f6a10b"
    assert article_anchor("daily news/1") == "article-daily.20.news.2f.1"
    assert article_anchor("a.2e.") != article_anchor("a..")


def test_citations_are_sorted_and_link_to_the_entries_when_asked():
    assert cite(["b_2", "a1", "a1"]) == r"[a1, b\_2]"
    assert cite(["b2", "a1"], links=True) == r"\[[a1](#article-a1), [b2](#article-b2)\]"
    assert render(cite(["a1"], links=True)) == '<p>[<a href="#article-a1">a1</a>]</p>'
