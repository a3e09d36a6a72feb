"""Which reader an input needs, judged from its first bytes first and its file name second.

Content decides whenever it is decisive (a WARC header, a feed's root element, an HTML document, JSON
that parses); the name only settles what content leaves open (Markdown or plain text, JSON Lines
with a damaged first line). Formats: text, markdown, html, json, jsonl, feed, warc.
"""
from __future__ import annotations

import codecs
import re
import zlib
from pathlib import PurePath

from newsprism.ingest.json_values import loads

_HEAD_BYTES = 4096
_NAME_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc",
}
_XML_PROLOGUE = re.compile(r"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)*", re.S | re.I)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF|channel)\b", re.I)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
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
    starts like UTF-16's), else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


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
    return _sniff_markup(head) or _sniff_json(data, head, by_name) or _sniff_prose(head, by_name)


def _sniff_markup(head: str) -> str | None:
    rest = head[_XML_PROLOGUE.match(head).end():]
    if _FEED_ROOT.match(rest):
        return "feed"
    if _HTML_START.match(rest) or len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    return None


def _sniff_json(data: bytes, head: str, by_name: str | None) -> str | None:
    stripped = head.lstrip()
    if not stripped.startswith(("{", "[")):
        return by_name if by_name in ("json", "jsonl") else None
    if by_name in ("json", "jsonl"):
        return by_name
    if stripped.startswith("["):
        return "json"
    if _parses(stripped.split("\n", 1)[0]):
        return "jsonl"
    return "json" if _parses_whole(data) else None


def _sniff_prose(head: str, by_name: str | None) -> str:
    if by_name is not None and by_name not in ("json", "jsonl"):
        return by_name  # a named format whose content did not show it: its reader says what is wrong
    return "markdown" if len(_MARKDOWN_SIGNS.findall(head)) >= 3 or head.lstrip().startswith("# ") else "text"


def _parses(text: str) -> bool:
    try:
        loads(text)
    except ValueError:
        return False
    return True


def _parses_whole(data: bytes) -> bool:
    return _parses(data.decode("utf-8-sig", errors="replace")) if not is_gzip(data) else False

