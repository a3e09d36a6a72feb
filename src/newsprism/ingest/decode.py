"""Bytes to text: binary files refused with what they are, text decoded with the encoding it was written in.

The order: a byte-order mark; UTF-32 or UTF-16 without one (UTF-32's code units nearly all valid code points,
most with two NUL high bytes; UTF-16's NUL bytes at every other position around ASCII-range code units; either
told apart from binary before the NUL check refuses it); UTF-8 when the bytes are valid
UTF-8 and hold non-ASCII characters (misdeclared pages, a server's default ISO-8859-1 over a UTF-8 page,
are far more common than legacy text that happens to be valid UTF-8); the declared charset, when there
is one (an HTTP header's, else an HTML page's ``<meta charset>``) and the bytes are valid in it; UTF-8;
then the legacy encodings.

Decision on invalid UTF-8: bytes that are mostly UTF-8 but hold invalid sequences (a file damaged in
transit, two encodings pasted together) are decoded with U+FFFD replacement characters, so the rest
of the article is still usable, and the damage is reported: ``Decoded.replaced`` counts the
replaced bytes and the reader turns it into an ``encoding`` error record beside the article.
When a large share of the non-ASCII characters is not valid UTF-8, the bytes are in another encoding:
a Western legacy one (Latin-1 / Windows-1252: é, smart quotes, dashes), decoded as Windows-1252 (a
superset of Latin-1's printable characters) without complaint, else one charset-normalizer detects
(Cyrillic, Greek, GBK, Big5, Shift-JIS, EUC-KR...). Bytes that no encoding reads and that would be
mostly replacement characters are refused (``UndecodableText``): nothing of them is kept.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from newsprism.errors import InputError, UndecodableText
from newsprism.model.article import KEPT_NOTE

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
# A well-formed UTF-8 multibyte character: Western legacy text almost never holds one; damaged UTF-8 does.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Characters that Windows-1252 text in a Western language seldom holds (letters and typographic punctuation
# aside): more than _MAX_UNLIKELY_WESTERN_SHARE of the non-ASCII ones mean another encoding read wrongly.
_UNLIKELY_WESTERN = re.compile("[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u00a0¡¿«»°·©®™€£§“”‘’‚„–—…•†‰‹›ŒœŠšŽžŸ]")
_MAX_UNLIKELY_WESTERN_SHARE = 0.2
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
# Invalid UTF-8 for at least this share of the non-ASCII characters: another encoding, not damaged UTF-8.
_FOREIGN_INVALID_SHARE = 0.25
# Text read with more than this share of its non-space characters replaced is refused, not kept.
_MAX_REPLACED_SHARE = 0.5
# UTF-16 without a byte-order mark: at least this share of its code units in the ASCII range (one NUL byte).
_MIN_UTF16_ASCII_SHARE = 0.6
# UTF-16 or UTF-32 without a byte-order mark: at most this share of control characters in its first code units.
_MAX_WIDE_CONTROL_SHARE = 0.05
# UTF-32 without a byte-order mark: at least this many whole code units to judge from, this share of them valid
# code points, and this share in the Basic Multilingual Plane (two NUL bytes).
_MIN_UTF32_UNITS = 2
_MIN_UTF32_VALID_SHARE = 0.9
_MIN_UTF32_BMP_SHARE = 0.5
_CHARSET_PARAMETER = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
# What browsers read for a declared charset (WHATWG Encoding): the superset of the declared one.
_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gbk"}
_NAMES = {"cp1252": "windows-1252"}
# ASCII that every ASCII-compatible charset reads as written, and escape codecs and UTF-7 do not.
_ASCII_PROBE = rb"<meta charset=x> \u00e9 +AGEA- xn--a-b"


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
    if any(data.startswith(bom) for bom, _ in _BOMS) or wide_without_bom(data) is not None:
        return None  # UTF-16/32 text holds NUL bytes by design
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL))
    return "mostly control characters" if head and controls / len(head) > 0.1 else None


def wide_without_bom(data: bytes) -> str | None:
    """The codec of UTF-32 or UTF-16 text without a byte-order mark ("utf-32-le", "utf-16-be"...), else None.

    UTF-32 first: its ASCII-range characters also have a NUL byte at every other position, as UTF-16's do.
    Either holds NUL bytes: most inputs, which hold none, are passed at once.
    """
    if b"\x00" not in data[:_SNIFF_BYTES]:
        return None
    return utf32_without_bom(data) or utf16_without_bom(data)


def utf32_without_bom(data: bytes) -> str | None:
    """"utf-32-le" or "utf-32-be" for UTF-32 text without a byte-order mark, else None.

    A code point is at most U+10FFFF, and text's are mostly in the Basic Multilingual Plane (at most U+FFFF), so
    the code units of such text start (LE: end) with two NUL bytes; four bytes taken at random seldom do. Of the
    whole code units of the first ``_SNIFF_BYTES``, nearly all (damage aside) must be valid code points, most of
    them in that plane, none NUL and few control characters. UTF-16 text is not valid UTF-32 (two ASCII-range
    code units make one past U+10FFFF).
    """
    head = data[:_SNIFF_BYTES]
    head = head[:len(head) - len(head) % 4]
    if len(head) < 4 * _MIN_UTF32_UNITS:
        return None
    for codec in ("utf-32-le", "utf-32-be"):
        text = head.decode(codec, errors="replace")
        if _mostly_valid_and_in_plane(text) and _reads_as_text(text):
            return codec
    return None


def _mostly_valid_and_in_plane(text: str) -> bool:
    """Whether nearly all of ``text`` are valid code points (not U+FFFD) and most in the Basic Multilingual Plane
    (counted in C: each character past it takes two UTF-16 code units)."""
    past_plane = len(text.encode("utf-16-le", "surrogatepass")) // 2 - len(text)
    return (text.count("\ufffd") <= len(text) * (1 - _MIN_UTF32_VALID_SHARE)
            and len(text) - past_plane >= len(text) * _MIN_UTF32_BMP_SHARE)


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark, else None.

    Such text has a NUL byte at every other position as long as it is in the ASCII range: the first
    ``_SNIFF_BYTES`` must decode as mostly ASCII-range code units, none NUL and few control characters.
    """
    head = data[:_SNIFF_BYTES]
    if len(head) < 4:
        return None
    for codec, zero_half in (("utf-16-le", head[1::2]), ("utf-16-be", head[::2])):
        if zero_half.count(0) >= len(zero_half) * _MIN_UTF16_ASCII_SHARE:
            return codec if _reads_as_text(head.decode(codec, errors="replace")) else None
    return None


