"""Figures in an article: their value, the bounds the wording puts on them, their unit, and what they count.

``find_quantities(doc)`` finds every figure in a spaCy Doc: numerals ("1,400", "1.5 million", "3bn"),
number words ("fifty-two", "a dozen"), vague plurals ("hundreds", "dozens", "tens of thousands") and ranges
("between 40 and 50", "40-50"), together with what bounds them ("more than", "up to", "nearly", "or more"),
money ("$1.5 billion", "€20m", "5 million euros"), percentages ("12%", "12 per cent"), ages ("aged 45",
"45-year-old"), durations fused to a noun ("a 12‑year jail term"), physical units ("30 km") and an
earthquake's magnitude ("magnitude 6.6", "a 6.6-magnitude quake", "6.6 on the Richter scale").

Conventions (documented here because comparisons later rest on them):

* ``value`` is the figure as written ("over 1,400" -> 1400); ``low``/``high`` are the bounds the wording
  allows ("over 1,400" -> low 1400 exclusive, high None). An exact figure has low == high == value.
* A vague plural of a scale S ("hundreds", S=100; "dozens", S=12; "thousands"; "tens of thousands",
  S=10,000; "several hundred") has no value and covers [2·S, 10·S − 1]: "hundreds" is 200..999.
* Years and dates ("the 2020 election", "13 December") are not quantities: ``times`` reads them, and any
  figure inside a date, clock time or relative time expression is left to it. Durations ("five years")
  appear in both: here as a figure (kind ``duration_count``), in ``times`` as an ISO 8601 duration.
* Ordinals ("third", "21st") are ranks, not amounts, and are skipped. A fraction of something
  ("two-thirds of voters", "half of the schools") is a share, read as a percentage (66.67, 50).
* "Approximate" figures ("about 200") bound themselves (low == high == value) with ``approximate=True``;
  "nearly"/"almost" are below the figure (high exclusive). The tolerance is the comparer's to choose.
* Numbers inside names ("Boeing 737", "Article 5", "Route 66", per spaCy's entities) are not figures.
* What a figure counts is the noun phrase after it ("52 political prisoners"); a figure that stands in the
  predicate instead ("the death toll rose to 34", "now stands at 34", "a toll of 34", "bringing the toll
  to 34") counts what its clause says it is: the tally noun ("death toll", "number of dead"). A
  measurement said of a thing ("the quake measured 6.6", "an earthquake of magnitude 7.0") measures it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Quantity, Span, TimeExpr
from .numbers import (
    APPROXIMATORS, FRACTION_WORDS_RE, MULTIPLIERS, NUMBER_WORDS_RE, NUMERAL_BODY_RE, NUMERAL_RE, SCALES,
    SHORT_SCALES, SPACED_NUMERAL_RE, approximator_before, bounds, normalise_dashes, parse_number,
    closed_up, read_fraction_words, spaced_marks,
)
from .times import DURATION_UNITS_RE, find_times, inside_named_entity

CURRENCY_SYMBOLS = {
    "us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "₴": "UAH",
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "BYN", "UAH", "AUD", "CAD", "PLN")
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "franc": "CHF", "hryvnia": "UAH", "zloty": "PLN",
}
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "m", "meter": "m",
    "kg": "kg", "kilogram": "kg", "tonne": "tonne", "ton": "tonne", "litre": "litre", "liter": "litre",
    "barrel": "barrel", "acre": "acre", "hectare": "hectare", "degree": "degree", "mph": "mph",
    "km/h": "km/h", "gigawatt": "GW", "megawatt": "MW", "gw": "GW", "mw": "MW", "foot": "foot", "feet": "foot",
    "cm": "cm", "mm": "mm", "square kilometre": "km2", "square kilometer": "km2", "square mile": "mile2",
}
VAGUE_SCALES = {"dozen": 12.0, "score": 20.0, "ten": 10.0, "hundred": 100.0, **SCALES}

_VAGUE_RE = (
    r"\b(?:(?P<group>tens|hundreds)\s+of\s+(?P<of>thousands|millions|billions)"
    r"|(?P<few>several|a\s+few|many)\s+(?P<fewscale>dozen|hundred|thousand|million|billion)s?"
    r"|(?P<plural>dozens|hundreds|thousands|millions|billions|scores))\b"
)
# A fraction is a figure only as a share of something: "two-thirds of voters", not "third place".
_FRACTION_OF_RE = r"(?:" + FRACTION_WORDS_RE + r")(?=\s+of\b)"


def _core_re(numeral: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<vague>" + _VAGUE_RE + r")|(?P<num>" + numeral + r")|(?P<frac>" + _FRACTION_OF_RE + r")"
        r"|(?P<words>" + NUMBER_WORDS_RE + r")",
        re.IGNORECASE,
    )


_CORE_RE = _core_re(NUMERAL_RE)
_SPACED_CORE_RE = _core_re(SPACED_NUMERAL_RE)  # a text with a space after every mark: "6. 1", "120, 000"
# The second figure of a range follows a dash, so it has no look-behind: "40-50".
_RANGE_END_RE = re.compile(r"(?P<num>" + NUMERAL_BODY_RE + r")|(?P<words>" + NUMBER_WORDS_RE + r")", re.IGNORECASE)
_SYMBOLS = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?<![\w$])(?P<sym>" + _SYMBOLS + r")\s?|\b(?-i:(?P<code>" + "|".join(CURRENCY_CODES) + r"))\s?)$",
    re.IGNORECASE,
)
_CURRENCY_AFTER_RE = re.compile(
    r"\s*(?:\b(?-i:(?P<code>" + "|".join(CURRENCY_CODES) + r"))\b|\s(?:(?:US|American|Canadian|Australian|Hong\s+Kong"
    r"|Belarusian|Russian|Swiss|Indian)\s+)?(?P<word>" + "|".join(CURRENCY_WORDS) + r")s?\b)",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(r"\s?%|\s+(?:per\s?cent|percent|percentage\s+points?|pct)\b", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(
    r"\s?-\s?(?P<unit>year|month|week|day)s?\s?-\s?old\b|\s+(?P<unit2>year|month|week|day)s?\s+old\b",
    re.IGNORECASE,
)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age|ages)\s+(?:of\s+)?$", re.IGNORECASE)
_DURATION_AFTER_RE = re.compile(
    r"(?P<dash>\s?-\s?)?(?(dash)|\s+)"
    r"(?P<unit>" + DURATION_UNITS_RE + r")s?\b",
    re.IGNORECASE,
)
_MEASURE_AFTER_RE = re.compile(
    r"\s?(?P<unit>" + "|".join(re.escape(u) for u in sorted(MEASURE_UNITS, key=len, reverse=True)) + r")(?:e?s)?\b",
    re.IGNORECASE,
)
_RANGE_AFTER_RE = re.compile(r"\s*(?P<sep>-)\s*|\s+(?P<sep2>to|and)\s+", re.IGNORECASE)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_SUFFIX_BOUND_RE = re.compile(r"\s+or\s+(?P<word>more|so|fewer|less|over|under)\b", re.IGNORECASE)
_SUFFIX_BOUNDS = {"more": ">=", "over": ">=", "so": "~", "fewer": "<=", "less": "<=", "under": "<="}
_MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude(?:\s+of)?(?:\s+|\s?-\s?)$", re.IGNORECASE)
_MAGNITUDE_AFTER_RE = re.compile(r"\s?-\s?magnitude\b|\s+magnitude\b|\s+on\s+the\s+Richter\s+scale\b",
                                 re.IGNORECASE)
# Nouns that name a count of something: a figure stated as their value counts what they tally.
TALLY_NOUNS = frozenset({"toll", "tally", "count", "number", "total"})
_PARTITIVE_TALLIES = frozenset({"number", "count", "tally", "total"})  # "the number of dead": the dead
# Verbs that say a measurement of their subject ("the quake measured 6.6", "the trail is 30 km long").
_MEASURING_VERBS = frozenset({"be", "measure", "have", "register", "stand", "stretch", "span", "weigh", "rate"})
_LEADING_ZERO_RE = re.compile(r"0\d")  # '0800 GMT', '06': clock times and codes, not amounts
_COUNTED_SKIP_DEPS = frozenset({"det", "poss", "predet"})
_TIME_KINDS_OWNED_BY_TIMES = frozenset({"date", "time", "relative", "set"})


@dataclass(slots=True)
class _Reading:
    """A figure being read: where it is, its value and bounds, and what was found around it."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool = False
    approximator: str | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    kind: str = "count"
    core_text: str = ""
    core_start: int = 0


