"""The plain-text cleaner: decide, line by line, what is the article and what is page furniture, and say why.

How a line is judged:

1. *Furniture shapes* (``patterns``): short lines that are share bars, newsletter boxes, comment or login
   prompts, "related" lists, social links, cookie notices, navigation labels, advertising labels, copyright,
   bare dates, bylines and credit lines. Bylines fill ``authors`` and credit lines ``outlet`` when absent.
2. *The main prose block*: each line scores by its shape (prose lines gain their word count, other lines
   lose a little, furniture loses more) and the highest-scoring run of consecutive lines is the article, as
   in Finn et al.'s body-text extraction. Inside it every line stays (subheadings, list items, short quotes);
   only furniture shapes are taken out.
3. *Outside the block*, lines are judged by their topical distance from the block: a headline-shaped line
   after the body that shares few content words and names with it is an ``unrelated-headline``, one that
   shares many is a ``related`` teaser; a leading headline close to the body is the ``title``; other prose is
   ``off-body`` and other short lines ``navigation``.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from newsprism.model import Article, Removal

from .lines import WORD, Line, split_lines
from .patterns import (
    BYLINE, BYLINE_NAME, CREDIT_OUTLET, DATE_LINE_MAX_WORDS, DATE_TOKEN, DATE_WORDS, FURNITURE, MAX_PATTERN_WORDS,
    RELATED_HEADING,
)
from .topics import topical_overlap, vocabulary

FURNITURE_SCORE = -5.0
# Comment sections, lists of other stories and newsletter or login boxes usually end an article: crossing one
# costs most of what a typical paragraph of the text gains (capped for long paragraphs), so a short article
# with a newsletter prompt between its paragraphs stays whole. Inline furniture ("Advertisement") costs little.
SECTION_END_SHARE = 0.9
SECTION_END_CAP = 30.0
SECTION_END_REASONS = frozenset({"comments", "login", "newsletter"})
SHORT_LINE_SCORE = -3.0
# A trailing headline sharing less than this (weighted) share of its words with the body is unrelated.
RELATED_OVERLAP = 0.5
# Prose outside the block sharing at least this share of its words with the body stays.
ON_TOPIC_PROSE_OVERLAP = 0.6
# A headline before the body sharing this share of its words with it is the article's own title.
TITLE_OVERLAP = 0.3
CREDIT_MAX_WORDS = 8
# This many short lines in a row inside the body are a list or a widget, no longer a subheading.
WIDGET_RUN = 3
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclasses.dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with one line: keep it (reason None) or remove it for ``reason``; ``value`` is metadata found."""

    reason: str | None
    value: str | None = None


def clean_articles(articles: Iterable[Article]) -> list[Article]:
    """Clean each article (see ``clean_article``)."""
    return [clean_article(article) for article in articles]


def clean_article(article: Article) -> Article:
    """A new Article whose ``text`` is the cleaned body, ``original`` the text before and ``removed`` the rest."""
    source = article.text
    lines = split_lines(source)
    verdicts = judge_lines(lines, article.title)
    kept = [line for line, verdict in zip(lines, verdicts) if verdict.reason is None]
    removed = [Removal(line.text, verdict.reason, line.start, line.end)
               for line, verdict in zip(lines, verdicts) if verdict.reason is not None]
    return dataclasses.replace(
        article, text=_join(source, kept), original=source, removed=list(article.removed) + removed,
        metadata=dict(article.metadata), **_found_metadata(article, verdicts))


def judge_lines(lines: Sequence[Line], title: str | None = None) -> list[Verdict]:
    """One verdict per line: furniture shapes anywhere, then topical judgement of what lies outside the body."""
    repeated = repeated_short_lines(lines)
    shapes = [Verdict("related" if line.is_headline_shaped else "navigation") if line.index in repeated
              else furniture_verdict(line) for line in lines]
    first, last = cut_at_comments(lines, shapes, *main_block(lines, shapes))
    block = lines[first:last + 1]
    if not _needs_topic(lines, block, shapes):
        return shapes  # everything is the block and no run of short lines needs judging: shapes decide
    body_vocabulary = vocabulary(line.text for line in block if shapes[line.index].reason is None and line.is_prose)
    inserted = inserted_widgets(block, shapes, body_vocabulary)
    verdicts: list[Verdict] = []
    for line, shape in zip(lines, shapes):
        if shape.reason is not None:
            verdicts.append(shape)
        elif first <= line.index <= last:
            verdicts.append(inserted.get(line.index, shape))
        else:
            verdicts.append(_outside_verdict(line, line.index < first, body_vocabulary, title))
    return verdicts


def _needs_topic(lines: Sequence[Line], block: Sequence[Line], shapes: Sequence[Verdict]) -> bool:
    """Whether any line needs its topical distance from the body judged (the body vocabulary costs time)."""
    outside = len(block) < len(lines)
    return outside or any(len(run) >= WIDGET_RUN for run in _short_line_runs(block, shapes))


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
    furniture: set[int] = set()
    for text, indices in occurrences.items():
        if len(indices) > 1 and text not in repeated_prose and not any(
                _next_to(lines, index, repeated_prose) for index in indices):
            furniture.update(indices)
    return furniture


def _next_to(lines: Sequence[Line], index: int, texts: set[str]) -> bool:
    """Whether the line before or after ``index`` has one of ``texts``."""
    return any(0 <= other < len(lines) and lines[other].text.casefold() in texts for other in (index - 1, index + 1))


