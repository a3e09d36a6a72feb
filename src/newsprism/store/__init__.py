"""The embedded store (SQLite by default) behind a small interface, and its migrations.

``open_store("news.db")`` or ``open_store("sqlite:///news.db")`` gives a :class:`Store`; other URL schemes are
where server databases will plug in.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import (
    ArticleRef, ArticleWrite, BatchWrite, DuplicateLink, Membership, Relation, Store, StorySummary, StoryWrite,
)
from .sqlite import SQLiteStore, damaged_store, remove_store_files

SQLITE_PREFIX = "sqlite:///"


def open_store(url_or_path: str | Path, create: bool = True) -> Store:
    """Open (and bring up to date) the store at a path or ``sqlite:///`` URL; ``create=False`` for readers."""
    text = str(url_or_path)
    if text.startswith(SQLITE_PREFIX):
        return SQLiteStore(text[len(SQLITE_PREFIX):], create=create)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(f"{text}: no store backend for {scheme!r} URLs (only SQLite files: a path or sqlite:///path)")
    return SQLiteStore(text, create=create)


__all__ = [
    "ArticleRef", "ArticleWrite", "BatchWrite", "DuplicateLink", "Membership", "Relation", "SQLiteStore", "Store",
    "StorySummary", "StoryWrite", "damaged_store", "open_store", "remove_store_files",
]