def find_quantities(doc: Any, times: list[TimeExpr] | None = None) -> list[Quantity]:
    """Every figure in ``doc`` (a spaCy Doc of an article's cleaned text), in text order.

    ``times`` are the time expressions already found in ``doc`` (``find_times``); pass them to save
    finding them again. Figures inside dates, clock times and relative expressions are left to them.
    """
    original = doc.text  # a spaCy Doc rebuilds its text on every access: read it once
    text = normalise_dashes(original)
    times = find_times(doc, None) if times is None else times
    taken = [t.span for t in times if t.kind in _TIME_KINDS_OWNED_BY_TIMES]
    time_spans = [t.span for t in times]
    quantities: list[Quantity] = []
    cursor = 0
    core = _SPACED_CORE_RE if spaced_marks(original) else _CORE_RE
    for match in core.finditer(text):
        if match.start() < cursor or not _is_figure(match) or inside_named_entity(doc, *match.span()):
            continue  # 'Boeing 737', 'Article 5', 'Route 66' name things, they do not count them
        reading = _read_figure(text, match)
        if reading is None or any(_overlaps(reading, span) for span in taken):
            continue
        quantity = _to_quantity(doc, original, reading, time_spans)
        if quantity is not None:
            quantities.append(quantity)
            cursor = reading.end
    return quantities


