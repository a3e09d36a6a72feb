"""Feeds, JSON, JSON Lines, WARC and HTML, each read through the public read_input."""
import gzip
import json
import re

import pytest

from newsprism.config import Options
from newsprism.errors import ConfigError
from newsprism.ingest import read_input, read_inputs
from newsprism.ingest.ids import content_id
from tests.ingest.ingest_samples import ATOM_FEED, BODY, BROKEN_FEED, HTML_PAGE, RSS_FEED, warc_bytes


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def test_rss_entries_use_full_content_else_summary(tmp_path):
    path = write(tmp_path, "gazette.rss", RSS_FEED)
    result = read_input(path, Options())
    assert result.errors == []
    ferry, fees = result.articles
    assert ferry.text == "PORTVALE – Ferry crews returned to work on Saturday.\n\nThe union said pay rose 4%."
    assert (ferry.title, ferry.outlet, ferry.url) == ("Ferry strike ends after 12 days", "Harbour Gazette",
                                                      "https://gazette.example/ferry")
    assert ferry.published == "2025-12-13T10:00:00+00:00"
    assert ferry.authors == ["Ana Ruiz"]
    assert ferry.dateline == "PORTVALE"
    assert ferry.metadata["guid"] == "https://gazette.example/?p=101"
    assert (ferry.source_format, ferry.path, ferry.id) == ("feed", path, content_id(ferry.text))
    assert fees.text == "Fees for cargo ships will rise in March."
    assert fees.published == "2025-12-12T08:15:00+01:00"


def test_atom_feed_sniffed_without_a_telling_name(tmp_path):
    result = read_input(write(tmp_path, "download", ATOM_FEED), Options())
    (article,) = result.articles
    assert (article.title, article.outlet, article.authors) == ("Glacier retreat measured", "Northern Wire", ["Liv Berg"])
    assert (article.published, article.url) == ("2025-07-01T06:00:00+00:00", "https://nw.example/glacier")
    assert article.text == "Scientists measured a retreat of 30 metres this year."


def test_broken_feed_keeps_what_it_could_read_and_reports_the_damage(tmp_path):
    path = write(tmp_path, "broken.xml", BROKEN_FEED)
    result = read_input(path, Options())
    assert [a.title for a in result.articles] == ["Dock fire contained"]
    cut_entry, damage = result.errors
    assert (cut_entry.input, cut_entry.kind) == (f"{path}:entry 2", "empty")
    assert cut_entry.error == "feed entry 'Second story' has neither content nor a summary"
    assert (damage.input, damage.kind) == (path, "malformed")
    assert damage.error.startswith("feed is not well-formed: ") and damage.error.endswith("; 1 entry recovered")


