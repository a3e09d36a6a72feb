"""What a figure allows in practice: the plausible range of a written value, given its bounds.

A lower bound written as "over 1,400" is read as the writer's way of giving a magnitude, not "anything
above": it allows up to half as much again (1,400 < x <= 2,100). So "more than 430" and "450" agree,
while "hundreds" (below a thousand) and "over 1,400" do not, and "over two years" understates a detention
that began four years earlier.

An approximate figure ("about N", "some N") allows N ± 10 %: the rounding of a figure given to its
leading digits. Two estimates a quarter apart ("about 7,000" and "some 9,000") are different estimates,
while "about 110" and "112" agree.
"""
from __future__ import annotations

from ..model import Quantity

OPEN_BOUND_FACTOR = 1.5      # "over N" reaches at most N * 1.5
UPPER_BOUND_FACTOR = 0.67    # "nearly N", "under N" start at N * 0.67
APPROX_TOLERANCE = 0.10      # "about N" is N +- 10 %
EXACT_TOLERANCE = 0.005      # written exact values agree up to rounding


def plausible(low: float | None, high: float | None, value: float | None, approximate: bool) -> tuple[float, float] | None:
    """(lowest, highest) a figure allows; None when it says nothing usable."""
    if value is not None and approximate:
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    if low is not None and high is not None:
        return low, high
    if low is not None:
        return low, low * OPEN_BOUND_FACTOR
    if high is not None:
        return high * UPPER_BOUND_FACTOR, high
    if value is not None:
        return value * (1 - EXACT_TOLERANCE), value * (1 + EXACT_TOLERANCE)
    return None


def quantity_range(quantity: Quantity) -> tuple[float, float] | None:
    low, high = quantity.low, quantity.high
    if quantity.value is not None and low == quantity.value and high == quantity.value:
        low = high = None  # an exact value written as equal bounds
    return plausible(low, high, quantity.value, quantity.approximate)


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def format_range(r: tuple[float, float]) -> str:
    return f"{r[0]:,.0f}-{r[1]:,.0f}"
