"""The article's own lists: runs of short lines that belong to the body although they do not read as prose.

Articles end with lists of their own (tour dates, cast and ticket details, a recipe's steps) that the densest
prose block leaves out. Such a list is told from a list of other stories by where it sits and how it starts:
it follows the body directly, without page furniture in between; it is announced with a colon ("The dates
of the tour:") or its first line speaks in the body's own words; and furniture (share bars, social links, a
"related" heading) closes it, as it closes the article. A run of lines that reaches the end of the text
unclosed is not taken: headlines a scraper appends to a body are judged one by one, by their topical
distance from the body.

A list in the middle of an article can end the densest prose block too, when less prose follows the list
than precedes it: where prose on the body's topic resumes after the list, the block goes on across it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .lines import Line
from .shapes import Verdict

# A list has at least this many lines (one or two lines after the body are judged one by one).
LIST_MIN_LINES = 3
# The first line of the list shares at least this (weighted) share of its words with the body.
LIST_INTRODUCTION_OVERLAP = 0.5
# Lines of these shapes may stand inside a list without ending it (a bare date heads a day's entries).
LIST_ITEM_REASONS = frozenset({None, "date"})


def trailing_list(lines: Sequence[Line], shapes: Sequence[Verdict], last: int,
                  body_overlap: Callable[[str], float]) -> range:
    """Indices of the article's own list right after the body's last line ``last`` (empty when there is none).

    ``body_overlap`` gives a line's topical overlap with the body (``topics.topical_overlap``).
    """
    end = _next_furniture(shapes, last + 1)
    run = range(last + 1, end if end is not None else last + 1)
    if len(run) < LIST_MIN_LINES or not _introduced(lines, run, body_overlap):
        return range(0)
    return run


def _introduced(lines: Sequence[Line], run: range, body_overlap: Callable[[str], float]) -> bool:
    """The body announces the list ("... the dates are:"), or its first line does, or speaks of the body's topic."""
    first = lines[run[0]].text
    return (lines[run[0] - 1].text.endswith(":") or first.endswith(":")
            or body_overlap(first) >= LIST_INTRODUCTION_OVERLAP)


def _next_furniture(shapes: Sequence[Verdict], start: int) -> int | None:
    """Index of the first furniture line from ``start`` on, None when the text ends first."""
    for index in range(start, len(shapes)):
        if shapes[index].reason not in LIST_ITEM_REASONS:
            return index
    return None


def bridged_end(lines: Sequence[Line], shapes: Sequence[Verdict], last: int,
                on_topic_prose: Callable[[Line], bool]) -> int:
    """The block's last line after extending it across lists that the body's own prose resumes after.

    The densest run of prose stops before a long list (a recipe's steps, a meal plan) when less prose follows
    the list than precedes it; when a prose line on the body's topic follows the list, without furniture in
    between, the list lies inside the article and the block goes on to that line.
    """
    index = last + 1
    while index < len(lines) and shapes[index].reason is None:
        if lines[index].is_prose:
            if not on_topic_prose(lines[index]):
                break
            last = index
        index += 1
    return last
