"""JSON and JSON Lines: one article per object.

Fields (our names; ``Options.field_map``, ``--field-map`` on the command line, maps them to the input's, e.g.
{"text": "body"}, and a dotted
name reaches into nested objects, e.g. {"outlet": "source.name"}): ``text`` (required: a string, or
a list of paragraph strings; markup is converted to text), ``id``, ``title``, ``url``, ``outlet``,
``published``, ``author`` / ``authors`` (strings, or objects with a ``name``); a field whose value is none of
these (a list for a title, a number for an author) is left empty and its value kept as written, as an unread
field (``Article.unread_fields``). A JSON document is an
object, an array of objects, or an object holding them under ``articles`` (a newsprism report).
A line or object that cannot be read becomes an error naming ``file:line`` and the reason; the
others are still read.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from json import dumps
from typing import Any

from newsprism.config import Options
from newsprism.model.article import UNREAD_PREFIX

from .build import Draft, Harvest
from .fragments import to_plain_text
from .json_values import loads, raw_decode

FIELDS = ("id", "text", "title", "url", "outlet", "published", "author", "authors")
# An unread field's value is kept as written up to this many characters.
UNREAD_CHARS = 200


def read_json_lines(text: str, path: str, options: Options) -> Harvest:
    """One article per non-blank line."""
    harvest = Harvest()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = loads(line)
        except ValueError as error:
            harvest.fail(f"{path}:{number}", f"invalid JSON: {_reason(error, line=False)}", "malformed")
            continue
        _add_object(harvest, value, f"{path}:{number}", path, options, "jsonl")
    return harvest


def read_json(text: str, path: str, options: Options) -> Harvest:
    """An object, an array of objects, or {"articles": [...]}; positions are reported by line. A first line that
    is a JSON value of its own, followed by more lines, is JSON Lines whatever the name (standard input, a file
    without a suffix): read line by line, so that a first line that is no article does not lose the rest."""
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
        loads(first)
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
    """The elements of the array at ``start`` with their lines; stops at the first unreadable one."""
    position = _skip_space(text, start + 1)
    while position < len(text) and text[position] != "]":
        try:
            value, end = raw_decode(text, position)
        except ValueError as error:
            harvest.fail(f"{path}:{_line_of(text, position)}", f"invalid JSON: {_reason(error)}; the rest of the "
                         "array was not read", "malformed")
            return
        yield f"{path}:{_line_of(text, position)}", value
        position = _skip_space(text, end)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
        elif position < len(text) and text[position] != "]":
            harvest.fail(f"{path}:{_line_of(text, position)}", "expected ',' or ']' in the array", "malformed")
            return


def _add_object(harvest: Harvest, value: Any, where: str, path: str, options: Options, source_format: str) -> None:
    if not isinstance(value, Mapping):
        harvest.fail(where, f"a JSON {type(value).__name__} where an article object was expected", "malformed")
        return
    fields = {name: _lookup(value, options.field_map.get(name, name)) for name in FIELDS}
    text, problem = _article_text(fields["text"], options.field_map.get("text", "text"))
    if problem is not None:
        harvest.fail(where, problem + _present_fields(value), "empty" if text == "" else "malformed")
        return
    unread: dict[str, str] = {}
    single = {name: _field_string(name, fields[name], unread) for name in ("title", "outlet", "url", "published")}
    harvest.drafts.append(Draft(
        text=text, source_format=source_format, path=path, given_id=fields["id"], **single,
        authors=_authors(fields["author"], fields["authors"], unread),
        metadata={"position": where[len(path) + 1:], **unread},
    ))


def _field_string(name: str, value: Any, unread: dict[str, str]) -> str | None:
    """The field as a string; a value that is none (a list, a bare object) is recorded in ``unread``."""
    text = _string(value)
    if text is None and value is not None:
        unread[UNREAD_PREFIX + name] = _as_written(value)
    return text


def _as_written(value: Any) -> str:
    return dumps(value, ensure_ascii=False)[:UNREAD_CHARS]


def _article_text(value: Any, name: str) -> tuple[str | None, str | None]:
    if value is None:
        return None, f"no '{name}' field"
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = "\n\n".join(part.strip() for part in value)
    if not isinstance(value, str):
        return None, f"'{name}' is a {type(value).__name__}, not a string"
    text = to_plain_text(value).strip()
    return (text, None) if text else ("", f"'{name}' is empty")


def _present_fields(value: Mapping) -> str:
    names = ", ".join(sorted(str(key) for key in value)[:8]) or "none"
    return f" (fields present: {names}; --field-map OURS=THEIRS reads one of ours from one of yours)"


def _lookup(value: Mapping, dotted: str) -> Any:
    current: Any = value
    for part in dotted.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
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
