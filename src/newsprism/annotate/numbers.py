"""Numbers as news writes them: numerals, number words, scale words and their short forms.

``parse_number`` reads one written number ("1,400", "1.5 million", "fifty-two", "a dozen", "3bn",
"12‑year", "1/2"; "6. 1" or "120, 000" as a scraper that spaces every mark leaves them, once ``closed_up``) and
returns its value, or None when the text is not one number. Vague plurals
("hundreds", "dozens") are not numbers here: they have bounds, not a value, and ``quantities`` reads them.

The regular expressions below are shared with ``quantities`` and ``times``, which find numbers in running
text; this module only reads them.
"""
from __future__ import annotations

import math
import re

# Every dash a scraped page may use between "12" and "year" or in "fifty-two": hyphen, non-breaking
# hyphen (U+2011), figure dash, en and em dash, minus sign.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
DASH_CLASS = "[" + re.escape(DASHES) + "]"
_DASH_TRANSLATION = str.maketrans({d: "-" for d in DASHES})

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Short scale suffixes as newsrooms write them after a numeral: "€20m", "3bn", "5k", "$1.2tn".
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12}
MULTIPLIERS = {"hundred": 100, "dozen": 12}

NUMBER_WORDS = sorted({*UNITS, *TENS, *SCALES, *MULTIPLIERS}, key=len, reverse=True)
_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
_SCALE_WORD = "(?:hundred|thousand|million|billion|trillion|dozen)"
# "and" joins number words only after a scale: "one hundred and five", never "two and three".
_AND_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", "thousand", "million", "billion",
                                                          "trillion")) + r")\s+and\s+"
# A run of number words: "fifty-two", "one hundred and twenty-three", "a dozen", "half a million".
# "a"/"an" count as one only before a scale word: in "a ten-year term" the article is not part of the number.
NUMBER_WORDS_RE = (
    r"(?:\b(?:half\s+)?an?\s+(?=" + _SCALE_WORD + r"\b))?\b" + _WORD
    + r"(?:(?:" + _AND_AFTER_SCALE + r"|\s+|" + DASH_CLASS + r")" + _WORD + r")*\b"
)
_SHORT_SCALE = "(?:" + "|".join(sorted(SHORT_SCALES, key=len, reverse=True)) + ")"
# A numeral with thousands separators, decimals and an optional scale: "1,400", "1.5 million", "3bn".
# Not part of a word, an identifier ("COVID-19", "F-16"), a clock time ("3:30") or a ratio ("1/2").
_NUMERAL_TAIL = (
    r"(?:\s*(?:hundred|thousand|million|billion|trillion)\b|" + _SHORT_SCALE + r"\b)?"
    r"(?!\w|[.,]\d|:\d|/\d)"
)
_NUMERAL_START = r"(?<![\w.,:/" + re.escape(DASHES) + r"])"
NUMERAL_BODY_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?" + _NUMERAL_TAIL
NUMERAL_RE = _NUMERAL_START + NUMERAL_BODY_RE
# Some scrapers and tokenisers leave a space after every mark: "the 6. 1 - magnitude quake", "home to 120, 000
# people", "San Diego ’ s", "at 10: 55 a.m.". In a text written so (``spaced_marks``), a decimal point or a thousands
# separator may be followed by a space; elsewhere "May 5, 300 people" is two numbers. A spaced decimal has at most
# three digits before its point and two after it ("in 2006. 12 people ..." ends a sentence).
SPACED_NUMERAL_RE = _NUMERAL_START + (
    r"(?:\d{1,3}(?:, ?\d{3})+(?:\.\d+)?|\d{1,3}\. \d{1,2}(?!\d)|\d+(?:\.\d+)?)" + _NUMERAL_TAIL)
# What only such a text writes: a contraction spaced out ("Diego ’ s", "didn ’ t"); and, less surely, a clock time
# ("10: 55 a.m.", "18: 07 GMT"), a thousands separator ("120, 000", "1, 500") or a decimal before its scale or
# unit ("2. 6 million", "0. 07 percent", "6. 1 - magnitude").
# "didn ’ t", "It ’ s": a word, a space, an apostrophe, a space and a contraction's ending (spaces only, as a
# tokeniser leaves them; "'D' m" or a line break is not one). Also read by reconcile's parser, which closes them up.
SPACED_CONTRACTION = re.compile(r"(?<=[A-Za-z]) ([’']) (t|s|re|ve|ll|d|m)\b", re.IGNORECASE)
_SPACED_NUMBER_SIGNS = re.compile(r"\b\d{1,2}: \d\d\b|\b\d{1,3}, \d{3}\b"
                                  r"|\b\d{1,3}\. \d{1,2} (?:percent|per cent|million|billion|trillion|%|- )")