def test_jsonl_with_a_corrupt_line_and_an_object_without_text(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Rain fell.", "title": "Rain", "published": "July 2024",
                    "author": "Kim Lee", "outlet": "Daily Post", "url": "https://dp.example/rain"}),
        '{"id": "a2", "text": "broken',
        "",
        json.dumps({"id": "a3", "title": "No body here"}),
        json.dumps([1, 2]),
        json.dumps({"text": "<p>Snow <em>fell</em> too.</p>", "authors": [{"name": "Bo Chan"}, "Al Diaz"]}),
        json.dumps({"id": 7, "text": "   "}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = read_input(path, Options())
    assert [(a.id, a.text) for a in result.articles] == [
        ("a1", "Rain fell."), (content_id("Snow fell too."), "Snow fell too.")]
    first, second = result.articles
    assert (first.published, first.authors, first.outlet, first.url, first.title) == (
        "2024-07", ["Kim Lee"], "Daily Post", "https://dp.example/rain", "Rain")
    assert second.authors == ["Bo Chan", "Al Diaz"] and second.source_format == "jsonl"
    assert [(e.input, e.kind) for e in result.errors] == [
        (f"{path}:2", "malformed"), (f"{path}:4", "malformed"), (f"{path}:5", "malformed"), (f"{path}:7", "empty")]
    assert result.errors[0].error == "invalid JSON: Unterminated string starting at column 22"
    assert result.errors[1].error == ("no 'text' field (fields present: id, title; --field-map OURS=THEIRS reads "
                                      "one of ours from one of yours)")
    assert result.errors[2].error == "a list where an article object was expected"
    assert result.errors[3].error.startswith("'text' is empty")


def test_json_array_with_field_map_and_line_numbers(tmp_path):
    document = (
        '[\n  {"guid": "x1", "body": "Markets rose.", "source": {"name": "Wire"}, "date": "2025-01-02"},\n'
        '  {"guid": "x2", "headline": "no body"}\n]\n'
    )
    path = write(tmp_path, "items.json", document)
    options = Options(field_map={"text": "body", "id": "guid", "outlet": "source.name", "published": "date"})
    result = read_input(path, options)
    (article,) = result.articles
    assert (article.id, article.text, article.outlet, article.published, article.source_format) == (
        "x1", "Markets rose.", "Wire", "2025-01-02", "json")
    (error,) = result.errors
    assert error.input == f"{path}:item 2 (line 3)" and error.error.startswith("no 'body' field")


def test_json_fields_that_cannot_be_read_are_left_empty_and_kept_as_written(tmp_path):
    """The article is read; a field of the wrong shape is not guessed at (5 is no one's name) but kept, as written."""
    line = json.dumps({"text": "Rain fell.", "published": "not a date", "title": ["T"], "outlet": {"id": 3},
                       "authors": ["Kim Lee", 5, {"name": "Bo Chan"}], "url": "https://x.example/r"})
    (article,) = read_input(write(tmp_path, "odd.jsonl", line + "\n"), Options()).articles
    assert (article.title, article.outlet, article.published, article.authors, article.url) == (
        None, None, None, ["Kim Lee", "Bo Chan"], "https://x.example/r")
    assert article.unread_fields == {"title": '["T"]', "outlet": '{"id": 3}', "published": "not a date", "authors": "5"}
    clean = read_input(write(tmp_path, "fine.jsonl", json.dumps({"text": "Snow.", "author": 7, "authors": [8]}) + "\n"),
                       Options()).articles[0]
    assert (clean.authors, clean.unread_fields) == ([], {"authors": "[7, 8]"})


def test_json_array_cut_short_keeps_the_elements_before_the_cut(tmp_path):
    path = write(tmp_path, "cut.json", '[{"text": "One."},\n{"text": "Two."},\n{"text": "Thr')
    result = read_input(path, Options())
    assert [a.text for a in result.articles] == ["One.", "Two."]
    assert [(e.input, e.kind) for e in result.errors] == [(f"{path}:item 3 (line 3)", "malformed")]


def test_single_json_object_and_newsprism_report_shape(tmp_path):
    one = read_input(write(tmp_path, "one.json", '{"text": "Only one."}'), Options())
    report = read_input(write(tmp_path, "r.json", json.dumps({"articles": [{"id": "q", "text": "From a report."}]})),
                        Options())
    assert [a.text for a in one.articles] == ["Only one."]
    assert [(a.id, a.text) for a in report.articles] == [("q", "From a report.")]


def test_unknown_field_map_names_are_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="field_map names unknown fields"):
        read_input(write(tmp_path, "a.json", "{}"), Options(field_map={"body": "text"}))


def test_html_page_read_through_the_html_reader(tmp_path):
    path = write(tmp_path, "page.htm", HTML_PAGE)
    (article,) = read_input(path, Options()).articles
    assert (article.outlet, article.published, article.source_format, article.path) == (
        "Valley Times", "2025-03-04T09:30:00+00:00", "html", path)
    assert article.text == (BODY * 3).strip() + "\n" + (BODY * 2).strip()  # the menu and the footer are left out
    assert article.original == article.text and article.id == content_id(article.text)


