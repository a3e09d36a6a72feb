"""Text as every stage shows it to a reader: on one line, shortened at a word boundary with a visible ellipsis.

Shared by reconcile (which words conflicts and agreed points) and render (which writes the views); these helpers
never change a word.
"""
from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "…"


def one_line(text: str) -> str:
    """The text with every run of white space (line breaks included) folded into one space."""
    return " ".join(text.split())


def shorten(text: str, limit: int, measure: Callable[[str], int] = len) -> str:
    """The text whole if it fits ``limit`` (as ``measure`` counts: characters, or a terminal's cells), else
    cut after its last whole word that fits, with an ellipsis; a single word too long is cut within it."""
    if measure(text) <= limit:
        return text
    kept = text[:limit]  # no character measures less than one (a combining mark aside)
    while kept and measure(kept + ELLIPSIS) > limit:
        kept = kept[:-1]
    if " " in kept and not text[len(kept)].isspace():
        kept = kept.rsplit(" ", 1)[0]
    return kept.rstrip(" ,;:") + ELLIPSIS
