"""Stable article ids: the id an input gives, else (in a report) a hash of the text, or (in the store) a name.

In a report an id only has to tell articles apart, the same way on every machine: a hash of the normalised
text does that, and keeps ``analyze``'s reports exactly as they were (the stories found, and every tie the
later stages break by id, depend on the ids).

The store must also recognise an article when it comes back, edited or not, and must not take the same text
in another file, or under another outlet's URL, for an article it holds. So there an article without an id of
its own is named by the most specific name it has (:func:`stored_name_id`): its URL (a page, a feed entry's
link, a WARC record's target); else the file that holds it alone (plain text, Markdown, a page without a URL),
by the file's absolute path (:func:`stored_location`); else, with no name at all (standard input, a JSON
object without id or url), its text. An absolute path keeps same-named files of two folders apart; the price
is that a folder moved or renamed reads as new files, each then recognised as a copy of its old self.
"""
from __future__ import annotations

import hashlib
import os
import unicodedata

ID_HEX_CHARS = 16
# A given id longer than this is shortened (see :func:`capped_id`): ids are repeated throughout every report.
MAX_ID_CHARS = 200


def content_id(text: str) -> str:
    """sha256 of the text with Unicode composed and whitespace collapsed, first 16 hex characters.

    Normalising first means the same article read from a CRLF file, an NFD file or a JSON string with
    different spacing gets the same id.
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return _digest(normalised)


def given_id(value: object) -> str | None:
    """The id an input states: a string or number, trimmed and capped (:func:`capped_id`); None for anything else
    or a blank string."""
    stated = stated_id(value)
    return capped_id(stated) if stated else None


def stated_id(value: object) -> str | None:
    """The id an input states as written: a string or number, trimmed; None for anything else or a blank string."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value).strip() or None


def capped_id(identifier: str) -> str:
    """``identifier`` when it has at most MAX_ID_CHARS characters; else its start, a hyphen and 16 hex characters
    of the whole one's hash, MAX_ID_CHARS in all: two long ids that start alike stay apart, the same one stays
    the same."""
    if len(identifier) <= MAX_ID_CHARS:
        return identifier
    return f"{identifier[:MAX_ID_CHARS - ID_HEX_CHARS - 1]}-{_digest(identifier)}"


def article_id(given: object, text: str) -> str:
    """The given id when there is one, else ``content_id(text)``."""
    return given_id(given) or content_id(text)


def name_id(kind: str, name: str) -> str:
    """The id of an article known by a name (``kind`` "url" or "file"): 16 hex characters of its hash.

    The kind is hashed with the name so that a file called like a URL never takes that URL's id.
    """
    return _digest(f"{kind}:{name}")


def stored_name_id(url: str | None, location: str | None) -> str | None:
    """The id the store gives an article without one of its own: its URL's, else its file's (``location``,
    for a file that holds the article alone); None when it has neither, and its text must name it."""
    if url:
        return name_id("url", url)
    return name_id("file", location) if location else None


def stored_location(path: str) -> str:
    """How the store names a file: its absolute path, symbolic links resolved (the file, however reached)."""
    return os.path.realpath(path)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


class IdRegistry:
    """Keeps ids unique within one read: a second article with an id already used gets "-2", "-3", ...

    Exact copies of one article (a syndicated story saved twice) hash to the same id; both are kept,
    and the later one is told apart by its suffix, in input order.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def claim(self, wanted: str) -> str:
        count = self._seen.get(wanted, 0) + 1
        self._seen[wanted] = count
        if count == 1:
            return wanted
        candidate = f"{wanted}-{count}"
        while candidate in self._seen:
            count += 1
            candidate = f"{wanted}-{count}"
        self._seen[wanted] = count
        self._seen[candidate] = 1
        return candidate
