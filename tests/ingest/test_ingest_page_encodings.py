"""HTML pages (files and WARC records) decoded as text files are: BOM, declared charset, UTF-8, legacy encodings;
HTML fragments in feeds and JSON fields keep text nested deeper than the parser's default limit."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.config import Options
from newsprism.ingest import read_input
from newsprism.ingest.fragments import to_plain_text
from newsprism.ingest.html import read_html
from newsprism.ingest.jsonl import read_json_lines

FIRST = "Firefighters said 30 homes near the Place Saint-Éloi were evacuated on Sunday."
SECOND = "The river rose two metres overnight, the mayor, François Lefèvre, told reporters in Genève."
BODY = f"{FIRST}\n{SECOND}"


def page(head: str = "", first: str = FIRST, second: str = SECOND) -> str:
    return (f"<html><head>{head}<title>River floods</title></head><body><article><p>{first}</p><p>{second}</p>"
            "</article></body></html>")


def read_page_file(tmp_path, data: bytes):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    return read_input(str(path), Options())


@pytest.mark.parametrize(("head", "codec"), [
    ("", "latin-1"),                                     # nothing declared
    ('<meta charset="utf-8">', "latin-1"),               # declared wrongly: not valid UTF-8, so it falls back
    ('<meta charset="iso-8859-1">', "cp1252"),           # declared Latin-1, read as its superset
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
    ('<meta charset="iso-8859-1">', "utf-8"),            # declared Latin-1 over valid UTF-8: UTF-8
])
def test_western_pages_are_read_correctly(tmp_path, head, codec):
    result = read_page_file(tmp_path, page(head).encode(codec))
    assert [article.text for article in result.articles] == [BODY]
    assert result.errors == []


def test_a_page_in_another_legacy_encoding_is_read_in_it(tmp_path):
    first = "Правительство Латвии объявило о выделении помощи пострадавшим от наводнения."
    second = "Спасатели эвакуировали сорок семей из затопленных домов, сообщили в полиции."
    result = read_page_file(tmp_path, page('<meta charset="windows-1251">', first, second).encode("cp1251"))
    assert [(article.text, article.metadata["encoding"]) for article in result.articles] == [
        (f"{first}\n{second}", "cp1251")]


def test_a_page_in_utf16_without_a_bom_is_read(tmp_path):
    result = read_page_file(tmp_path, page('<meta charset="utf-16le">').encode("utf-16-le"))
    assert [(article.text, article.metadata["encoding"]) for article in result.articles] == [(BODY, "utf-16-le")]
    assert result.errors == []


def test_damaged_utf8_in_a_page_is_kept_and_reported(tmp_path):
    data = page('<meta charset="utf-8">').encode("utf-8").replace("Genève".encode(), b"Gen\xe8ve")
    result = read_page_file(tmp_path, data)
    assert [article.text for article in result.articles] == [BODY.replace("Genève", "Gen\ufffdve")]
    assert [(error.kind, error.error) for error in result.errors] == [
        ("encoding", "invalid utf-8: 1 undecodable byte sequence(s) replaced with U+FFFD; the article was kept")]


def test_a_page_no_encoding_reads_is_refused(tmp_path):
    result = read_page_file(tmp_path, b"<html><body><p>" + bytes(range(0x80, 0x100)) * 2 + b"</p></body></html>")
    assert result.articles == []
    assert [(error.kind, error.error) for error in result.errors] == [
        ("encoding", "not decodable as text: 256 of its 289 characters are not valid UTF-8 and no other encoding "
                     "reads them; nothing was kept")]


def test_a_page_nested_deeply_is_decoded_once(tmp_path):
    deep = "<div>" * 300 + f"<p>{FIRST}</p><p>{SECOND}</p>" + "</div>" * 300
    result = read_page_file(tmp_path, page('<meta charset="iso-8859-1">', deep, "").encode("latin-1"))
    assert [article.text for article in result.articles] == [BODY]


def test_the_http_charset_wins_over_the_meta_charset():
    data = page('<meta charset="utf-8">').encode("cp1252")
    assert read_html(data, "p", Options(), charset="windows-1252").metadata["encoding"] == "windows-1252"
    assert read_html(data, "p", Options(), charset="windows-1252").text == BODY


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["café", "Zürich", "Señor", "Núñez", "“quoted”", "déjà", "Müller’s", "river",
                                 "mayor", "said", "forty", "homes", "–", "flooded"]), min_size=12, max_size=40),
       st.sampled_from(["latin-1", "cp1252", "utf-8", "utf-16-le", "utf-16-be"]),
       st.sampled_from(["", '<meta charset="utf-8">']))
def test_pages_in_any_western_encoding_read_back(words, codec, head):
    sentence = " ".join(words) + "."
    if codec == "latin-1":
        sentence = sentence.replace("“", '"').replace("”", '"').replace("’", "'").replace("–", "-")
    article = read_html(page(head, FIRST, sentence).encode(codec), "p", Options())
    assert article.text == f"{FIRST}\n{sentence}"


# WARC records: the HTTP Content-Type header's charset is the declared one.

def warc_with(payload: bytes, content_type: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example/floods", "response",
                                                  payload=io.BytesIO(payload), http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "content_type"), [
    (page().encode("cp1252"), "text/html; charset=windows-1252"),
    (page().encode("latin-1"), "text/html; charset=utf-8"),          # a wrong header falls back
    (page('<meta charset="utf-8">').encode("latin-1"), "text/html"),  # a wrong meta falls back
    (page().encode("utf-8"), "text/html; charset=ISO-8859-1"),       # a server's default over a UTF-8 page
])
def test_warc_pages_are_decoded_like_html_files(tmp_path, data, content_type):
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_with(data, content_type))
    result = read_input(str(path), Options())
    assert [article.text for article in result.articles] == [BODY]
    assert result.errors == []


def test_a_page_in_koi8_is_read_by_its_http_charset(tmp_path):
    first = "Спасатели эвакуировали сорок семей из затопленных домов, сообщили в полиции города."
    second = "Вода поднялась на два метра за ночь, сказал мэр журналистам."
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_with(page("", first, second).encode("koi8-r"), "text/html; charset=KOI8-R"))
    assert [article.text for article in read_input(str(path), Options()).articles] == [f"{first}\n{second}"]


def test_damaged_utf8_in_a_warc_page_is_reported(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_with(page().encode("utf-8").replace("Genève".encode(), b"Gen\xe8ve"),
                               "text/html; charset=utf-8"))
    result = read_input(str(path), Options())
    assert [article.text for article in result.articles] == [BODY.replace("Genève", "Gen\ufffdve")]
    assert [(error.input, error.kind, error.error) for error in result.errors] == [
        (f"{path}:record 1", "encoding",
         "invalid utf-8: 1 undecodable byte sequence(s) replaced with U+FFFD; the article was kept")]


# Fragments: text nested deeper than libxml2's default 255 levels is kept, as in whole pages.

def nested(depth: int) -> str:
    return "<p>Storm report.</p>" + "<div>" * depth + "Rescuers found 12 survivors." + "</div>" * depth


@pytest.mark.parametrize(("depth", "text"), [
    (10, "Storm report.\n\nRescuers found 12 survivors."),
    (300, "Storm report.\n\nRescuers found 12 survivors."),
    (2000, "Storm report.\n\nRescuers found 12 survivors."),
    (5000, "Storm report. Rescuers found 12 survivors."),  # beyond even the huge limit: tags stripped
])
def test_deeply_nested_fragments_keep_their_text(depth, text):
    assert to_plain_text(nested(depth)) == text


def test_scripts_are_left_out_of_a_fragment_too_deep_to_parse():
    fragment = "<div>" * 5000 + "Rescuers <script>track('x')</script>found 12 &amp; more." + "</div>" * 5000
    assert to_plain_text(fragment) == "Rescuers found 12 & more."


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=4000))
def test_fragments_keep_text_at_any_depth(depth):
    text = to_plain_text(nested(depth))
    assert " ".join(text.split()) == "Storm report. Rescuers found 12 survivors."


def test_a_json_field_nested_deeply_keeps_its_text():
    line = json.dumps({"id": "storm-1", "text": nested(300)})
    harvest = read_json_lines(line, "wire.jsonl", Options())
    assert [draft.text for draft in harvest.drafts] == ["Storm report.\n\nRescuers found 12 survivors."]


def test_a_feed_entry_nested_deeply_keeps_its_text(tmp_path):
    description = nested(5000).replace("<", "&lt;").replace(">", "&gt;")
    path = tmp_path / "wire.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Storm'
                    f"</title><description>{description}</description></item></channel></rss>", encoding="utf-8")
    result = read_input(str(path), Options())
    assert [article.text for article in result.articles] == ["Storm report. Rescuers found 12 survivors."]
    assert result.errors == []
