"""Stable article ids: the id an input gives, else a hash of the article's normalised text."""
from __future__ import annotations

import hashlib
import unicodedata

ID_HEX_CHARS = 16


def content_id(text: str) -> str:
    """sha256 of the text with Unicode composed and whitespace collapsed, first 16 hex characters.

    Normalising first means the same article read from a CRLF file, an NFD file or a JSON string with
    different spacing gets the same id.
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


def article_id(given: object, text: str) -> str:
    """The given id (a string or number, trimmed) when there is one, else ``content_id(text)``."""
    if isinstance(given, bool) or not isinstance(given, (str, int)):
        return content_id(text)
    value = str(given).strip()
    return value or content_id(text)


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
