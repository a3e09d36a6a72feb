"""WARC archives that are too large once inflated, damaged or not archives at all: one plain line each, warcio's
own stderr warnings noted (never shown, and sys.stderr never taken from other threads), and every page read before
the damage kept."""
from __future__ import annotations

import gzip
import hashlib
import io
import sys
import threading

from newsprism.config import Options
from newsprism.ingest import read_input
from tests.ingest.ingest_samples import HTML_PAGE, warc_bytes

PAGES = [("https://x.example/a", HTML_PAGE), ("https://x.example/b", HTML_PAGE.replace("Tuesday", "Wednesday"))]


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def page_of(size: int) -> str:
    """A page of ``size`` bytes, mostly spaces: it compresses to almost nothing."""
    shell = "<html><body><p>Crews cleared the road.</p></body></html>"
    return shell.replace("<body>", "<body>" + " " * (size - len(shell)))


def errors_of(path: str, options: Options = Options()) -> list[tuple[str, str, str]]:
    return [(e.input, e.kind, e.error) for e in read_input(path, options).errors]


def test_a_page_that_inflates_past_the_limit_is_too_large_and_the_next_is_read(tmp_path):
    data = warc_bytes(True, [("https://x.example/big", page_of(60_000)), PAGES[0]], extra=False)
    path = write(tmp_path, "crawl.warc.gz", data)
    assert len(data) < 10_000  # the file itself is within the limit: only its page is not
    result = read_input(path, Options(max_bytes=10_000))
    assert [a.url for a in result.articles] == ["https://x.example/a"]
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (f"{path}:record 1", "too_large", "archived page is over the limit of 10,000 bytes")]


def test_an_archive_that_inflates_past_twenty_times_the_limit_stops_there(tmp_path):
    padded = HTML_PAGE.replace("<body>", "<body>" + " " * (19_000 - len(HTML_PAGE)))
    data = warc_bytes(True, [(f"https://x.example/{n}", padded) for n in range(25)], extra=False)
    path = write(tmp_path, "crawl.warc.gz", data)
    assert len(data) < 20_000  # each record (~19,100 bytes) is within the limit, and so is the file
    result = read_input(path, Options(max_bytes=20_000))  # budget: 400,000 inflated bytes, 20 records
    assert len(result.articles) == 20
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (f"{path}:record 21", "too_large", "WARC record of 19,059 bytes takes the archive past 20 times the limit "
                                           "of 20,000 bytes; the archive is not read from here on")]


LENGTH_MISMATCH = ("WARC archive is damaged: 1 record does not end where its stated length (Content-Length) says; "
                   "the records around it may be misread")


def with_a_short_content_length(data: bytes) -> bytes:
    """The archive with its first record's stated length 40 bytes short of the record."""
    start = data.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = data.index(b"\r\n", start)
    return data[:start] + str(int(data[start:end]) - 40).encode() + data[end:]


def test_a_wrong_content_length_is_one_error_record_and_nothing_on_stderr(tmp_path, capsys):
    path = write(tmp_path, "crawl.warc", with_a_short_content_length(warc_bytes(False, PAGES, extra=False)))
    assert errors_of(path) == [(path, "malformed", LENGTH_MISMATCH)]
    assert capsys.readouterr().err == ""


def test_a_gzip_of_plain_text_named_as_an_archive_is_not_a_warc(tmp_path, capsys):
    path = write(tmp_path, "notes.warc.gz", gzip.compress(b"meeting notes, not an archive\n" * 5))
    assert errors_of(path) == [(path, "unsupported", "gzip-compressed file that is not a WARC archive")]
    assert capsys.readouterr().err == ""


def test_an_archive_cut_inside_a_warc_header_says_so_plainly(tmp_path):
    data = warc_bytes(False, PAGES, extra=False)
    second = data.index(b"WARC/1.0", 10)
    path = write(tmp_path, "cut.warc", data[:second + 30])
    result = read_input(path, Options())
    assert [a.url for a in result.articles] == ["https://x.example/a"]
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (path, "malformed", "WARC archive is cut short or damaged after record 1: a record header is incomplete")]


def test_trailing_bytes_after_the_last_record_are_named_without_showing_them(tmp_path):
    path = write(tmp_path, "crawl.warc", warc_bytes(False, PAGES, extra=False) + b"junk junk\r\n")
    result = read_input(path, Options())
    assert len(result.articles) == 2
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (path, "malformed", "WARC archive is damaged after record 2: what follows is not a WARC record")]


def test_an_archive_cut_inside_a_records_http_headers_is_truncated(tmp_path):
    data = warc_bytes(False, PAGES[:1], extra=False)
    path = write(tmp_path, "cut.warc", data[:data.index(b"HTTP/1.1") + 20])
    assert errors_of(path) == [(f"{path}:record 1", "malformed", "WARC record is truncated (archive ends inside it)")]


