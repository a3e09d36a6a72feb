"""Where inputs come from: paths, directories (sorted, hidden skipped), standard input; and sniffing."""
import io

import pytest

from newsprism.config import Options
import json

from newsprism.ingest import discover, read_input, read_inputs
from newsprism.ingest.ids import content_id, name_id, stored_location
from newsprism.ingest.sniff import sniff
from tests.ingest.ingest_samples import ATOM_FEED, HTML_PAGE, RSS_FEED


def test_discover_expands_directories_sorted_and_skips_hidden(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/y.json", ".git/config", "c/.draft.md", "c/d.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = discover([str(tmp_path), "-", str(tmp_path / "missing.txt")])
    assert found == [str(tmp_path / n) for n in ["a/y.json", "a/z.txt", "b.txt", "c/d.md"]] + [
        "-", str(tmp_path / "missing.txt")]


def test_for_the_store_a_file_names_its_article_and_an_edit_keeps_the_id(tmp_path):
    herald = tmp_path / "herald.txt"
    herald.write_text("Miners trapped underground\n\nRescuers reached 32 miners on Monday.")
    before = read_input(str(herald), Options(), for_store=True).articles[0].id
    herald.write_text("Miners trapped underground\n\nRescuers reached 33 miners on Monday.")
    after = read_input(str(herald), Options(), for_store=True).articles[0].id
    assert before == after == name_id("file", str(herald.resolve()))
    # a report names it by its text, as before: ids there only tell articles apart
    assert read_input(str(herald), Options()).articles[0].id == content_id("Rescuers reached 33 miners on Monday.")


def test_for_the_store_a_file_is_named_by_its_absolute_path_through_links(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Ferries stopped on Monday after a storm.")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert stored_location(str(tmp_path / "link" / "a.txt")) == str((tmp_path / "real" / "a.txt").resolve())
    (article,) = read_input(str(tmp_path / "link" / "a.txt"), Options(), for_store=True).articles
    assert article.id == name_id("file", str((tmp_path / "real" / "a.txt").resolve()))


def test_for_the_store_a_given_id_then_a_url_name_articles_that_share_a_file(tmp_path):
    records = [{"id": " j1 ", "text": "Rain fell.", "url": "https://a.example/rain"},
               {"text": "Snow fell.", "url": " https://a.example/snow "},
               {"text": "Hail fell."}]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    ids = [a.id for a in read_input(str(path), Options(), for_store=True).articles]
    assert ids == ["j1", name_id("url", "https://a.example/snow"), content_id("Hail fell.")]


def test_for_the_store_standard_input_is_named_by_its_text():
    stdin = io.BytesIO(b"Ships sailed again on Monday.")
    (article,) = read_input("-", Options(), stdin=stdin, for_store=True).articles
    assert article.id == content_id("Ships sailed again on Monday.")


def test_stdin_is_read_as_dash():
    stdin = io.BytesIO("Harbour Reopens After Storm\n\nPORTVALE – Ships sailed again on Monday.".encode())
    (article,) = read_input("-", Options(), stdin=stdin).articles
    assert (article.path, article.title, article.dateline) == ("-", "Harbour Reopens After Storm", "PORTVALE")
    assert article.text == "PORTVALE – Ships sailed again on Monday."


def test_stdin_over_the_limit_is_refused_after_limit_plus_one_bytes():
    stdin = io.BytesIO(b"x" * 1000)
    result = read_inputs(["-"], Options(max_bytes=100), stdin=stdin)
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        ("-", "too_large", "standard input is over the limit of 100 bytes")]
    assert stdin.tell() == 101


def test_missing_and_directory_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("Rain fell on Monday.")
    missing = read_input(str(tmp_path / "nope.txt"), Options()).errors
    directory = read_input(str(tmp_path), Options()).errors
    assert [(e.kind, e.error) for e in missing] == [("missing", "no such file or directory")]
    assert [(e.kind, e.error) for e in directory] == [("unsupported", "is a directory (expand it with discover())")]


def test_a_folder_with_nothing_to_read_is_named_as_such(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".notes.txt").write_text("Rain fell on Monday.")
    folders = [str(tmp_path / "empty"), str(tmp_path / "hidden")]
    assert discover(folders) == folders
    reason = "folder holds no readable files (it is empty, or holds only hidden ones)"
    assert [(e.input, e.kind, e.error) for e in read_inputs(folders, Options()).errors] == [
        (folders[0], "empty", reason), (folders[1], "empty", reason)]


@pytest.mark.parametrize("content", ["[]", '{"articles": []}', "  [ ]\n"])
def test_json_that_holds_no_article_is_named(tmp_path, content):
    (tmp_path / "wire.json").write_text(content)
    result = read_input(str(tmp_path / "wire.json"), Options())
    assert [(e.input, e.kind, e.error) for e in result.errors] == [(str(tmp_path / "wire.json"), "empty",
                                                                    "holds no article")]


def test_an_empty_argument_is_named_as_one():
    assert [(e.input, e.kind, e.error) for e in read_inputs([""], Options()).errors] == [
        ("", "missing", "an empty argument names no file")]


def test_a_file_named_twice_or_through_its_folder_or_a_link_is_listed_once(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Rain fell on Monday.")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "news" / "a.txt")
    a = str(tmp_path / "news" / "a.txt")
    given = [a, str(tmp_path / "news"), str(tmp_path / "news" / ".." / "news" / "a.txt"), str(tmp_path / "alias.txt")]
    assert discover(given + ["-", "-"]) == [a, "-"]
    assert len(read_inputs(given, Options()).articles) == 1


class RecordingStream(io.BytesIO):
    """A stream that remembers how many bytes each read asked for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.asked.append(size)
        return super().read(size)


def test_standard_input_is_read_in_chunks_whatever_the_limit():
    stream = RecordingStream(b"Rain fell on Monday in the north. " * 8_000)  # 272,000 bytes
    result = read_input("-", Options(max_bytes=10**11), stdin=stream)  # asking for 10**11 bytes would fail
    assert len(result.articles) == 1 and result.errors == []
    assert stream.asked == [1 << 20, 1 << 20]  # one read with data, one that finds the end


def test_a_closed_standard_input_is_an_error_of_that_input_only(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    assert [(e.input, e.kind, e.error) for e in read_input("-", Options()).errors] == [
        ("-", "unreadable", "standard input is closed")]


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
    (RSS_FEED.encode(), "feed.txt", "feed"),
    (ATOM_FEED.encode(), "noext", "feed"),
    (HTML_PAGE.encode(), "page.txt", "html"),
    (b"<div><p>One</p><p>Two</p><br></div>", "frag", "html"),
    (b'{"text": "a"}\n{"text": "b"}\n', "data", "jsonl"),
    (b'{"text": "a",\n "id": 1}', "data", "json"),
    (b'[{"text": "a"}]', "data", "json"),
    (b'{"text": "a"}', "a.json", "json"),
    (b"{broken", "a.jsonl", "jsonl"),
    (b"{curly braces open this note}", "note.txt", "text"),
    (b"# Title\n\nBody text.", "a.txt", "text"),
    (b"# Title\n\nBody text.", "noext", "markdown"),
    (b"Title\n\nBody text.", "a.md", "markdown"),
    (b"Plain words.", "README", "text"),
])
def test_sniffing_prefers_content_and_falls_back_to_the_name(data, name, expected):
    assert sniff(data, name) == expected


def test_path_objects_are_accepted_like_strings(tmp_path):
    (tmp_path / "a.txt").write_text("Rain fell on the city all night.")
    assert discover([tmp_path]) == [str(tmp_path / "a.txt")]
    (article,) = read_input(tmp_path / "a.txt", Options()).articles
    assert article.path == str(tmp_path / "a.txt")
