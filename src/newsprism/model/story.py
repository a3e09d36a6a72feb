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
    # the title of each related story the report does not hold (a store's report of one story names them so)
    related_titles: dict[str, str] = field(default_factory=dict)
    independent_sources: int = 0
    time_span: tuple[str | None, str | None] = (None, None)
    outlets: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list["StoryQuote"] = field(default_factory=list)
    claims: list[ClaimGroup] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    agreed: list[Agreement] = field(default_factory=list)
    coverage: dict[str, dict[str, str]] = field(default_factory=dict)
    brief: str = ""  # Markdown: the findings as the Markdown report shows them (the pipeline writes it)


@dataclass(slots=True)
class StoryQuote:
    """One wording of a quote and the articles' quotes that print it (``text``, words, case and closing marks
    aside); ``other_wordings`` are the ids of the same quote as other articles word it."""

    id: str
    text: str
    speaker: str | None
    speaker_name: str | None
    quotes: list[Quote]
    other_wordings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    articles: list[Article]
    stories: list[Story] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    schema: str = REPORT_SCHEMA
