"""JSON and JSON Lines: one article per object.

Fields (our names; ``Options.field_map``, ``--field-map`` on the command line, maps them to the input's, e.g.
{"text": "body"}, and a dotted name reaches into nested objects, e.g. {"outlet": "source.name"}): ``text``
(required: a string, or a list of paragraph strings; markup is converted to text, as is a title's), ``id``,
``title``, ``url``, ``outlet``, ``published``, ``author`` / ``authors`` (strings, or objects with a ``name``); a
field whose value is none of these (a list for a title, a number for an author) is left empty and its value kept
as written, as an unread field (``Article.unread_fields``). A JSON document is an object, an array of objects,
or an object holding them under ``articles`` (a newsprism report).

A line or object that cannot be read becomes an error naming ``file:line`` (an array's element ``file:item 3``,
with its line when the array spans several) and the reason; the others are still read. A string holding half of
a UTF-16 surrogate pair (``"\\ud800"`` alone) is read with U+FFFD in its place, and an ``encoding`` error says so.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from json import dumps as json_dumps
from typing import Any

from newsprism.config import Options
from newsprism.model.article import KEPT_NOTE, UNREAD_PREFIX

from .build import Draft, Harvest
from .fragments import to_plain_text
from .json_values import loads_as_written, raw_decode, without_lone_surrogates

FIELDS = ("id", "text", "title", "url", "outlet", "published", "author", "authors")
# An unread field's value is kept as written up to this many characters.
UNREAD_CHARS = 200
# The value of a text field that is not there at all, told apart from one that is null.
_ABSENT = object()


def read_json_lines(text: str, path: str, options: Options) -> Harvest:
    """One article per non-blank line."""
    harvest = Harvest()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = loads_as_written(line)
        except ValueError as error:
            harvest.fail(f"{path}:{number}", f"invalid JSON: {_reason(error, line=False)}", "malformed")
            continue
        _add_object(harvest, value, f"{path}:{number}", path, options, "jsonl")
    return harvest


def read_json(text: str, path: str, options: Options) -> Harvest:
    """An object, an array of objects, or {"articles": [...]}; an object is named by its line, an array's element
    by its number ("item 3", with its line when the array spans several). A first line that is a JSON value of its
    own, followed by more lines, is JSON Lines whatever the name (standard input, a file without a suffix): read
    line by line, so that a first line that is no article does not lose the rest."""
    if _json_lines_shaped(text):
        return read_json_lines(text, path, options)
    harvest = Harvest()
    for where, value in _top_level_items(text, harvest, path):
        _add_object(harvest, value, where, path, options, "json")
    return harvest


def _json_lines_shaped(text: str) -> bool:
    first, _, rest = text.strip().partition("\n")
    if not rest.strip():
        return False
    try:
        loads_as_written(first)
    except ValueError:
        return False
    return True


def _top_level_items(text: str, harvest: Harvest, path: str) -> Iterator[tuple[str, Any]]:
    """(position, value) of each article object the document holds; what cannot be read goes to ``harvest``."""
    start = len(text) - len(text.lstrip())
    try:
        value, end = raw_decode(text, start)
    except ValueError as error:
        if text.lstrip().startswith("["):
            yield from _array_items(text, start, harvest, path)  # keep the elements before the damage
        else:
            where = f"{path}:{_line_of(text, getattr(error, 'pos', start))}"
            harvest.fail(where, f"invalid JSON: {_reason(error, line=False)}", "malformed")
        return
    if text[end:].strip():
        harvest.fail(f"{path}:{_line_of(text, end)}", "extra data after the JSON document", "malformed")
    yield from _document_items(value, text, start, harvest, path)


def _document_items(value: Any, text: str, start: int, harvest: Harvest, path: str) -> Iterator[tuple[str, Any]]:
    """The objects of a parsed document: a report's ``articles``, an array's elements, or the object itself."""
    if isinstance(value, Mapping) and isinstance(value.get("articles"), list) and "text" not in value:
        # Lines are not known inside an already-parsed object: positions are given by index.
        yield from ((f"{path}:articles[{index}]", item) for index, item in enumerate(value["articles"]))
    elif isinstance(value, list):
        yield from _array_items(text, start, harvest, path)
    else:
        yield f"{path}:{_line_of(text, start)}", value


def _array_items(text: str, start: int, harvest: Harvest, path: str) -> Iterator[tuple[str, Any]]:
    """The elements of the array at ``start`` with their positions; stops at the first unreadable one."""
    position, number = _skip_space(text, start + 1), 1
    name = _item_namer(text)
    while position < len(text) and text[position] != "]":
        where = f"{path}:{name(position, number)}"
        try:
            value, end = raw_decode(text, position)
        except ValueError as error:
            harvest.fail(where, f"invalid JSON: {_reason(error)}; the rest of the array was not read", "malformed")
            return
        yield where, value
        position, number = _skip_space(text, end), number + 1
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
        elif position < len(text) and text[position] != "]":
            harvest.fail(f"{path}:{name(position, number)}", "expected ',' or ']' in the array", "malformed")
            return


def _item_namer(text: str) -> Callable[[int, int], str]:
    """How the array's elements are named, from their offset and number: "item 3", and when the document has
    several lines, with the element's, "item 3 (line 14)"."""
    if "\n" not in text.strip():
        return lambda position, number: f"item {number}"
    return lambda position, number: f"item {number} (line {_line_of(text, position)})"


