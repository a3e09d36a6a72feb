"""JSON and JSON Lines: fields holding markup, lone surrogate escapes, messages in a reader's words, long ids."""
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.config import Options
from newsprism.ingest import read_input, read_inputs
from newsprism.ingest.build import Draft, build_article
from newsprism.ingest.ids import MAX_ID_CHARS

MARKUP = "<p>The council said 12 roads were closed.</p><p>Crews cleared two of them by noon.</p>"
TEXT = "The council said 12 roads were closed.\n\nCrews cleared two of them by noon."
SURROGATE_REASON = ("invalid JSON string: {} lone UTF-16 surrogate escape(s) (half of a pair, \\ud800 to \\udfff) "
                    "replaced with U+FFFD; the article was kept")


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def summary(result):
    return [(a.id, a.title, a.text, a.source_format) for a in result.articles]


@pytest.mark.parametrize(("name", "source_format"), [("roads.jsonl", "jsonl"), ("roads", "jsonl"),
                                                     ("roads.json", "jsonl")])
def test_json_lines_whose_fields_hold_markup_give_one_article_per_line(tmp_path, name, source_format):
    lines = [json.dumps({"id": "r1", "text": MARKUP, "title": "Roads <em>closed</em> &amp; cleared"}),
             json.dumps({"id": "r2", "text": MARKUP})]
    result = read_input(write(tmp_path, name, "\n".join(lines) + "\n"), Options())
    assert summary(result) == [("r1", "Roads closed & cleared", TEXT, source_format), ("r2", None, TEXT, source_format)]
    assert result.errors == []


@pytest.mark.parametrize("indent", [None, 2])
def test_a_json_array_whose_fields_hold_markup_gives_one_article_per_element(tmp_path, indent):
    document = json.dumps([{"id": "r1", "text": MARKUP}, {"id": "r2", "text": [MARKUP, "<b>Updated</b> at 9."]}],
                          indent=indent)
    result = read_input(write(tmp_path, "roads.json", document), Options())
    assert summary(result) == [("r1", None, TEXT, "json"), ("r2", None, TEXT + "\n\nUpdated at 9.", "json")]


def test_json_lines_with_markup_on_standard_input(tmp_path):
    stdin = io.BytesIO((json.dumps({"id": "r1", "text": MARKUP}) + "\n").encode())
    assert summary(read_input("-", Options(), stdin=stdin)) == [("r1", None, TEXT, "jsonl")]


def test_a_lone_surrogate_escape_is_replaced_and_reported_and_every_other_input_read(tmp_path):
    broken = '{"id": "s\\udc80", "text": "\\ud800 Crews cleared two roads.", "title": "Roads \\udfff", ' \
             '"outlet": "Gazette\\ud800", "authors": ["Ana \\ud801Ruiz"]}'
    pair = json.dumps({"id": "s2", "text": "Crews cleared the 🚧 roads."})  # an escaped pair is one character
    write(tmp_path, "wire.jsonl", f"{broken}\n{pair}\n")
    write(tmp_path, "notes.txt", "Crews cleared the last road on Tuesday.\n")
    result = read_inputs([str(tmp_path)], Options())
    notes, first, second = result.articles  # the folder is read in name order
    assert (first.id, first.text, first.title, first.outlet, first.authors) == (
        "s\ufffd", "\ufffd Crews cleared two roads.", "Roads \ufffd", "Gazette\ufffd", ["Ana \ufffdRuiz"])
    assert (second.id, second.text, notes.text) == ("s2", "Crews cleared the 🚧 roads.",
                                                    "Crews cleared the last road on Tuesday.")
    assert [(e.input, e.kind, e.error) for e in result.errors] == [
        (f"{tmp_path / 'wire.jsonl'}:1", "encoding", SURROGATE_REASON.format(5))]


def test_a_lone_surrogate_in_a_field_name_or_an_unread_field_is_replaced_too(tmp_path):
    lines = '{"t\\udc00xt": "Roads closed."}\n{"text": "Roads closed.", "published": ["\\ud800"]}\n'
    result = read_input(write(tmp_path, "keys.jsonl", lines), Options())
    (article,) = result.articles
    assert article.unread_fields == {"published": '["\ufffd"]'}
    assert [(e.kind, e.error) for e in result.errors] == [
        ("malformed", "no 'text' field (fields present: t\ufffdxt; --field-map OURS=THEIRS reads one of ours from one "
                      "of yours)"),
        ("encoding", SURROGATE_REASON.format(1))]


ANY_CHARACTER = st.one_of(st.characters(), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(ANY_CHARACTER, max_size=40), min_size=7, max_size=7), st.sampled_from(["a.jsonl", "a.json"]))
def test_any_json_string_in_any_field_is_read_as_text_that_utf8_can_encode(tmp_path_factory, values, name):
    fields = dict(zip(("id", "title", "outlet", "url", "published", "author"), values))
    document = json.dumps({**fields, "text": "Roads closed. " + values[6], "authors": [values[0], {"name": values[1]}]})
    path = tmp_path_factory.mktemp("json") / name
    path.write_text(document + "\n", encoding="ascii")  # json.dumps escapes every non-ASCII character
    result = read_input(str(path), Options())
    (article,) = result.articles
    texts = [article.id, article.text, article.title, article.outlet, article.url, article.published,
             *article.authors, *article.metadata.values(), *(f"{e.input} {e.error}" for e in result.errors)]
    assert all(text.encode("utf-8") for text in texts if text)
    assert {error.kind for error in result.errors} <= {"encoding"}


