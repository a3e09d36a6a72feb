"""The visible blocks of a web page, and which of them the extracted article body leaves out.

A *block* is the text of one block element (a paragraph, a list item, a heading, a table row) or of a line
that ``<br>`` ends, with its spaces collapsed. Scripts, styles and other unseen elements, and elements that
the page hides (the ``hidden`` attribute, ``display: none``, ``visibility: hidden``), are not visible text
and give no block. Each block carries the *hint* of its container: the removal reason that the nearest
enclosing ``<nav>``, or element whose class or id names a kind of page furniture ("share-bar",
"cookie-banner", "related-stories"), stands for.

The body that an extractor returns is aligned with the blocks by their words (blocks and body lines said once
on each side anchor it; between two anchors, a block whose words stand in the body's lines of the same
stretch is kept): extractors reflow, merge and split blocks, but keep the article's words in order.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

# Elements whose text starts a new block.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "thead", "tbody", "tfoot", "caption", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "details", "summary", "form",
    "fieldset", "center",
})
INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link",
                            "svg", "iframe", "object", "embed", "button", "select", "option", "textarea"})
# Elements whose text is no article prose: links (menus and link lists are made of them) and the page's furniture.
NOT_PROSE_TAGS = INVISIBLE_TAGS | {"a", "nav", "aside", "header", "footer"}
WORD = re.compile(r"\w+")
HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A block of at least this many words, not found whole in its stretch of the body, is kept when one line of a
# stretch of at most a few lines holds this share of its words (an extractor dropped a link or a label from
# the paragraph, which then stands alone between its intact neighbours); shorter blocks must stand whole.
KEPT_WORD_SHARE = 0.8
KEPT_MIN_WORDS = 5
KEPT_STRETCH_LINES = 3

# Class and id words (split at anything but letters) that name a kind of page furniture, and its reason.
CONTAINER_REASONS = {
    **dict.fromkeys(("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager"),
                    "navigation"),
    **dict.fromkeys(("share", "sharing", "sharebar", "sharetools"), "share"),
    **dict.fromkeys(("social", "follow"), "social"),
    **dict.fromkeys(("related", "recommended", "recommendations", "teaser", "teasers", "trending", "mostread"),
                    "related"),
    **dict.fromkeys(("comment", "comments", "disqus"), "comments"),
    **dict.fromkeys(("newsletter", "subscribe", "signup"), "newsletter"),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr"), "cookie"),
    **dict.fromkeys(("ad", "ads", "advert", "advertisement", "sponsored", "promo", "outbrain", "taboola"),
                    "advertisement"),
    **dict.fromkeys(("login", "signin"), "login"),
    "copyright": "copyright",
    "byline": "byline",
}
FURNITURE_NAME = re.compile(rf"(?<![a-z])({'|'.join(CONTAINER_REASONS)})(?![a-z])", re.IGNORECASE)
# Elements whose own class or id describes the page or the article as a whole, never a piece of furniture.
WHOLE_PAGE_TAGS = frozenset({"html", "body", "main", "article"})


@dataclass(frozen=True, slots=True)
class Block:
    """The text of one visible block and the removal reason its container stands for (None when it says none)."""

    text: str
    hint: str | None = None


def visible_blocks(root: etree._Element, unseen: frozenset[str] = INVISIBLE_TAGS) -> list[Block]:
    """The page's visible blocks under ``root``, in document order (blocks without a word are left out); the text of
    ``unseen`` elements is not read.

    Iterative (lxml's iterwalk), so that deeply nested markup cannot exhaust the stack. Each open element
    leaves on ``frames`` its container's hint and whether its end ends a block.
    """
    reader = _BlockReader()
    names = _ContainerNames()
    frames: list[tuple[str | None, bool]] = [(None, False)]
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event == "start":
            frame = _open(element, frames[-1][0], names, unseen)
            frames.append(frame)
            if frame is _UNSEEN:
                walker.skip_subtree()
                continue
            if frame[1] or element.tag == "br":
                reader.close()
            if element.text:
                reader.add(element.text, frame[0])
        elif event == "end":
            if frames.pop()[1]:
                reader.close()
            if element.tail and element is not root:
                reader.add(element.tail, frames[-1][0])
        else:  # a comment or processing instruction: only its tail shows
            reader.add(element.tail, frames[-1][0])
    reader.close()
    return reader.blocks


# The frame of an element that is not shown: its subtree is skipped, its end ends no block.
_UNSEEN: tuple[str | None, bool] = (None, False)


def _open(element: etree._Element, hint: str | None, names: "_ContainerNames", unseen: frozenset[str]
          ) -> tuple[str | None, bool]:
    """An element's frame: the hint it passes to its content, and whether it is a block; ``_UNSEEN`` if hidden."""
    tag = element.tag
    if not isinstance(tag, str) or tag in unseen:
        return _UNSEEN
    attributes = element.attrib
    if attributes:
        style = attributes.get("style")
        if "hidden" in attributes or style and HIDING_STYLE.search(style):
            return _UNSEEN
        if tag not in WHOLE_PAGE_TAGS:
            hint = names.reason(attributes.get("class"), attributes.get("id")) or hint
    return ("navigation" if tag == "nav" else hint), tag in BLOCK_TAGS


def prose_chars(root: etree._Element) -> int:
    """How many characters of prose the page shows under ``root``: its visible blocks outside links, page furniture
    (``NOT_PROSE_TAGS``, containers whose class or id names furniture) and hidden elements.

    One walk of the tree, no extraction: an estimate of the length of the article that extraction would find,
    which is made of such prose (repeated paragraphs included: the extractor keeps them), while text that is only
    links, a menu or a footer is not counted, nor text the page hides (which the extractor may keep).
    """
    blocks = visible_blocks(root, NOT_PROSE_TAGS)
    return sum(len(block.text) for block in blocks if block.hint is None)


class _ContainerNames:
    """The furniture reason that a class or id names ("share-bar" -> share), remembered per page: pages repeat
    the same few class names on thousands of elements."""

    def __init__(self) -> None:
        self._known: dict[tuple[str | None, str | None], str | None] = {}

    def reason(self, classes: str | None, identifier: str | None) -> str | None:
        key = (classes, identifier)
        if key not in self._known:
            found = FURNITURE_NAME.search(f"{classes or ''} {identifier or ''}")
            self._known[key] = CONTAINER_REASONS[found.group(1).lower()] if found else None
        return self._known[key]


class _BlockReader:
    """The blocks read so far, and the pieces of text of the one being read."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._pieces: list[str] = []
        self._hint: str | None = None

    def add(self, text: str | None, hint: str | None) -> None:
        """Add a piece of text; the first piece that is not blank gives the block its container's hint."""
        if not text or not self._pieces and text.isspace():
            return
        if not self._pieces:
            self._hint = hint
        self._pieces.append(text)

    def close(self) -> None:
        """End the block being read (kept when it holds a word)."""
        if not self._pieces:
            return
        text = " ".join("".join(self._pieces).split())
        if WORD.search(text):
            self.blocks.append(Block(text, self._hint))
        self._pieces = []


def left_out(blocks: Sequence[Block], body: str) -> list[bool]:
    """For each block, whether ``body`` leaves it out (its words do not stand, in order, in the body).

    Blocks and body lines said once on each side anchor the alignment (the longest chain of them in the
    same order, as in patience diff: linear in the page, however repetitive); a block between two anchors
    is kept when the body's lines between the same anchors hold it.
    """
    block_keys = [_key(block.text) for block in blocks]
    body_keys = [key for key in map(_key, body.split("\n")) if key]
    missing = [True] * len(blocks)
    previous_block, previous_body = -1, -1
    for block_index, body_index in [*_anchors(block_keys, body_keys), (len(blocks), len(body_keys))]:
        stretch = _Stretch(body_keys[previous_body + 1:body_index])
        for index in range(previous_block + 1, block_index):
            missing[index] = not stretch.holds(block_keys[index])
        if block_index < len(blocks):
            missing[block_index] = False
        previous_block, previous_body = block_index, body_index
    return missing


def _anchors(block_keys: Sequence[str], body_keys: Sequence[str]) -> list[tuple[int, int]]:
    """(block, body line) pairs of the texts said once on each side: the longest chain in the same order."""
    in_blocks, in_body = _said_once(block_keys), _said_once(body_keys)
    pairs = sorted((index, in_body[key]) for key, index in in_blocks.items() if key in in_body)
    return _longest_increasing(pairs)


def _said_once(keys: Sequence[str]) -> dict[str, int]:
    """The position of each key that occurs exactly once in ``keys``."""
    counts = Counter(keys)
    return {key: index for index, key in enumerate(keys) if counts[key] == 1}


def _longest_increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by their first item) whose second items increase."""
    tails: list[int] = []  # tails[k]: second item ending the best chain of length k + 1 found so far
    ends: list[int] = []  # ends[k]: index in ``pairs`` of that chain's last pair
    before: list[int] = [-1] * len(pairs)  # the pair before each pair in its chain
    for position, (_, second) in enumerate(pairs):
        length = bisect_left(tails, second)
        before[position] = ends[length - 1] if length else -1
        if length == len(tails):
            tails.append(second)
            ends.append(position)
        else:
            tails[length], ends[length] = second, position
    chain: list[tuple[int, int]] = []
    position = ends[-1] if ends else -1
    while position >= 0:
        chain.append(pairs[position])
        position = before[position]
    return chain[::-1]


class _Stretch:
    """The body's lines between two anchors: what the blocks between those anchors may be in.

    A block is looked for where the rarest of its words stands in the stretch, so that a long stretch (a page
    without anchors) costs time in proportion to its length, not to its length times the page's blocks.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        self._keys = keys
        self._lines = frozenset(keys)
        self._positions: dict[str, list[int]] | None = None
        self._words: list[str] = []

    def holds(self, key: str) -> bool:
        """Whether the stretch has the block's words as a line or in a row, or (a short stretch) most of them."""
        return key in self._lines or self._in_a_row(key.split()) or self._trimmed(key.split())

    def _in_a_row(self, words: list[str]) -> bool:
        if self._positions is None:
            self._words = " ".join(self._keys).split()
            self._positions = {}
            for position, word in enumerate(self._words):
                self._positions.setdefault(word, []).append(position)
        rarest = min(words, key=lambda word: len(self._positions.get(word, ())))  # type: ignore[union-attr]
        offset = words.index(rarest)
        return any(self._words[start - offset:start - offset + len(words)] == words
                   for start in self._positions.get(rarest, ()) if start >= offset)

    def _trimmed(self, words: list[str]) -> bool:
        """Whether a line of a short stretch holds most of the block's words: the extractor dropped a few."""
        if len(words) < KEPT_MIN_WORDS or len(self._keys) > KEPT_STRETCH_LINES:
            return False
        return any(sum(map(line.__contains__, words)) >= KEPT_WORD_SHARE * len(words)
                   for line in map(frozenset, map(str.split, self._keys)))


def _key(text: str) -> str:
    """The words of a text, casefolded, one space apart: what survives an extractor's reformatting."""
    return " ".join(WORD.findall(text.casefold()))
