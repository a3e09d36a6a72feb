"""Datelines: the place (and date, and agency) a wire story opens with, before a dash.

"Vilnius – Belarus took...", "WASHINGTON (Reuters) - The U.S. ...", "LONDON, March 3 (AP) — ...".
The dateline is recognised and described, never cut out: the body keeps every character, so spans
computed later stay true to the text the user sees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_UPPER_WORD = rf"[{_UP}][{_UP}.'’-]*"
_TITLE_WORD = rf"[{_UP}][{_LOW}.'’-]+"
_CONNECTOR = rf"(?:de|da|do|del|la|le|al|el|upon|am|der)"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}}"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_TITLE_WORD}){{0,2}}"
_REGION = rf"(?:,\s+(?:[{_UP}][{_UP}{_LOW}.'’-]*\.?)(?:\s+[{_UP}][{_UP}{_LOW}.'’-]*){{0,2}})"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = rf"(?:,\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_WEEKDAY}))"
_AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,30})\))"
_AFTER = r"(?=[\"“‘'(\[\w])"

_UPPER_DATELINE = re.compile(
    rf"(?P<place>{_UPPER_PLACE}{_REGION}?){_DATE}?{_AGENCY}?(?P<sep>\s*[-–—]{{1,2}}\s+){_AFTER}"
)
# Title-case places are ordinary words too ("However - ..."): require a spaced dash and a new sentence.
_TITLE_DATELINE = re.compile(
    rf"(?P<place>{_TITLE_PLACE}{_REGION}?){_DATE}?{_AGENCY}?(?P<sep>\s+[-–—]{{1,2}}\s+)(?=[\"“‘'(\[{_UP}\d])"
)
_NOT_PLACES = re.compile(rf"^(?:{_WEEKDAY}|{_MONTH}|Today|Yesterday|Tomorrow|Update|Updated|Breaking|Editor)\b", re.I)
# Words that open sentences, not datelines, when a dash follows them ("However - ...", "Finally – ...").
_SENTENCE_OPENERS = frozenset(
    "however meanwhile still now then also indeed instead yet thus so but and or nor first second third "
    "finally again moreover furthermore besides otherwise nevertheless nonetheless therefore hence here there "
    "this that these those it he she they we you i one why what who how when where note warning a an the".split()
)
_MAX_LINES = 3
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_MIN_RUN_ON_WORDS = 12
_MIN_TITLE_PLACE_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    """A recognised dateline: its words as written (without the dash), where they stand, and their parts."""

    text: str
    start: int
    end: int
    place: str
    date: str | None = None
    agency: str | None = None


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening the body's first paragraph (after at most two short lines), if any."""
    offset = 0
    for line in text.split("\n", _MAX_LINES)[:_MAX_LINES]:
        if line.strip():
            found = _match_line(line, offset)
            if found is not None or len(line.split()) > 12:
                return found
        offset += len(line) + 1
    return None


def _match_line(line: str, offset: int) -> Dateline | None:
    indent = len(line) - len(line.lstrip())
    body = line[indent:]
    for pattern in (_UPPER_DATELINE, _TITLE_DATELINE):
        match = pattern.match(body)
        all_caps = pattern is _UPPER_DATELINE
        if match is None or not _is_place(match.group("place"), all_caps):
            continue
        if not all_caps and not _opens_a_paragraph(body[match.end():]):
            continue
        written = body[: match.start("sep")]
        start = offset + indent
        return Dateline(written, start, start + len(written), match.group("place"),
                        match.group("date"), match.group("agency"))
    return None


def _opens_a_paragraph(rest: str) -> bool:
    """A title-case dateline stands before prose; "Red Sox - Teixeira Rumor" is a headline with a dash."""
    return bool(_SENTENCE_END.search(rest)) or len(rest.split()) >= _MIN_RUN_ON_WORDS


def _is_place(place: str, all_caps: bool) -> bool:
    first_word = place.split()[0].rstrip(",.").lower()
    if _NOT_PLACES.match(place) or first_word in _SENTENCE_OPENERS:
        return False
    letters = [char for char in place if char.isalpha()]
    if all_caps:
        # An all-caps dateline is written in capitals; one capital word ("I", "A") is not a place.
        return len(letters) >= 2 and all(char.isupper() for char in letters[:2])
    return len(place.split()[0]) >= _MIN_TITLE_PLACE_LETTERS
