"""Who and where, as the brief, the Markdown and HTML reports and the terminal write it: each entity several
articles name with its other spellings cited to the articles that write them and the sources that name it, the
names one article alone gives on one line; every name escaped; the rows those reconcile/who_and_where.py chose."""
from rich.console import Console

from newsprism.model import Article, Report, Story
from newsprism.render.html import render_html_body
from newsprism.render.markdown import render_markdown
from newsprism.render.story_markdown import story_brief
from newsprism.render.terminal import story_panel
from tests.render.who_and_where_samples import entity, many_named, sample_story

WHO_AND_WHERE = r"""### Who and where

- **Yulia Tsimanouskaya** (person; also written Yulia Timanovskaya [b2]), named by 3 sources: Hill Gazette; Lakeside Post; River Daily
- **Novogrod** (place), named by 3 sources: Hill Gazette; Lakeside Post; River Daily
- **E\*Trade** (organisation), named by 2 sources: Lakeside Post; River Daily
- Named by one article only: AT\&T (organisation) [a1]
"""

EMPTY_FINDINGS = """### What is established

- Nothing is reported by two independent sources.

### What is disputed

- No article contradicts another.

### Who said what

- No direct quotes.

### Reported by one source only

- No claim is reported by one source only.

"""


def test_the_brief_ends_with_who_and_where_each_spelling_escaped_and_cited_to_its_articles():
    story, articles = sample_story()
    assert story_brief(story, articles) == EMPTY_FINDINGS + WHO_AND_WHERE


def test_the_markdown_report_shows_who_and_where_as_the_brief_does_and_the_html_links_the_citations():
    story, articles = sample_story()
    report = Report(articles=articles[:3], stories=[story])
    assert WHO_AND_WHERE + "\n## Articles\n" in render_markdown(report)
    html = render_html_body(report)
    assert ('<li><strong>E*Trade</strong> (organisation), named by 2 sources: Lakeside Post; River Daily</li>'
            in html)
    assert '<li>Named by one article only: AT&amp;T (organisation) [<a href="#article-a1">a1</a>]</li>' in html


def test_the_rows_are_bounded_and_say_how_many_more_there_are():
    articles, entities = many_named()
    story = Story(id="s1", title="Wards vote", articles=["a1", "b2"], entities=entities)
    section = story_brief(story, articles).split("### Who and where\n\n")[1].splitlines()
    assert section[0] == "- **Ward 01** (place), named by 2 sources: Post; Radio"
    assert section[15:] == [
        "- … and 2 more named by several articles",
        "- Named by one article only: " + "; ".join(f"Quay {n:02} (place) [a1]" for n in range(1, 16)) + "; … and 1 more"]
    assert len(section) == 17


def test_a_story_that_names_no_one_and_nowhere_has_no_such_section():
    a1 = Article(id="a1", text="Belarusian officials met.", outlet="Post")
    story = Story(id="s1", title="Officials meet", articles=["a1"],
                  entities=[entity("e-by", "Belarusian", "NORP", [(a1, "Belarusian")])])
    assert story_brief(story, [a1]) == EMPTY_FINDINGS.rstrip() + "\n"


def test_the_terminal_shows_the_same_rows_with_their_spellings_sources_and_the_names_one_article_gives():
    story, articles = sample_story()
    console = Console(record=True, width=160, color_system=None)
    console.print(story_panel(story, {a.id: a for a in articles}))
    lines = console.export_text().splitlines()
    start = next(number for number, line in enumerate(lines) if line.startswith("│ Who and where "))
    assert [cell.strip() for cell in lines[start + 2].split("┃")[1:-1]] == ["name", "also written", "sources"]
    rows = [[cell.strip() for cell in line.split("│")[2:-2]] for line in lines[start + 4:start + 7]]
    assert rows == [["Yulia Tsimanouskaya (person)", "Yulia Timanovskaya (b2)", "Hill Gazette; Lakeside Post; River Daily"],
                    ["Novogrod (place)", "", "Hill Gazette; Lakeside Post; River Daily"],
                    ["E*Trade (organisation)", "", "Lakeside Post; River Daily"]]
    assert lines[start + 8].strip("│ ") == "Named by one article only: AT&T (organisation, a1)"


def test_the_terminal_gives_on_one_line_the_names_of_a_story_no_two_articles_share():
    a1 = Article(id="a1", text="AT&T met [Ostrava] officials.", outlet="Post")
    story = Story(id="s1", title="A meeting", articles=["a1"],
                  entities=[entity("e-att", "AT&T", "ORG", [(a1, "AT&T")]),
                            entity("e-os", "[Ostrava]", "GPE", [(a1, "[Ostrava]")])])
    console = Console(record=True, width=160, color_system=None)
    console.print(story_panel(story, {"a1": a1}))
    assert ("│ Who and where: named by one article only: AT&T (organisation, a1); [Ostrava] (place, a1) "
            in console.export_text())
