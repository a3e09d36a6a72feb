"""The per-article stages every engine runs: read, clean, annotate, sign (MinHash) and describe (features).

Each is a plain function of its inputs, so a Dask worker and the local engine run exactly the same code.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..config import Options
from ..group.duplicates import text_signature
from ..group.features import features_for
from ..model import Article, ArticleAnnotations, ErrorRecord, ReadResult
from ..resources import Resources
from .base import PipelineSettings, ProcessedArticle, ProcessedBatch


def read_for_store(path: str | Path, options: Options) -> ReadResult:
    """Read one discovered input, its articles named as the store names them (``ingest.ids``): an edited file
    keeps its article's id, so its next ingest is a new version; the same text elsewhere is another article."""
    from ..ingest import read_input

    return read_input(path, options, for_store=True)


def read_inputs(paths: Sequence[str | Path], options: Options) -> ReadResult:
    """Read already-discovered inputs; an unreadable one becomes an error record, never an exception."""
    result = ReadResult()
    for path in paths:
        result.extend(read_for_store(path, options))
    return result


def clean_articles(articles: list[Article]) -> list[Article]:
    from ..clean import clean_article

    return [clean_article(article) for article in articles]


def annotate(articles: list[Article], resources: Resources, settings: PipelineSettings) -> list[ArticleAnnotations | None]:
    """Annotations for each article, or None for each in the light mode."""
    if not settings.annotate or not articles:
        return [None] * len(articles)
    from ..annotate import annotate_articles

    return list(annotate_articles(articles, resources))


def prepare(articles: list[Article], resources: Resources, settings: PipelineSettings) -> list[ProcessedArticle]:
    """Clean, annotate, sign and describe a group of articles (in their order); see ``prepare_batch`` for the
    articles cleaning leaves empty."""
    cleaned = clean_articles(articles)
    annotations = annotate(cleaned, resources, settings)
    return [
        ProcessedArticle(article, notes, text_signature(article.text, settings.duplicates), features_for(article, notes))
        for article, notes in zip(cleaned, annotations)
    ]


def prepare_batch(articles: list[Article], errors: list[ErrorRecord], inputs: int, resources: Resources,
                  settings: PipelineSettings) -> ProcessedBatch:
    """The batch of ``articles`` prepared, with ``errors``; an article cleaning leaves with no text is one more
    error record (every line was furniture), not an article to store."""
    from ..clean import emptied_by_cleaning

    batch = ProcessedBatch([], list(errors), inputs)
    for processed in prepare(articles, resources, settings):
        emptied = emptied_by_cleaning(processed.article)
        if emptied is None:
            batch.articles.append(processed)
        else:
            batch.errors.append(emptied)
    return batch


def process_inputs(paths: Sequence[str | Path], options: Options, resources: Resources,
                   settings: PipelineSettings) -> ProcessedBatch:
    """Everything independent per article for a group of inputs: what a Dask task runs."""
    read = read_inputs(paths, options)
    return prepare_batch(read.articles, list(read.errors), len(paths), resources, settings)
