"""JSON read from untrusted input: nesting too deep for the decoder is invalid JSON, not a crash, and a string
holding half of a UTF-16 surrogate pair is text that can be written.

The standard decoder recurses once per level of nesting and raises ``RecursionError`` on a line such as
``[[[[...]]]]`` a thousand levels deep; a reader that let it through would end the whole run on one bad line.
Here it is a ``ValueError``, which every reader already reports as malformed input.

The decoder also turns an escape such as ``"\\ud800"`` without its other half into a lone surrogate, a
character no UTF-8 output (a report, the store, a hash) can encode. :func:`without_lone_surrogates` replaces
each with U+FFFD and counts them, so that a reader can say what it changed; :func:`loads` does so silently, for
callers that only look at the value (sniffing, a page's JSON-LD).
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_DECODER = json.JSONDecoder()
# In a decoded string a surrogate is always a lone one: the decoder joins an escaped pair into one character.
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def loads(text: str) -> Any:
    """``json.loads``, with too deep a nesting raised as ``ValueError`` and lone surrogates replaced."""
    return without_lone_surrogates(loads_as_written(text))[0]


def loads_as_written(text: str) -> Any:
    """``json.loads``, with too deep a nesting raised as ``ValueError``; strings as the decoder gives them."""
    with _decoding():
        return json.loads(text)


def raw_decode(text: str, start: int) -> tuple[Any, int]:
    """The JSON value at ``start`` and where it ends, with too deep a nesting raised as ``ValueError``;
    strings as the decoder gives them."""
    with _decoding():
        return _DECODER.raw_decode(text, start)


@contextmanager
def _decoding() -> Iterator[None]:
    """The decoder's failures that are no ``JSONDecodeError`` worded for the person whose input it is: too deep
    a nesting, and a number over Python's limit of digits (whose message suggests a call into Python)."""
    try:
        yield
    except RecursionError:
        raise ValueError("nested too deeply to read") from None
    except ValueError as error:
        if isinstance(error, json.JSONDecodeError) or "digits" not in str(error):
            raise
        raise ValueError(f"a number too long to read (over {sys.get_int_max_str_digits():,} digits)") from None


def without_lone_surrogates(value: Any) -> tuple[Any, int]:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD, and how many were.

    Nesting the decoder accepted but too deep to walk again is raised as ``ValueError``, as in :func:`loads`.
    """
    try:
        return _replaced(value)
    except RecursionError:
        raise ValueError("nested too deeply to read") from None


def _replaced(value: Any) -> tuple[Any, int]:
    if isinstance(value, str):
        return _SURROGATE.subn(REPLACEMENT, value)
    if isinstance(value, list):
        items = [_replaced(item) for item in value]
        return [item for item, _ in items], sum(count for _, count in items)
    if isinstance(value, dict):
        pairs = [(_replaced(key), _replaced(item)) for key, item in value.items()]
        return {key: item for (key, _), (item, _) in pairs}, sum(a + b for (_, a), (_, b) in pairs)
    return value, 0
