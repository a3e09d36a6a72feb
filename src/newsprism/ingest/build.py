"""Turning what a reader found into an Article: id, dateline, outlet, normalised date.

The outlet is the one the input gives (a feed's, a page's site name); else the agency a wire dateline names
("WASHINGTON (Reuters) -"), recorded as read from the dateline (``Article.outlet_source``); else
``Options.default_outlet``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsprism.config import Options
from newsprism.model import Article, ErrorRecord, Removal
from newsprism.model.article import OUTLET_SOURCE, UNREAD_PREFIX

from .dateline import find_dateline
from .dates import normalise_date, plausibly_published
from .ids import MAX_ID_CHARS, article_id, stated_id

# Control characters have no place in news text, and a terminal acts on them (ESC starts a colour or clears the
# screen, CR returns to the line's start): removed from every field, the line breaks among them made newlines.
# A lone surrogate (half of a UTF-16 pair) can be written by no UTF-8 output: made U+FFFD. The JSON reader
# replaces and reports those its strings hold; this catches any that another reader lets through.
_LINE_BREAKS = "\r\v\f\x1c\x1d\x1e\x85"
_CONTROLS = {code: None for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(code) not in "\t\n" + _LINE_BREAKS}
_CONTROLS.update({ord(char): "\n" for char in _LINE_BREAKS})
_CONTROLS.update({code: "\ufffd" for code in range(0xD800, 0xE000)})


@dataclass(slots=True)
class Draft:
    """The fields a reader found for one article, before ids and datelines are settled."""

    text: str
    source_format: str
    path: str | None = None
    given_id: object = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    # What the reader left out of the text and why (an HTML page's menus, share bars...), without offsets.
    removed: list[Removal] = field(default_factory=list)


def build_article(draft: Draft, options: Options) -> Article:
    """The Article for ``draft``: ``original`` equals ``text`` (cleaning comes later), ``removed`` is what the
    reader left out."""
    text = without_controls(draft.text).strip()
    metadata = dict(draft.metadata)
    published = _published(draft.published, metadata)
    _note_long_id(draft.given_id, metadata)
    article = Article(
        id=article_id(draft.given_id, text), text=text, title=_clean_field(draft.title),
        outlet=_clean_field(draft.outlet), url=_clean_field(draft.url),
        path=draft.path, published=published, authors=[a for a in map(_clean_field, draft.authors) if a],
        source_format=draft.source_format, metadata=metadata,
        removed=[Removal(without_controls(r.text), r.reason, r.start, r.end) for r in draft.removed],
    )
    _record_dateline(article)
    if article.outlet is None:
        _outlet_from_dateline(article)
    article.outlet = article.outlet or options.default_outlet
    return article


def _published(raw: str | None, metadata: dict[str, str]) -> str | None:
    """ISO date at the written precision; a date that cannot be read, or is no plausible publication date, is kept
    as written, as an unread field."""
    if raw is None or not str(raw).strip():
        return None
    iso = normalise_date(str(raw))
    if iso is None or not plausibly_published(iso):
        metadata[UNREAD_PREFIX + "published"] = without_controls(str(raw)).strip()
        return None
    return iso


def _note_long_id(given: object, metadata: dict[str, str]) -> None:
    """A given id too long to repeat through a report is shortened (``ids.capped_id``): its start as written is
    kept as an unread field, so that the report says the id was not used as given."""
    stated = stated_id(given)
    if stated is not None and len(stated) > MAX_ID_CHARS:
        metadata[UNREAD_PREFIX + "id"] = f"{without_controls(stated[:MAX_ID_CHARS])}… ({len(stated):,} characters)"


def _record_dateline(article: Article) -> None:
    dateline = find_dateline(article.text)
    if dateline is None:
        return
    article.dateline = dateline.text
    # No offsets are kept here: cleaning may remove lines above the dateline, and spans point into cleaned text.
    if dateline.place:
        article.metadata["dateline_place"] = dateline.place
    if dateline.date:
        article.metadata["dateline_date"] = dateline.date
    if dateline.agency:
        article.metadata["dateline_agency"] = dateline.agency


def _outlet_from_dateline(article: Article) -> None:
    """An article that names no outlet is the agency's its dateline names: "(Reuters)" is who reported it."""
    agency = article.metadata.get("dateline_agency")
    if agency:
        article.outlet = agency
        article.metadata[OUTLET_SOURCE] = "dateline"


def without_controls(text: str) -> str:
    """``text`` without control characters (tab and newline kept; CR, form feed and other breaks made newlines)
    and with U+FFFD for each lone surrogate."""
    return text.replace("\r\n", "\n").translate(_CONTROLS)


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(without_controls(str(value)).split())
    return text or None


@dataclass(slots=True)
class Harvest:
    """What one reader got from one input: article drafts, and the parts it could not read."""

    drafts: list[Draft] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # parts that are not articles, by what they are

    def fail(self, where: str, reason: str, kind: str) -> None:
        self.errors.append(ErrorRecord(input=where, error=reason, kind=kind))
