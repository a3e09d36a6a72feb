"""The plain-text cleaner: decide, line by line, what is the article and what is page furniture, and say why.

How a line is judged:

1. *Furniture shapes* (``patterns``): short lines that are share bars, newsletter boxes, comment or login
   prompts, "related" lists, social links, cookie notices, navigation labels, advertising labels, copyright,
   bare dates, bylines and credit lines. Bylines fill ``authors`` and credit lines ``outlet`` when absent.
   Short lines that occur twice or more, in runs of such lines (menus, teaser headlines), are furniture too.
2. *The main prose block*: each line scores by its shape (prose lines gain their word count, other lines
   lose a little, furniture more, and the heading of a comment section, a "related" list or a newsletter box
   about as much as a long paragraph gains); the highest-scoring run of consecutive lines is the article, as
   in Finn et al.'s body-text extraction. The block then ends before a comment section it ran into, and
   before a list of teasers (headline-led short paragraphs that, with their headlines, are far from the topic
   of its longest paragraph run).
3. *The article's own lists* (``lists``): the block goes on across a list that on-topic prose resumes after,
   and a list right after the block stays when the body or its own first line announces it (a colon, or the
   body's words) and page furniture closes it. Short lines repeated between list items ("Serves four")
   are labels of such a list, not menus: only lines repeated as runs are furniture.
4. *Inside the block* every line stays (subheadings, list items, short quotes) except furniture shapes and
   runs of three or more short lines that are off the body's topic (widgets inserted mid-article), unless a
   colon announces the run.
5. *Outside the block*, lines are judged by their topical distance from the block: a headline-shaped line
   after the body that shares few content words and names with it is an ``unrelated-headline``, one that
   shares many is a ``related`` teaser; a leading headline close to the body is the ``title``; prose on the
   body's topic stays, other prose is ``off-body``, and other short lines are ``navigation``.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from newsprism.annotate.cues import load_outlets
from newsprism.model import Article, Removal
from newsprism.model.article import OUTLET_SOURCE

from .block import cut_at_comments, main_block, trim_teasers
from .lines import Line, split_lines
from .lists import bridged_end, trailing_list
from .patterns import BYLINE_NAME, CO_AUTHOR, MASTHEAD_WORDS
from .shapes import Verdict, furniture_verdict, repeated_short_lines
from .topics import topical_overlap, vocabulary

# A trailing headline sharing less than this (weighted) share of its words with the body is unrelated.
RELATED_OVERLAP = 0.5
# Prose outside the block sharing at least this share of its words with the body stays.
ON_TOPIC_PROSE_OVERLAP = 0.6
# A headline before the body sharing this share of its words with it is the article's own title.
TITLE_OVERLAP = 0.3
# This many short lines in a row inside the body are a list or a widget, no longer a subheading.
WIDGET_RUN = 3
# A run is a widget when at least this share of its lines is off the body's topic.
WIDGET_OFF_TOPIC_SHARE = 0.7
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


class BodyVocabulary:
    """The content words of the body's prose, built on first use (most articles never need it)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = texts
        self._words: frozenset[str] | None = None

    def overlap(self, line: str) -> float:
        """``topical_overlap`` of ``line`` with the body."""
        if self._words is None:
            self._words = vocabulary(self._texts)
        return topical_overlap(line, self._words)

    def is_on_topic_prose(self, line: Line) -> bool:
        """Whether ``line`` is prose sharing enough words with the body to belong to it."""
        return line.is_prose and self.overlap(line.text) >= ON_TOPIC_PROSE_OVERLAP


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
    found = {"metadata": dict(article.metadata), **_found_metadata(article, verdicts)}
    return dataclasses.replace(
        article, text=_join(source, kept), original=source, removed=list(article.removed) + removed, **found)


def judge_lines(lines: Sequence[Line], title: str | None = None) -> list[Verdict]:
    """One verdict per line: furniture shapes anywhere, then topical judgement of what lies outside the body."""
    shapes = shape_verdicts(lines)
    first, last = cut_at_comments(lines, shapes, *main_block(lines, shapes))
    first, last = trim_teasers(lines, shapes, first, last)
    if not _needs_topic(lines, lines[first:last + 1], shapes):
        return shapes  # everything is the block and no run of short lines needs judging: shapes decide
    body_vocabulary = BodyVocabulary(
        [line.text for line in lines[first:last + 1] if shapes[line.index].reason is None and line.is_prose])
    last = bridged_end(lines, shapes, last, body_vocabulary.is_on_topic_prose)
    return _topical_verdicts(lines, shapes, range(first, last + 1), body_vocabulary, title)


def shape_verdicts(lines: Sequence[Line]) -> list[Verdict]:
    """Verdicts by shape alone: repeated short lines (menus, teasers), else each line's furniture shape."""
    repeated = repeated_short_lines(lines)
    return [Verdict("related" if line.is_headline_shaped else "navigation") if line.index in repeated
            else furniture_verdict(line) for line in lines]


