"""Bytes to text: binary files refused with what they are, text decoded with the encoding it was written in.

Decision on invalid UTF-8: bytes that are mostly UTF-8 but hold invalid sequences (a file damaged in
transit, two encodings pasted together) are decoded with U+FFFD replacement characters, so the rest
of the article is still usable, and the damage is reported: ``Decoded.replaced`` counts the
replaced bytes and the reader turns it into an ``encoding`` error record beside the article.
Bytes that are not UTF-8 at all but read as a Western legacy encoding (Latin-1 / Windows-1252: é,
smart quotes, dashes) are decoded as Windows-1252 (a superset of Latin-1's printable characters)
without complaint; other legacy encodings (Cyrillic, Greek, ...) are left to charset-normalizer.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from newsprism.errors import InputError

# Leading bytes of common non-text formats, and what to call them in a refusal.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"Rar!\x1a\x07", "RAR archive"), (b"\x7fELF", "ELF executable"), (b"MZ", "Windows executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"), (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3 audio"), (b"OggS", "Ogg media"), (b"fLaC", "FLAC audio"), (b"\x00asm", "WebAssembly module"),
    (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\xca\xfe\xba\xbe", "Java class file"), (b"\x00\x00\x01\x00", "icon image"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 8192
# Control bytes that never occur in text (tab, newlines, form feed and escape aside).
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27})
_UNDEFINED_CP1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")
_ASCII_BYTES = bytes(range(0x80))
# Four legacy-decoded letters in a row, or a word made only of them: a non-Latin script or binary
# noise, not accented Latin (where such letters sit among ASCII ones: "café", "Zürich").
_LEGACY_WORD = re.compile(r"[\u00c0-\u00ff]{4,}|(?<![A-Za-z])[\u00c0-\u00ff]{2,}(?![A-Za-z])")
_MIN_DETECTION_BYTES = 12
# A well-formed UTF-8 multibyte character: its presence beside invalid bytes means damaged UTF-8.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text, the encoding it was read with, and how many bytes had to be replaced."""

    text: str
    encoding: str
    replaced: int = 0


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file ``data`` is ("PNG image"), or None when it may be text."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text holds NUL bytes by design
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL))
    return "mostly control characters" if head and controls / len(head) > 0.1 else None


def decode(data: bytes, source: str) -> Decoded:
    """Decode text bytes, trying BOMs, then UTF-8, then legacy encodings (see the module docstring)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding, source)
    utf8 = _strict_utf8(data)
    if utf8 is not None:
        return utf8
    if not _UTF8_MULTIBYTE.search(data):
        legacy = _western_legacy(data)
        if legacy is not None:
            return legacy
        detected = _detect_other_encoding(data)
        if detected is not None:
            return detected
    return _utf8_with_replacement(data)


def _strict_utf8(data: bytes) -> Decoded | None:
    """The text when ``data`` is valid UTF-8, else None (legacy encodings are tried next)."""
    try:
        return Decoded(_normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        return None  # an invalid sequence: not UTF-8, or damaged UTF-8 (decided by the caller)


def _decode_with_bom(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        return Decoded(_normalise(data.decode(encoding)), encoding)
    except UnicodeDecodeError as error:
        raise InputError(source, f"starts with a {encoding} byte-order mark but is not valid {encoding}: {error.reason}",
                         "encoding") from error


def _western_legacy(data: bytes) -> Decoded | None:
    """Windows-1252 text, when every high byte is defined there and reads as accented Latin or punctuation."""
    if not _UNDEFINED_CP1252.isdisjoint(_high_bytes(data)):
        return None
    text = data.decode("cp1252")
    if _LEGACY_WORD.search(text):
        return None
    return Decoded(_normalise(text), "windows-1252")


def _detect_other_encoding(data: bytes) -> Decoded | None:
    """Another legacy encoding, when there are enough non-ASCII bytes for a detector's guess to mean anything."""
    if len(_high_bytes(data)) < _MIN_DETECTION_BYTES:
        return None
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8, non-Western input needs it

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii") or best.chaos > 0.2:
        return None
    return Decoded(_normalise(str(best)), best.encoding)


def _high_bytes(data: bytes) -> bytes:
    """The non-ASCII bytes of ``data`` (deleted in C: a Python loop over a 20 MB file takes seconds)."""
    return data.translate(None, _ASCII_BYTES)


def _utf8_with_replacement(data: bytes) -> Decoded:
    text = data.decode("utf-8", errors="replace")
    # Each U+FFFD stands for one or more invalid bytes; count the characters, which is what a reader sees.
    replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    return Decoded(_normalise(text), "utf-8", replaced=max(replaced, 1))


def _normalise(text: str) -> str:
    """One newline convention and composed characters, so equal text from different files compares equal."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.isascii() else unicodedata.normalize("NFC", text)
