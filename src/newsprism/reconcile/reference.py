"""The earliest day a story can have been written, read from its own facts.

A start date ("detained since 2021") becomes a duration only when measured to the day of writing
(timing.py). Articles scraped without a publication date still bound that day from below by what they
state: a state that has lasted since T is written about on T or later, and something that began after T
and lasted at least D ("imprisoned for more than five years after ... the 2020 election") is written
about no earlier than T + D. The latest such bound in a story is the story's earliest day of writing;
measured to it, a start date gives the least time elapsed, which is enough to show that "over two
years" understates a detention that began in 2021 when the story cannot be older than 2024.

Only durations of completed or continuing states count: a duration in a future or hypothetical frame
("will serve five years after 2020") bounds nothing, nor does one before the date ("five years before
his release in 2020").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Claim, TimeExpr
from .context import StoryContext, iso_day

# Words between a duration and a date that make the date the start of what lasted.
_AFTER_DATE = re.compile(r"^\W*(?:\S+\s+){0,1}?(?:after|following|since)\b", re.IGNORECASE)
_BEFORE_DATE = re.compile(r"\b(?:before|until|till|prior to|ahead of|ended|ending)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:will|would|could|might|may|shall|faces?|facing|expected to|due to|plans? to)\b",
                      re.IGNORECASE)
# How far after a duration its start date may be written ("for five years after becoming a key figure in
# the mass protests that followed the disputed 2020 election").
WINDOW_CHARS = 160


@dataclass(frozen=True, slots=True)
class EarliestWriting:
    """The earliest day of writing, the article whose words give it, and those words."""

    day: date
    article: str
    basis: str


def earliest_writing(ctx: StoryContext) -> EarliestWriting | None:
    """The latest lower bound any claim of the story puts on its day of writing (None if none does)."""
    bounds = [bound for claim in ctx.claims for bound in _bounds_in(ctx, claim)]
    return max(bounds, key=lambda b: (b.day, b.article, b.basis), default=None)


def _bounds_in(ctx: StoryContext, claim: Claim) -> list[EarliestWriting]:
    text = ctx.articles[claim.article].text
    bounds = [b for t in claim.times if (b := _since_bound(claim, t, text)) is not None]
    dates = [t for t in claim.times if t.kind == "date" and _first_day(t) is not None]
    for duration in claim.times:
        if duration.kind == "duration" and (duration.relation or "") == "for" and not _hypothetical(claim, duration, text):
            bounds += [b for t in dates if (b := _after_bound(claim, duration, t, text)) is not None]
    return bounds


def is_since(text: str, time: TimeExpr) -> bool:
    """Whether ``time`` (in ``text``) is the start of something still going on: "since 2021"."""
    before = text[max(0, time.span.start - 7):time.span.start].rstrip().lower()
    return (time.relation or "") == "since" or before.endswith("since") or time.text.lower().startswith("since")


def since_words(text: str, time: TimeExpr) -> str:
    """'since 2021' as ``text`` writes it: the word before the date included when the date leaves it out."""
    before = text[:time.span.start].rstrip()
    if time.text.lower().startswith("since") or not before.lower().endswith("since"):
        return time.text
    return text[len(before) - len("since"):time.span.end]


def _since_bound(claim: Claim, time: TimeExpr, text: str) -> EarliestWriting | None:
    """"since T": written on T's first day or later."""
    first = _first_day(time)
    if time.kind != "date" or first is None or not is_since(text, time):
        return None
    return EarliestWriting(first, claim.article, since_words(text, time))


def _after_bound(claim: Claim, duration: TimeExpr, start: TimeExpr, text: str) -> EarliestWriting | None:
    """"for at least D after ... T": written no earlier than T's first day plus D."""
    if not isinstance(duration.low, (int, float)) or not duration.span.end <= start.span.start <= duration.span.end + WINDOW_CHARS:
        return None
    between = text[duration.span.end:start.span.start]
    if not _AFTER_DATE.search(between) or _BEFORE_DATE.search(between):
        return None
    first = _first_day(start)
    day = first + timedelta(days=int(duration.low))
    return EarliestWriting(day, claim.article, text[duration.span.start:start.span.end])


def _hypothetical(claim: Claim, duration: TimeExpr, text: str) -> bool:
    """Whether the words of the claim before the duration put it in the future or a hypothesis."""
    return bool(_NOT_YET.search(text[claim.span.start:duration.span.start]))


def _first_day(time: TimeExpr) -> date | None:
    return iso_day(time.low) if isinstance(time.low, str) else None