def _overlaps(reading: _Reading, span: Span) -> bool:
    return reading.start < span.end and span.start < reading.end


def _is_figure(match: re.Match[str]) -> bool:
    """A lone scale word ('hundred', 'dozen') without 'a' is not a figure; neither is 'half' alone."""
    if match["num"]:
        return not _LEADING_ZERO_RE.match(match["num"])
    if not match["words"]:
        return True
    words = match["words"].lower().split()
    return words[0] in ("a", "an", "half") or not all(w in SCALES or w in MULTIPLIERS for w in words)


# --- reading one figure ---------------------------------------------------------------------------

def _read_figure(text: str, match: re.Match[str]) -> _Reading | None:
    if match["frac"]:
        return _read_fraction(match)
    reading = _read_vague(match) if match["vague"] else _read_number(text, match)
    if reading is None:
        return None
    reading.core_start = match.start()
    _read_unit_after(text, reading)
    _read_prefix(text, reading)
    _read_suffix_bound(text, reading)
    return reading


def _read_vague(match: re.Match[str]) -> _Reading:
    """'hundreds' -> 200..999; 'tens of thousands' -> 20,000..99,999 (see the module conventions)."""
    if match["group"]:
        scale = VAGUE_SCALES[match["group"].lower()[:-1]] * VAGUE_SCALES[match["of"].lower()[:-1]]
    elif match["few"]:
        scale = VAGUE_SCALES[match["fewscale"].lower()]
    else:
        scale = VAGUE_SCALES[match["plural"].lower()[:-1]]
    words = " ".join(match["vague"].lower().split())
    return _Reading(match.start(), match.end(), None, 2 * scale, 10 * scale - 1, True, words,
                    core_text=match.group())


def _read_fraction(match: re.Match[str]) -> _Reading | None:
    """'two-thirds of voters' is a share: read as a percentage (66.67), so '67% of voters' compares with it."""
    share = read_fraction_words(match.group())
    if share is None:
        return None
    percent = round(100 * share, 2)
    return _Reading(match.start(), match.end(), percent, percent, percent, unit="percent", kind="percent",
                    core_text=match.group())


def _read_number(text: str, match: re.Match[str]) -> _Reading | None:
    value = parse_number(closed_up(match.group()))  # "6. 1" only ever matches in a text that spaces every mark
    if value is None:
        return None
    reading = _Reading(match.start(), match.end(), value, value, value, core_text=match.group())
    _read_range(text, reading)
    return reading


def _read_range(text: str, reading: _Reading) -> None:
    """'40-50', '40 to 50', 'between 40 and 50': the figure becomes the bounds of a range."""
    sep = _RANGE_AFTER_RE.match(text, reading.end)
    if sep is None:
        return
    between = _BETWEEN_BEFORE_RE.search(text, max(0, reading.start - 10), reading.start)
    word = (sep["sep"] or sep["sep2"]).lower()
    after_from = _FROM_BEFORE_RE.search(text, max(0, reading.start - 6), reading.start)
    if (word == "and") != bool(between) or (word == "to" and after_from):  # 'from 40 to 50' is a change
        return
    second = _RANGE_END_RE.match(text, sep.end())
    upper = parse_number(second.group()) if second is not None else None
    if upper is None:
        return
    lower = _scaled_like(reading.core_text, reading.value, second.group(), upper)
    if lower >= upper:
        return
    reading.value, reading.low, reading.high, reading.end = None, lower, upper, second.end()
    if between:
        reading.start = between.start()


