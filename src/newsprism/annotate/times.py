"""Time expressions: dates at the precision they were written, durations with their bounds, relative times.

``find_times(doc, published)`` returns every date ("July 2024" is the month 2024-07, never a day of it),
duration ("more than five years" is P5Y with an exclusive lower bound of 1826 days), and relative
expression ("on Saturday", "over the weekend", "the past week", "earlier this month"), each a span of
``doc.text``. Relative expressions are resolved against the publication date when it is known
(``resolved=True``, the value at the written precision, ``low``/``high`` the days covered) and kept typed
but unresolved (``value=None``) when it is not. Nothing here fills a part the text did not give: a month
stays a month.

Conventions: a year is 365.25 days, a month 30.4375, a decade 3652.5; bounds in days are floored.
"On Saturday" refers to the last Saturday on or before publication unless the sentence speaks of the
future ("will"), then the next one; a date written without its year ("13 December", "in April") is
resolved the same way. "Last week" is the previous calendar (ISO) week, valued "2025-W49"; "the past
week" is the seven days up to publication, valued as an ISO interval "2025-12-07/2025-12-14"; a weekend
is the interval Saturday/Sunday. The preposition that places an expression ("since 2021", "on
Saturday", "for three months") is part of its span and recorded as ``relation``; a date keeps its own
``low``/``high`` (the days it covers), so "since 2021" is ``relation="since"`` with 2021-01-01..2021-12-31
and the reader extends it to publication. Weekdays and months inside names ("The Sunday Times", "April
Ryan") are not times. Numeric dates other than ISO ("12/19/2005") are ambiguous and are not read.
"""
from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from ..errors import InputError
from ..model import Span, TimeExpr
from .numbers import APPROXIMATORS, NUMBER_WORDS_RE, approximator_before, bounds, normalise_dashes, parse_number