def test_a_corrupt_gzipped_archive_is_one_line_without_its_bytes(tmp_path, capsys):
    data = bytearray(warc_bytes(True, PAGES, extra=False))
    middle = len(data) // 2
    data[middle:middle + 40] = bytes(byte ^ 0x55 for byte in data[middle:middle + 40])
    path = write(tmp_path, "crawl.warc.gz", bytes(data))
    result = read_input(path, Options())
    assert [a.url for a in result.articles] == ["https://x.example/a"]
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (path, "malformed", "WARC archive is damaged after record 1: what follows is not a WARC record")]
    assert capsys.readouterr().err == ""


def test_an_archive_compressed_whole_is_told_to_be_recompressed(tmp_path):
    path = write(tmp_path, "crawl.warc.gz", gzip.compress(warc_bytes(False, PAGES, extra=False)))
    (error,) = read_input(path, Options()).errors
    assert (error.input, error.kind, error.error) == (path, "malformed", (
        "gzipped WARC archive was compressed as one block, not record by record, and cannot be read "
        "(recompress it record by record, e.g. with 'warcio recompress')"))


def hex_page(paragraphs: int) -> str:
    """A page of ``paragraphs`` paragraphs of hex digits: it hardly compresses, so its gzip runs to many blocks."""
    rows = "".join(f"<p>Row {n}: {hashlib.sha256(str(n).encode()).hexdigest()}.</p>" for n in range(paragraphs))
    return f"<html><body><article><p>Crews cleared the road, the council said on Monday.</p>{rows}</article></body></html>"


def encoded_archive(pages: list[tuple[str, str]]) -> bytes:
    """An uncompressed archive whose pages are sent gzip-compressed (HTTP Content-Encoding: gzip)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                              ("Content-Encoding", "gzip")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(gzip.compress(html.encode())),
                                                      http_headers=headers))
    return buffer.getvalue()


def flipped(data: bytes, at: int, count: int = 40) -> bytes:
    return data[:at] + bytes(byte ^ 0x55 for byte in data[at:at + count]) + data[at + count:]


def test_a_gzip_member_that_breaks_off_deep_inside_is_one_line_and_nothing_on_stderr(tmp_path, capsys):
    data = warc_bytes(True, [("https://x.example/long", hex_page(1500)), PAGES[0]], extra=False)
    path = write(tmp_path, "crawl.warc.gz", flipped(data, 60_000))
    assert errors_of(path) == [
        (f"{path}:record 1", "malformed", "WARC record is truncated (archive ends inside it)"),
        (path, "malformed", "gzipped WARC archive is corrupt: part of it could not be inflated")]
    assert capsys.readouterr().err == ""


def test_a_pages_compressed_content_that_breaks_off_is_named_and_the_page_kept(tmp_path, capsys):
    data = encoded_archive([("https://x.example/long", hex_page(1500)), PAGES[1]])
    path = write(tmp_path, "crawl.warc", flipped(data, 60_000))
    whole = read_input(write(tmp_path, "whole.warc", data), Options())
    result = read_input(path, Options())
    # the long page as far as it inflated: its opening and 1,180 of its 1,500 rows; the next page whole
    assert [(a.url, len(a.text.split("\n"))) for a in result.articles] == [
        ("https://x.example/long", 1181), ("https://x.example/b", 2)]
    assert [a.text for a in result.articles][1] == [a.text for a in whole.articles][1]
    assert result.articles[0].text.startswith("Crews cleared the road, the council said on Monday.\nRow 0: ")
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (f"{path}:record 1", "malformed", "archived page's compressed content (Content-Encoding) is corrupt: it is "
                                          "read as far as it could be inflated")]
    assert capsys.readouterr().err == ""


def test_what_other_threads_write_on_stderr_while_an_archive_is_read_is_not_swallowed(tmp_path, capsys,
                                                                                      monkeypatch):
    """warcio's warnings are noted where it makes them: sys.stderr stays the process's, for every other thread."""
    from newsprism.ingest import warc

    def read_record_beside_another_thread(*args, **kwargs):
        writer = threading.Thread(target=lambda: print("another thread's progress", file=sys.stderr))
        writer.start()
        writer.join()
        return read_record(*args, **kwargs)

    read_record = warc._read_record
    monkeypatch.setattr(warc, "_read_record", read_record_beside_another_thread)
    path = write(tmp_path, "crawl.warc", with_a_short_content_length(warc_bytes(False, PAGES, extra=False)))
    assert errors_of(path) == [(path, "malformed", LENGTH_MISMATCH)]
    assert capsys.readouterr().err == "another thread's progress\n" * 2
