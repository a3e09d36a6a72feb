"""Topical distance between a line and an article: do the line's content words and names occur in the body?

Names (capitalised words) weigh more than common words: an appended headline about another story shares a
few common words with any news article ("leader", "year") but seldom its people and places.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .stopwords import STOPWORDS

TOKEN = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)*")
NAME_WEIGHT = 2.0


def content_key(word: str) -> str:
    """A crude stem so that "prisoner"/"prisoners" and "release"/"released" meet: lowercase, a few suffixes cut."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The content-word keys of ``texts``."""
    words = {word.lower() for text in texts for word in TOKEN.findall(text)}
    return frozenset(content_key(word) for word in words - STOPWORDS)


def topical_overlap(line: str, body_vocabulary: frozenset[str]) -> float:
    """Weighted share of the line's content words found in the body (1.0 = all; names count double)."""
    total = found = 0.0
    for position, word in enumerate(TOKEN.findall(line)):
        if word.lower() in STOPWORDS:
            continue
        weight = NAME_WEIGHT if word[0].isupper() and position > 0 else 1.0
        total += weight
        found += weight if content_key(word) in body_vocabulary else 0.0
    return found / total if total else 0.0