@pytest.mark.parametrize("compressed", [False, True])
def test_warc_html_responses_become_articles(tmp_path, compressed):
    pages = [("https://x.example/bridge", HTML_PAGE), ("https://x.example/bridge2", HTML_PAGE.replace("eight", "nine"))]
    path = write(tmp_path, "crawl.warc.gz" if compressed else "crawl.warc", warc_bytes(compressed, pages))
    result = read_input(path, Options())
    assert result.errors == []
    assert [a.url for a in result.articles] == ["https://x.example/bridge", "https://x.example/bridge2"]
    assert {a.source_format for a in result.articles} == {"warc"}
    assert result.articles[0].published == "2025-03-04T09:30:00+00:00"  # the page's own date wins
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z", result.articles[0].metadata["warc_date"])


def test_warc_page_without_a_date_has_no_publication_date(tmp_path):
    page = HTML_PAGE.replace('<meta property="article:published_time" content="2025-03-04T09:30:00Z">', "")
    path = write(tmp_path, "a.warc", warc_bytes(False, [("https://x.example/p", page)], extra=False))
    (article,) = read_input(path, Options()).articles
    assert article.published is None  # the capture date says when the page was fetched, not published
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z", article.metadata["warc_date"])


@pytest.mark.parametrize("compressed", [False, True])
def test_truncated_warc_keeps_what_was_read(tmp_path, compressed):
    pages = [(f"https://x.example/{n}", HTML_PAGE.replace("Tuesday", f"day {n}")) for n in range(3)]
    data = warc_bytes(compressed, pages, extra=False)
    path = write(tmp_path, "cut.warc", data[: len(data) - 300])
    result = read_input(path, Options())
    assert [a.url for a in result.articles] == ["https://x.example/0", "https://x.example/1"]
    (error,) = result.errors
    assert (error.input, error.kind, error.error) == (
        f"{path}:record 3", "malformed", "WARC record is truncated (archive ends inside it)")


def test_gzip_that_is_not_a_warc_is_unsupported(tmp_path):
    path = write(tmp_path, "notes.txt.gz", gzip.compress(b"just some notes"))
    (error,) = read_input(path, Options()).errors
    assert (error.kind, error.error) == ("unsupported", "gzip-compressed file that is not a WARC archive")


