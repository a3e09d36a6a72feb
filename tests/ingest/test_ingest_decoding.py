"""Decoding: BOMs, UTF-16 and UTF-32 without one, UTF-8, declared charsets, legacy text read correctly (Western and East
Asian), damaged UTF-8 kept and reported, undecodable bytes and binary refused."""
import codecs
import struct
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsprism.errors import InputError, UndecodableText
from newsprism.ingest.decode import (
    binary_kind, charset_parameter, decode, meta_charset, utf16_without_bom, utf32_without_bom, wide_without_bom,
)


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


# East Asian legacy encodings: their byte pairs often form valid UTF-8 by chance, which must not stop detection.
RIVER_ZH = "暴雨导致河水上涨，当局周二疏散了三百名居民，并关闭了两所学校。"
RIVER_TW = "暴雨導致河水上漲，當局週二疏散了三百名居民，並關閉了兩所學校。"
RIVER_JA = "大雨で川が増水し、当局は火曜日に住民三百人を避難させ、学校二校を閉鎖した。"
RIVER_KO = "폭우로 강물이 불어나자 당국은 화요일 주민 삼백 명을 대피시키고 학교 두 곳을 폐쇄했다."


@pytest.mark.parametrize(("text", "codec", "encoding"), [
    (RIVER_ZH, "gbk", "gb18030"), (RIVER_ZH, "gb2312", "gb18030"), (RIVER_TW, "big5", "big5"),
    (RIVER_JA, "shift_jis", "cp932"), (RIVER_JA, "euc_jp", "euc_jis_2004"), (RIVER_KO, "euc_kr", "cp949"),
])
def test_east_asian_legacy_encodings_are_detected(text, codec, encoding):
    decoded = decode(text.encode(codec), "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, encoding, 0)


def test_bytes_no_encoding_reads_are_refused_not_kept_as_replacement_characters():
    data = bytes(range(0x80, 0x100)) * 2
    with pytest.raises(UndecodableText) as raised:
        decode(data, "noise.txt")
    assert (raised.value.kind, raised.value.reason) == (
        "encoding", "not decodable as text: 256 of its 256 characters are not valid UTF-8 and no other encoding "
                    "reads them; nothing was kept")


def test_damaged_utf8_in_a_long_text_is_still_kept():
    data = ("Le maire a dit “déjà” à la presse. " * 20).encode() + b"\xe9t\xe9 "
    decoded = decode(data, "x")
    assert (decoded.text[-4:], decoded.encoding, decoded.replaced) == ("\ufffdt\ufffd ", "utf-8", 2)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decoded_text_is_never_mostly_replacement_characters(data):
    try:
        decoded = decode(data, "x")
    except UndecodableText as refused:
        assert refused.kind == "encoding"
        return
    non_space = len(decoded.text) - sum(decoded.text.count(space) for space in " \t\n")
    assert decoded.replaced * 2 <= max(non_space, 1)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text_not_binary(codec):
    text = "The council said 40 homes in Zürich were “flooded” on Monday.\nRepairs begin today."
    data = text.encode(codec)
    assert (binary_kind(data), utf16_without_bom(data)) == (None, codec)
    decoded = decode(data, "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, codec, 0)


def test_utf16_without_a_bom_cut_inside_a_character_is_read_and_the_damage_counted():
    decoded = decode("Flood warning lifted.".encode("utf-16-le") + b"\x3d\xd8" + "End".encode("utf-16-le") + b"A", "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == ("Flood warning lifted.\ufffdEnd\ufffd", "utf-16-le", 2)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x17F), min_size=2, max_size=300),
       st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_mostly_latin_utf16_without_a_bom_reads_back(text, codec):
    assume(sum(char < "\u0100" for char in text) >= 0.6 * len(text))
    decoded = decode(text.encode(codec), "x")
    assert (decoded.text, decoded.encoding) == (unicodedata.normalize("NFC", text), codec)


@pytest.mark.parametrize("data", [b"abc\x00def", b"\x00\x01\x00\x02\x00\x03\x00\x04", b"A\x00" * 3 + b"\x00\x00" * 40])
def test_nul_bytes_that_are_not_utf16_text_stay_binary(data):
    assert (binary_kind(data), utf16_without_bom(data)) == ("contains NUL bytes", None)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_bom_is_text_not_binary(codec):
    text = "The council said 40 homes in Zürich were “flooded” on Monday 🌊.\nВода отступила. 洪水退了。"
    data = text.encode(codec)
    assert (binary_kind(data), utf32_without_bom(data), utf16_without_bom(data), wide_without_bom(data)) == (
        None, codec, None, codec)
    decoded = decode(data, "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, codec, 0)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_bom_with_a_damaged_unit_and_a_cut_last_one_is_read_and_the_damage_counted(codec):
    damaged = "Flood warning lifted.".encode(codec) + b"\xff\xff\xff\xff" + "End".encode(codec) + b"\x00\x00"
    decoded = decode(damaged, "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == ("Flood warning lifted.\ufffdEnd\ufffd", codec, 2)


# Code points of text: no surrogates, no control characters, and no U+FFFD (which stands for damage).
TEXT_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffd")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=TEXT_CHARACTERS, min_size=2, max_size=300), st.sampled_from(["utf-32-le", "utf-32-be"]))
def test_mostly_bmp_utf32_text_without_a_bom_reads_back(text, codec):
    assume(sum(char <= "\uffff" for char in text) >= 0.5 * len(text))
    decoded = decode(text.encode(codec), "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (unicodedata.normalize("NFC", text), codec, 0)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=TEXT_CHARACTERS, min_size=2, max_size=300), st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_text_without_a_bom_is_never_taken_for_utf32(text, codec):
    assert utf32_without_bom(text.encode(codec)) is None


@pytest.mark.parametrize("data", [
    struct.pack("<64I", *range(64)),        # little-endian integers: NUL and control code points
    struct.pack(">64I", *range(64)),
    b"\x00" * 64,
    struct.pack("<16I", *range(0x110000, 0x110010)),  # past U+10FFFF: no code points at all
])
def test_nul_bytes_in_four_byte_units_that_are_not_utf32_text_stay_binary(data):
    assert (binary_kind(data), wide_without_bom(data)) == ("contains NUL bytes", None)


@pytest.mark.parametrize(("data", "declared", "text", "encoding"), [
    ("Müller said “no”".encode("cp1252"), "iso-8859-1", "Müller said “no”", "windows-1252"),
    ("Müller said no".encode("latin-1"), "US-ASCII", "Müller said no", "windows-1252"),
    ("Müller said no".encode("latin-1"), "utf-8", "Müller said no", "windows-1252"),  # declared wrongly: falls back
    ("Правительство объявило".encode("koi8-r"), "koi8-r", "Правительство объявило", "koi8-r"),
    ("Müller said no".encode("utf-8"), "ISO-8859-1", "Müller said no", "utf-8"),  # a server's default header
    ("Plain words".encode(), "utf-16le", "Plain words", "utf-8"),  # a UTF-16 label over ASCII bytes is a mistake
    ("Plain words".encode(), "x-no-such-charset", "Plain words", "utf-8"),
    ("東京で大雨".encode("iso2022_jp"), "ISO-2022-JP", "東京で大雨", "iso2022_jp"),
])
def test_a_declared_charset_is_used_when_the_bytes_are_valid_in_it(data, declared, text, encoding):
    decoded = decode(data, "x", declared)
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, encoding, 0)


@pytest.mark.parametrize("label", ["base64", "unicode_escape", "raw_unicode_escape", "utf-7", "punycode", "idna",
                                   "undefined", "cp037", "utf-8\x00"])
def test_a_declared_codec_that_is_no_ascii_charset_is_ignored(label):
    data = r"Müller wrote \u00e9 and +AGEA- in xn--a-b".encode("cp1252")
    decoded = decode(data, "x", label)
    assert (decoded.text, decoded.encoding) == (r"Müller wrote \u00e9 and +AGEA- in xn--a-b", "windows-1252")


@pytest.mark.parametrize(("head", "charset"), [
    (b'<html><head><meta charset="ISO-8859-1"><title>', "ISO-8859-1"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>", "windows-1251"),
    (b"<META CHARSET=utf-8>", "utf-8"),
    (b'<meta name="description" content="charsets explained">', None),
    (b"<p>charset=latin-1 is mentioned in the text</p>", None),
])
def test_meta_charset(head, charset):
    assert meta_charset(head) == charset


@pytest.mark.parametrize(("content_type", "charset"), [
    ("text/html; charset=ISO-8859-1", "ISO-8859-1"), ('text/html;charset="utf-8"', "utf-8"),
    ("text/html", None), (None, None),
])
def test_charset_parameter(content_type, charset):
    assert charset_parameter(content_type) == charset


def test_utf8_with_a_pasted_legacy_paragraph_is_damaged_utf8_not_mojibake():
    utf8 = "La crue a touché la vallée et les écoles. ".encode() * 3
    pasted = "Les pompiers ont évacué quarante familles, déjà inondées. ".encode("cp1252") * 3
    decoded = decode(utf8 + pasted, "x")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (
        "La crue a touché la vallée et les écoles. " * 3
        + "Les pompiers ont \ufffdvacu\ufffd quarante familles, d\ufffdj\ufffd inond\ufffdes. " * 3, "utf-8", 15)
