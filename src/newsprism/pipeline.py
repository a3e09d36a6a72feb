"""The pipeline: read -> clean -> annotate -> resolve -> group -> reconcile, each stage a function of its inputs.

``analyze_paths`` is what ``newsprism analyze PATH...`` runs; ``analyze_articles`` starts from articles already read
(the store uses it for one story). Progress is reported through an optional callback so the library never prints.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import BinaryIO

from .config import Options
from .model import Article, ArticleAnnotations, Entity, ReadResult, Report, Story
from .resources import Resources

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``."""


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def read_and_clean(paths: Sequence[str], options: Options, stdin: BinaryIO | None = None,
                   progress: Progress = _quiet) -> ReadResult:
    """Read every input and clean every article; bad inputs become error records, never exceptions."""
    from .clean import clean_article
    from .ingest import discover, iter_read

    total = len(discover(paths))
    result = ReadResult()
    for done, one in enumerate(iter_read(paths, options, stdin=stdin), start=1):
        result.articles.extend(clean_article(a) for a in one.articles)
        result.errors.extend(one.errors)
        progress("read", done, total)
    return result


def analyze_paths(paths: Sequence[str], options: Options, resources: Resources, stdin: BinaryIO | None = None,
                  progress: Progress = _quiet) -> Report:
    read = read_and_clean(paths, options, stdin=stdin, progress=progress)
    report = analyze_articles(read.articles, options, resources, progress=progress)
    report.errors = read.errors + report.errors
    return report


def analyze_articles(articles: list[Article], options: Options, resources: Resources,
                     progress: Progress = _quiet) -> Report:
    """Every stage after reading, on articles already read and cleaned."""
    from .annotate import annotate_articles
    from .group import cluster_articles
    from .resolve import resolve_entities

    progress("annotate", 0, len(articles))
    annotations = annotate_articles(articles, resources)
    progress("annotate", len(articles), len(articles))
    resolution = resolve_entities(articles, annotations)
    annotations = resolution.annotate(annotations)
    groups = cluster_articles(articles, {a.article: a for a in annotations}, options)
    _mark_duplicates(articles, groups)
    stories = [_reconcile(group, articles, annotations, resolution.entities, resources) for group in groups]
    for done, _ in enumerate(stories, start=1):
        progress("reconcile", done, len(stories))
    return Report(articles=list(articles), stories=stories)


def _mark_duplicates(articles: list[Article], groups: list) -> None:
    copies = {copy: match for group in groups for copy, match in group.duplicates.items()}
    for article in articles:
        match = copies.get(article.id)
        if match is not None:
            article.duplicate_of = match.article
            article.duplicate_similarity = round(match.similarity, 3)


def _reconcile(group, articles: list[Article], annotations: list[ArticleAnnotations], entities: list[Entity],
               resources: Resources) -> Story:
    from .reconcile import reconcile_story

    members = set(group.articles)
    story_articles = [a for a in articles if a.id in members]
    story_annotations = [a for a in annotations if a.article in members]
    story = reconcile_story(group.id, group.title, story_articles, story_annotations, entities, resources)
    story.related = list(group.related)
    if any(group.time_span):
        story.time_span = group.time_span
    return story
