"""The Markdown report: each story's findings, its articles with their labels, the articles and the errors.

Every text from an article is escaped (see test_render_markup) and renders as written; every article bears
one label wherever it is named.
"""
from newsprism.model import Article, Claim, ClaimGroup, Removal, Report, Span, Story
from newsprism.render.json_report import article_to_dict, report_to_dict
from newsprism.render.labels import article_label, source_labels
from newsprism.render.markdown import render_markdown
from newsprism.render.schema import validation_errors
from newsprism.render.spans import describe_time_span
from newsprism.render.story_markdown import story_brief
from tests.render.render_samples import sample_articles, sample_report

EXPECTED = r"""# newsprism report

3 articles, 1 story, 1 input not read.

## Story: Port strike: \*twelve\* ships wait

- id: `s1`
- time span: 2024-05-06
- independent sources: 3
- articles (3):
  - Harbour News, “Port strike \| day 3” (`a1`)
  - “Nine ships waited outside the port on Monday. The port authority said talks…” (`b_2`)
  - Coast Post, “Ships wait” (`c3`)

### What is established

- The port authority said talks resume Friday. [a1, b\_2]
- **port authority (talks)**, stated by 2 independent sources [a1, b\_2]: “The port authority said talks”

### Reported by several sources, in differing words

- “Dockers walked out over pay on Friday.” [b\_2] … “The strike began when dockers left the quays at the end of last week.” [c3]

### Stated by several sources, but disputed in part

- Twelve ships waited outside the \*main\* port on Monday. [a1, c3] (disputed: number of ships (wait))

### What is disputed

- **number of ships (wait)** (quantity): Articles give incompatible figures: 12 (a1, c3) vs 9 (b\_2).
  - 12 [a1, c3]: “Twelve ships waited outside the \*main\* port”
  - 9 [b\_2]: “Nine ships waited outside the port”

### Who said what

- Dock union: “We stay out until pay \| hours are settled.” [a1]
- Dock union: “We stay out until pay and hours are settled” [c3]

### Reported by one source only

- **Coast Post**
  - A union leader said the strike would spread to Northport. [c3] (vague attribution: “A union leader said”)
- **Harbour News**
  - Dockers said, "We stay out until pay \| hours are settled." [a1]

### Coverage

How each source stands on each claim that more than one source speaks to: it reports it, reports part of it in another sentence, differs from it in a detail, contradicts it or omits it.

| claim | Coast Post | Harbour News | “Nine ships waited outside the port on…” |
|---|---|---|---|
| Twelve ships waited outside the \*main\* port on Monday. | reports | reports | contradicts |
| The port authority said talks resume Friday. | omits | reports | reports |
| Dockers walked out over pay on Friday. | reports | omits | reports |

## Articles

### Harbour News, “Port strike \| day 3” (`a1`)

- outlet: Harbour News
- authors: Ana Ruiz, Li Wei
- published: 2024-05-06
- url: `https://harbour.example/strike_3`
- path: `/in/harbour.html`

Twelve ships waited outside the \*main\* port on Monday.

\# Not a heading

The port authority said talks resume Friday.

Dockers said, "We stay out until pay \| hours are settled."

Removed:

- *share*: Share on X \| Facebook

### “Nine ships waited outside the port on Monday. The port authority said talks…” (`b_2`)

- path: `/in/0001_9f3a.txt`

Nine ships waited outside the port on Monday.

The port authority said talks resume Friday.

Dockers walked out over pay on Friday.

### Coast Post, “Ships wait” (`c3`)

- outlet: Coast Post

Twelve ships waited outside the \*main\* port on Monday.

The strike began when dockers left the quays at the end of last week.

A union leader said the strike would spread to Northport.

“We stay out until pay and hours are settled,” the union said.

## Inputs not read

- ``/in/x`y.png``: binary file (PNG image) \*x\*
"""


def test_the_whole_report_escapes_article_text_and_keeps_its_paragraphs():
    """Quotes keep their characters ('|' stays '|'), a '*' is no emphasis, a '#' line no heading; one coverage
    table; the single-source claim whose span stops before its closing mark is shown with the mark closed. The
    findings are reconciliation's: the walk-out two sources word apart is not established, the twelve ships are
    cited only to the two articles on their side, each wording of the union's quote only to its own article."""
    assert render_markdown(sample_report()) == EXPECTED