_SPACED_SEPARATOR = re.compile(r"(?<=\d)([.,]) (?=\d)")

# Fractions written in words: "two-thirds", "a quarter", "half". A denominator alone ("third") is an ordinal.
DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
FRACTION_WORDS_RE = (
    r"\b(?:(?P<fnum>an?|one|two|three|four|five|six|seven|eight|nine)(?:\s+|" + DASH_CLASS + r"))?"
    r"(?P<fden>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
)
_FRACTION_WORDS = re.compile(FRACTION_WORDS_RE)

_NUMERAL_FULL = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
_WORD_SEPARATOR = re.compile(r"[\s-]+")
_SCALED = re.compile(r"(?P<num>[\d.,]+)\s*(?P<scale>[a-z]+)")
_FRACTION = re.compile(r"(?P<num>\d+)\s*/\s*(?P<den>\d+)")
_MIXED_FRACTION = re.compile(r"(?P<whole>\d+)\s+(?P<num>\d+)\s*/\s*(?P<den>\d+)")
_UNIT_COMPOUND = re.compile(r"(?P<num>.+?)-(?P<unit>[a-z]+)")
_CURRENCY_AND_SIGNS = re.compile(r"^(?:us\$|[$€£¥₹])\s*|\s*%$")


def normalise_dashes(text: str) -> str:
    """Every dash variant as an ASCII hyphen (the text keeps its length, so offsets stay valid)."""
    return text.translate(_DASH_TRANSLATION)


def spaced_marks(text: str) -> bool:
    """Whether ``text`` was written with a space after every mark, as some scrapers leave it (see SPACED_NUMERAL_RE):
    a contraction spaced out, or two signs of the others (one "3: 16" is a Bible verse, one "1, 000" a typo)."""
    if SPACED_CONTRACTION.search(text):
        return True
    return len(_SPACED_NUMBER_SIGNS.findall(text)) >= 2


def closed_up(numeral: str) -> str:
    """A numeral as a spacing scraper wrote it ("6. 1", "120, 000") with its separators closed up ("6.1")."""
    return _SPACED_SEPARATOR.sub(r"\1", numeral)


def parse_number(text: str) -> float | None:
    """The value of one written number, or None when ``text`` is not a number.

    Accepts numerals ("1,400", "12.5"), scaled numerals ("1.5 million", "3bn", "€20m"), number words
    ("fifty-two", "a dozen", "one hundred and five"), mixed forms ("2.5 million", "two million"), simple
    fractions ("1/2", "1 1/2") and a number fused to its unit by any dash ("12‑year").
    """
    cleaned = _CURRENCY_AND_SIGNS.sub("", " ".join(normalise_dashes(text).lower().split()))
    if not cleaned:
        return None
    for reader in (_read_numeral, _read_fraction, _read_scaled_numeral, _read_words, read_fraction_words):
        value = reader(cleaned)
        if value is not None:
            return value if math.isfinite(value) else None
    return _read_unit_compound(cleaned)


def _read_numeral(text: str) -> float | None:
    if not _NUMERAL_FULL.fullmatch(text):
        return None
    return float(text.replace(",", ""))


def _read_fraction(text: str) -> float | None:
    mixed = _MIXED_FRACTION.fullmatch(text)
    if mixed and int(mixed["den"]):
        return int(mixed["whole"]) + int(mixed["num"]) / int(mixed["den"])
    simple = _FRACTION.fullmatch(text)
    if simple and int(simple["den"]):
        return int(simple["num"]) / int(simple["den"])
    return None


def _read_scaled_numeral(text: str) -> float | None:
    """'1.5 million', '3bn', '2.5 thousand', '20m': a numeral times one scale word."""
    match = _SCALED.fullmatch(text)
    if not match:
        return None
    base = _read_numeral(match["num"])
    scale = SCALES.get(match["scale"]) or SHORT_SCALES.get(match["scale"]) or MULTIPLIERS.get(match["scale"])
    if base is None or scale is None:
        return None
    return base * scale


def _read_words(text: str) -> float | None:
    """Number words, possibly led by a numeral or 'a'/'half a': 'two hundred and five', '2 million'."""
    tokens = _number_word_tokens(text)
    led = _split_lead(tokens) if tokens else None
    if led is None or not led[1]:
        return None
    lead, words = led
    value = _sum_number_words(words)
    return None if value is None else lead * value


def _number_word_tokens(text: str) -> list[str] | None:
    """The words of ``text`` without the 'and's that join them; None when an 'and' stands where none may."""
    tokens = [t for t in _WORD_SEPARATOR.split(text) if t]
    if not tokens or "and" in (tokens[0], tokens[-1]):  # "and" joins number words, it never ends them
        return None
    if any(t == "and" and p not in SCALES and p != "hundred" for p, t in zip(tokens, tokens[1:])):
        return None
    return [t for t in tokens if t != "and"]


