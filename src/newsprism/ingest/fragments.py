"""HTML fragments inside feeds and JSON fields, turned into plain text by the HTML reader's converter."""
from __future__ import annotations

import re

_MARKUP = re.compile(
    r"<(?:p|br|div|a|em|strong|b|i|span|h[1-6]|li|ul|ol|blockquote|figure|img|table|section|article)\b[^>]*>"
    r"|&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});",
    re.I,
)


def looks_like_html(text: str) -> bool:
    """Whether a field holds markup (tags or character entities) rather than plain text."""
    return _MARKUP.search(text) is not None


def to_plain_text(text: str) -> str:
    """``text`` as plain text: markup converted, plain text returned as it is."""
    if not looks_like_html(text):
        return text
    from newsprism.ingest.html import fragment_to_text  # the HTML stack loads only when markup is met

    return fragment_to_text(text)