def _scaled_like(first_text: str, first: float, second_text: str, second: float) -> float:
    """'$1-2 billion': the scale written after the second figure applies to the first."""
    last_word = second_text.lower().split()[-1] if " " in second_text else re.sub(r"^[\d.,]+", "", second_text)
    scale = SCALES.get(last_word) or SHORT_SCALES.get(last_word.lower())
    has_own_scale = any(c.isalpha() for c in first_text)
    if scale and not has_own_scale and first * scale <= second:
        return first * scale
    return first


def _read_unit_after(text: str, reading: _Reading) -> None:
    """The unit written after the figure: %, a currency, an age, a time unit, a physical unit."""
    for pattern, apply in _UNIT_READERS:
        match = pattern.match(text, reading.end)
        if match is not None:
            apply(reading, match)
            reading.end = match.end()
            return


def _apply_percent(reading: _Reading, match: re.Match[str]) -> None:
    reading.kind, reading.unit = "percent", "percent"


def _apply_currency(reading: _Reading, match: re.Match[str]) -> None:
    code = match["code"].upper() if match["code"] else CURRENCY_WORDS[match["word"].lower()]
    reading.kind, reading.unit = "money", code


def _apply_age(reading: _Reading, match: re.Match[str]) -> None:
    reading.kind, reading.unit = "age", (match["unit"] or match["unit2"]).lower()


def _apply_duration(reading: _Reading, match: re.Match[str]) -> None:
    unit = match["unit"].lower()
    reading.kind, reading.unit = "duration_count", "century" if unit.startswith("centur") else unit


def _apply_measure(reading: _Reading, match: re.Match[str]) -> None:
    reading.kind, reading.unit = "other", MEASURE_UNITS[" ".join(match["unit"].lower().split())]


def _apply_magnitude(reading: _Reading, match: re.Match[str]) -> None:
    reading.kind, reading.unit = "other", "magnitude"


_UNIT_READERS = (
    (_MAGNITUDE_AFTER_RE, _apply_magnitude),
    (_PERCENT_RE, _apply_percent),
    (_CURRENCY_AFTER_RE, _apply_currency),
    (_AGE_AFTER_RE, _apply_age),
    (_DURATION_AFTER_RE, _apply_duration),
    (_MEASURE_AFTER_RE, _apply_measure),
)


def _read_prefix(text: str, reading: _Reading) -> None:
    """What stands before the figure: a currency sign or code, 'magnitude', 'aged', and an approximator
    before those."""
    currency = _CURRENCY_BEFORE_RE.search(text, max(0, reading.start - 4), reading.start)
    if currency is not None and reading.kind in ("count", "money"):
        symbol = currency["sym"]
        reading.kind = "money"
        reading.unit = CURRENCY_SYMBOLS[symbol.lower()] if symbol else currency["code"].upper()
        reading.start = currency.start()
    magnitude = _MAGNITUDE_BEFORE_RE.search(text, max(0, reading.start - 16), reading.start)
    if magnitude is not None and reading.kind == "count":
        reading.kind, reading.unit, reading.start = "other", "magnitude", magnitude.start()
    _read_approximator(text, reading)
    age = _AGE_BEFORE_RE.search(text, max(0, reading.start - 10), reading.start)
    if age is not None and reading.kind == "count":
        reading.kind, reading.unit, reading.start = "age", "year", age.start()


def _read_approximator(text: str, reading: _Reading) -> None:
    found = approximator_before(text, reading.start)
    if found is None:
        return
    words, start = found
    reading.start, reading.approximator = start, words
    if reading.value is None:  # a range or a vague plural keeps its bounds; the wording only blurs them
        reading.approximate = True
        return
    _set_bounds(reading, APPROXIMATORS[words])


