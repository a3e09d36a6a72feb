"""Text as every view shows it: on one line, shortened at a word boundary, its quotation marks balanced.

These helpers never change a word: they fold white space, cut with a visible ellipsis (both from
``newsprism.text``, which reconcile shares), or add the quotation mark a sentence needs to read as the article
wrote it (a claim whose span stops before the closing mark).
"""
from __future__ import annotations

from ..text import one_line, shorten

__all__ = ["balance_quotes", "counted", "one_line", "sentence", "shorten"]

# Double quotation marks: each opening mark and the mark that closes it. A straight mark opens or closes by
# where it stands (see _is_opening); single marks are left alone, as they double as apostrophes.
CLOSING = {"“": "”", "«": "»", '"': '"'}
OPENING = {close: open_ for open_, close in CLOSING.items()}
_OPENS_AFTER = "([{—–-/"


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` and the noun that agrees with it: "1 article", "2 articles", "0 stories" (``plural`` when
    adding an s does not make it)."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def balance_quotes(text: str) -> str:
    """The text with a closing mark added for every quotation it opens and does not close, and an opening
    mark put before it for every quotation it closes without opening (a sentence cut from a longer quote)."""
    unopened: list[str] = []
    unclosed: list[str] = []
    for index, char in enumerate(text):
        if char in CLOSING and (char != '"' or _is_opening(text, index, unclosed)):
            unclosed.append(char)
        elif char in OPENING and unclosed and unclosed[-1] == OPENING[char]:
            unclosed.pop()
        elif char in OPENING:
            unopened.append(OPENING[char])
    return "".join(reversed(unopened)) + text + "".join(CLOSING[mark] for mark in reversed(unclosed))


def _is_opening(text: str, index: int, unclosed: list[str]) -> bool:
    """A straight mark opens a quote at the start or after a space or bracket, unless one is open to close."""
    if unclosed and unclosed[-1] == '"':
        return False
    return index == 0 or text[index - 1].isspace() or text[index - 1] in _OPENS_AFTER + "".join(CLOSING)


def sentence(text: str) -> str:
    """An article's sentence as a view shows it: on one line, its quotation marks balanced."""
    return balance_quotes(one_line(text))
