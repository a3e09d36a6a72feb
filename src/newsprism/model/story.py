"""Stories and the report."""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article, ErrorRecord
from .claims import Agreement, ClaimGroup, Conflict
from .mentions import Entity, Quote

REPORT_SCHEMA = "newsprism.report/1"


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[str]
    related: list[str] = field(default_factory=list)
    independent_sources: int = 0
    time_span: tuple[str | None, str | None] = (None, None)
    outlets: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list["StoryQuote"] = field(default_factory=list)
    claims: list[ClaimGroup] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    agreed: list[Agreement] = field(default_factory=list)
    coverage: dict[str, dict[str, str]] = field(default_factory=dict)
    brief: str = ""


@dataclass(slots=True)
class StoryQuote:
    """A quote as reported by one or more articles of a story."""

    id: str
    text: str
    speaker: str | None
    speaker_name: str | None
    quotes: list[Quote]


@dataclass(slots=True)
class Report:
    articles: list[Article]
    stories: list[Story] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    schema: str = REPORT_SCHEMA
