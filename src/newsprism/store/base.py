"""The store interface: what the engines and the CLI need from a database, and nothing about SQL.

A batch of ingest results is written by one call, :meth:`Store.commit_batch`, which is one transaction:
after a crash the store holds whole batches or nothing of them. Reads never block that writer.
A server database can be added later by implementing :class:`Store`; no stage knows which one it has.
"""
from __future__ import annotations

import abc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, ArticleVersion, ErrorRecord


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """What the store knows of an article already held: enough to tell unchanged from a new version."""

    id: str
    version: int
    content_hash: str
    url: str | None


@dataclass(slots=True)
class ArticleWrite:
    """One article version to store. ``version`` 1 creates the article; a higher one adds a version."""

    article: Article
    version: int
    content_hash: str
    annotations: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    article_id: str
    duplicate_of: str
    similarity: float


@dataclass(frozen=True, slots=True)
class StoryWrite:
    """A story created or updated by this batch, with the clusterer's exported state for it.

    ``title`` None keeps the stored title (an update); a new story needs one. ``state`` is rewritten
    whole; its exemplars, which only grow, are added to: ``new_exemplars`` (position, vector) are those
    the store does not hold yet. :meth:`Store.iter_story_states` gives them back inside the state.
    """

    id: str
    title: str | None
    first_published: str | None
    last_published: str | None
    state: dict[str, Any]
    new_exemplars: tuple[tuple[int, dict[str, float]], ...] = ()


@dataclass(frozen=True, slots=True)
class Membership:
    article_id: str
    story_id: str
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    story_id: str
    related_id: str
    score: float | None = None


@dataclass(slots=True)
class BatchWrite:
    """Everything one ingest batch adds; committed all together or not at all.

    ``signatures`` are (article id, version, MinHash signature) in the order the duplicate index took them.
    ``documents`` and ``key_counts`` are what the batch adds to the clusterer's document frequencies.
    ``merges`` are (absorbed story, surviving story) in the order the clusterer made them: the absorbed
    story's members move to the survivor and the absorbed story disappears. ``relations`` are added to
    those stored (a pair already stored is kept once).
    """

    engine: str = "local"
    articles: list[ArticleWrite] = field(default_factory=list)
    duplicates: list[DuplicateLink] = field(default_factory=list)
    signatures: list[tuple[str, int, bytes]] = field(default_factory=list)
    stories: list[StoryWrite] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    merges: list[tuple[str, str]] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    documents: int = 0
    key_counts: dict[str, int] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.articles or self.errors)


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One line of ``newsprism stories``."""

    id: str
    title: str
    first_published: str | None
    last_published: str | None
    outlets: tuple[str, ...]
    article_count: int
    independent_sources: int
    related: tuple[str, ...]


class Store(abc.ABC):
    """An embedded or server database holding articles, duplicates and stories."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abc.abstractmethod
    def schema_version(self) -> int: ...

    @abc.abstractmethod
    def find_article(self, article_id: str, url: str | None) -> ArticleRef | None:
        """The article held under this id, else the one held under this url, else None."""

    @abc.abstractmethod
    def commit_batch(self, batch: BatchWrite) -> int:
        """Write the whole batch in one transaction; return its batch id. Raises StoreError."""

    @abc.abstractmethod
    def load_article(self, article_id: str, version: int | None = None) -> Article:
        """An article as stored (its current version unless one is named). Raises NotFound."""

    @abc.abstractmethod
    def load_annotations(self, article_id: str) -> dict[str, Any] | None:
        """The annotations stored with the current version, as JSON-ready data."""

    @abc.abstractmethod
    def versions(self, article_id: str) -> list[int]: ...

    @abc.abstractmethod
    def version_history(self, article_id: str) -> list[ArticleVersion]:
        """Every version of the article, oldest first, with when the store first saw it (empty for an unknown
        article)."""

    @abc.abstractmethod
    def story_article_ids(self, story_id: str) -> list[str]:
        """Member article ids in arrival order. Raises NotFound for an unknown story."""

    @abc.abstractmethod
    def story_of(self, article_id: str) -> str | None:
        """The story an article belongs to, if any."""

    @abc.abstractmethod
    def stories(self) -> list[StorySummary]:
        """Every story, oldest first: by the first publication date of its articles (ISO dates compare as text;
        a year alone comes before its dated days), undated stories last; ties in order of creation."""

    @abc.abstractmethod
    def iter_signatures(self) -> Iterator[tuple[str, int, bytes]]:
        """(article id, version, serialised MinHash) in the order the duplicate index took them: what it is
        rebuilt from (an article's first text is version 1; a later version's text is indexed beside it)."""

    @abc.abstractmethod
    def iter_story_states(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(story id, clusterer state with its ``exemplars``) in creation order: what the
        clusterer is rebuilt from."""

    @abc.abstractmethod
    def iter_memberships(self) -> Iterator[tuple[str, str]]:
        """(story id, article id) for every member, in arrival order of the articles."""

    @abc.abstractmethod
    def iter_relations(self) -> Iterator[tuple[str, str]]:
        """(story id, related story id) in the order they were recorded."""

    @abc.abstractmethod
    def vocabulary(self) -> tuple[int, dict[str, int]]:
        """(articles counted, key -> number of articles with it): the clusterer's document frequencies."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts per kind of record (articles, versions, duplicates, stories, members, ...)."""
