"""Why each visible block of a web page that the article's extraction left out is not body text.

The HTML reader takes the body that trafilatura extracts; every other block the page shows is recorded as a
removal too, judged as the plain-text cleaner judges the lines it removes, first reason that applies:

1. the article's own headline (the text of its ``title``): ``title``;
2. a menu's line: what a ``<nav>`` (or an element of class "menu", "breadcrumb"...) holds is ``navigation``,
   whatever its words say (a menu's last link may read "Newsletter");
3. its furniture shape (share bars, cookie notices, bylines, bare dates...: ``shapes.furniture_verdict``),
   unless its container names what it is (the *hint*) and the shape is only the generic one of a menu (short
   items between separators: an element of class "share-bar" holds "Share: Facebook | Email"), or a date
   in a container of other stories or of comments (a teaser's date, not the article's);
4. the reason its container names (an element of class "related", "cookie-banner", "comments"...);
5. a short line repeated in runs among the rest (menus, teasers): ``navigation``, or ``related`` for
   headlines;
6. where it stands and how close it is to the body (``cleaner.outside_verdict``): a headline before the body
   and close to it is the ``title``, a headline after the body ``related`` or ``unrelated-headline``, other
   short lines ``navigation``, and prose ``off-body`` (outside the article's main content), on the body's
   topic or not: the extraction left it out of the article. The body's words are those of all the text the
   extraction kept.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .cleaner import BodyVocabulary, outside_verdict
from .lines import Line, split_lines
from .shapes import furniture_verdict, repeated_short_lines

WORD = re.compile(r"\w+")
# Containers of other stories' or readers' text: a date line there is theirs, not the article's.
OTHER_CONTENT = frozenset({"related", "comments", "advertisement"})


def left_out_reasons(texts: Sequence[str], left_out: Sequence[bool], hints: Sequence[str | None],
                     title: str | None) -> list[str | None]:
    """For each of a page's blocks (one-line ``texts``, in page order), why it was left out; None for the body's.

    ``left_out`` says which blocks the body lacks; ``hints`` gives the reason each block's container names.
    The title and menu lines are told by their text and container alone; only the other left-out blocks are
    read as lines (their features cost time, and a large page has thousands of menu entries).
    """
    headline = _Headline(title)
    reasons = [_plain_reason(text, hint, headline) if missing else None
               for text, missing, hint in zip(texts, left_out, hints)]
    rest = [index for index, missing in enumerate(left_out) if missing and reasons[index] is None]
    if not rest:
        return reasons
    first_kept = next((index for index, missing in enumerate(left_out) if not missing), len(texts))
    body = BodyVocabulary([text for text, missing in zip(texts, left_out) if not missing])
    lines = _one_line_each([texts[index] for index in rest])
    repeated = repeated_short_lines(lines)
    for index, line in zip(rest, lines):
        reasons[index] = _line_reason(line, hints[index], index < first_kept, line.index in repeated, body, title)
    return reasons


def _plain_reason(text: str, hint: str | None, headline: "_Headline") -> str | None:
    """``title`` for the article's own headline, ``navigation`` for a menu's line, else None (judge the line)."""
    if headline.is_text(text):
        return "title"
    return hint if hint == "navigation" else None


def _line_reason(line: Line, hint: str | None, leading: bool, repeated: bool, body: BodyVocabulary,
                 title: str | None) -> str:
    """The reason of a left-out line that is neither the title nor a menu's (see the module docstring)."""
    shape = furniture_verdict(line).reason
    if hint is not None and (shape in (None, "navigation") or shape == "date" and hint in OTHER_CONTENT):
        return hint
    if shape is not None:
        return shape
    if repeated:
        return "related" if line.is_headline_shaped else "navigation"
    return outside_verdict(line, leading, body, title).reason or "off-body"


class _Headline:
    """The article's title, compared with a text by its words (by its length first: most texts differ there)."""

    def __init__(self, title: str | None) -> None:
        self._words = _words(title) if title else []
        self._length = len(title) if title else 0

    def is_text(self, text: str) -> bool:
        return (bool(self._words) and abs(len(text) - self._length) <= self._length // 2
                and _words(text) == self._words)


def _one_line_each(texts: Sequence[str]) -> list[Line]:
    """One line per text, in order (a blank text stands as "-", so that line indices stay the texts' indices)."""
    return split_lines("\n\n".join(" ".join(text.split()) or "-" for text in texts))


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())