def test_the_brief_is_the_story_findings_exactly_as_the_report_shows_them():
    report = sample_report()
    findings = EXPECTED.split("- Coast Post, “Ships wait” (`c3`)\n\n")[1].split("\n## Articles")[0]
    assert story_brief(report.stories[0], report.articles) == findings
    assert findings.startswith("### What is established\n\n") and findings.endswith(" | reports |\n")


def test_what_several_sources_word_apart_is_not_established_and_the_section_says_why_it_is_empty():
    texts = {"a1": "Dockers walked out over pay on Friday.", "a2": "The strike began at the end of last week."}
    articles = [Article(id=a, text=t, outlet=f"Paper {a}") for a, t in texts.items()]
    claims = [Claim(f"{a}:c1", a, Span(0, len(t)), t) for a, t in texts.items()]
    story = Story(id="s1", title="Strike", articles=list(texts), independent_sources=2,
                  claims=[ClaimGroup("s1:g1", claims[0].text, claims, "corroborated", 2, [])])
    assert story_brief(story, articles).split("### What is disputed")[0] == (
        "### What is established\n\n- No sentence is stated in full by two independent sources; what several sources "
        "report in their own words follows.\n\n"
        "### Reported by several sources, in differing words\n\n"
        "- “Dockers walked out over pay on Friday.” [a1] … “The strike began at the end of last week.” [a2]\n\n")


def test_an_article_is_named_by_its_outlet_and_headline_else_its_opening_words():
    harbour, untitled, _ = sample_articles()
    assert article_label(harbour) == "Harbour News, “Port strike | day 3”"
    assert article_label(untitled) == "“Nine ships waited outside the port on Monday. The port authority said talks…”"
    titled = Article(id="c3", text="Body.", title="Talks resume", path="/in/0002_77aa.txt")
    assert article_label(titled) == "“Talks resume”"


def test_an_article_without_title_or_text_is_named_by_its_file_else_its_id():
    assert article_label(Article(id="d4", text="", path="/in/blank.txt")) == "blank.txt"
    assert article_label(Article(id="d4", text=" ")) == "d4"


def test_a_source_is_its_outlet_else_its_article_and_a_header_label_is_shorter():
    harbour, untitled, _ = sample_articles()
    assert source_labels([harbour, untitled], 24) == {"Harbour News": "Harbour News", "b_2": "“Nine ships waited…”"}


def test_a_long_title_is_cut_at_a_word_in_the_label_and_given_whole_in_the_entry():
    title = "Dockers and port authority agree to resume talks on pay and hours after a twelve-day strike"
    text = render_markdown(Report(articles=[Article(id="e5", text="Talks resume.", title=title)]))
    assert "### “Dockers and port authority agree to resume talks on pay and hours after a…” (`e5`)" in text
    assert f"- title: {title}" in text


def test_a_story_with_no_claims_says_so_in_every_section_and_has_no_coverage_table():
    story = Story(id="s1", title="Port strike", articles=[], independent_sources=0)
    text = render_markdown(Report(articles=[], stories=[story]))
    assert text.split("### What is established\n\n")[1].split("\n## Articles")[0] == (
        "- Nothing is reported by two independent sources.\n\n"
        "### What is disputed\n\n- No article contradicts another.\n\n"
        "### Who said what\n\n- No direct quotes.\n\n"
        "### Reported by one source only\n\n- No claim is reported by one source only.\n")


def test_a_coverage_row_is_labelled_by_a_reporting_source_and_cut_at_a_word():
    long = "The port authority said talks with the dockers' union resume on Friday at the harbour master's office."
    a1, a2 = Article(id="a1", text=long, outlet="Harbour News"), Article(id="a2", text=long, outlet="Coast Post")
    claims = [Claim(f"{a}:c1", a, Span(0, len(long)), long) for a in ("a1", "a2")]
    story = Story(id="s1", title="Talks", articles=["a1", "a2"], independent_sources=2,
                  claims=[ClaimGroup("s1:g1", long, claims, "corroborated", 2, [])],
                  coverage={"s1:g1": {"Harbour News": "reports", "Coast Post": "reports"}})
    lines = render_markdown(Report(articles=[a1, a2], stories=[story])).splitlines()
    assert lines[lines.index("| claim | Coast Post | Harbour News |") + 2] == (
        "| The port authority said talks with the dockers' union resume on Friday at the… | reports | reports |")


