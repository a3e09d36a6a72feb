"""The article's main block among the lines: the densest run of prose, ended before comments and teasers."""
from __future__ import annotations

from collections.abc import Sequence

from .lines import Line
from .patterns import RELATED_HEADING
from .shapes import Verdict
from .topics import topical_overlap, vocabulary

FURNITURE_SCORE = -5.0
# Comment sections, lists of other stories and newsletter or login boxes usually end an article: crossing one
# costs most of what a typical paragraph of the text gains (capped for long paragraphs), so a short article
# with a newsletter prompt between its paragraphs stays whole. Inline furniture ("Advertisement") costs little.
SECTION_END_SHARE = 0.9
SECTION_END_CAP = 30.0
SECTION_END_REASONS = frozenset({"comments", "login", "newsletter"})
SHORT_LINE_SCORE = -3.0
# A paragraph after a headline, both sharing less than this share of their words with the core, is a teaser.
TEASER_OVERLAP = 0.25
TEASER_MAX_LINES = 2
# Teasers come in lists: this many in a row end the article (one off-topic section alone does not).
TEASER_LIST = 2


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


def trim_teasers(lines: Sequence[Line], shapes: Sequence[Verdict], first: int, last: int) -> tuple[int, int]:
    """End the block before teasers of other stories it ran into.

    The block's core is its longest run of prose; after it, a paragraph that follows a headline and shares
    few words with the core is a teaser, and the block ends before the first of ``TEASER_LIST`` in a row.
    (Only after the core:
    an article's own lede follows its headline and may share few words with what comes later.)
    """
    segments = _prose_segments(lines[first:last + 1], shapes)
    if len(segments) < 2:
        return first, last
    core = max(range(len(segments)), key=lambda k: sum(lines[index].words for index in segments[k]))
    shaped = [position > core and _teaser_shaped(lines, segment) for position, segment in enumerate(segments)]
    if not any(all(shaped[p:p + TEASER_LIST]) for p in range(core + 1, len(segments) - TEASER_LIST + 1)):
        return first, last  # no list of headline-led short paragraphs: nothing to weigh (vocabularies cost time)
    core_vocabulary = vocabulary(lines[index].text for index in segments[core])
    teasers = [shaped[position] and _off_topic(lines, segment, core_vocabulary)
               for position, segment in enumerate(segments)]
    for position in range(core + 1, len(segments) - TEASER_LIST + 1):
        if all(teasers[position:position + TEASER_LIST]):
            return first, segments[position - 1][-1]
    return first, last


def _prose_segments(block: Sequence[Line], shapes: Sequence[Verdict]) -> list[list[int]]:
    """Indices of the runs of consecutive prose lines of a block (what lies between them separates them)."""
    segments: list[list[int]] = [[]]
    for line in block:
        if line.is_prose and shapes[line.index].reason is None:
            segments[-1].append(line.index)
        elif segments[-1]:
            segments.append([])
    return [segment for segment in segments if segment]


def _teaser_shaped(lines: Sequence[Line], segment: list[int]) -> bool:
    """A short run of prose right after a headline."""
    return lines[segment[0] - 1].is_headline_shaped and len(segment) <= TEASER_MAX_LINES


def _off_topic(lines: Sequence[Line], segment: list[int], core_vocabulary: frozenset[str]) -> bool:
    """Whether a headline-led paragraph and its headline are both far from the core (a teaser of another story).

    The article's own question-and-answer or subheaded sections may stray from the core in their paragraphs,
    but their headings keep closer to its words than the headline of another story does.
    """
    text = " ".join(lines[index].text for index in segment)
    headline = lines[segment[0] - 1].text
    return (topical_overlap(text, core_vocabulary) < TEASER_OVERLAP
            and topical_overlap(headline, core_vocabulary) < TEASER_OVERLAP)


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
