"""Verdicts from a line's shape alone: furniture patterns, bare dates, credit and byline lines, repeated lines."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .lines import WORD, Line
from .patterns import (
    BYLINE, CREDIT_OUTLET, DATE_LINE_MAX_WORDS, DATE_TOKEN, DATE_WORDS, FURNITURE_ANY, FURNITURE_REASONS,
    MAX_PATTERN_WORDS,
)

CREDIT_MAX_WORDS = 8


@dataclasses.dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with one line: keep it (reason None) or remove it for ``reason``; ``value`` is metadata found."""

    reason: str | None
    value: str | None = None


def furniture_verdict(line: Line) -> Verdict:
    """The furniture reason of a line by its shape alone, or a keep verdict."""
    if line.words > MAX_PATTERN_WORDS:
        return Verdict(None)
    text = line.text
    if _is_date_line(line):
        return Verdict("date")
    if shape := FURNITURE_ANY.match(text):
        reason = FURNITURE_REASONS[shape.lastgroup or ""]
        return Verdict(reason, _credited_outlet(text) if reason == "credit" else None)
    if line.words <= CREDIT_MAX_WORDS and (credit := CREDIT_OUTLET.match(text)):
        return Verdict("credit", credit["outlet"].strip())
    if byline := BYLINE.match(text):
        return Verdict("byline", byline["names"])
    return Verdict(None)


def _is_date_line(line: Line) -> bool:
    """Only a date or time and the words announcing it ("Updated 4/9/2007 6:04 PM ET")."""
    if line.words > DATE_LINE_MAX_WORDS or not DATE_TOKEN.search(line.text):
        return False
    return all(word.lower() in DATE_WORDS or word.isupper() and len(word) <= 4 for word in WORD.findall(line.text))


def repeated_short_lines(lines: Sequence[Line]) -> set[int]:
    """Indices of non-prose lines whose text occurs more than once: menus and teasers repeat, bodies do not.

    A page that holds its whole article twice repeats its subheadings too: a short line standing next to
    repeated prose belongs to such a duplicated passage and is not counted.
    """
    occurrences: dict[str, list[int]] = {}
    for line in lines:
        if line.words > 0:
            occurrences.setdefault(line.text.casefold(), []).append(line.index)
    repeated_prose = {text for text, indices in occurrences.items()
                      if len(indices) > 1 and lines[indices[0]].is_prose}
    repeated: set[int] = set()
    for text, indices in occurrences.items():
        if len(indices) > 1 and text not in repeated_prose and not any(
                _next_to(lines, index, repeated_prose) for index in indices):
            repeated.update(indices)
    return _in_repeated_runs(lines, repeated)


def _in_repeated_runs(lines: Sequence[Line], repeated: set[int]) -> set[int]:
    """The repeated lines of which some occurrence stands next to another repeated line.

    Menus and teaser lists repeat as runs (a page shows its menu twice); a repeated line standing alone each
    time between lines said once is a label of the article's own structured list ("Serves four" under each
    recipe, "Where to buy" after each product of a review).
    """
    occurrences: dict[str, list[int]] = {}
    for index in repeated:
        occurrences.setdefault(lines[index].text.casefold(), []).append(index)
    in_runs: set[int] = set()
    for indices in occurrences.values():
        if any(index - 1 in repeated or index + 1 in repeated for index in indices):
            in_runs.update(indices)
    return in_runs


def _next_to(lines: Sequence[Line], index: int, texts: set[str]) -> bool:
    """Whether the line before or after ``index`` has one of ``texts``."""
    return any(0 <= other < len(lines) and lines[other].text.casefold() in texts for other in (index - 1, index + 1))


def _credited_outlet(text: str) -> str | None:
    credit = CREDIT_OUTLET.match(text)
    return credit["outlet"].strip() if credit else None
