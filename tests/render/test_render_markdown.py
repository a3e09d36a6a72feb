"""The Markdown report: story sections with the brief embedded, conflicts, coverage, articles and errors."""
from newsprism.model import (
    Article, Conflict, ErrorRecord, Evidence, Position, Removal, Report, Story,
)
from newsprism.render.markdown import embed_brief, render_markdown
from newsprism.render.spans import describe_time_span


def test_embedded_brief_loses_its_title_and_its_headings_go_one_level_down():
    brief = "# Port strike\n\n## What is established\n- Ships waited. [a1, a2]\n"
    assert embed_brief(brief, "Port strike") == "### What is established\n- Ships waited. [a1, a2]"


def sample_report() -> Report:
    text = "Twelve ships waited outside the port on Monday."
    a1 = Article(id="a1", text=text, path="/in/port-daily.txt",
                 removed=[Removal("Share this", "share", 48, 58)])
    a2 = Article(id="a2", text="Nine ships waited outside the port.", outlet="Harbour News")
    evidence = [Evidence("a1", 0, 6, "Twelve")], [Evidence("a2", 0, 4, "Nine")]
    conflict = Conflict("c1", "quantity", "ships waiting", [
        Position("12", ["a1"], evidence[0]), Position("9", ["a2"], evidence[1])], "12 and 9 cannot both be right.")
    story = Story(id="s1", title="Port strike", articles=["a1", "a2"], independent_sources=2, conflicts=[conflict])
    return Report(articles=[a1, a2], stories=[story], errors=[ErrorRecord("/in/x.png", "binary file (PNG image)")])


def test_markdown_report_lists_conflicts_articles_and_errors_when_there_is_no_brief():
    text = render_markdown(sample_report())
    assert "- articles: port-daily.txt (`a1`), Harbour News (`a2`)" in text
    assert "- **quantity** — ships waiting: 12 and 9 cannot both be right." in text
    assert "  - 12 — port-daily.txt: “Twelve”" in text
    assert "  - 9 — Harbour News: “Nine”" in text
    assert "- *share*: Share this" in text
    assert "- `/in/x.png`: binary file (PNG image)" in text
    assert text.startswith("# newsprism report\n\n2 articles, 1 story, 1 input not read.\n")


def test_related_stories_are_named_by_their_titles_where_the_report_holds_them():
    strike = Story(id="s1", title="Port strike", articles=[], independent_sources=0, related=["s2", "s9"])
    earlier = Story(id="s2", title="Port strike in May", articles=[], independent_sources=0, related=["s1"])
    text = render_markdown(Report(articles=[], stories=[strike, earlier], errors=[]))
    assert "- related stories: Port strike in May (`s2`); `s9`" in text
    assert "- related stories: Port strike (`s1`)" in text


def test_every_story_shows_its_time_span_and_an_undated_one_says_so():
    dated = Story(id="s1", title="Port strike", articles=[], independent_sources=0, time_span=("2024-05-02", "2024-05-04"))
    one_day = Story(id="s2", title="Ferry strike", articles=[], independent_sources=0, time_span=("2024-06-01", "2024-06-01"))
    undated = Story(id="s3", title="Rail strike", articles=[], independent_sources=0)
    text = render_markdown(Report(articles=[], stories=[dated, one_day, undated], errors=[]))
    spans = [line for line in text.splitlines() if line.startswith("- time span:")]
    assert spans == ["- time span: 2024-05-02 to 2024-05-04", "- time span: 2024-06-01",
                     "- time span: not dated (no article gives its publication date)"]


def test_time_span_with_one_open_side_marks_it():
    assert describe_time_span(None, "2024-05-04") == "? to 2024-05-04"
    assert describe_time_span("2024-05-02", None) == "2024-05-02 to ?"
