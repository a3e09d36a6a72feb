"""Datelines: the place (and date, and agency) a wire story opens with, before a dash.

"Vilnius – Belarus took...", "WASHINGTON (Reuters) - The U.S. ...", "LONDON, March 3 (AP) — ...", and the agency
alone: "(CNN) — ...". The dateline is recognised and described, never cut out: the body keeps every character, so
spans computed later stay true to the text the user sees.

A parenthesis in a dateline names its agency only when it reads as a name ("Reuters", "Great Lakes Wire", "dpa"):
"PARIS (updated 14:05) —" has a dateline but no agency, and "(Corrected) — ..." is no dateline at all.
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

# The agency alone, in brackets before the dash: "(Reuters) - ...".
_AGENCY_DATELINE = re.compile(rf"\((?P<agency>[^()\n]{{1,30}})\)(?P<sep>\s*[-–—]{{1,2}}\s+){_AFTER}")
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
# An agency's name: capitalised words (a few short lowercase joining words between them), or one short lowercase
# abbreviation ("dpa"). Not a note about the article that newsrooms put in the same brackets.
_AGENCY_NAME = re.compile(
    rf"(?:[{_UP}][\w.&'’-]*(?:\s+(?:(?:of|and|for|de|du|des|la|el|der|die)\s+)?[{_UP}][\w.&'’-]*){{0,4}}"
    rf"|[{_LOW}]{{2,4}})"
)
_NOT_AGENCIES = re.compile(
    r"^(?:updated?|corrected|corrections?|clarifications?|editor'?s?|note|photos?|pictures?|pictured|video|audio|"
    r"watch|listen|opinion|analysis|commentary|explainer|exclusive|breaking|live|sponsored|advertisement|paid|"
    r"file|archive|graphic|warning|reporting|satire|review|interview|podcast|translated|transcript)\b", re.I)
_MAX_LINES = 3
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_MIN_RUN_ON_WORDS = 12
_MIN_TITLE_PLACE_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    """A recognised dateline: its words as written (without the dash), where they stand, and their parts (no
    place for an agency alone: "(Reuters) -")."""

    text: str
    start: int
    end: int
    place: str | None
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
    match = _AGENCY_DATELINE.match(body)
    if match is not None:
        agency = _agency(match.group("agency"))
        return None if agency is None else _dateline(body, match, offset + indent, None, agency)
    for pattern in (_UPPER_DATELINE, _TITLE_DATELINE):
        match = pattern.match(body)
        all_caps = pattern is _UPPER_DATELINE
        if match is None or not _is_place(match.group("place"), all_caps):
            continue
        if not all_caps and not _opens_a_paragraph(body[match.end():]):
            continue
        return _dateline(body, match, offset + indent, match.group("place"), _agency(match.group("agency")))
    return None


def _dateline(body: str, match: re.Match[str], start: int, place: str | None, agency: str | None) -> Dateline:
    """The dateline ``match`` found at the start of ``body``, which stands at ``start`` in the text."""
    written = body[: match.start("sep")]
    return Dateline(written, start, start + len(written), place, match.groupdict().get("date"), agency)


def _agency(written: str | None) -> str | None:
    """The agency a dateline's brackets name, or None when they hold something else (a note, a time)."""
    name = " ".join((written or "").split())
    if not _AGENCY_NAME.fullmatch(name) or _NOT_AGENCIES.match(name):
        return None
    return name


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