def _read_suffix_bound(text: str, reading: _Reading) -> None:
    """'52 or more', '100 or so', '10 or fewer'."""
    match = _SUFFIX_BOUND_RE.match(text, reading.end)
    if match is None or reading.value is None or reading.approximator:
        return
    reading.end, reading.approximator = match.end(), "or " + match["word"].lower()
    _set_bounds(reading, _SUFFIX_BOUNDS[match["word"].lower()])


def _set_bounds(reading: _Reading, relation: str) -> None:
    low, high, low_inclusive, high_inclusive, approximate = bounds(relation, reading.value)
    reading.low, reading.high = low, high
    reading.low_inclusive, reading.high_inclusive, reading.approximate = low_inclusive, high_inclusive, approximate


# --- what the figure counts -----------------------------------------------------------------------

def _to_quantity(doc: Any, text: str, reading: _Reading, time_spans: list[Span]) -> Quantity | None:
    counted = _counted_span(doc, text, reading)
    if counted is not None and any(counted.overlaps(span) for span in time_spans):
        counted = None  # '120 last year': a time expression is not what a figure counts
    if _is_pronoun_one(text, reading, counted):
        return None
    return Quantity(
        span=Span(reading.start, reading.end), text=text[reading.start:reading.end], value=reading.value,
        low=reading.low, high=reading.high, low_inclusive=reading.low_inclusive,
        high_inclusive=reading.high_inclusive, approximate=reading.approximate, unit=reading.unit,
        counted=text[counted.start:counted.end] if counted else None, counted_span=counted, kind=reading.kind,
        approximator=reading.approximator,
    )


def _is_pronoun_one(text: str, reading: _Reading, counted: Span | None) -> bool:
    """'one of the activists', 'no one': the word 'one' standing for a person is not a figure."""
    if reading.core_text.lower() != "one" or reading.kind != "count":
        return False
    return counted is None or text[reading.end:counted.start].strip().lower().startswith("of")


def _counted_span(doc: Any, text: str, reading: _Reading) -> Span | None:
    """The noun phrase the figure counts: '52 political prisoners', 'hundreds of journalists',
    'a 12‑year jail term', 'a man aged 45', 'the death toll rose to 34'."""
    if reading.kind == "age" and text[reading.start:reading.end].lower().startswith("age"):
        return _noun_aged_modifies(doc, reading)
    if reading.kind == "duration_count" and not _fused_to_unit(text, reading):
        return None
    following = _noun_phrase_from(doc, _first_token_at(doc, reading.end))
    if following is not None or reading.kind not in ("count", "other"):
        return following
    return _predicate_holder(doc, reading)


# --- a figure standing in a predicate: "the toll rose to 34", "the quake measured 6.6" -------------

def _predicate_holder(doc: Any, reading: _Reading) -> Span | None:
    """What a figure without a noun after it is the value of: a tally for a count ("the death toll rose
    to 34", "a toll of 34"), the thing measured for a measurement ("the quake measured 6.6", "a quake of
    magnitude 7.0"; not the company of "the company shipped 5,000 tonnes")."""
    found = _holder_token(doc, reading)
    if found is None:
        return None
    holder, verb = found
    if reading.kind == "count" and holder.lemma_.lower() not in TALLY_NOUNS:
        return None
    if reading.kind == "other" and verb is not None and verb.lemma_.lower() not in _MEASURING_VERBS:
        return None
    return _holder_phrase(doc, holder)


def _holder_token(doc: Any, reading: _Reading) -> tuple[Any, Any | None] | None:
    """Climb from the figure over its own words ('magnitude of 6.9') to the noun it is said of: the
    subject of 'rose to'/'stands at'/'is'/'measured', the object of 'bringing ... to', the noun of 'of';
    with the last verb on the way, if any."""
    token, verb = _first_token_at(doc, reading.core_start), None
    for _step in range(4):
        if token is None or token.head == token:
            return None
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            verb = head.head if head.head.pos_ in ("VERB", "AUX") else verb
            token = _holder_of_preposition(head)
        elif token.dep_ in ("attr", "dobj") and head.pos_ in ("VERB", "AUX"):
            token, verb = _subject_of(head), head
        elif token.dep_ in ("nummod", "compound", "quantmod") and reading.start <= head.idx < reading.end:
            token = head  # 'magnitude 6.9': the number modifies the unit word, which is part of the figure
            continue
        else:
            return None
        if token is None or not reading.start <= token.idx < reading.end:
            return (token, verb) if token is not None and token.pos_ in ("NOUN", "PROPN") else None
    return None


