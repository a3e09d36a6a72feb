"""JSON read from untrusted input: nesting too deep for the decoder is invalid JSON, not a crash.

The standard decoder recurses once per level of nesting and raises ``RecursionError`` on a line such as
``[[[[...]]]]`` a thousand levels deep; a reader that let it through would end the whole run on one bad line.
Here it is a ``ValueError``, which every reader already reports as malformed input.
"""
from __future__ import annotations

import json
from typing import Any

_DECODER = json.JSONDecoder()


def loads(text: str) -> Any:
    """``json.loads``, with too deep a nesting raised as ``ValueError``."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply to read") from None


def raw_decode(text: str, start: int) -> tuple[Any, int]:
    """The JSON value at ``start`` and where it ends, with too deep a nesting raised as ``ValueError``."""
    try:
        return _DECODER.raw_decode(text, start)
    except RecursionError:
        raise ValueError("nested too deeply to read") from None
