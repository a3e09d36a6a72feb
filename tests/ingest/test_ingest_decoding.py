"""Decoding: BOMs, UTF-8, Western legacy text read correctly, damaged UTF-8 kept and reported, binary refused."""
import codecs

import pytest

from newsprism.errors import InputError
from newsprism.ingest.decode import binary_kind, decode


@pytest.mark.parametrize(("data", "text", "encoding"), [
    ("Plain ASCII.".encode(), "Plain ASCII.", "utf-8"),
    ("Café “quoted” – done".encode(), "Café “quoted” – done", "utf-8"),
    (codecs.BOM_UTF8 + "Zürich".encode(), "Zürich", "utf-8-sig"),
    ("Zürich “x”".encode("utf-16"), "Zürich “x”", "utf-16"),
    ("Zürich".encode("utf-32"), "Zürich", "utf-32"),
    ("Le café à Paris, déjà vu".encode("latin-1"), "Le café à Paris, déjà vu", "windows-1252"),
    ("“Smart quotes” – and café … €5".encode("cp1252"), "“Smart quotes” – and café … €5", "windows-1252"),
    ("Señor Muñoz said “no” twice".encode("cp1252"), "Señor Muñoz said “no” twice", "windows-1252"),
    ("Il a dit “déjà” – fini".encode("cp1252"), "Il a dit “déjà” – fini", "windows-1252"),
    ("Crème brûlée“ and Müller’s".encode("cp1252"), "Crème brûlée“ and Müller’s", "windows-1252"),
    ("line one\r\nline two\rline three".encode(), "line one\nline two\nline three", "utf-8"),
    ("Cafe\u0301".encode(), "Café", "utf-8"),  # decomposed é composed, so equal text compares equal
])
def test_text_is_decoded_with_its_encoding(data, text, encoding):
    decoded = decode(data, "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, encoding, 0)


def test_other_legacy_encodings_are_detected():
    text = "Правительство объявило об освобождении заключённых после переговоров."
    decoded = decode(text.encode("cp1251"), "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, "cp1251", 0)


def test_damaged_utf8_is_read_with_replacements_and_counted():
    data = "Café ok ".encode() + b"\xff\xfe broken \xc3( end"
    decoded = decode(data, "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == ("Café ok \ufffd\ufffd broken \ufffd( end", "utf-8", 3)


def test_stray_bytes_that_are_no_language_are_not_taken_for_latin1():
    decoded = decode(b"plain words \xff\xfe more plain words", "x")
    assert (decoded.text, decoded.replaced) == ("plain words \ufffd\ufffd more plain words", 2)


def test_bad_bom_text_is_an_encoding_error():
    with pytest.raises(InputError) as raised:
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "x.txt")
    assert raised.value.kind == "encoding"


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
    (b"PK\x03\x04\x14\x00", "ZIP archive or Office document"),
    (b"\x7fELF\x02\x01", "ELF executable"),
    (b"SQLite format 3\x00\x10", "SQLite database"),
    (b"abc\x00def", "contains NUL bytes"),
    (bytes(range(1, 9)) * 20, "mostly control characters"),
    (b"Just text.\n", None),
    ("Zürich".encode("utf-16"), None),
])
def test_binary_kinds(data, kind):
    assert binary_kind(data) == kind
