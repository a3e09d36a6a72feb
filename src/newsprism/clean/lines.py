"""Lines of a plain-text article with their offsets and the features that tell prose from page furniture.

Features (as jusText and boilerpipe use on HTML blocks, here on plain lines): the number of words, the
density of function words, whether the line ends like a sentence, and whether it has a headline's shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .stopwords import STOPWORDS

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…。！？](?:\s?[\"”’')\]」』])*\s*$")
# A line of several words ending with a colon introduces a quote or a list: it reads as prose.
INTRODUCTION_END = re.compile(r"\w[\"”’')]?:\s*$")
# Scripts written without spaces: two characters count as one word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
# Of those, the scripts whose words are not separated at all (Korean separates its words by spaces).
WITHOUT_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")
INNER_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"”’)]?\s+[A-Z\"“]")

# A prose line has at least this many words and this share of function words (unless it is long).
PROSE_MIN_WORDS = 5
# Shorter sentences ("He was 75.") are prose when they hold a function word and end like a sentence.
SHORT_SENTENCE_MIN_WORDS = 3
PROSE_MIN_STOPWORD_RATIO = 0.15
LONG_LINE_WORDS = 15
LONG_LINE_MIN_STOPWORD_RATIO = 0.4
HEADLINE_MAX_WORDS = 22


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its text (without surrounding spaces) and its offsets in the input."""

    index: int
    text: str
    start: int
    end: int
    words: int
    stopword_ratio: float
    ends_sentence: bool
    blank_before: bool
    # Written mostly in a script without spaces between words (function words cannot be counted there).
    unspaced: bool = False
    # Running text: ends like a sentence (or holds several) and reads like language, not a list of labels.
    is_prose: bool = False
    # A few capitalised words without a closing full stop: a title, a subheading or a teaser.
    is_headline_shaped: bool = False


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with offsets (stripped of surrounding spaces) and features."""
    lines: list[Line] = []
    blank_before = False
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + len(raw) - len(raw.lstrip())
            lines.append(_line(len(lines), stripped, start, blank_before))
        blank_before = not stripped and bool(lines)
        offset += len(raw) + 1
    return lines


def _line(index: int, text: str, start: int, blank_before: bool) -> Line:
    words = WORD.findall(text)
    unspaced = 0 if text.isascii() else len(UNSPACED.findall(text))  # most lines: no need to look for CJK/Thai
    count = len(words) + unspaced // 2 if unspaced else len(words)
    stopwords = sum(map(STOPWORDS.__contains__, map(str.lower, words)))
    stopword_ratio = stopwords / len(words) if words and not unspaced else 0.0
    ends_sentence = _ends_sentence(text)
    without_spaces = bool(unspaced) and _written_without_spaces(text, words)
    return Line(index=index, text=text, start=start, end=start + len(text), words=count,
                stopword_ratio=stopword_ratio, ends_sentence=ends_sentence, blank_before=blank_before,
                unspaced=without_spaces,
                is_prose=_reads_as_prose(text, count, stopword_ratio, ends_sentence, without_spaces),
                is_headline_shaped=_headline_shaped(text, count))


def _reads_as_prose(text: str, words: int, stopword_ratio: float, ends_sentence: bool, unspaced: bool) -> bool:
    """Running text: ends like a sentence (or holds several) and reads like language, not a list of labels."""
    if unspaced:
        return ends_sentence and words >= PROSE_MIN_WORDS
    if words < PROSE_MIN_WORDS:
        return (words >= SHORT_SENTENCE_MIN_WORDS and ends_sentence and stopword_ratio > 0
                and not text.endswith(":") and text[0].isupper())
    if words >= LONG_LINE_WORDS and stopword_ratio >= LONG_LINE_MIN_STOPWORD_RATIO:
        return True  # a long line of plain language, its final stop lost (truncated teaser or corpus)
    sentence_like = ends_sentence or (words >= 2 * LONG_LINE_WORDS and bool(INNER_SENTENCE_BREAK.search(text)))
    full_stop = text.rstrip("\"”’') ").endswith(".") and stopword_ratio > 0  # name-heavy ledes
    return sentence_like and (stopword_ratio >= PROSE_MIN_STOPWORD_RATIO or words >= LONG_LINE_WORDS or full_stop)


def _headline_shaped(text: str, words: int) -> bool:
    """A few capitalised words without a closing full stop: a title, a subheading or a teaser."""
    return (2 <= words <= HEADLINE_MAX_WORDS and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“'‘")
            and not text.rstrip("\"”’' ").endswith(".") and not INNER_SENTENCE_BREAK.search(text))


def _ends_sentence(text: str) -> bool:
    """Ends like a sentence, or like the introduction of a quote or list (``text`` is stripped)."""
    # The colon test first: searching every word character for INTRODUCTION_END is slow on long lines.
    return bool(SENTENCE_END.search(text)) or text.endswith(":") and bool(INTRODUCTION_END.search(text))


def _written_without_spaces(text: str, words: list[str]) -> bool:
    """Whether most of the line's words are in a script without spaces (two characters count as a word)."""
    return len(WITHOUT_SPACES.findall(text)) // 2 > len(words)
