"""Which reader an input needs, judged from its first bytes first and its file name second.

Content decides whenever it is decisive; the name settles what content leaves open. In order:

1. a WARC header is WARC;
2. content opening with ``{`` or ``[`` is JSON, whatever markup its strings hold: when the name says JSON
   (damaged JSON too: its reader says where), when its first line or the whole parses (JSON Lines when the
   first line is an object of its own), and, for an input whose name says nothing (standard input, no
   suffix), when a later line is an object of its own (JSON Lines with a damaged first line) or it is shaped
   like JSON (an array of objects, an object's first key);
3. a feed's root element is a feed, an HTML document's opening (``<!DOCTYPE html>``, ``<html>``, ``<head>``...)
   is HTML; a few tags without it (``<p>``, ``<div>``) make HTML only when the name does not say text or
   Markdown: prose may mention tags, and Markdown may hold inline HTML;
4. else the name's format (its reader says what is wrong when the content is not that format), else
   Markdown when the text shows its signs, else plain text.

Formats: text, markdown, html, json, jsonl, feed, warc.
"""
from __future__ import annotations

import codecs
import re
import zlib
from pathlib import PurePath

from newsprism.ingest.decode import wide_without_bom
from newsprism.ingest.json_values import loads_as_written

_HEAD_BYTES = 4096
_NAME_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc",
}
_JSON_FORMATS = ("json", "jsonl")
_PROSE_FORMATS = ("text", "markdown")
# What may come before the root element: processing instructions, comments, a DOCTYPE with its internal subset.
_XML_PROLOGUE = re.compile(r"^(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S | re.I)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF|channel)\b", re.I)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
# An array of objects, or an object's first key: JSON, even when damaged further on.
_JSON_SHAPE = re.compile(r"\[\s*(?:\{|\])|\{\s*(?:\"|\})")
_HTML_TAG = re.compile(r"<(?:p|div|br|h[1-6]|article|section|span|a\s+href|li|table)\b[^>]*>", re.I)
_MARKDOWN_SIGNS = re.compile(
    r"^#{1,6}\s+\S|^\s*(?:[-*+]|\d+\.)\s+\S.*$|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^>\s|^```", re.M
)


def suffixes(name: str) -> str:
    """The extension that names the format ("a.warc.gz" -> ".warc"; "a.txt" -> ".txt")."""
    path = PurePath(name.lower())
    if path.suffix == ".gz" and path.stem:
        return PurePath(path.stem).suffix
    return path.suffix


def wide_unicode_codec(data: bytes) -> str | None:
    """"utf-32" or "utf-16" when ``data`` opens with that byte-order mark (UTF-32 first: its LE BOM
    starts like UTF-16's), the codec of UTF-32 or UTF-16 text without one ("utf-32-le"...), else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return wide_without_bom(data)


def is_gzip(data: bytes) -> bool:
    return data.startswith(b"\x1f\x8b")


def gunzip_head(data: bytes) -> bytes:
    """The first bytes of a gzip stream, without inflating the rest."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], _HEAD_BYTES)
    except zlib.error:
        return b""


def sniff(data: bytes, name: str) -> str:
    """The format of ``data`` (see the module docstring); ``name`` is the file name, "-" for stdin."""
    head_bytes = gunzip_head(data) if is_gzip(data) else data[:_HEAD_BYTES]
    if head_bytes.startswith(b"WARC/"):
        return "warc"
    head = head_bytes.decode(wide_unicode_codec(head_bytes) or "utf-8", errors="replace").lstrip("\ufeff")
    by_name = _NAME_FORMATS.get(suffixes(name))
    return _sniff_json(data, head, by_name) or _sniff_markup(head, by_name) or _sniff_prose(head, by_name)


def _sniff_json(data: bytes, head: str, by_name: str | None) -> str | None:
    """JSON before markup: a JSON document whose strings hold HTML is still JSON (see the module docstring)."""
    stripped = head.lstrip()
    if not stripped.startswith(("{", "[")):
        return None
    if by_name in _JSON_FORMATS:
        return by_name  # damaged JSON is still JSON: its reader says where the damage is
    if _parses(stripped.split("\n", 1)[0]):
        return "jsonl" if stripped.startswith("{") else "json"  # the JSON reader tells an array from lines of them
    if _parses_whole(data):
        return "json"
    if by_name is not None:
        return None  # a .txt or .md opening with a brace or a bracket is JSON only when it parses
    if _some_line_parses(stripped):
        return "jsonl"  # JSON Lines with a damaged first line
    return "json" if _JSON_SHAPE.match(stripped) else None


def _sniff_markup(head: str, by_name: str | None) -> str | None:
    """A feed's root or an HTML document's opening decide; a few tags alone make HTML only when the name does not
    say text or Markdown (prose may mention ``<p>``, Markdown may hold inline HTML)."""
    rest = head[_XML_PROLOGUE.match(head).end():]
    if _FEED_ROOT.match(rest):
        return "feed"
    if _HTML_START.match(rest):
        return "html"
    if by_name not in _PROSE_FORMATS and len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    return None


def _sniff_prose(head: str, by_name: str | None) -> str:
    if by_name is not None:
        return by_name  # a named format whose content did not show it: its reader says what is wrong
    return "markdown" if len(_MARKDOWN_SIGNS.findall(head)) >= 3 or head.lstrip().startswith("# ") else "text"


def _some_line_parses(head: str) -> bool:
    """Whether a line of ``head`` other than the first, starting at its margin, is a JSON object of its own (a
    pretty-printed document indents the objects it nests; its last line may be cut by the head's end)."""
    return any(line.startswith("{") and _parses(line) for line in head.split("\n")[1:])


def _parses(text: str) -> bool:
    try:
        loads_as_written(text)
    except ValueError:
        return False
    return True


def _parses_whole(data: bytes) -> bool:
    return _parses(data.decode("utf-8-sig", errors="replace")) if not is_gzip(data) else False

