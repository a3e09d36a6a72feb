"""Markdown (CommonMark, with GitHub's tables) for text that comes from articles.

Every piece of text that comes from an input (titles, sentences, quotes, names, outlets, removals, error
messages) goes through :func:`escape_markdown`, so that it renders as written: a ``*`` stays a star, a ``|``
stays a bar inside a table, a line "# Not a heading" stays a line of text. Identifiers and paths go in
:func:`code_span`. A backslash before ASCII punctuation is CommonMark's own escape: the rendered text is the
input's, character for character.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Characters that start markup anywhere in a line ('&' an entity, '|' a table cell, '~' GitHub's strike).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&#])")
# What makes a line a list item, a heading underline or a break when it starts the line ('#', '>', '*',
# '`' and '~' are escaped wherever they stand): a leading -, + or =, or the '.' or ')' after leading digits.
_LINE_START = re.compile(r"^([-+=])|^(\d{1,9})([.)])", re.MULTILINE)
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that renders as ``text``: markup characters escaped, and at the start of each line
    what would open a block. White space around a line is dropped (Markdown would read it as indentation or a
    hard line break, and a rendered paragraph drops it anyway)."""
    lines = "\n".join(line.strip() for line in text.split("\n"))
    escaped = _INLINE.sub(r"\\\1", lines)
    return _LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped)


def code_span(text: str) -> str:
    """``text`` as inline code, fenced by more backticks than it holds in a row (CommonMark's rule)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def article_anchor(article_id: str) -> str:
    """The HTML id of an article's entry: ``article-`` and the id, any character an id or a link may not
    hold written as ``.hex.`` (a '.' included, so that two ids never share an anchor)."""
    return "article-" + _ANCHOR_UNSAFE.sub(lambda m: f".{ord(m.group()):x}.", article_id)


def cite(article_ids: Iterable[str], links: bool = False) -> str:
    """``[a1, a2]``: the articles a statement rests on, sorted; with ``links``, each a link to its entry."""
    ids = sorted(set(article_ids))
    if not links:
        return "[" + ", ".join(escape_markdown(a) for a in ids) + "]"
    return r"\[" + ", ".join(link_to_article(a, escape_markdown(a)) for a in ids) + r"\]"


def link_to_article(article_id: str, markdown_text: str) -> str:
    """A link, with ``markdown_text`` (Markdown already) as its text, to the article's entry in the page."""
    return f"[{markdown_text}](#{article_anchor(article_id)})"
