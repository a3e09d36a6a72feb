"""Figures and time expressions found in an article: what was written, and what it means."""
from __future__ import annotations

from dataclasses import dataclass

from .article import Span


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure with its bounds.

    ``low``/``high`` bound the value the text allows ("over 1,400" -> low=1400, low_inclusive=False,
    high=None); ``value`` is the point value where one was written (None for "hundreds").
    ``counted`` is what the figure counts ("political prisoners"), ``counted_span`` where that is.
    ``kind`` is one of: count, money, percent, age, duration_count, ordinal, other.
    ``approximator`` is the bounding word as written ("more than", "about", "hundreds"), lower-cased.
    """

    span: Span
    text: str
    value: float | None
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    unit: str | None = None
    counted: str | None = None
    counted_span: Span | None = None
    kind: str = "count"
    approximator: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date, duration or relative time expression.

    ``kind``: date | duration | relative | time | set.
    ``value``: for dates, ISO 8601 at the written precision ("2024-07"); for durations, ISO 8601 duration
    ("P5Y"); None when a relative expression cannot be resolved.
    ``precision``: year | month | day | hour | minute (dates), or the duration's unit.
    ``resolved``: True when a relative expression was anchored to the publication date.
    ``low``/``high``: for durations, bounds in days ("more than five years" -> low=1826, high=None);
    for dates, the first and last ISO day covered.
    ``relation``: the preposition that places the expression ("since", "until", "for", "on").
    ``low_inclusive``/``high_inclusive``/``approximate``/``approximator``: as for ``Quantity``.
    """

    span: Span
    text: str
    kind: str
    value: str | None
    precision: str | None = None
    resolved: bool = False
    low: float | str | None = None
    high: float | str | None = None
    relation: str | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    approximator: str | None = None
