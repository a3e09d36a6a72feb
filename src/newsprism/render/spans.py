"""How a story's time span reads in every view (terminal, Markdown and HTML, the store's listing, the web app)."""
from __future__ import annotations

UNDATED = "not dated (no article gives its publication date)"


def describe_time_span(start: str | None, end: str | None) -> str:
    """'2025-10-14 to 2025-10-16', one day once, '? to 2025-10-16' for an open side, or UNDATED.

    A story always shows a time span; one whose articles carry no date says so rather than showing nothing,
    so that a reader does not take a missing line for a story without a date problem.
    """
    if not start and not end:
        return UNDATED
    if start == end:
        return str(start)
    return f"{start or '?'} to {end or '?'}"