def _add_object(harvest: Harvest, value: Any, where: str, path: str, options: Options, source_format: str) -> None:
    if not isinstance(value, Mapping):
        harvest.fail(where, f"{_json_kind(value)} where an article object was expected", "malformed")
        return
    try:
        fields, replaced = without_lone_surrogates(_fields(value, options))
    except ValueError as error:
        harvest.fail(where, f"invalid JSON: {error}", "malformed")
        return
    text, problem = _article_text(fields["text"], options.field_map.get("text", "text"))
    if problem is not None:
        harvest.fail(where, problem + _present_fields(value), "empty" if text == "" else "malformed")
        return
    if replaced:
        harvest.fail(where, _surrogates_reason(replaced), "encoding")
    harvest.drafts.append(_draft(fields, text, where[len(path) + 1:], path, source_format))


def _fields(value: Mapping, options: Options) -> dict[str, Any]:
    """Our fields' values, looked up under the input's names; an absent text is ``_ABSENT``, any other field None."""
    return {name: _lookup(value, options.field_map.get(name, name), _ABSENT if name == "text" else None)
            for name in FIELDS}


def _draft(fields: dict[str, Any], text: str, position: str, path: str, source_format: str) -> Draft:
    unread: dict[str, str] = {}
    single = {name: _field_string(name, fields[name], unread) for name in ("title", "outlet", "url", "published")}
    return Draft(
        text=text, source_format=source_format, path=path, given_id=fields["id"], **single,
        authors=_authors(fields["author"], fields["authors"], unread),
        metadata={"position": position, **unread},
    )


def _surrogates_reason(count: int) -> str:
    return (f"invalid JSON string: {count} lone UTF-16 surrogate escape(s) (half of a pair, \\ud800 to \\udfff) "
            f"replaced with U+FFFD; {KEPT_NOTE}")


def _json_kind(value: Any) -> str:
    """A JSON value's kind as a person names it: "null", "true", "a string", "a number", "a list", "an object"."""
    if value is None or isinstance(value, bool):
        return json_dumps(value)
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"


def _field_string(name: str, value: Any, unread: dict[str, str]) -> str | None:
    """The field as a string (a title's markup converted, as the text's is: "Tom &amp; Jerry", "<em>Live</em>");
    a value that is none (a list, a bare object) is recorded in ``unread``."""
    text = _string(value)
    if text is None and value is not None:
        unread[UNREAD_PREFIX + name] = _as_written(value)
    return to_plain_text(text) if name == "title" and text else text


def _as_written(value: Any) -> str:
    return json_dumps(value, ensure_ascii=False)[:UNREAD_CHARS]


def _article_text(value: Any, name: str) -> tuple[str | None, str | None]:
    """The article's text and None, or None (or "" when it is empty) and what is wrong with the field."""
    if value is _ABSENT:
        return None, f"no '{name}' field"
    if isinstance(value, list):
        value, problem = _paragraphs(value, name)
        if problem is not None:
            return None, problem
    if not isinstance(value, str):
        return None, f"'{name}' is {_json_kind(value)}, not a string"
    text = to_plain_text(value).strip()
    return (text, None) if text else ("", f"'{name}' is empty")


def _paragraphs(parts: list, name: str) -> tuple[str, str | None]:
    """A list of paragraph strings joined into one text; an element that is no string is what is wrong."""
    for number, part in enumerate(parts, start=1):
        if not isinstance(part, str):
            return "", f"'{name}' is a list whose item {number} is {_json_kind(part)}, not a paragraph string"
    return "\n\n".join(part.strip() for part in parts), None


def _present_fields(value: Mapping) -> str:
    keys, _ = without_lone_surrogates(sorted(str(key) for key in value)[:8])
    names = ", ".join(keys) or "none"
    return f" (fields present: {names}; --field-map OURS=THEIRS reads one of ours from one of yours)"


def _lookup(value: Mapping, dotted: str, absent: Any = None) -> Any:
    current: Any = value
    for part in dotted.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return absent
        current = current[part]
    return current


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        return value["name"]
    return None


def _authors(author: Any, authors: Any, unread: dict[str, str]) -> list[str]:
    """The authors' names: strings, or objects with a ``name``; any other value is recorded in ``unread``
    (a number is no one's name)."""
    values = authors if isinstance(authors, list) else [authors] if authors is not None else []
    if author is not None:
        values = [author, *values]
    names = [_name(value) for value in values]
    left = [value for value, name in zip(values, names) if name is None]
    if left:
        unread[UNREAD_PREFIX + "authors"] = _as_written(left if len(left) > 1 else left[0])
    return list(dict.fromkeys(name for name in names if name))


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        return value["name"]
    return None


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _reason(error: ValueError, line: bool = True) -> str:
    """The decoder's message with where it stopped: "Expecting ',' delimiter at line 3 column 14" (the column
    alone for a JSON Lines line, whose line the error's position names). json's own message ends in a bare
    "at" when a position should follow ("Unterminated string starting at"): the position completes it."""
    message, row, column = (getattr(error, name, None) for name in ("msg", "lineno", "colno"))
    if message is None or column is None:
        return str(error)
    where = f"line {row} column {column}" if line else f"column {column}"
    return f"{message.removesuffix(' at')} at {where}"