def test_related_stories_are_named_by_their_titles_where_the_report_holds_them():
    strike = Story(id="s1", title="Port strike", articles=[], independent_sources=0, related=["s2", "s9"])
    earlier = Story(id="s2", title="Port strike in May", articles=[], independent_sources=0, related=["s1"])
    text = render_markdown(Report(articles=[], stories=[strike, earlier], errors=[]))
    assert "- related stories: Port strike in May (`s2`); `s9`" in text
    assert "- related stories: Port strike (`s1`)" in text


def test_a_related_story_the_report_does_not_hold_is_named_by_the_title_it_carries():
    strike = Story(id="s1", title="Port strike", articles=[], independent_sources=0, related=["s2", "s9"],
                   related_titles={"s2": "Port *strike* in May"})
    text = render_markdown(Report(articles=[], stories=[strike]))
    assert "- related stories: Port \\*strike\\* in May (`s2`); `s9`" in text


def test_an_outlet_read_from_the_dateline_says_so_and_a_given_one_does_not():
    wire = Article(id="w1", text="(Reuters) - Rates rose.", outlet="Reuters", dateline="(Reuters)",
                   metadata={"outlet_source": "dateline"})
    given = Article(id="w2", text="Rates rose.", outlet="Harbour News")
    lines = render_markdown(Report(articles=[wire, given])).splitlines()
    assert [line for line in lines if line.startswith("- outlet:")] == [
        "- outlet: Reuters (from the dateline)", "- outlet: Harbour News"]
    document = report_to_dict(Report(articles=[wire, given]))
    assert [(a["outlet"], a.get("outlet_source")) for a in document["articles"]] == [
        ("Reuters", "dateline"), ("Harbour News", None)]
    assert list(article_to_dict(wire))[:4] == ["id", "title", "outlet", "outlet_source"]
    assert validation_errors(document) == []


def test_fields_that_could_not_be_read_are_shown_as_written_in_json_and_markdown():
    odd = Article(id="j1", text="Rain fell.", metadata={"unread:published": "not a date", "unread:authors": "[5, `x`]"})
    lines = render_markdown(Report(articles=[odd])).splitlines()
    assert [line for line in lines if "not read" in line and line.startswith("- ")] == [
        "- published not read: `not a date`", "- authors not read: ``[5, `x`]``"]
    document = report_to_dict(Report(articles=[odd, Article(id="j2", text="Snow.")]))
    assert [a.get("unread_fields") for a in document["articles"]] == [
        {"published": "not a date", "authors": "[5, `x`]"}, None]
    assert validation_errors(document) == []


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


def _page_article(removed: list) -> Report:
    return Report(articles=[Article(id="p1", text="Ships waited.", outlet="Coast Post", removed=removed)])


def test_a_few_removals_are_listed_one_by_one_with_their_reasons():
    report = _page_article([Removal("Home", "navigation"), Removal("Share on X | Facebook", "share")])
    assert "Removed:\n\n- *navigation*: Home\n- *share*: Share on X \\| Facebook\n" in render_markdown(report)


def test_a_web_pages_many_removals_are_summarised_by_reason_with_the_first_texts():
    menu = [Removal(word, "navigation") for word in ("Home", "World", "Business", "Energy", "Sport")]
    links = [Removal(f"Related story number {n} about the *harbour* and its long history of strikes", "related")
             for n in range(1, 9)]
    report = _page_article([*menu, Removal("Log in | Subscribe", "login"), *links])
    assert ("Removed:\n\n"
            "- *navigation* (5): Home · World · Business · and 2 more\n"
            "- *login* (1): Log in \\| Subscribe\n"
            "- *related* (8): Related story number 1 about the \\*harbour\\* and its long… · "
            "Related story number 2 about the \\*harbour\\* and its long… · "
            "Related story number 3 about the \\*harbour\\* and its long… · and 5 more\n") in render_markdown(report)