def _holder_of_preposition(preposition: Any) -> Any | None:
    word, governor = preposition.lower_, preposition.head
    if word == "of" and governor.pos_ in ("NOUN", "PROPN"):
        return governor                       # 'a death toll of 34'
    if word in ("to", "at") and governor.pos_ in ("VERB", "AUX"):
        return _subject_of(governor) or next((c for c in governor.children if c.dep_ == "dobj"), None)
    return None


def _subject_of(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _holder_phrase(doc: Any, holder: Any) -> Span:
    """The holder with the modifiers right before it ('death toll'); a partitive tally runs on to what it
    counts ('number of dead')."""
    first = holder.i
    while first > 0 and doc[first - 1].head.i == holder.i and doc[first - 1].dep_ in ("compound", "amod"):
        first -= 1
    last = holder
    if holder.lemma_.lower() in _PARTITIVE_TALLIES:
        of = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        last = counted or holder
    return Span(doc[first].idx, last.idx + len(last.text))


def _fused_to_unit(text: str, reading: _Reading) -> bool:
    """'12-year' (an adjective before a noun) rather than 'twelve years' (a noun of its own)."""
    return "-" in normalise_dashes(text[reading.start:reading.end])


def _noun_aged_modifies(doc: Any, reading: _Reading) -> Span | None:
    token = _first_token_at(doc, reading.start)
    if token is None or token.lower_ not in ("aged", "age", "ages"):
        return None
    head = token.head
    if head.pos_ in ("NOUN", "PROPN") and head.i < token.i:
        return Span(head.idx, head.idx + len(head.text))
    return None


def _first_token_at(doc: Any, char: int) -> Any | None:
    span = doc.char_span(char, char, alignment_mode="expand")
    index = span.start if span is not None else len(doc)
    while index < len(doc) and (doc[index].idx < char or doc[index].is_space):
        index += 1
    return doc[index] if index < len(doc) else None


def _noun_phrase_from(doc: Any, token: Any | None) -> Span | None:
    """From ``token``: skip 'of the', then take modifiers up to the first noun that heads them."""
    if token is None:
        return None
    sentence_end = _sentence_end(doc, token.i)
    index = _skip_partitive(doc, token.i, sentence_end)
    while index < sentence_end and doc[index].tag_ == "HYPH":
        index += 1
    first = index
    while index < sentence_end:
        if _joined_by_hyphen(doc, index, sentence_end):
            index += 2  # "co-workers", "by-elections": one word, whatever the parser made of its parts
            continue
        if not _modifies_or_heads(doc[index]):
            return None
        if doc[index].pos_ in ("NOUN", "PROPN") and not _phrase_goes_on(doc, index, sentence_end):
            return Span(doc[first].idx, doc[index].idx + len(doc[index].text))
        index += 1
    return None


def _joined_by_hyphen(doc: Any, index: int, end: int) -> bool:
    """Whether the token is the first part of a word written with a hyphen and no spaces."""
    return (index + 2 < end and doc[index + 1].text == "-" and not doc[index].whitespace_
            and not doc[index + 1].whitespace_ and doc[index + 2].is_alpha)


def _phrase_goes_on(doc: Any, index: int, end: int) -> bool:
    """A noun modifying a later noun ('jail' in 'jail term', 'Political' in 'Political Prisoners')."""
    token = doc[index]
    following = index + 1
    return token.head.i > index and following < end and _modifies_or_heads(doc[following])


def _sentence_end(doc: Any, index: int) -> int:
    """Index after the last token of the sentence holding ``doc[index]`` (cheaper than ``token.sent``)."""
    index += 1
    while index < len(doc) and not doc[index].is_sent_start:
        index += 1
    return index


def _skip_partitive(doc: Any, index: int, end: int) -> int:
    """'hundreds of the prisoners' -> start at 'prisoners'."""
    if index < end and doc[index].lower_ == "of":
        index += 1
        while index < end and (doc[index].dep_ in _COUNTED_SKIP_DEPS or doc[index].like_num):
            index += 1
    return index


def _modifies_or_heads(token: Any) -> bool:
    if token.is_space or (token.is_punct and token.tag_ != "HYPH"):
        return False
    return token.pos_ in ("ADJ", "NOUN", "PROPN") or token.dep_ in ("amod", "compound") or token.tag_ == "HYPH"