def _split_lead(tokens: list[str]) -> tuple[float, list[str]] | None:
    """The factor that leads the number words ('half a' 0.5, a numeral before scales) and the words after it."""
    if tokens[:2] in (["half", "a"], ["half", "an"]):
        return 0.5, tokens[2:]
    if tokens[0] in ("a", "an"):
        return 1.0, tokens[1:]
    if _NUMERAL_FULL.fullmatch(tokens[0]) and len(tokens) > 1:
        if not all(t in SCALES or t in MULTIPLIERS for t in tokens[1:]):
            return None  # '2 dozen' and '3 million' scale a numeral; '2 five' means nothing
        return float(tokens[0].replace(",", "")), ["one", *tokens[1:]]
    return 1.0, tokens


def _sum_number_words(tokens: list[str]) -> float | None:
    """Classic accumulation: units and tens add, 'hundred'/'dozen' multiply the group, scales close it."""
    total, group, seen = 0.0, 0.0, False
    for token in tokens:
        if token in UNITS or token in TENS:
            group += UNITS.get(token, TENS.get(token, 0))
        elif token in MULTIPLIERS:
            group = (group or 1) * MULTIPLIERS[token]
        elif token in SCALES:
            total += (group or 1) * SCALES[token]
            group = 0.0
        else:
            return None
        seen = True
    return total + group if seen else None


def read_fraction_words(text: str) -> float | None:
    """'two-thirds' -> 0.667, 'a quarter' -> 0.25, 'half' -> 0.5; 'third' alone is a rank, not a fraction."""
    match = _FRACTION_WORDS.fullmatch(text.lower())
    if match is None:
        return None
    denominator = DENOMINATORS[match["fden"].rstrip("s")]
    if match["fnum"] is None and denominator != 2:
        return None
    numerator = 1 if match["fnum"] in (None, "a", "an") else UNITS[match["fnum"]]
    return numerator / denominator


def _read_unit_compound(text: str) -> float | None:
    """'12-year', 'five-month', 'fifty-two-week': the number before a dash-joined unit word."""
    match = _UNIT_COMPOUND.fullmatch(text)
    if not match or match["unit"] in UNITS or match["unit"] in TENS:
        return None
    head = match["num"]
    for reader in (_read_numeral, _read_scaled_numeral, _read_words):
        value = reader(head)
        if value is not None:
            return value
    return None


# Words that bound a written figure, and how: ">" the figure is a strict lower bound ("more than 430"),
# ">=" an inclusive one ("at least"), "<" / "<=" upper bounds ("fewer than", "up to"), "~" an
# approximation of the figure itself ("about"), "<~" just short of it ("nearly", "almost").
APPROXIMATORS = {
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">", "greater than": ">",
    "well over": ">", "just over": ">", "exceeding": ">", "beyond": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=", "a minimum of": ">=", "not less than": ">=",
    "fewer than": "<", "less than": "<", "under": "<", "below": "<", "just under": "<", "not even": "<",
    "at most": "<=", "up to": "<=", "no more than": "<=", "as many as": "<=", "a maximum of": "<=",
    "not more than": "<=", "as much as": "<=",
    "nearly": "<~", "almost": "<~", "close to": "<~", "just shy of": "<~",
    "about": "~", "around": "~", "approximately": "~", "roughly": "~", "some": "~", "an estimated": "~",
    "estimated": "~", "circa": "~", "approx.": "~", "an approximate": "~", "or so": "~",
}
# Longest first, so that "just over" wins over "over"; must end right before the number.
APPROXIMATOR_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<approx>" + "|".join(re.escape(a) for a in sorted(APPROXIMATORS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)


def bounds(relation: str | None, value: float) -> tuple[float | None, float | None, bool, bool, bool]:
    """(low, high, low_inclusive, high_inclusive, approximate) that ``relation`` puts around ``value``.

    An exact or approximate figure bounds itself on both sides; "nearly" is below the figure.
    """
    if relation == ">":
        return value, None, False, True, False
    if relation == ">=":
        return value, None, True, True, False
    if relation == "<":
        return None, value, True, False, False
    if relation == "<=":
        return None, value, True, True, False
    if relation == "<~":
        return None, value, True, False, True
    return value, value, True, True, relation == "~"


def approximator_before(text: str, start: int) -> tuple[str, int] | None:
    """The approximator ending right before ``start`` in ``text`` and where it begins, if there is one."""
    match = APPROXIMATOR_BEFORE_RE.search(text, max(0, start - 24), start)
    if match is None:
        return None
    return match["approx"].lower(), match.start()
