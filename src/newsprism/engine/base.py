"""What an engine is: something that turns input paths into processed batches, in input order.

An engine runs the stages that are independent per article — reading, cleaning, annotation, the MinHash
signature and the story features — wherever it likes (this process, a Dask cluster). What depends on
every earlier article (duplicate lookup, online story assignment, the store) stays in the driver
(:mod:`newsprism.engine.ingest`), which consumes the batches in order.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..config import Options
from ..group.duplicates import DuplicateSettings
from ..group.features import StoryFeatures
from ..model import Article, ArticleAnnotations, ErrorRecord
from ..resources import Resources

DEFAULT_BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    """How articles are prepared.

    ``annotate=False`` is the light mode: no spaCy; story features come from the text alone (names,
    dates and figures found by patterns). ``batch_size`` is the number of articles per processed batch,
    which the driver commits as one transaction.
    """

    annotate: bool = True
    batch_size: int = DEFAULT_BATCH_SIZE
    duplicates: DuplicateSettings = field(default_factory=DuplicateSettings)


@dataclass(slots=True)
class ProcessedArticle:
    """One article with everything computed for it independently of other articles."""

    article: Article
    annotations: ArticleAnnotations | None
    signature: bytes
    features: StoryFeatures


@dataclass(slots=True)
class ProcessedBatch:
    """Articles prepared together, in input order, and the inputs (or parts) that failed."""

    articles: list[ProcessedArticle] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    inputs: int = 0


class Engine(Protocol):
    """Turns inputs into processed batches, in input order, so that every engine yields the same stories."""

    name: str
    settings: PipelineSettings

    def process(self, paths: Sequence[str], options: Options, resources: Resources) -> Iterator[ProcessedBatch]:
        ...
