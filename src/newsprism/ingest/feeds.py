"""RSS and Atom feed files: one article per entry, with the feed's title as the outlet.

Ids are content hashes; the entry's guid (often a URL) is kept in ``metadata["guid"]``.

An entry's full content is used where the feed carries it, else its summary; HTML in either is
converted to text. A feed that is not well-formed is still read as far as feedparser can, and the
damage is reported as one error record beside whatever entries were recovered.
"""
from __future__ import annotations

import re
from typing import Any

from newsprism.config import Options

from .build import Draft, Harvest
from .fragments import to_plain_text

# feedparser's bozo exceptions that say nothing is wrong with the feed itself.
_HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")
_RSS_AUTHOR = re.compile(r"^[^\s@()]+@[^\s@()]+\s*\((?P<name>[^()]+)\)$")


def read_feed(data: bytes, path: str, options: Options) -> Harvest:
    """The entries of an RSS or Atom document; a document that is no feed at all is one error."""
    import feedparser  # loaded only when a feed is read

    parsed = feedparser.parse(data)
    harvest = Harvest()
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        _add_entry(harvest, entry, f"{path}:entry {number}", path, outlet)
    _report_damage(harvest, parsed, path)
    if not parsed.entries and not harvest.errors:
        harvest.fail(path, "feed has no entries", "empty")
    return harvest


def _add_entry(harvest: Harvest, entry: Any, where: str, path: str, outlet: str | None) -> None:
    text = to_plain_text(_entry_body(entry)).strip()
    if not text:
        harvest.fail(where, f"feed entry {entry.get('title', '')!r} has neither content nor a summary", "empty")
        return
    metadata = {"position": where[len(path) + 1:]}
    if entry.get("id"):
        metadata["guid"] = entry["id"]
    harvest.drafts.append(Draft(
        text=text, source_format="feed", path=path,
        title=to_plain_text(entry.get("title") or "") or None, outlet=outlet, url=entry.get("link"),
        published=entry.get("published") or entry.get("updated"), authors=_entry_authors(entry),
        metadata=metadata,
    ))


def _entry_body(entry: Any) -> str:
    """The longest full-content block of the entry, else its summary."""
    contents = [block.get("value", "") for block in entry.get("content", []) if block.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary", "") or ""


def _entry_authors(entry: Any) -> list[str]:
    # RSS writes "email (Name)", which feedparser 6 mis-splits: read that form from the raw string.
    raw = entry.get("author") or ""
    written = _RSS_AUTHOR.match(raw.strip())
    if written is not None:
        return [written.group("name").strip()]
    names = [author.get("name") for author in entry.get("authors", []) if author.get("name")]
    return names or ([raw] if raw and "@" not in raw else [])


def _report_damage(harvest: Harvest, parsed: Any, path: str) -> None:
    if not parsed.get("bozo"):
        if not parsed.entries and not parsed.get("version"):
            harvest.fail(path, "not an RSS or Atom feed", "unsupported")
        return
    problem = parsed.get("bozo_exception")
    if type(problem).__name__ in _HARMLESS_BOZO and parsed.entries:
        return
    count = len(harvest.drafts)
    kept = f"; {count} {'entry' if count == 1 else 'entries'} recovered" if count else "; no entry could be read"
    harvest.fail(path, f"feed is not well-formed: {problem}{kept}", "malformed")