def _reads_as_text(text: str) -> bool:
    """Whether the first code units of wide text hold no NUL and few control characters."""
    controls = sum(1 for char in text if char < " " and char not in "\t\n\r\f")
    return "\x00" not in text and controls <= len(text) * _MAX_WIDE_CONTROL_SHARE


def _decode_wide(data: bytes, codec: str) -> Decoded:
    """UTF-16 or UTF-32 without a byte-order mark; a lone surrogate, an invalid code unit or an incomplete last
    one is replaced, and counted."""
    text = data.decode(codec, errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    return Decoded(_normalise(text), codec, replaced=max(replaced, 0))


def charset_parameter(content_type: str | None) -> str | None:
    """The charset a Content-Type value declares ("text/html; charset=ISO-8859-1" -> "ISO-8859-1")."""
    match = _CHARSET_PARAMETER.search(content_type or "")
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its top, or None."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def decode(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode text bytes: BOMs, UTF-32 or UTF-16 without one, UTF-8, the ``declared`` charset, legacy encodings
    (see the module docstring); raise UndecodableText when no encoding reads them."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding, source)
    wide = wide_without_bom(data)
    if wide is not None:
        return _decode_wide(data, wide)
    utf8 = _strict_utf8(data)
    if utf8 is not None and not utf8.text.isascii():
        return utf8
    in_declared = _in_declared_charset(data, declared) if declared else None
    return in_declared or utf8 or _not_utf8(data, source)


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


def _in_declared_charset(data: bytes, label: str) -> Decoded | None:
    """The text in the declared charset when ``data`` is valid in it; its superset first, as browsers read it
    (a page declared ISO-8859-1 is read as Windows-1252, whose smart quotes it often holds)."""
    codec = _charset_codec(label)
    for candidate in (_SUPERSETS.get(codec or ""), codec):
        if candidate is not None:
            try:
                return Decoded(_normalise(data.decode(candidate)), _NAMES.get(candidate, candidate))
            except UnicodeDecodeError:
                continue
    return None


def _charset_codec(label: str) -> str | None:
    """Python's codec for a declared charset label, when it is a charset that reads ASCII as ASCII. None for a
    label Python does not know, a UTF-16 or EBCDIC one (over bytes a ``<meta>`` could be read from, a mistake)
    and a codec that is no charset (base64, unicode_escape, punycode: the probe is not read back as written)."""
    try:
        codec = codecs.lookup(label.strip()).name
        return codec if _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii") else None
    except (LookupError, ValueError, UnicodeError):  # not a text encoding; a NUL in the label; idna's refusal
        return None


def _not_utf8(data: bytes, source: str) -> Decoded:
    """Bytes that are not valid UTF-8: another encoding when they look foreign to UTF-8 (``_looks_foreign``),
    else damaged UTF-8 read with replacement characters."""
    replaced = data.decode("utf-8", errors="replace")
    if _looks_foreign(replaced, len(data) - len(_high_bytes(data))):
        other = _western_legacy(data) or _detect_other_encoding(data)
        if other is not None:
            return other
    return _utf8_with_replacement(replaced, data, source)


def _looks_foreign(replaced: str, ascii_count: int) -> bool:
    """Whether text read as UTF-8 with replacements (``replaced``) is another encoding, not damaged UTF-8: a large
    share of its non-ASCII characters is invalid, and most of the valid ones touch an invalid byte.

    A legacy encoding's byte pairs (GBK, Big5, Shift-JIS) form valid UTF-8 here and there by chance, among
    invalid bytes; the characters of real UTF-8 stand clear of the damage (a UTF-8 article with a pasted
    Windows-1252 paragraph is damaged UTF-8, and read as Windows-1252 its UTF-8 part would be mojibake).
    """
    invalid = replaced.count("\ufffd")
    if invalid < (len(replaced) - ascii_count) * _FOREIGN_INVALID_SHARE:
        return False
    runs = _NON_ASCII_RUN.findall(replaced)
    valid = sum(len(run) - run.count("\ufffd") for run in runs)
    clear = sum(len(run) for run in runs if "\ufffd" not in run)
    return clear * 2 < valid or valid == 0


def _western_legacy(data: bytes) -> Decoded | None:
    """Windows-1252 text, when every high byte is defined there and reads as accented Latin or punctuation.

    Damaged UTF-8 (a well-formed multibyte character among the invalid bytes) is not: Western text almost
    never holds one, and read as Windows-1252 it would be mojibake ("CafÃ©").
    """
    if not _UNDEFINED_CP1252.isdisjoint(_high_bytes(data)) or _UTF8_MULTIBYTE.search(data):
        return None
    text = data.decode("cp1252")
    unlikely = len(_UNLIKELY_WESTERN.findall(text))
    if _LEGACY_WORD.search(text) or unlikely > len(_high_bytes(data)) * _MAX_UNLIKELY_WESTERN_SHARE:
        return None  # a non-Latin script (Big5's trail bytes sit among ASCII ones) or binary noise
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


def _utf8_with_replacement(text: str, data: bytes, source: str) -> Decoded:
    """Damaged UTF-8 with U+FFFD for each invalid sequence; refused when that would leave mostly U+FFFD."""
    # Each U+FFFD stands for one or more invalid bytes; count the characters, which is what a reader sees.
    replaced = max(text.count("\ufffd") - data.count("\ufffd".encode("utf-8")), 1)
    characters = len(text) - sum(text.count(space) for space in " \t\n\r")
    if replaced > characters * _MAX_REPLACED_SHARE:
        raise UndecodableText(source, replaced, characters)
    return Decoded(_normalise(text), "utf-8", replaced=replaced)


def damage_reason(encoding: str, replaced: int) -> str | None:
    """What an ``encoding`` error record says of text read with ``replaced`` replacement characters; None when
    there are none."""
    if not replaced:
        return None
    return f"invalid {encoding}: {replaced} undecodable byte sequence(s) replaced with U+FFFD; {KEPT_NOTE}"


def _normalise(text: str) -> str:
    """One newline convention and composed characters, so equal text from different files compares equal."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.isascii() else unicodedata.normalize("NFC", text)
