"""How every view says that an article was revised: the store holds it in several versions, and a report reads
the latest (``Article.versions``)."""
from __future__ import annotations

from ..model import Article, ArticleVersion
from .text import balance_quotes, one_line


def revision_summary(article: Article) -> str:
    """"3 versions in the store; this report reads version 3, the latest" ('' for an article never revised)."""
    if not article.versions:
        return ""
    read = article.versions[-1].version
    return f"{len(article.versions)} versions in the store; this report reads version {read}, the latest"


def describe_version(version: ArticleVersion) -> str:
    """"version 1: seen 2024-05-01 10:00 UTC, published 2024-05-01, “Its title then”" (what it has of these)."""
    parts = [f"seen {seen_at(version.seen)}"]
    if version.published:
        parts.append(f"published {version.published}")
    if version.title:
        parts.append(f"“{balance_quotes(one_line(version.title))}”")
    return f"version {version.version}: {', '.join(parts)}"


def seen_at(stamp: str) -> str:
    """A store's commit time ("2024-05-01T10:00:00Z") as a reader reads it: "2024-05-01 10:00 UTC"."""
    if len(stamp) >= 16 and stamp[10] == "T" and stamp.endswith("Z"):
        return f"{stamp[:10]} {stamp[11:16]} UTC"
    return stamp