def test_duplicate_texts_get_distinct_stable_ids(tmp_path):
    write(tmp_path, "a.txt", "Same story text here.")
    write(tmp_path, "b.txt", "Same  story\ntext here.")
    ids = [a.id for a in read_inputs([str(tmp_path)], Options()).articles]
    assert ids == [content_id("Same story text here."), content_id("Same story text here.") + "-2"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_pages_feeds_and_text_in_wide_unicode_without_a_bom_are_sniffed_and_read(tmp_path, codec):
    page = read_input(write(tmp_path, "page", HTML_PAGE.encode(codec)), Options())
    feed = read_input(write(tmp_path, "feed", RSS_FEED.replace("UTF-8", codec.upper()).encode(codec)), Options())
    note = read_input(write(tmp_path, "note.txt", "Storm ends.\nRoads reopen in Zürich.".encode(codec)), Options())
    assert [(a.source_format, a.title, a.metadata["encoding"]) for a in page.articles] == [
        ("html", "Bridge closed after cracks found", codec)]
    assert [a.title for a in feed.articles] == ["Ferry strike ends after 12 days", "Harbour fees to rise"]
    assert [(a.text, a.metadata["encoding"]) for a in note.articles] == [("Storm ends.\nRoads reopen in Zürich.", codec)]
    assert page.errors == feed.errors == note.errors == []


def test_utf16_pages_and_feeds_are_sniffed_and_read(tmp_path):
    page = read_input(write(tmp_path, "page", HTML_PAGE.encode("utf-16")), Options())
    feed = read_input(write(tmp_path, "feed", RSS_FEED.replace("UTF-8", "UTF-16").encode("utf-16")), Options())
    assert [a.source_format for a in page.articles] == ["html"] and page.errors == []
    assert [a.title for a in feed.articles] == ["Ferry strike ends after 12 days", "Harbour fees to rise"]


def test_warc_records_that_are_not_pages_are_counted_not_errors():
    from newsprism.ingest.warc import read_warc

    harvest = read_warc(warc_bytes(False, [("https://x.example/p", HTML_PAGE)]), "a.warc", Options())
    assert [d.url for d in harvest.drafts] == ["https://x.example/p"] and harvest.errors == []
    assert dict(harvest.skipped) == {"request record": 1, "image/png response": 1, "HTTP 301 response": 1}


def test_default_outlet_fills_only_a_missing_outlet(tmp_path):
    path = write(tmp_path, "mixed.jsonl", '{"text": "A.", "outlet": "Wire"}\n{"text": "B."}\n')
    articles = read_input(path, Options(default_outlet="Desk")).articles
    assert [(a.text, a.outlet) for a in articles] == [("A.", "Wire"), ("B.", "Desk")]


@pytest.mark.parametrize(("text", "outlet"), [
    ("Ice Closes the Port\nTORONTO (Great Lakes Wire) — Ice closed the port on Monday.\n", "Great Lakes Wire"),
    ("(Reuters) - The central bank raised rates on Tuesday.\n", "Reuters"),
    ("LISBON, May 4 (Lusa) – Trams stopped running.\n", "Lusa"),
])
def test_a_plain_text_without_an_outlet_is_its_dateline_agencys(tmp_path, text, outlet):
    article, = read_input(write(tmp_path, "story.txt", text), Options(default_outlet="Desk")).articles
    assert (article.outlet, article.outlet_source, article.metadata["dateline_agency"]) == (
        outlet, "dateline", outlet)


def test_a_given_outlet_is_kept_and_a_note_in_brackets_is_no_outlet(tmp_path):
    given = '{"text": "TORONTO (Great Lakes Wire) — Ice closed the port.", "outlet": "Harbour Post"}\n'
    article, = read_input(write(tmp_path, "feed.jsonl", given), Options()).articles
    assert (article.outlet, article.outlet_source) == ("Harbour Post", None)
    note = write(tmp_path, "note.txt", "OSLO (updated 14:05) — Ferries stopped running.\n")
    article, = read_input(note, Options()).articles
    assert (article.dateline, article.outlet, article.outlet_source) == ("OSLO (updated 14:05)", None, None)
    assert "dateline_agency" not in article.metadata


def test_a_damaged_array_element_is_named_by_its_number_and_line_and_the_error_by_line_and_column(tmp_path):
    document = '[\n  {"id": "a", "text": "Rain fell."},\n  {"id": "b",\n   "text" "Snow."}\n]\n'
    path = write(tmp_path, "items.json", document)
    result = read_input(path, Options())
    assert [a.id for a in result.articles] == ["a"]
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (f"{path}:item 2 (line 3)", "malformed",
         "invalid JSON: Expecting ':' delimiter at line 4 column 11; the rest of the array was not read")]


def test_control_characters_are_removed_from_every_field_and_breaks_made_newlines(tmp_path):
    """ESC would colour or clear a terminal showing the report, CR send its cursor back: news text has no use for them."""
    line = json.dumps({"text": "A fire \x1b[31mkilled\x07 32 miners.\r\nCrews\x0cworked\x00 on.", "title": "Fire\x1b[2J",
                       "outlet": "X\x00Y", "authors": ["Kim\x9bLee"]})
    (article,) = read_input(write(tmp_path, "esc.jsonl", line + "\n"), Options()).articles
    assert (article.text, article.title, article.outlet, article.authors) == (
        "A fire [31mkilled 32 miners.\nCrews\nworked on.", "Fire[2J", "XY", ["KimLee"])