def _topical_verdicts(lines: Sequence[Line], shapes: Sequence[Verdict], block: range,
                      body_vocabulary: "BodyVocabulary", title: str | None) -> list[Verdict]:
    """Shapes stand; widgets inside the ``block`` and lines outside it (but the body's own list) are judged."""
    inserted = inserted_widgets(lines[block.start:block.stop], shapes, body_vocabulary)
    own_list = trailing_list(lines, shapes, block.stop - 1, body_vocabulary.overlap)
    verdicts: list[Verdict] = []
    for line, shape in zip(lines, shapes):
        if shape.reason is not None or line.index in own_list:
            verdicts.append(shape)
        elif line.index in block:
            verdicts.append(inserted.get(line.index, shape))
        else:
            verdicts.append(outside_verdict(line, line.index < block.start, body_vocabulary, title))
    return verdicts


def _needs_topic(lines: Sequence[Line], block: Sequence[Line], shapes: Sequence[Verdict]) -> bool:
    """Whether any line needs its topical distance from the body judged (the body vocabulary costs time)."""
    outside = len(block) < len(lines)
    return outside or any(len(run) >= WIDGET_RUN for run in _short_line_runs(block, shapes))


def inserted_widgets(block: Sequence[Line], shapes: Sequence[Verdict],
                     body_vocabulary: "BodyVocabulary") -> dict[int, Verdict]:
    """Off-topic lines in runs of short lines inside the body: teaser lists and menus a page inserts mid-article.

    A lone short line between paragraphs is a subheading and stays; only runs of ``WIDGET_RUN`` or more
    short lines are judged, line by line, by their topical distance from the body's prose. A run that the
    line before it or its own first line announces with a colon ("The winners were:") is the article's own
    list and stays.
    """
    verdicts: dict[int, Verdict] = {}
    for run in _short_line_runs(block, shapes):
        if len(run) < WIDGET_RUN or _introduced(block, run[0]):
            continue
        off_topic = [line for line in run if body_vocabulary.overlap(line.text) < RELATED_OVERLAP]
        if len(off_topic) < WIDGET_OFF_TOPIC_SHARE * len(run):
            continue  # a list of the article's own (names, dates, items) with a few unfamiliar entries
        for line in off_topic:
            verdicts[line.index] = Verdict("related" if line.is_headline_shaped else "navigation")
    return verdicts


def _introduced(block: Sequence[Line], first: Line) -> bool:
    """Whether ``first`` or the line before it ends with a colon: the body announces the list that follows."""
    position = first.index - block[0].index
    return first.text.endswith(":") or position > 0 and block[position - 1].text.endswith(":")


def _short_line_runs(block: Sequence[Line], shapes: Sequence[Verdict]) -> list[list[Line]]:
    """Maximal runs of consecutive non-prose lines (furniture lines belong to the run but are not judged)."""
    runs: list[list[Line]] = [[]]
    for line in block:
        if line.is_prose:
            runs.append([])
        elif shapes[line.index].reason is None:
            runs[-1].append(line)
    return [run for run in runs if run]


def outside_verdict(line: Line, leading: bool, body_vocabulary: "BodyVocabulary", title: str | None) -> Verdict:
    """Why a line outside the main block goes: title, related or unrelated headline, off-body prose, navigation."""
    if line.is_headline_shaped:
        overlap = body_vocabulary.overlap(line.text)
        related = overlap >= RELATED_OVERLAP
        if leading and (overlap >= TITLE_OVERLAP or _same_text(line.text, title)):
            return Verdict("title", line.text)
        if not leading:
            return Verdict("related" if related else "unrelated-headline")
    if line.is_prose:
        # Prose on the article's topic is kept even outside the block: losing body is worse than keeping a teaser.
        on_topic = body_vocabulary.overlap(line.text) >= ON_TOPIC_PROSE_OVERLAP
        return Verdict(None) if on_topic else Verdict("off-body")
    return Verdict("navigation")


def _same_text(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.lower().split()) == " ".join(b.lower().split())


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
            found["authors"], outlets = byline_people_and_outlets(verdict.value)
            if outlets and article.outlet is None and "outlet" not in found:
                found["outlet"] = outlets[0]
                found["metadata"] = {**article.metadata, OUTLET_SOURCE: "byline"}
    return found


def byline_people_and_outlets(byline: str) -> tuple[list[str], list[str]]:
    """The names a byline gives, told apart: people, and the outlets some bylines name after them ("By Mara
    Lind, Coastal Herald"). A name set off by a comma, bar or dash after the first that the outlet list knows,
    or of two words or more ending in a masthead word ("Herald", "Times", "Wire"), is an outlet. The first
    name, and one joined by "and" (a co-author), is a person's, whatever its last word."""
    people: list[str] = []
    outlets: list[str] = []
    previous_end = None
    for match in BYLINE_NAME.finditer(byline):
        set_off = previous_end is not None and not CO_AUTHOR.search(byline, previous_end, match.start())
        (outlets if set_off and _names_an_outlet(match.group(0)) else people).append(match.group(0))
        previous_end = match.end()
    return people, outlets


def _names_an_outlet(name: str) -> bool:
    words = name.split()
    return load_outlets().lookup(name) is not None or (len(words) > 1 and words[-1].lower() in MASTHEAD_WORDS)


def _join(source: str, kept: Sequence[Line]) -> str:
    """The kept lines, one per line, with a blank line wherever the source had one between them."""
    parts: list[str] = []
    for previous, line in zip([None, *kept], kept):
        if previous is not None:
            parts.append("\n\n" if BLANK_LINE.search(source, previous.end, line.start) else "\n")
        parts.append(line.text)
    return "".join(parts)