@pytest.mark.parametrize(("element", "error", "kind"), [
    ("null", "null where an article object was expected", "malformed"),
    ("true", "true where an article object was expected", "malformed"),
    ('"Roads closed."', "a string where an article object was expected", "malformed"),
    ("12", "a number where an article object was expected", "malformed"),
    ('[{"text": "Roads closed."}]', "a list where an article object was expected", "malformed"),
    ('{"body": "Roads closed."}', "no 'text' field", "malformed"),
    ('{"text": null}', "'text' is null, not a string", "malformed"),
    ('{"text": 12}', "'text' is a number, not a string", "malformed"),
    ('{"text": {"html": "<p>Roads closed.</p>"}}', "'text' is an object, not a string", "malformed"),
    ('{"text": ["Roads closed.", 12]}', "'text' is a list whose item 2 is a number, not a paragraph string",
     "malformed"),
    ('{"text": [null]}', "'text' is a list whose item 1 is null, not a paragraph string", "malformed"),
    ('{"text": " <p> </p> "}', "'text' is empty", "empty"),
])
def test_what_is_wrong_with_an_element_is_said_in_a_readers_words_at_its_item_number(tmp_path, element, error, kind):
    path = write(tmp_path, "items.json", f'[{{"text": "Crews worked."}}, {element}]')
    result = read_input(path, Options())
    assert [a.text for a in result.articles] == ["Crews worked."]
    ((where, reason, found_kind),) = [(e.input, e.error, e.kind) for e in result.errors]
    assert (where, reason.split(" (fields present:")[0], found_kind) == (f"{path}:item 2", error, kind)


def test_array_elements_are_named_by_number_and_by_line_when_the_array_spans_lines(tmp_path):
    one_line = write(tmp_path, "one.json", '[{"text": "A."}, {"text": 1}, 5]')
    spread = write(tmp_path, "spread.json", '[\n  {"text": "A."},\n\n  {"text": 1}, 5\n]')
    errors = read_inputs([one_line, spread], Options()).errors
    assert [e.input for e in errors] == [f"{one_line}:item 2", f"{one_line}:item 3",
                                         f"{spread}:item 2 (line 4)", f"{spread}:item 3 (line 4)"]


def test_an_id_too_long_to_repeat_is_shortened_kept_unique_and_recorded(tmp_path):
    long_a, long_b = "a" * 100_000, "a" * 99_999 + "b"
    lines = [{"id": long_a, "text": "Roads closed."}, {"id": long_b, "text": "Roads opened."},
             {"id": "c" * MAX_ID_CHARS, "text": "Roads cleared."}]
    path = write(tmp_path, "ids.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    first, second, third = read_input(path, Options()).articles
    again = read_input(path, Options()).articles[0]
    assert [len(a.id) for a in (first, second, third)] == [MAX_ID_CHARS] * 3
    assert first.id[:183] == second.id[:183] == "a" * 183 and first.id != second.id and again.id == first.id
    assert first.id[183] == "-" and int(first.id[184:], 16) >= 0
    assert first.unread_fields == {"id": "a" * MAX_ID_CHARS + "… (100,000 characters)"}
    assert (third.id, third.unread_fields) == ("c" * MAX_ID_CHARS, {})


def test_a_number_too_long_to_read_is_named_so(tmp_path):
    path = write(tmp_path, "big.jsonl", '{"id": ' + "7" * 5000 + ', "text": "Roads closed."}\n')
    assert [(e.kind, e.error) for e in read_input(path, Options()).errors] == [
        ("malformed", "invalid JSON: a number too long to read (over 4,300 digits)")]


def test_any_reader_s_lone_surrogate_is_made_a_replacement_character_when_the_article_is_built():
    draft = Draft(text="\ud800 Crews cleared two roads.", source_format="text", title="Roads \udfff",
                  authors=["Ana\udc80 Ruiz"])
    article = build_article(draft, Options())
    assert (article.text, article.title, article.authors) == (
        "\ufffd Crews cleared two roads.", "Roads \ufffd", ["Ana\ufffd Ruiz"])


@pytest.mark.parametrize(("given", "published", "unread"), [
    ("2025-10-14", "2025-10-14", {}),
    ("1851-09-18", "1851-09-18", {}),  # a historical paper's issue
    ("0001-01-01", None, {"published": "0001-01-01"}),  # a page's software's placeholder
    ("2999-01-01", None, {"published": "2999-01-01"}),
])
def test_a_publication_date_no_report_can_have_is_not_used(tmp_path, given, published, unread):
    path = write(tmp_path, "one.jsonl", json.dumps({"id": "a", "text": TEXT, "published": given}) + "\n")
    [article] = read_input(path, Options()).articles
    assert (article.published, article.unread_fields) == (published, unread)
