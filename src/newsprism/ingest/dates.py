"""Dates as written in news metadata, normalised to ISO 8601 at the precision that was written.

"2025" stays "2025", "July 2024" becomes "2024-07" (not the 14th, as a date library filling gaps from
today would make it), "13 December 2025" becomes "2025-12-13", and a time with a zone becomes
"2025-12-13T10:00:00+00:00". Seconds are kept only when they were written; a zone only when one was
given. Anything that is not a recognisable date gives None: the normaliser never raises.

Forms understood: ISO 8601 (and its own output, so normalising twice changes nothing), RFC 2822
("Sat, 13 Dec 2025 10:00:00 GMT", as in RSS), and English month-name dates in either order with an
optional weekday, time, AM/PM and zone. Numeric dates with slashes are read only when unambiguous
(one part above 12, or the year first).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    **{name: number for number in range(1, 13)
       for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())},
    "sept": 9,
}

# Zones a news site writes after a time. "ET"/"PT" are left out: they do not say whether DST applies.
_ZONES = {
    "z": 0, "utc": 0, "gmt": 0, "ut": 0, "wet": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120,
    "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "jst": 540, "aest": 600, "aedt": 660,
}

_MINUTES_PER_DAY = 24 * 60
# The first printed newspapers date from the early 17th century: a publication date before is a placeholder.
EARLIEST_PUBLICATION_YEAR = 1600
_ISO = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?",
    re.IGNORECASE,
)
_MONTH_WORD = r"(?P<mname>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = (
    r"(?:(?:\s*,?\s*(?:at\s+)?)(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?)?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_NAMED_FORMS = (
    re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH_WORD + r",?\s+" + _YEAR + _TIME, re.IGNORECASE),
    re.compile(_WEEKDAY + _MONTH_WORD + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, re.IGNORECASE),
    re.compile(_MONTH_WORD + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_YEAR, re.IGNORECASE),
)
_SLASHED = re.compile(r"(?P<a>\d{1,4})[/.](?P<b>\d{1,2})[/.](?P<c>\d{1,4})")


@dataclass(frozen=True, slots=True)
class DateParts:
    """A date with only the parts that were written (later parts None)."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset_minutes: int | None = None

    def is_valid(self) -> bool:
        if not 1 <= self.year <= 9999:
            return False
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None and not 1 <= self.day <= calendar.monthrange(self.year, self.month or 1)[1]:
            return False
        return _time_is_valid(self.hour, self.minute, self.second, self.offset_minutes)

    def iso(self) -> str:
        out = f"{self.year:04d}"
        for value in (self.month, self.day):
            if value is None:
                return out
            out += f"-{value:02d}"
        if self.hour is None or self.minute is None:
            return out
        out += f"T{self.hour:02d}:{self.minute:02d}"
        if self.second is not None:
            out += f":{self.second:02d}"
        return out + _format_offset(self.offset_minutes)


def plausibly_published(iso: str) -> bool:
    """Whether a news report can have been published in the year of ``iso``: not a placeholder a page's software
    writes ("0001-01-01"; "1970-01-01" is a real day and stays), nor a year to come."""
    return EARLIEST_PUBLICATION_YEAR <= int(iso[:4]) <= date.today().year + 1


def normalise_date(value: object) -> str | None:
    """ISO 8601 at the written precision, or None when ``value`` is not a date this parser knows."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 80:
        return None
    parts = parse_date(text)
    return parts.iso() if parts is not None else None


def parse_date(text: str) -> DateParts | None:
    """The written parts of the date that makes up the whole of ``text``, if it is one."""
    for parser in (_parse_iso, _parse_named, _parse_slashed):
        parts = parser(text)
        if parts is not None and parts.is_valid():
            return parts
    return None


def _parse_iso(text: str) -> DateParts | None:
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    group = match.groupdict()
    return DateParts(
        year=int(group["year"]), month=_int(group["month"]), day=_int(group["day"]),
        hour=_int(group["hour"]), minute=_int(group["minute"]), second=_int(group["second"]),
        offset_minutes=_zone_offset(group["zone"]),
    )


def _parse_named(text: str) -> DateParts | None:
    for pattern in _NAMED_FORMS:
        match = pattern.fullmatch(text)
        if match is not None:
            return _named_parts(match.groupdict())
    return None


def _named_parts(group: dict[str, str | None]) -> DateParts | None:
    month = _MONTHS.get((group.get("mname") or "").lower()) if group.get("mname") else None
    if group.get("mname") and month is None:
        return None
    hour = _hour_24(group.get("hour"), group.get("ampm"))
    zone = group.get("zone")
    offset = _zone_offset(zone)
    if zone and offset is None and zone.lower() not in ("et", "pt", "ct", "mt"):
        return None  # a word after the date that is not a zone: the text is more than a date
    if hour is not None and group.get("minute") is None and group.get("ampm") is None:
        return None  # a bare number after the year is not a time
    return DateParts(
        year=int(group["year"] or 0), month=month, day=_int(group.get("day")),
        hour=hour, minute=_int(group.get("minute")) if hour is not None else None,
        second=_int(group.get("second")) if hour is not None else None,
        offset_minutes=offset if hour is not None else None,
    )


def _parse_slashed(text: str) -> DateParts | None:
    match = _SLASHED.fullmatch(text)
    if match is None:
        return None
    a, b, c = (match.group(name) for name in "abc")
    if len(a) == 4:
        return DateParts(year=int(a), month=int(b), day=int(c))
    if len(c) != 4:
        return None
    first, second = int(a), int(b)
    if first > 12 >= second:
        return DateParts(year=int(c), month=second, day=first)
    if second > 12 >= first:
        return DateParts(year=int(c), month=first, day=second)
    return None  # 03/04/2025: day-first or month-first cannot be told


def _hour_24(hour: str | None, ampm: str | None) -> int | None:
    if hour is None:
        return None
    value = int(hour)
    if ampm is None:
        return value
    if not 1 <= value <= 12:
        return 99  # "13 pm": rejected by validation
    is_pm = ampm.lower().startswith("p")
    return (value % 12) + (12 if is_pm else 0)


def _zone_offset(zone: str | None) -> int | None:
    if not zone:
        return None
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
        return -minutes if zone[0] == "-" else minutes
    return _ZONES.get(zone.lower())


def _format_offset(minutes: int | None) -> str:
    if minutes is None:
        return ""
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _time_is_valid(hour: int | None, minute: int | None, second: int | None, offset: int | None) -> bool:
    if hour is not None and not 0 <= hour <= 23:
        return False
    if minute is not None and not 0 <= minute <= 59:
        return False
    if second is not None and not 0 <= second <= 59:
        return False
    return offset is None or abs(offset) < _MINUTES_PER_DAY


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None
