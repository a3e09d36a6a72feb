"""Which reader each input gets: the decision table of ``sniff``, content first, the name second."""
import json

import pytest

from newsprism.ingest.sniff import sniff

MARKUP = "<p>The council said 12 roads were closed.</p><p>Crews cleared <a href='/x'>two</a> of them.</p><br>"
OBJECTS = [{"id": "r1", "text": MARKUP}, {"id": "r2", "text": MARKUP, "title": "Roads"}]
JSON_LINES = "".join(json.dumps(item) + "\n" for item in OBJECTS)
ONE_LINE_ARRAY = json.dumps(OBJECTS)
PRETTY_ARRAY = json.dumps(OBJECTS, indent=2)
REPORT = json.dumps({"schema": "newsprism.report/1", "articles": OBJECTS}, indent=1)
FEED_WITH_MARKUP = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n]>\n<rss version="2.0"><channel>'
    f"<item><title>Roads</title><description><![CDATA[{MARKUP}]]></description></item></channel></rss>"
)
PROSE_NAMING_TAGS = "Editors wrap each paragraph in <p>, split lines with <br> and group blocks in <div> tags.\n"
MARKDOWN_WITH_HTML = "<p align='center'><img src='logo.png'></p>\n\n# Roads closed\n\n<div>Crews worked.</div>\n<br>\n"


@pytest.mark.parametrize(("data", "name", "expected"), [
    # JSON whose strings hold HTML is JSON, whatever the name says or does not say
    (JSON_LINES, "roads.jsonl", "jsonl"),
    (JSON_LINES, "roads", "jsonl"),
    (JSON_LINES, "-", "jsonl"),
    (ONE_LINE_ARRAY, "roads.json", "json"),
    (ONE_LINE_ARRAY, "roads", "json"),
    (PRETTY_ARRAY, "roads", "json"),
    (REPORT, "report.json", "json"),
    (JSON_LINES, "roads.json", "json"),  # the JSON reader tells lines from one document
    # damaged JSON: JSON when the name says so, or when no name says otherwise and the shape shows it
    ('{"id": "r0", "text": "<p>cut\n' + JSON_LINES, "roads.jsonl", "jsonl"),
    ('{"id": "r0", "text": "<p>cut\n' + JSON_LINES, "roads", "jsonl"),
    (PRETTY_ARRAY[:-40], "roads", "json"),
    ("{broken", "roads.json", "json"),
    # a .txt or .md opening with a bracket or a brace is JSON only when it parses
    (ONE_LINE_ARRAY, "roads.txt", "json"),
    ("[Updated 14:05] The council said 12 roads were closed.\n", "roads.txt", "text"),
    ("[Updated 14:05] The council said 12 roads were closed.\n", "-", "text"),
    ("{{byline}} The council said 12 roads were closed.\n", "-", "text"),
    (PRETTY_ARRAY[:-40], "roads.md", "markdown"),
    # markup: a feed's root and an HTML document's opening decide; a few tags alone only for no prose name
    (FEED_WITH_MARKUP, "download", "feed"),
    (FEED_WITH_MARKUP, "roads.txt", "feed"),
    ("<!DOCTYPE html><html><body>" + MARKUP + "</body></html>", "roads.json", "html"),
    ("<!DOCTYPE html><html><body>" + MARKUP + "</body></html>", "roads.txt", "html"),
    (MARKUP, "fragment", "html"),
    (MARKUP, "roads.json", "html"),
    (PROSE_NAMING_TAGS, "tags.txt", "text"),
    (PROSE_NAMING_TAGS, "-", "html"),
    (MARKDOWN_WITH_HTML, "README.md", "markdown"),
    # neither: the name, else Markdown's signs, else plain text
    ("Roads were closed.", "roads.json", "json"),
    ("# Roads\n\nCrews worked.", "-", "markdown"),
    ("Roads were closed.", "-", "text"),
])
def test_the_sniffing_decision_table(data, name, expected):
    assert sniff(data.encode("utf-8"), name) == expected