def inserted_widgets(block: Sequence[Line], shapes: Sequence[Verdict],
                     body_vocabulary: frozenset[str]) -> dict[int, Verdict]:
    """Off-topic lines in runs of short lines inside the body: teaser lists and menus a page inserts mid-article.

    A lone short line between paragraphs is a subheading and stays; only runs of ``WIDGET_RUN`` or more
    short lines are judged, line by line, by their topical distance from the body's prose.
    """
    verdicts: dict[int, Verdict] = {}
    for run in _short_line_runs(block, shapes):
        if len(run) < WIDGET_RUN:
            continue
        for line in run:
            if topical_overlap(line.text, body_vocabulary) < RELATED_OVERLAP:
                verdicts[line.index] = Verdict("related" if line.is_headline_shaped else "navigation")
    return verdicts


def _short_line_runs(block: Sequence[Line], shapes: Sequence[Verdict]) -> list[list[Line]]:
    """Maximal runs of consecutive non-prose lines (furniture lines belong to the run but are not judged)."""
    runs: list[list[Line]] = [[]]
    for line in block:
        if line.is_prose:
            runs.append([])
        elif shapes[line.index].reason is None:
            runs[-1].append(line)
    return [run for run in runs if run]


def furniture_verdict(line: Line) -> Verdict:
    """The furniture reason of a line by its shape alone, or a keep verdict."""
    if line.words > MAX_PATTERN_WORDS:
        return Verdict(None)
    text = line.text
    if _is_date_line(line):
        return Verdict("date")
    for reason, pattern in FURNITURE:
        if pattern.match(text):
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


def main_block(lines: Sequence[Line], shapes: Sequence[Verdict]) -> tuple[int, int]:
    """First and last index of the highest-scoring run of lines (all lines when none is prose)."""
    best, best_span = 0.0, (0, len(lines) - 1)
    running, start = 0.0, 0
    section_end = _section_end_score(lines)
    for line, shape in zip(lines, shapes):
        if running <= 0:
            running, start = 0.0, line.index
        running += section_end if _is_section_end(line, shape) else _line_score(line, shape)
        if running > best:
            best, best_span = running, (start, line.index)
    return best_span


def cut_at_comments(lines: Sequence[Line], shapes: Sequence[Verdict], first: int, last: int) -> tuple[int, int]:
    """End the block before a comment section it ran into: a comments line followed by less prose than preceded it.

    Readers' comments are prose too, and often on topic; what gives them away is the heading before them.
    """
    prose_words = [line.words if line.is_prose and shapes[line.index].reason is None else 0 for line in lines]
    for index in range(first + 1, last + 1):
        if shapes[index].reason == "comments" and sum(prose_words[index:last + 1]) < sum(prose_words[first:index]):
            return first, _last_prose_before(lines, first, index)
    return first, last


def _last_prose_before(lines: Sequence[Line], first: int, index: int) -> int:
    for candidate in range(index - 1, first, -1):
        if lines[candidate].is_prose:
            return candidate
    return first


def _line_score(line: Line, shape: Verdict) -> float:
    if shape.reason is not None:
        return FURNITURE_SCORE
    return float(line.words) if line.is_prose else SHORT_LINE_SCORE


def _section_end_score(lines: Sequence[Line]) -> float:
    """The cost of crossing a section-ending line: a share of the word count of a long prose line (upper quartile)."""
    prose = sorted(line.words for line in lines if line.is_prose)
    typical = prose[len(prose) * 3 // 4] if prose else 0
    return -min(SECTION_END_CAP, max(-FURNITURE_SCORE, SECTION_END_SHARE * typical))


def _is_section_end(line: Line, shape: Verdict) -> bool:
    return shape.reason in SECTION_END_REASONS or (
        shape.reason == "related" and bool(RELATED_HEADING.match(line.text)))


def _outside_verdict(line: Line, leading: bool, body_vocabulary: frozenset[str], title: str | None) -> Verdict:
    """Why a line outside the main block goes: title, related or unrelated headline, off-body prose, navigation."""
    if line.is_headline_shaped:
        overlap = topical_overlap(line.text, body_vocabulary)
        related = overlap >= RELATED_OVERLAP
        if leading and (overlap >= TITLE_OVERLAP or _same_text(line.text, title)):
            return Verdict("title", line.text)
        if not leading:
            return Verdict("related" if related else "unrelated-headline")
    if line.is_prose:
        # Prose on the article's topic is kept even outside the block: losing body is worse than keeping a teaser.
        on_topic = topical_overlap(line.text, body_vocabulary) >= ON_TOPIC_PROSE_OVERLAP
        return Verdict(None) if on_topic else Verdict("off-body")
    return Verdict("navigation")


def _same_text(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.lower().split()) == " ".join(b.lower().split())


def _credited_outlet(text: str) -> str | None:
    credit = CREDIT_OUTLET.match(text)
    return credit["outlet"].strip() if credit else None


def _found_metadata(article: Article, verdicts: Sequence[Verdict]) -> dict[str, object]:
    """Title, outlet and authors that the removed lines name, where the article had none."""
    found: dict[str, object] = {}
    for verdict in verdicts:
        if verdict.value is None:
            continue
        if verdict.reason == "title" and article.title is None and "title" not in found:
            found["title"] = verdict.value
        elif verdict.reason == "credit" and article.outlet is None and "outlet" not in found:
            found["outlet"] = verdict.value
        elif verdict.reason == "byline" and not article.authors and "authors" not in found:
            found["authors"] = BYLINE_NAME.findall(verdict.value)
    return found


def _join(source: str, kept: Sequence[Line]) -> str:
    """The kept lines, one per line, with a blank line wherever the source had one between them."""
    parts: list[str] = []
    for previous, line in zip([None, *kept], kept):
        if previous is not None:
            parts.append("\n\n" if BLANK_LINE.search(source, previous.end, line.start) else "\n")
        parts.append(line.text)
    return "".join(parts)
