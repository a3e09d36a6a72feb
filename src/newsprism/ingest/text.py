"""Plain-text and Markdown articles: a headline-like first line becomes the title, the rest the body.

A first line is a headline when it reads like one: a few words, no closing full stop, not a byline
("By Jane Doe"), not a field ("Credited from: X", left for the cleaner to find), not the opening of
the body itself (a dateline, or several sentences). Markdown is reduced to the plain text a reader
sees (headings, emphasis, links, images, lists, quotes, code fences), and its first heading is the title.
"""
from __future__ import annotations

import html
import re

from .build import Draft
from .dateline import find_dateline
from .dates import normalise_date

_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_WORDS = 30
_MAX_HEADLINE_CHARS = 200
_NAME = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"^(?:By|BY|by)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[,|—–-].*)?$")
# "Label: value" with a short label and a short value: metadata, not a headline.
_FIELD_LINE = re.compile(r"^(?P<label>[^:\s][^:]{0,30}):\s+(?P<value>.*)$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-ZÀ-Þ]")
_DATE_LINE_WINDOW = 4
# A short label before a date on its own line: "Published:", "Updated on", "Posted -".
_DATE_LABEL = re.compile(r"^(?:[A-Za-z]+\s+){0,2}[A-Za-z]+(?:\s*:|\s+on\b|\s+-)\s*", re.I)
_WORD_OR_NUMBER = re.compile(r"[A-Za-z]+|\d+")
_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december mon tue tues wed thu thurs fri sat sun monday tuesday wednesday "
    "thursday friday saturday sunday am pm gmt utc bst cet est edt cst cdt pst pdt et at".split()
)
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$")