MONTHS = {
    name: number
    for number, names in enumerate(
        [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
         ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
         ("October", "Oct"), ("November", "Nov"), ("December", "Dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
UNIT_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
    "month": 30.4375, "year": 365.25, "decade": 3652.5, "century": 36525.0,
}
# ISO 8601 designators: (count multiplier, designator, belongs to the time part after "T").
ISO_DESIGNATOR = {
    "second": (1, "S", True), "minute": (1, "M", True), "hour": (1, "H", True), "day": (1, "D", False),
    "week": (1, "W", False), "fortnight": (2, "W", False), "month": (1, "M", False), "year": (1, "Y", False),
    "decade": (10, "Y", False), "century": (100, "Y", False),
}

# An abbreviated month may take a full stop ("Dec."); a full one may not (the stop ends the sentence).
_MONTH = (r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
          r"(?:(?<=\b[A-Z][a-z]{2})(?<!May)\.|(?<=\bSept)\.)?")
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
# The units of a duration ("centurie" before its plural "s"); quantities reads "a 10-year term" with them too.
DURATION_UNITS_RE = r"second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)"
_UNIT = r"(?P<unit>" + DURATION_UNITS_RE + r")"
_NUMBER = r"(?P<n>\d+(?:\.\d+)?|" + NUMBER_WORDS_RE + r"|an?|half\s+an?)"

# Month and weekday names are matched capitalised only: "may" is a verb, "march" a noun.
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"), "day"),
    (re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b"), "day"),
    (re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b"), "day"),
    (re.compile(r"\b" + _MONTH + r"\s+(?:of\s+)?" + _YEAR + r"\b"), "month"),
    (re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?![\w]|\.\w|,?\s+\d)"), "day"),
    (re.compile(r"\b" + _MONTH + r"(?:\s+|(?<=\.))" + _DAY + r"\b(?!,?\s*\d|:)"), "day"),
    # A month alone, full names only; "May" alone only after a preposition.
    (re.compile(r"\b(?P<m>January|February|March|April|June|July|August|September|October|November|December)"
                r"\b(?!\s+(?:of\s+)?\d)|(?<=\bin )(?P<m2>May)\b(?!\s+\d)"), "month"),
)
_YEAR_RE = re.compile(r"(?<![\w$€£.,/:-])" + _YEAR + r"(?![\w%]|[.,:/-]\d|\s*(?:per\s?cent|percent))")
_DECADE_RE = re.compile(r"(?<![\w$€£.,-])(?P<dec>1[5-9]\d|20\d)0'?s\b")
# A decade written without its century: "the '60s" anywhere, "the 50s" after "the" ("in her 50s" is an age).
_SHORT_DECADE_RE = re.compile(r"(?:(?<=\bthe )|(?<=\bthe mid-)|['‘’])(?P<dec>\d)0'?s\b", re.IGNORECASE)
# Words that make "in the 50s" a reading on a scale (temperatures, speeds, scores), not a decade.
_SCALE_WORDS = frozenset({"temperature", "temperatures", "degree", "degrees", "high", "highs", "low", "lows",
                          "fahrenheit", "celsius", "mph", "percent", "per", "score", "scores", "scored", "shot",
                          "par", "speed", "speeds", "yards", "miles", "kilometres", "kilometers", "poll", "polls"})
_ZONE = r"(?:\s*(?-i:GMT|UTC|BST|CET|CEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKDT|ET|PT|IST)\b)"
_CLOCK_RE = re.compile(
    r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?:(?::\s?|\.)(?P<min>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    + _ZONE + "?"
    r"|(?<![\w:.])(?P<h24>[01]?\d|2[0-3]):\s?(?P<min24>[0-5]\d)(?![\d:])" + _ZONE + "?"
    r"|(?<![\w:.])(?P<hmil>[01]\d|2[0-3])(?P<minmil>[0-5]\d)(?=" + _ZONE + ")" + _ZONE
    + r"|\b(?P<noon>noon|midday|midnight)\b",
    re.IGNORECASE,
)
_PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_DEICTIC_RE = re.compile(
    r"\b(?P<word>today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b"
    + _PART_OF_DAY, re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(
    r"\b(?:(?P<mod>(?i:last|this|next|past|coming|early|late))\s+)?" + _WEEKDAY + r"\b(?!s\b)" + _PART_OF_DAY
)
_WEEKEND_RE = re.compile(r"\b(?P<mod>the|this|last|next|past|coming)\s+weekend\b", re.IGNORECASE)
_PERIOD_RE = re.compile(
    r"\b(?:(?P<pos>earlier|later|early|late)\s+)?(?P<the>the\s+)?"
    r"(?P<mod>last|this|next|past|previous|coming)\s+(?P<unit>week|month|year)\b(?!s|-)",
    re.IGNORECASE,
)
_WINDOW_RE = re.compile(
    r"\b(?:the\s+)?(?P<mod>past|last|previous|next|coming)\s+" + _NUMBER + r"\s+" + _UNIT + r"s\b",
    re.IGNORECASE,
)
_VAGUE_WINDOW_RE = re.compile(
    r"\b(?:the\s+)?(?:past|last|previous|next|coming)\s+(?:few|several|many|couple\s+of)\s+" + _UNIT + r"s\b",
    re.IGNORECASE,
)
_AGO_RE = re.compile(r"\b" + _NUMBER + r"\s+" + _UNIT + r"s?\s+ago\b", re.IGNORECASE)
# Times anchored on the story's own events, not on publication: "the following week", "the day before".
_ANAPHORIC_RE = re.compile(
    r"\bthe\s+(?:(?:previous|following|preceding|same)\s+(?P<unit>day|week|month|year|morning|afternoon"
    r"|evening|night|weekend)|next\s+(?P<unit2>day|morning|night)|(?P<unit3>day|week|month|year|night)"
    r"\s+(?:before|after))\b",
    re.IGNORECASE,
)
_ISO_PARTIAL_RE = re.compile(r"(?P<y>\d{4})(?:-(?P<mo>0[1-9]|1[0-2]))?")
_RECENT_RE = re.compile(r"\brecent\s+(?P<unit>day|week|month|year)s\b", re.IGNORECASE)
_DURATION_RE = re.compile(
    r"\b" + _NUMBER + r"(?P<half>\s+and\s+a\s+half)?(?:\s+|\s?-\s?)" + _UNIT + r"s?\b(?!\s?-\s?old|\s+old|\s+ago)",
    re.IGNORECASE,
)
_VAGUE_DURATION_RE = re.compile(
    r"\b(?:(?P<q>several|many|a\s+few|some|a\s+couple(?:\s+of)?)\s+)?"
    r"(?P<unit>second|minute|hour|day|week|month|year|decade)s\b(?!\s+(?:old|ago))",
    re.IGNORECASE,
)
_VAGUE_LEAD_RE = re.compile(r"\b(?:for|after|in|within|over|during|than|of)\s+$", re.IGNORECASE)
_RELATION_RE = re.compile(
    r"(?<![\w-])(?P<rel>since|until|till|by|before|after|from|in|on|during|throughout|through|for|over"
    r"|within|at|as of|as early as|as late as|ahead of)\s+$",
    re.IGNORECASE,
)
_TIME_PREPOSITIONS = frozenset({"in", "since", "by", "until", "till", "from", "before", "after", "during", "of",
                                "through", "between", "early", "late", "mid", "summer", "winter", "spring",
                                "autumn"})
NAME_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT",
                               "NORP"})
_NAME_CONTINUES_RE = re.compile(r" [A-Z][a-z]")
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The publication date, and whether the sentence around an expression speaks of the future."""

    day: date | None
    future: bool = False


def find_times(doc: Any, published: str | None) -> list[TimeExpr]:
    """Every time expression in ``doc`` (a spaCy Doc), in text order, resolved against ``published``.

    ``published`` is the article's publication date (ISO 8601 or any complete date); None leaves relative
    expressions unresolved. Raises ``InputError`` when ``published`` is given but is not a date.
    """
    original = doc.text  # a spaCy Doc rebuilds its text on every access: read it once
    text = normalise_dashes(original)
    anchor_day = parse_published(published)
    found: list[TimeExpr] = []
    for finder in _FINDERS:
        found.extend(finder(doc, original, text, anchor_day))
    chosen = _longest_without_overlap(found)
    return [_with_relation(original, text, expr) for expr in chosen]


def parse_published(published: str | None) -> date | None:
    """The publication day of an article, from ISO 8601 or another complete written date."""
    if not published:
        return None
    iso_day = _iso_day(published)
    if iso_day is not None:
        return iso_day
    import dateparser  # a complete date only: REQUIRE_PARTS stops it filling a missing day or month

    parsed = dateparser.parse(published, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise InputError("published", f"{published!r} is not a date")
    return parsed.date()


def _iso_day(published: str) -> date | None:
    """The day of an ISO 8601 date or timestamp (what the readers store), None for any other form."""
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None  # not ISO 8601: the caller reads other written forms


def parse_date(text: str) -> tuple[str, str] | None:
    """An absolute written date as (ISO 8601 at the written precision, precision), or None.

    "13 December 2025" -> ("2025-12-13", "day"); "July 2024" -> ("2024-07", "month");
    "2021" -> ("2021", "year"); ISO input parses back to itself.
    """
    cleaned = " ".join(text.split())
    iso_partial = _ISO_PARTIAL_RE.fullmatch(cleaned)
    if iso_partial:
        return _iso_of(int(iso_partial["y"]), _int_or_none(iso_partial["mo"]), None)
    for pattern, _precision in _DATE_PATTERNS[:4]:
        match = pattern.fullmatch(cleaned)
        if match:
            return _date_fields(match)
    return None


# --- absolute dates -------------------------------------------------------------------------------

def _absolute_dates(doc: Any, original: str, text: str, anchor_day: date | None) -> Iterator[TimeExpr]:
    for pattern, precision in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            fields = _date_fields(match)
            if fields is not None:
                yield _date_expr(original, match.span(), fields)
            elif "y" not in match.groupdict() and _missing_year_is_valid(match) \
                    and not inside_named_entity(doc, *match.span()):  # 'April Ryan', 'the June Fund'
                anchor = _Anchor(anchor_day, anchor_day is not None and _speaks_of_future(doc, match.start()))
                yield _date_without_year(original, match, precision, anchor)


def _date_fields(match: re.Match[str]) -> tuple[str, str] | None:
    groups = match.groupdict()
    if not groups.get("y"):
        return None
    month = int(groups["mo"]) if groups.get("mo") else MONTHS[groups["m"]]
    return _iso_of(int(groups["y"]), month, _int_or_none(groups.get("d")))


def _iso_of(year: int, month: int | None, day: int | None) -> tuple[str, str] | None:
    """ISO 8601 at the precision given, or None for an impossible date (30 February)."""
    if year < 1 or month is None:
        return (f"{year:04d}", "year") if year >= 1 else None
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _date_expr(original: str, span: tuple[int, int], fields: tuple[str, str], **extra: Any) -> TimeExpr:
    iso, precision = fields
    low, high = _covered_days(iso, precision)
    return TimeExpr(Span(*span), original[span[0]:span[1]], "date", iso, precision, low=low, high=high, **extra)


def _covered_days(iso: str, precision: str) -> tuple[str, str]:
    """First and last ISO day a date at this precision covers."""
    parts = [int(p) for p in iso.split("-")]
    if precision == "year":
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if precision == "month":
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{iso}-01", f"{iso}-{last:02d}"
    return iso, iso


def _missing_year_is_valid(match: re.Match[str]) -> bool:
    day = _int_or_none(match.groupdict().get("d"))
    return day is None or 1 <= day <= 31


def _date_without_year(original: str, match: re.Match[str], precision: str, anchor: _Anchor) -> TimeExpr:
    """'13 December', 'in April': the last such date up to publication, or the next one when the
    sentence speaks of the future."""
    month = MONTHS[match["m"] if match.groupdict().get("m") else match["m2"]]
    day = _int_or_none(match.groupdict().get("d"))
    start, end = match.span()
    if anchor.day is None:
        return TimeExpr(Span(start, end), original[start:end], "date", None, precision)
    fields = _iso_of(_year_for(month, day, anchor), month, day)
    if fields is None:
        return TimeExpr(Span(start, end), original[start:end], "date", None, precision)
    return _date_expr(original, (start, end), fields, resolved=True)


def _year_for(month: int, day: int | None, anchor: _Anchor) -> int:
    """The year that puts (month, day) last before publication, or first after it in the future."""
    year = anchor.day.year
    if anchor.future:
        last_day = day or calendar.monthrange(year, month)[1]
        return year if (month, last_day) >= (anchor.day.month, anchor.day.day) else year + 1
    return year if (month, day or 1) <= (anchor.day.month, anchor.day.day) else year - 1


def _weekday_names_something(doc: Any, text: str, match: re.Match[str]) -> bool:
    """'The Sunday Times', 'the Monday Club': a weekday inside a name, or between 'the' and a capital."""
    if inside_named_entity(doc, *match.span("wd")):
        return True
    before = text[max(0, match.start("wd") - 4):match.start("wd")].lower()
    return before.endswith("the ") and _NAME_CONTINUES_RE.match(text, match.end("wd")) is not None


def inside_named_entity(doc: Any, start: int, end: int) -> bool:
    """Whether characters [start, end) belong to a name spaCy found (an organisation, a work, a person...),
    not to a date, time or figure."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.ent_type_ in NAME_ENTITY_TYPES for token in span)


def _years(doc: Any, original: str, text: str, anchor_day: date | None) -> Iterator[TimeExpr]:
    """A bare year ('the 2020 election', 'since 2021'), unless it counts something ('2000 people')."""
    for match in _YEAR_RE.finditer(text):
        if _counts_a_noun(doc, text, match):
            continue
        yield _date_expr(original, match.span(), (match["y"], "year"))
    for match in _DECADE_RE.finditer(text):
        yield _decade_expr(original, match.span(), match["dec"])
    for match in _SHORT_DECADE_RE.finditer(text):
        if not _on_a_scale(doc, match.start()):
            yield _decade_expr(original, match.span(), _century_of(int(match["dec"]), anchor_day) + match["dec"])


def _decade_expr(original: str, span: tuple[int, int], decade: str) -> TimeExpr:
    """A decade, ``decade`` its first three digits ("197" for the 1970s)."""
    return TimeExpr(Span(*span), original[span[0]:span[1]], "date", decade, "decade",
                    low=f"{decade}0-01-01", high=f"{decade}9-12-31")


def _century_of(digit: int, anchor_day: date | None) -> str:
    """The century of a decade written without one: the latest whose decade has begun by the publication
    year ("the 20s" written in 2025 are the 2020s, written in 2008 the 1920s); the 1900s when undated."""
    if anchor_day is not None and 2000 + digit * 10 <= anchor_day.year:
        return "20"
    return "19"


def _on_a_scale(doc: Any, char: int) -> bool:
    """Whether the sentence around ``char`` reads a scale ("highs in the 50s", "shot in the 70s")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    return any(token.lower_ in _SCALE_WORDS for token in span[0].sent)


def _counts_a_noun(doc: Any, text: str, match: re.Match[str]) -> bool:
    """'2000 people' is a count: a plural noun follows and no time preposition precedes."""
    words_before = text[max(0, match.start() - 12):match.start()].split()
    if words_before and words_before[-1].lower().strip("-") in _TIME_PREPOSITIONS:
        return False
    following = _token_after(doc, match.end())
    if following is None or following.tag_ != "NNS":  # 'the 2012 Olympics' stays a year
        return False
    number = _token_after(doc, match.start())
    return number is None or number.ent_type_ not in ("DATE", "EVENT")  # 'the 1967 killings' is a year


def _token_after(doc: Any, char: int) -> Any | None:
    """The first token starting at or after ``char`` (None at the end or at a line break)."""
    span = doc.char_span(char, char, alignment_mode="expand")
    index = span.start if span is not None else len(doc)
    while index < len(doc) and doc[index].idx < char:
        index += 1
    if index >= len(doc) or doc[index].is_space:
        return None
    return doc[index]


def _clock_times(doc: Any, original: str, text: str, anchor_day: date | None) -> Iterator[TimeExpr]:
    """'5 p.m.', '23:15', '13: 42 GMT', '1023 GMT', 'noon': a time of day, valued 'T17:00'."""
    for match in _CLOCK_RE.finditer(text):
        if match["noon"]:
            hour, minute = (0 if match["noon"].lower() == "midnight" else 12), None
        else:
            hour = int(match["h"] or match["h24"] or match["hmil"])
            minute = match["min"] or match["min24"] or match["minmil"]
        if match["ampm"]:
            if hour > 12:
                continue
            hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
        value = f"T{hour:02d}" + (f":{minute}" if minute else ":00")
        yield TimeExpr(Span(*match.span()), original[match.start():match.end()], "time", value,
                       "minute" if minute else "hour")


# --- relative expressions -------------------------------------------------------------------------

def _relative(doc: Any, original: str, text: str, anchor_day: date | None) -> Iterator[TimeExpr]:
    """'yesterday', 'on Saturday', 'over the weekend', 'last week', 'three days ago', 'in recent weeks'."""
    for pattern, resolve, precision in _RELATIVE_READERS:
        for match in pattern.finditer(text):
            if pattern is _WEEKDAY_RE and _weekday_names_something(doc, text, match):
                continue
            anchor = _Anchor(anchor_day, anchor_day is not None and _speaks_of_future(doc, match.start()))
            expr = _relative_expr(original, match, resolve, precision, anchor)
            yield _bounded_ago(original, text, expr, anchor) if pattern is _AGO_RE else expr
    for match in (*_RECENT_RE.finditer(text), *_VAGUE_WINDOW_RE.finditer(text)):
        yield TimeExpr(Span(*match.span()), original[match.start():match.end()], "relative", None,
                       _singular_unit(match["unit"]))
    for match in _ANAPHORIC_RE.finditer(text):
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        yield TimeExpr(Span(*match.span()), original[match.start():match.end()], "relative", None,
                       unit if unit in ("week", "month", "year") else "day")


def _relative_expr(original: str, match: re.Match[str], resolve: Callable[..., Any], precision: str,
                   anchor: _Anchor) -> TimeExpr:
    start, end = match.span()
    precision = precision or _unit_of(match)
    resolved = resolve(match, anchor) if anchor.day is not None else None
    if resolved is None:
        return TimeExpr(Span(start, end), original[start:end], "relative", None, precision)
    value, precision, low, high = resolved
    return TimeExpr(Span(start, end), original[start:end], "relative", value, precision, True, low, high)


def _unit_of(match: re.Match[str]) -> str:
    unit = match.groupdict().get("unit")
    return _singular_unit(unit) if unit else "day"


def _speaks_of_future(doc: Any, char: int) -> bool:
    """Whether the sentence holding ``char`` uses a future auxiliary ('will', "'ll", 'shall')."""
    token = _token_after(doc, char)
    if token is None:
        return False
    start, end = token.i, token.i + 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return any(t.tag_ == "MD" and t.lower_ in _FUTURE_AUXILIARIES for t in doc[start:end])


def _day_result(day: date) -> tuple[str, str, str, str]:
    return day.isoformat(), "day", day.isoformat(), day.isoformat()


def _resolve_deictic(match: re.Match[str], anchor: _Anchor) -> tuple[str, str, str, str]:
    word = " ".join(match["word"].lower().split())
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    return _day_result(anchor.day + timedelta(days=offset))


def _resolve_weekday(match: re.Match[str], anchor: _Anchor) -> tuple[str, str, str, str]:
    """The named weekday nearest publication, in the direction the words and tense point."""
    mod = (match["mod"] or "").lower()
    mod = "" if mod in ("early", "late") else mod  # 'late Thursday' points where the tense points
    back = (anchor.day.weekday() - WEEKDAYS[match["wd"]]) % 7
    if mod == "this":
        return _day_result(anchor.day - timedelta(days=anchor.day.weekday()) + timedelta(days=WEEKDAYS[match["wd"]]))
    if mod in ("next", "coming") or (not mod and anchor.future):
        forward = (WEEKDAYS[match["wd"]] - anchor.day.weekday()) % 7 or 7
        return _day_result(anchor.day + timedelta(days=forward))
    if mod in ("last", "past") and back == 0:
        back = 7
    return _day_result(anchor.day - timedelta(days=back))


def _resolve_weekend(match: re.Match[str], anchor: _Anchor) -> tuple[str, str, str, str]:
    mod = match["mod"].lower()
    saturday = anchor.day - timedelta(days=(anchor.day.weekday() - 5) % 7)
    if mod == "last" and anchor.day.weekday() >= 5:
        saturday -= timedelta(days=7)
    elif mod in ("next", "coming") or (mod in ("this", "the") and anchor.future):
        saturday = anchor.day + timedelta(days=(5 - anchor.day.weekday()) % 7 or 7)
        if mod == "this" and anchor.day.weekday() >= 5:
            saturday = anchor.day - timedelta(days=anchor.day.weekday() - 5)
    sunday = saturday + timedelta(days=1)
    return f"{saturday.isoformat()}/{sunday.isoformat()}", "day", saturday.isoformat(), sunday.isoformat()


def _resolve_period(match: re.Match[str], anchor: _Anchor) -> tuple[str, str, str, str] | None:
    """'last week' (the calendar week before), 'the past week' (the seven days up to publication),
    'earlier this month' (from the first of the month to publication)."""
    unit, mod = match["unit"].lower(), match["mod"].lower()
    if match["the"] and mod in ("past", "last"):
        return _window(anchor.day, 1, unit, -1)
    if match["the"] and mod in ("previous", "next"):
        return None  # 'the previous week' is anchored on an event of the story, not on publication
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(mod, 0)
    value, low, high = _calendar_period(anchor.day, unit, step)
    position = (match["pos"] or "").lower()
    if step == 0 and position in ("earlier", "early"):
        high = anchor.day.isoformat()
    elif step == 0 and position in ("later", "late"):
        low = anchor.day.isoformat()
    return value, unit, low, high


def _calendar_period(day: date, unit: str, step: int) -> tuple[str, str, str]:
    """The calendar week, month or year ``step`` periods from the one holding ``day``: (value, low, high)."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if unit == "month":
        first = _add_months(day.replace(day=1), step)
        iso = f"{first.year:04d}-{first.month:02d}"
        return (iso, *_covered_days(iso, "month"))
    iso = f"{day.year + step:04d}"
    return (iso, *_covered_days(iso, "year"))


def _resolve_window(match: re.Match[str], anchor: _Anchor) -> tuple[str, str, str, str] | None:
    count = _count_of(match["n"])
    if count is None:
        return None
    direction = 1 if match["mod"].lower() in ("next", "coming") else -1
    return _window(anchor.day, count, _singular_unit(match["unit"]), direction)


def _window(day: date, count: float, unit: str, direction: int) -> tuple[str, str, str, str] | None:
    """The ``count`` ``unit``s before (direction -1) or after (1) ``day``, as an ISO interval of days; None past
    the calendar ("the past million years")."""
    other = _shift(day, direction * count, unit)
    if other is None:
        return None
    low, high = (other, day) if direction < 0 else (day, other)
    return f"{low.isoformat()}/{high.isoformat()}", unit, low.isoformat(), high.isoformat()


def _resolve_ago(match: re.Match[str], anchor: _Anchor) -> tuple[str, str, str, str] | None:
    """'three days ago' is a day; 'two months ago' a month; 'a year ago' a year: the precision written."""
    count = _count_of(match["n"])
    if count is None:
        return None
    unit = _singular_unit(match["unit"])
    day = _shift(anchor.day, -count, unit)
    if day is None:
        return None  # "a million years ago" is no day of the calendar
    if unit in ("day", "hour", "minute"):
        return _day_result(day)
    if unit in ("week", "fortnight"):
        value, low, high = _calendar_period(day, "week", 0)
        return value, "week", low, high
    value, low, high = _calendar_period(day, "month" if unit == "month" else "year", 0)
    return value, "month" if unit == "month" else "year", low, high


def _bounded_ago(original: str, text: str, expr: TimeExpr, anchor: _Anchor) -> TimeExpr:
    """'more than a week ago' ends before the week-ago point; 'less than two years ago' starts after it."""
    found = approximator_before(text, expr.span.start)
    if found is None:
        return expr
    words, start = found
    relation = APPROXIMATORS[words]
    low, high = expr.low, expr.high
    if expr.resolved and relation in (">", ">="):
        low, high = None, expr.high
    elif expr.resolved and relation in ("<", "<=", "<~"):
        low, high = expr.low, anchor.day.isoformat()
    return replace(expr, span=Span(start, expr.span.end), text=original[start:expr.span.end], low=low, high=high,
                   low_inclusive=relation != ">", high_inclusive=relation not in ("<", "<~"),
                   approximate=relation in ("~", "<~"), approximator=words)


def _shift(day: date, count: float, unit: str) -> date | None:
    """``day`` moved by ``count`` units; whole months and years move on the calendar, not by 30 days. None when
    that leaves the calendar (years 1 to 9999)."""
    try:
        if unit in ("month", "year", "decade", "century") and float(count).is_integer():
            months = int(count) * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
            return _add_months(day, months)
        return day + timedelta(days=math.trunc(count * UNIT_DAYS[unit]))
    except (OverflowError, ValueError):
        return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# --- durations ------------------------------------------------------------------------------------

def _durations(doc: Any, original: str, text: str, anchor_day: date | None) -> Iterator[TimeExpr]:
    for match in _DURATION_RE.finditer(text):
        count = _count_of(match["n"])
        if count is None or count <= 0 or _is_ordinal_second(match):
            continue
        count += 0.5 if match["half"] else 0
        yield _duration_expr(original, text, match.span(), count, _singular_unit(match["unit"]))
    for match in _VAGUE_DURATION_RE.finditer(text):
        if match["q"] or _VAGUE_LEAD_RE.search(text, max(0, match.start() - 10), match.start()):
            yield _vague_duration(original, match)


def _is_ordinal_second(match: re.Match[str]) -> bool:
    """'a second attack' ranks; 'one second', 'ten seconds' last."""
    return match["unit"].lower() == "second" and match["n"].lower() in ("a", "an")


def _duration_expr(original: str, text: str, span: tuple[int, int], count: float, unit: str) -> TimeExpr:
    """A counted duration with the approximator before it: 'more than five years' -> P5Y, > 1826 days."""
    start, end = span
    approx = approximator_before(text, start)
    relation = APPROXIMATORS[approx[0]] if approx else None
    if approx:
        start = approx[1]
    low, high, low_inc, high_inc, approximate = bounds(relation, count * UNIT_DAYS[unit])
    return TimeExpr(
        Span(start, end), original[start:end], "duration", iso_duration(count, unit), unit,
        low=_days(low), high=_days(high), low_inclusive=low_inc, high_inclusive=high_inc,
        approximate=approximate, approximator=approx[0] if approx else None,
    )


def _vague_duration(original: str, match: re.Match[str]) -> TimeExpr:
    """'for years', 'after months of', 'several weeks': at least two of the unit, no upper bound."""
    unit = match["unit"].lower()
    return TimeExpr(Span(*match.span()), original[match.start():match.end()], "duration", None, unit,
                    low=_days(2 * UNIT_DAYS[unit]), approximate=True,
                    approximator=" ".join((match["q"] or "").lower().split()) or None)


def iso_duration(count: float, unit: str) -> str:
    """ISO 8601 duration: (5, 'year') -> 'P5Y'; (1, 'decade') -> 'P10Y'; (12, 'hour') -> 'PT12H'."""
    multiplier, designator, in_time = ISO_DESIGNATOR[unit]
    amount = count * multiplier
    written = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return ("PT" if in_time else "P") + written + designator


def _days(value: float | None) -> float | None:
    """Days, floored to whole days when a day or more (a year is 365.25 days: five years -> 1826)."""
    if value is None:
        return None
    return float(math.floor(value)) if value >= 1 else round(value, 6)


def _count_of(written: str) -> float | None:
    words = " ".join(written.lower().split())
    if words in ("a", "an"):
        return 1.0
    if words in ("half a", "half an"):
        return 0.5
    return parse_number(written)


def _singular_unit(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    return unit[:-1] if unit.endswith("s") else unit


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value else None


# --- choosing among overlapping readings ----------------------------------------------------------

_FINDERS = (_absolute_dates, _years, _clock_times, _relative, _durations)
# Each relative pattern, the function that anchors it to the publication day, and its precision
# ("" when the unit written in the expression gives it).
_RELATIVE_READERS: tuple[tuple[re.Pattern[str], Callable[..., tuple[str, str, str, str] | None], str], ...] = (
    (_DEICTIC_RE, _resolve_deictic, "day"),
    (_WEEKDAY_RE, _resolve_weekday, "day"),
    (_WEEKEND_RE, _resolve_weekend, "day"),
    (_PERIOD_RE, _resolve_period, ""),
    (_WINDOW_RE, _resolve_window, ""),
    (_AGO_RE, _resolve_ago, ""),
)


def _longest_without_overlap(found: list[TimeExpr]) -> list[TimeExpr]:
    """Keep the longest reading where readings overlap ('the past two years' over 'two years')."""
    kept: list[TimeExpr] = []
    for expr in sorted(found, key=lambda e: (-len(e.span), e.span.start)):
        if not any(expr.span.overlaps(k.span) for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.span.start)


def _with_relation(original: str, text: str, expr: TimeExpr) -> TimeExpr:
    """Take in the preposition that places the expression: 'since 2021', 'on Saturday', 'for three months'."""
    match = _RELATION_RE.search(text, max(0, expr.span.start - 16), expr.span.start)
    if match is None:
        return expr
    start = match.start()
    return replace(expr, span=Span(start, expr.span.end), text=original[start:expr.span.end],
                   relation=match["rel"].lower())
