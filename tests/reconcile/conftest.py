"""Builders for hand-made articles and annotations: exact spans into texts written in the tests."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from newsprism.model import (
    Article, ArticleAnnotations, Attribution, Mention, Quantity, Quote, Span, TimeExpr,
)

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def span_of(text: str, piece: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece))


def sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, len(text)))
    return spans


@dataclass
class Doc:
    """One hand-written article and what annotate would find in it."""

    id: str
    text: str
    outlet: str | None = None
    published: str | None = None
    duplicate_of: str | None = None
    ann: ArticleAnnotations = field(init=False)

    def __post_init__(self) -> None:
        self.ann = ArticleAnnotations(article=self.id, sentences=sentences(self.text))

    @property
    def article(self) -> Article:
        return Article(id=self.id, text=self.text, outlet=self.outlet or self.id, published=self.published,
                       duplicate_of=self.duplicate_of)

    def mention(self, piece: str, label: str, entity: str | None = None, occurrence: int = 1) -> "Doc":
        self.ann.mentions.append(Mention(self.id, span_of(self.text, piece, occurrence), piece, label, entity))
        return self

    def quantity(self, piece: str, value, low, high, counted: str, kind: str = "count",
                 approximate: bool = False) -> "Doc":
        counted_span = span_of(self.text, counted)
        self.ann.quantities.append(Quantity(span_of(self.text, piece), piece, value, low, high,
                                            approximate=approximate, counted=counted,
                                            counted_span=counted_span, kind=kind))
        return self

    def time(self, piece: str, kind: str, value: str | None, low=None, high=None, relation: str | None = None) -> "Doc":
        self.ann.times.append(TimeExpr(span_of(self.text, piece), piece, kind, value, low=low, high=high,
                                       relation=relation))
        return self

    def quote(self, piece: str, speaker: str | None, speaker_piece: str | None = None) -> "Doc":
        speaker_span = span_of(self.text, speaker_piece) if speaker_piece else None
        self.ann.quotes.append(Quote(self.id, span_of(self.text, piece), piece, speaker, speaker_span))
        return self

    def attribution(self, piece: str, sources: tuple[str, ...], named: bool, is_outlet: bool) -> "Doc":
        self.ann.attributions.append(Attribution(self.id, span_of(self.text, piece), piece, sources, named, is_outlet))
        return self


def story_of(docs: list[Doc], resources, title: str = "Test story"):
    """The story as the pipeline makes it: reconciled, then its brief written by the Markdown composer."""
    from newsprism.reconcile import reconcile_story
    from newsprism.render.story_markdown import story_brief

    articles = [d.article for d in docs]
    story = reconcile_story("s1", title, articles, [d.ann for d in docs], [], resources)
    story.brief = story_brief(story, articles)
    return story


def brief_section(story, heading: str) -> str | None:
    """The lines of the brief's section under ``heading`` (None when the brief has no such section)."""
    sections = {part.split("\n\n", 1)[0]: part.split("\n\n", 1)[1].strip("\n")
                for part in story.brief.split("### ")[1:]}
    return sections.get(heading)


@pytest.fixture(scope="session")
def reconcile(resources):
    """Reconcile hand-made docs into a Story with the session's models."""
    return lambda docs, title="Test story": story_of(docs, resources, title)


@pytest.fixture(scope="session")
def analyse(resources):
    """Reconcile texts, each given with its publication date, on the real annotate and resolve stages."""
    from newsprism.annotate import annotate_articles
    from newsprism.reconcile import reconcile_story
    from newsprism.resolve import resolve_entities

    def run(*texts: tuple[str, str | None]):
        articles = [Article(id=f"a{n}", text=text, outlet=f"Outlet {n}", published=published)
                    for n, (text, published) in enumerate(texts, start=1)]
        resolution = resolve_entities(articles, annotate_articles(articles, resources))
        annotations = resolution.annotate(annotate_articles(articles, resources))
        return reconcile_story("s1", "Test", articles, annotations, resolution.entities, resources)
    return run