_FENCE = re.compile(r"^\s*(?:```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_QUOTE_MARK = re.compile(r"^\s{0,3}(?:>\s?)+")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
# Inline spans are bounded in length and may not contain their own delimiters, so that a long line of
# unmatched markers ("**a **a **a ...") is scanned in linear time, not quadratic.
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\](?:\([^()\n]{0,600}\)|\[[^\[\]\n]{0,100}\])")
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,300})\](?:\([^()\n]{0,600}\)|\[[^\[\]\n]{0,100}\])")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^<>\s]{1,600})>")
_EMPHASIS = re.compile(
    r"\*\*(?=[^\s*])(?P<strong>[^*\n]{1,300}?)(?<=[^\s*])\*\*"
    r"|__(?=[^\s_])(?P<strong_under>[^_\n]{1,300}?)(?<=[^\s_])__"
    r"|~~(?=[^\s~])(?P<struck>[^~\n]{1,300}?)(?<=[^\s~])~~"
    r"|(?<![\w*])\*(?=[^\s*])(?P<one>[^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(?P<under>[^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])"
)
_EMPHASIS_GROUPS = ("strong", "strong_under", "struck", "one", "under")
_CODE = re.compile(r"`{1,3}(?P<text>[^`\n]{1,300}?)`{1,3}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation may be escaped
# Escaped characters are parked in the Private Use Area while markup is reduced, then put back.
_ESCAPED_BASE = 0xE000
_ESCAPED = re.compile("[\ue000-\ue07f]")
_BLANK_RUNS = re.compile(r"\n\s*\n(?:\s*\n)+")


def read_plain_text(text: str, path: str | None) -> Draft:
    """A plain-text article: the title is split off when the first line is a headline."""
    title, body = split_title(text)
    return Draft(text=body, source_format="text", path=path, title=title, published=written_date(body))


def written_date(body: str) -> str | None:
    """The date of a line near the top that holds only a date ("07 June 2013", "Updated: 2025-10-14").

    The line stays in the body (the cleaner decides about it); its date becomes ``published`` as
    written, so the normaliser keeps its precision.
    """
    for line in body.split("\n", _DATE_LINE_WINDOW)[:_DATE_LINE_WINDOW]:
        candidate = _DATE_LABEL.sub("", line.strip())
        iso = normalise_date(candidate) if candidate else None
        if iso is not None and len(iso) > len("2025"):  # a year alone on a line is as likely a figure
            return candidate
    return None


def read_markdown(text: str, path: str | None) -> Draft:
    """A Markdown article reduced to plain text; a first heading (or headline-like line) is the title."""
    lines = text.split("\n")
    title: str | None = None
    first = _first_content_line(lines)
    if first is not None and _ATX_HEADING.match(lines[first]):
        title = reduce_inline(_ATX_HEADING.match(lines[first]).group("text")).strip() or None
        lines = lines[first + 1:]
    body = markdown_to_text("\n".join(lines))
    if title is None:
        title, body = split_title(body)
    return Draft(text=body, source_format="markdown", path=path, title=title, published=written_date(body))


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body) when the first line is a headline with a body after it, else (None, text)."""
    stripped = text.strip()
    first_line, _, rest = stripped.partition("\n")
    body = rest.strip()
    candidate = first_line.strip()
    if body and is_headline(candidate):
        return candidate, body
    return None, stripped


def is_headline(line: str) -> bool:
    """Whether one line reads as a headline (see the module docstring)."""
    words = line.split()
    if not _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if line[0].islower() or _BYLINE.match(line) or _is_field_line(line):
        return False
    if len(_SENTENCE_BREAK.findall(line)) >= 2 or find_dateline(line) is not None or _is_mostly_date(line):
        return False
    return _ends_like_headline(line, len(words))


def _ends_like_headline(line: str, word_count: int) -> bool:
    last = line.rstrip("\"”’'")[-1]
    if last in ",;:":
        return False
    if last == ".":
        return bool(_ABBREVIATION_END.search(line.rstrip("\"”’'"))) and not line.endswith("...")
    if last in "?!":
        return word_count <= 20
    return True


def _is_mostly_date(line: str) -> bool:
    """A timestamp line ("Friday, June 7, 2013", "Last Updated: 28 November 2005, 02:24 GMT")."""
    tokens = _WORD_OR_NUMBER.findall(line)
    dated = sum(1 for token in tokens if token.isdigit() or token.lower() in _DATE_WORDS)
    return dated * 2 >= len(tokens)


def _is_field_line(line: str) -> bool:
    match = _FIELD_LINE.match(line)
    if match is None:
        return False
    return len(match.group("label").split()) <= 3 and len(match.group("value").split()) <= 3


def markdown_to_text(text: str) -> str:
    """The plain text a reader of rendered Markdown sees, paragraph breaks kept."""
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        kept.extend(_reduce_line(line, following))
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()


def _reduce_line(line: str, following: str) -> list[str]:
    if _FENCE.match(line) or _REFERENCE_DEFINITION.match(line):
        return []
    if _RULE.match(line) or (_SETEXT_UNDERLINE.match(line) and line.strip()):
        return [""]
    heading = _ATX_HEADING.match(line)
    if heading:
        return [reduce_inline(heading.group("text"))]
    if _SETEXT_UNDERLINE.match(following) and following.strip() and line.strip():
        return [reduce_inline(line.strip())]
    line = _LIST_MARK.sub("", _QUOTE_MARK.sub("", line), count=1)
    return [reduce_inline(line).rstrip()]


def reduce_inline(text: str) -> str:
    """Inline Markdown (images, links, emphasis, code, tags, escapes) reduced to its words."""
    text = _ESCAPE.sub(lambda match: chr(_ESCAPED_BASE + ord(match.group(1))), text)  # shield "\\*" from emphasis
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda match: match.group("text"), text)
    text = _AUTOLINK.sub(lambda match: match.group("url"), text)
    text = _CODE.sub(lambda match: match.group("text"), text)
    for _ in range(3):  # nested emphasis ("***x***") unwraps one level per pass
        text = _EMPHASIS.sub(_emphasised_words, text)
    text = html.unescape(_TAG.sub("", text))
    return _ESCAPED.sub(lambda match: chr(ord(match.group()) - _ESCAPED_BASE), text)


def _emphasised_words(match: re.Match[str]) -> str:
    return next(match.group(name) for name in _EMPHASIS_GROUPS if match.group(name) is not None)


def _first_content_line(lines: list[str]) -> int | None:
    return next((index for index, line in enumerate(lines) if line.strip()), None)
