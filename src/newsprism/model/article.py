"""Articles as read and cleaned, the spans into them, and the records of what was removed or failed."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

OUTLET_SOURCE = "outlet_source"
"""The metadata key recording where an outlet the input did not give was read (see ``Article.outlet_source``)."""
UNREAD_PREFIX = "unread:"
"""Metadata keys ``unread:<field>`` hold, as written, a field's value that could not be read as that field (a
``published`` that is no date, a ``title`` that is a list): the field is left empty, its value kept (see
``Article.unread_fields``); ``unread:id`` holds the start of a given id too long to use, which was shortened."""


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into an article's cleaned text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that is not in the text, why, and where it stood in ``Article.original``.

    ``start``/``end`` are None for what the reader left out before the body was made (the blocks of an HTML
    page outside its extracted article): those never were in ``original``.
    """

    text: str
    reason: str
    start: int | None = None
    end: int | None = None


# How the reason of an input read in part ends: bytes or escapes were replaced, and its article kept.
KEPT_NOTE = "the article was kept"


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """An input that could not be read (or part of one), and a one-line reason a user can act on. A reason ending
    in ``KEPT_NOTE`` tells of an article read with something replaced: it was kept, not skipped."""

    input: str
    error: str
    kind: str = "unreadable"

    @property
    def kept(self) -> bool:
        return self.error.endswith(KEPT_NOTE)


@dataclass(frozen=True, slots=True)
class ArticleVersion:
    """One version of an article a store holds: its number (1 is the text first stored), when the store first saw
    it (the commit of the ingest that brought it: ISO 8601, UTC), and the publication date and title it gave."""

    version: int
    seen: str
    published: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Article:
    """One news report.

    ``original`` is the body as the reader produced it; ``text`` is the cleaned body that every span
    points into. Before cleaning the two are equal. ``versions`` lists, oldest first, every version a store
    holds of an article it holds in more than one; the article is its last (the latest), and ``versions`` is
    empty otherwise.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    source_format: str = "text"
    original: str | None = None
    removed: list[Removal] = field(default_factory=list)
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    versions: list[ArticleVersion] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.original is None:
            self.original = self.text

    @property
    def outlet_source(self) -> str | None:
        """Where the outlet was read when the input did not give it (``"dateline"``); None when it did."""
        return self.metadata.get(OUTLET_SOURCE)

    @property
    def unread_fields(self) -> dict[str, str]:
        """The fields given with the article that could not be read, each with its value as written."""
        return {key[len(UNREAD_PREFIX):]: value for key, value in self.metadata.items()
                if key.startswith(UNREAD_PREFIX)}

    def span_text(self, span: Span) -> str:
        return span.of(self.text)

    def label(self) -> str:
        """How a reader recognises the article: its outlet, else its title, else its file name, else its id."""
        if self.outlet or self.title:
            return self.outlet or self.title
        return PurePath(self.path).name if self.path and self.path != "-" else self.id


@dataclass(slots=True)
class ReadResult:
    """What reading a set of inputs produced: the articles, and every input that failed with its reason."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    def extend(self, other: "ReadResult") -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)
