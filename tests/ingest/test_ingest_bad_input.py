"""Item 6 at the library level: a directory mixing good articles with every kind of bad input.

Every good article is read; every bad input is an error record with a clear reason; nothing raises.
"""
import json
import os

from newsprism.config import Options
from newsprism.ingest import ERROR_KINDS, discover, iter_read, read_inputs
from tests.ingest.ingest_samples import BROKEN_FEED, HTML_PAGE, RSS_FEED, png_bytes

LIMIT = 50_000


def build_mixed_directory(root):
    files = {
        "good.txt": "Bridge Closes After Cracks Found\n\nRIVERTON (AP) — The council closed the bridge.\n".encode(),
        "notes/good.md": "# Storm Warning Issued\n\nForecasters expect **gales** by Friday.\n".encode(),
        "page.html": HTML_PAGE.encode(),
        "feed.xml": RSS_FEED.encode(),
        "broken-feed.rss": BROKEN_FEED.encode(),
        "wire.jsonl": (json.dumps({"id": "w1", "text": "Trains resumed."}) + "\n{not json\n"
                       + json.dumps({"id": "w2", "text": "Buses too."}) + "\n").encode(),
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "photo.png": png_bytes(),
        "damaged.txt": "Mayor’s statement: ".encode() + b"\xc3\x28 budget \xff approved.",
        "latin1.txt": "Le maire a inauguré le café de la gare à Noël.".encode("latin-1"),
        "cp1252.txt": "The minister said “we will rebuild” – and café owners cheered.".encode("cp1252"),
        "huge.txt": b"Big file line.\n" * (LIMIT // 10),
        "malformed.html": b"<html><head><title>Broken</title><body><div><p>"
                          + ("Crews restored power to the east district after the storm. " * 12).encode()
                          + b"<p><b>unclosed <i>tags</div></span></html",
        "nobody.html": b"<html><body><div><span></div></td>",
        ".hidden.txt": b"Never read.",
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


def test_mixed_directory_reads_every_good_article_and_reports_every_bad_input(tmp_path):
    build_mixed_directory(tmp_path)
    result = read_inputs([str(tmp_path)], Options(max_bytes=LIMIT))

    by_name = {}
    for article in result.articles:
        by_name.setdefault(os.path.relpath(article.path, tmp_path), []).append(article)
    assert sorted(by_name) == ["broken-feed.rss", "cp1252.txt", "damaged.txt", "feed.xml", "good.txt",
                               "latin1.txt", "malformed.html", "notes/good.md", "page.html", "wire.jsonl"]
    assert [a.id for a in by_name["wire.jsonl"]] == ["w1", "w2"]
    assert len(by_name["feed.xml"]) == 2
    assert by_name["latin1.txt"][0].text == "Le maire a inauguré le café de la gare à Noël."
    assert by_name["cp1252.txt"][0].text == "The minister said “we will rebuild” – and café owners cheered."
    assert by_name["damaged.txt"][0].text == "Mayor’s statement: \ufffd( budget \ufffd approved."
    assert by_name["good.txt"][0].title == "Bridge Closes After Cracks Found"
    assert by_name["good.txt"][0].dateline == "RIVERTON (AP)"
    assert by_name["notes/good.md"][0].text == "Forecasters expect gales by Friday."
    assert by_name["malformed.html"][0].text.startswith("Crews restored power to the east district")

    errors = {(os.path.relpath(e.input, tmp_path), e.kind): e.error for e in result.errors}
    assert errors == {
        ("blank.txt", "empty"): "file holds only whitespace",
        ("broken-feed.rss", "malformed"): "feed is not well-formed: <unknown>:1:316: not well-formed (invalid token); "
                                          "1 entry recovered",
        ("broken-feed.rss:entry 2", "empty"): "feed entry 'Second story' has neither content nor a summary",
        ("damaged.txt", "encoding"): "invalid utf-8: 2 undecodable byte sequence(s) replaced with U+FFFD; "
                                     "the article was kept",
        ("empty.txt", "empty"): "file is empty",
        ("huge.txt", "too_large"): f"file is 75,000 bytes, over the limit of {LIMIT:,} bytes",
        ("nobody.html", "empty"): "no article body found in the HTML page (no words of text)",
        ("photo.png", "binary"): "binary file (PNG image)",
        ("wire.jsonl:2", "malformed"): "invalid JSON: Expecting property name enclosed in double quotes at column 2",
    }
    assert {e.kind for e in result.errors} <= set(ERROR_KINDS)
    assert all(a.original == a.text and a.text for a in result.articles)


def test_iter_read_yields_one_result_per_discovered_input(tmp_path):
    build_mixed_directory(tmp_path)
    inputs = discover([str(tmp_path)])
    assert [os.path.relpath(p, tmp_path) for p in inputs] == [
        "blank.txt", "broken-feed.rss", "cp1252.txt", "damaged.txt", "empty.txt", "feed.xml", "good.txt",
        "huge.txt", "latin1.txt", "malformed.html", "nobody.html", "notes/good.md", "page.html", "photo.png",
        "wire.jsonl"]
    results = list(iter_read([str(tmp_path)], Options(max_bytes=LIMIT)))
    assert [len(r.articles) for r in results] == [0, 1, 1, 1, 0, 2, 1, 0, 1, 1, 0, 1, 1, 0, 2]
    assert [len(r.errors) for r in results] == [1, 2, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1]


def test_a_file_over_the_limit_is_refused_without_being_read(tmp_path):
    sparse = tmp_path / "sparse.txt"
    with open(sparse, "wb") as stream:
        stream.truncate(8 * 1024 ** 3)  # 8 GiB of holes: reading it whole would take minutes and the memory
    result = read_inputs([str(sparse)], Options())
    assert [(e.kind, e.error) for e in result.errors] == [
        ("too_large", "file is 8,589,934,592 bytes, over the limit of 20,971,520 bytes")]


def test_a_page_with_almost_no_text_is_an_error_record_not_an_article(tmp_path):
    (tmp_path / "stub.html").write_bytes(b"<html><head><title>Stub</title></head><body><p>Loading<div><b>")
    result = read_inputs([str(tmp_path / "stub.html")], Options())
    assert result.articles == []
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (str(tmp_path / "stub.html"), "empty", "no article body found in the HTML page (only 1 word of text)")]


def test_error_inputs_name_the_path_as_the_user_gave_it(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.jsonl").write_text('{"text": "Trains resumed."}\n{not json\n', encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    given = [os.path.join(".", "in", "wire.jsonl"), "in", "missing.txt"]
    assert [e.input for e in read_inputs(given, Options()).errors] == [  # wire.jsonl read once, as first named
        os.path.join(".", "in", "wire.jsonl") + ":2", os.path.join("in", "empty.txt"), "missing.txt"]


def test_a_readme_beside_the_articles_is_read_like_any_other_markdown_file(tmp_path):
    # Decided: no file name is special. A folder is read whole; a README is an article like the rest
    # (the user leaves out what is not news by naming files, not by newsprism guessing from names).
    (tmp_path / "README.md").write_text("# Notes on this folder\n\nThe reports were saved on Monday.\n",
                                        encoding="utf-8")
    (tmp_path / "report.txt").write_text("Bridge Closes After Cracks Found\n\nThe council closed the bridge.\n",
                                         encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options())
    assert [(os.path.basename(a.path), a.source_format, a.title) for a in result.articles] == [
        ("README.md", "markdown", "Notes on this folder"), ("report.txt", "text", "Bridge Closes After Cracks Found")]
    assert result.errors == []


def test_json_nested_too_deeply_is_a_malformed_input_not_a_crash(tmp_path):
    """The standard decoder raises RecursionError a thousand levels down: each such line or document is reported,
    the good line beside it read, and a page whose JSON-LD is that deep still gives its article."""
    deep = "[" * 5000 + "]" * 5000
    good = json.dumps({"id": "w1", "text": "Crews restored power to the east district on Monday."})
    (tmp_path / "wire.jsonl").write_text(f'{{"id": "w0", "text": {deep}}}\n{good}\n', encoding="utf-8")
    (tmp_path / "dump.json").write_text(deep, encoding="utf-8")
    body = "Crews restored power to the east district on Monday after the storm. " * 4
    (tmp_path / "page.html").write_text(f'<html><head><script type="application/ld+json">{deep}</script></head>'
                                        f"<body><article><p>{body}</p></article></body></html>", encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options())
    assert sorted((os.path.relpath(a.path, tmp_path), a.id if a.path.endswith("jsonl") else "")
                  for a in result.articles) == [("page.html", ""), ("wire.jsonl", "w1")]
    assert {(os.path.relpath(e.input, tmp_path), e.kind): e.error for e in result.errors} == {
        ("wire.jsonl:1", "malformed"): "invalid JSON: nested too deeply to read",
        ("dump.json:item 1", "malformed"): "invalid JSON: nested too deeply to read; the rest of the array was not read",
    }


def test_html_nested_past_the_parsers_default_depth_is_read_and_past_its_huge_depth_refused(tmp_path):
    """libxml2 stops at 255 nested elements and drops the text below without a word: such a page is parsed
    again with its huge-tree option (2,048); a page deeper still is refused with that reason."""
    body = "Crews restored power to the east district on Monday after the storm."

    def page(depth):
        return f"<html><body>{'<div>' * depth}<p>{body}</p>{'</div>' * depth}</body></html>"
    (tmp_path / "deep.html").write_text(page(300), encoding="utf-8")
    (tmp_path / "deeper.html").write_text(page(2100), encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options())
    assert [(os.path.relpath(a.path, tmp_path), a.text) for a in result.articles] == [("deep.html", body)]
    assert [(os.path.relpath(e.input, tmp_path), e.kind, e.error) for e in result.errors] == [
        ("deeper.html", "malformed", "the HTML nests elements 2048 or more deep, beyond what the parser reads")]


def test_a_start_tag_flooded_with_attributes_is_read_bare_and_its_text_kept(tmp_path):
    """Thousands of attributes on one element (the parser compares each with all before it) are dropped; a tag of
    a few hundred long attributes, as a page may have, is left whole."""
    from newsprism.ingest.html import MAX_ATTRIBUTES, _without_attribute_floods

    flooded = "<p " + " ".join(f'a{i}="1"' for i in range(5000)) + ">Rescuers found twelve survivors.</p>"
    assert _without_attribute_floods(flooded) == "<p>Rescuers found twelve survivors.</p>"
    long_values = "<p " + " ".join(f'data-{i}="{"x" * 40}"' for i in range(MAX_ATTRIBUTES)) + ">Text.</p>"
    assert _without_attribute_floods(long_values) == long_values
    body = "Crews restored power to the east district on Monday after the storm."
    article = flooded.replace("Rescuers found twelve survivors.", body)
    (tmp_path / "flood.html").write_text(f"<html><body><article>{article}</article></body></html>", encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options())
    assert ([a.text for a in result.articles], result.errors) == ([body], [])


def test_an_article_longer_than_max_chars_is_refused_and_the_others_kept(tmp_path):
    good = json.dumps({"id": "w1", "text": "Crews restored power to the east district on Monday."})
    long = json.dumps({"id": "w2", "text": "word " * 30})
    (tmp_path / "wire.jsonl").write_text(f"{good}\n{long}\n", encoding="utf-8")
    (tmp_path / "book.txt").write_text("word " * 30, encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options(max_chars=100))
    assert [a.id for a in result.articles] == ["w1"]
    assert sorted((os.path.relpath(e.input, tmp_path), e.kind, e.error) for e in result.errors) == [
        ("book.txt", "too_large", "article text is 149 characters, over the limit of 100"),
        ("wire.jsonl:2", "too_large", "article text is 149 characters, over the limit of 100")]


def test_a_folder_walk_reports_what_it_cannot_read_as_a_file(tmp_path):
    """A link to nothing, a link loop, a named pipe (reading it would wait for a writer) and a linked folder are
    reported, not dropped unsaid; the regular file beside them is read."""
    top = tmp_path / "in"
    top.mkdir()
    (top / "good.txt").write_text("Crews restored power to the east district on Monday.", encoding="utf-8")
    (top / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (top / "loop1").symlink_to(top / "loop2")
    (top / "loop2").symlink_to(top / "loop1")
    os.mkfifo(top / "pipe.txt")
    (tmp_path / "other").mkdir()
    (top / "linked").symlink_to(tmp_path / "other", target_is_directory=True)
    result = read_inputs([str(top)], Options())
    assert [os.path.relpath(a.path, top) for a in result.articles] == ["good.txt"]
    assert [(os.path.relpath(e.input, top), e.kind, e.error) for e in result.errors] == [
        ("dangling.txt", "missing", "no such file or directory"),
        ("linked", "unsupported", "a link to a folder: not followed (give the folder itself to read it)"),
        ("loop1", "unreadable", "cannot open: Too many levels of symbolic links"),
        ("loop2", "unreadable", "cannot open: Too many levels of symbolic links"),
        ("pipe.txt", "unsupported", "not a regular file (a named pipe, socket or device)"),
    ]


def test_a_feed_without_entries_and_an_archive_without_pages_are_reported(tmp_path):
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News'
                                       "</title></channel></rss>", encoding="utf-8")
    (tmp_path / "empty.warc").write_bytes(b"WARC/1.0\r\n\r\n")
    (tmp_path / "good.txt").write_text("Crews restored power to the east district on Monday.", encoding="utf-8")
    result = read_inputs([str(tmp_path)], Options())
    assert [os.path.basename(a.path) for a in result.articles] == ["good.txt"]
    assert [(os.path.basename(e.input), e.kind, e.error) for e in result.errors] == [
        ("empty.warc", "empty", "no archived HTML page among its 1 WARC record"),
        ("feed.xml", "empty", "feed has no entries")]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_a_replacement_character(tmp_path):
    """Python keeps such a name's bytes as lone surrogates, which no report, store or hash can encode."""
    name = os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt")
    with open(name, "wb") as stream:
        stream.write(b"Crews restored power to the east district on Monday.")
    result = read_inputs([str(tmp_path)], Options())
    assert [os.path.basename(a.path) for a in result.articles] == ["bad\ufffdname.txt"]
    assert result.articles[0].path.encode("utf-8")  # encodable: no surrogate left
    assert result.errors == []


def test_json_lines_without_the_suffix_keep_the_lines_after_one_that_is_no_article(tmp_path):
    lines = '[1]\n{"id": "w1", "text": "Crews restored power to the east district on Monday."}\n'
    (tmp_path / "wire").write_text(lines, encoding="utf-8")
    result = read_inputs([str(tmp_path / "wire")], Options())
    assert [a.id for a in result.articles] == ["w1"]
    assert [(os.path.basename(e.input), e.error) for e in result.errors] == [
        ("wire:1", "a list where an article object was expected")]


def test_a_placeholder_publication_date_gives_way_to_the_pages_real_one(tmp_path):
    body = "Crews restored power to the east district on Monday after the storm, officials said."
    (tmp_path / "page.html").write_text(
        '<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body>'
        f'<article><time datetime="2025-05-12">12 May</time><p>{body}</p></article></body></html>', encoding="utf-8")
    [article] = read_inputs([str(tmp_path)], Options()).articles
    assert article.published == "2025-05-12"
