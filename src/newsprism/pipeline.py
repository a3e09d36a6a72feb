"""The pipeline: read -> clean -> annotate -> resolve -> group -> reconcile, each stage a function of its inputs.

``analyze_paths`` is what ``newsprism analyze PATH...`` runs; ``analyze_articles`` starts from articles already read
(the store uses it for one story). Progress is reported through an optional callback so the library never prints.
Each story's brief is written here, after reconciliation, by the Markdown report's own composer
(``render.story_markdown.story_brief``): the JSON brief reads as the report's findings do, escaping included.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO

from .config import Options
from .model import Article, ArticleAnnotations, Entity, ReadResult, Report, Story
from .resources import Resources

if TYPE_CHECKING:
    from .group import StoryGroup

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``."""


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def read_and_clean(paths: Sequence[str], options: Options, stdin: BinaryIO | None = None,
                   progress: Progress = _quiet) -> ReadResult:
    """Read every input and clean every article; bad inputs become error records, never exceptions."""
    from .clean import clean_article, emptied_by_cleaning
    from .ingest import discover, iter_read

    total = len(discover(paths))
    result = ReadResult()
    for done, one in enumerate(iter_read(paths, options, stdin=stdin), start=1):
        result.errors.extend(one.errors)
        for article in map(clean_article, one.articles):
            emptied = emptied_by_cleaning(article)
            if emptied is None:
                result.articles.append(article)
            else:
                result.errors.append(emptied)
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
    """Every stage after reading, on articles already read and cleaned: stories are found by clustering."""
    from .group import cluster_articles

    annotations, entities = annotate_and_resolve(articles, resources, progress)
    groups = cluster_articles(articles, {a.article: a for a in annotations}, options)
    _mark_duplicates(articles, groups)
    groups.sort(key=lambda g: -len(g.articles))  # the biggest story first; stable, so ties keep their order
    return _report(articles, groups, annotations, entities, resources, progress)


def analyze_story(articles: list[Article], group: "StoryGroup", options: Options, resources: Resources,
                  progress: Progress = _quiet) -> Report:
    """The report of one story whose grouping is already known (a story of the store): no re-clustering."""
    annotations, entities = annotate_and_resolve(articles, resources, progress)
    return _report(articles, [group], annotations, entities, resources, progress)


def annotate_and_resolve(articles: list[Article], resources: Resources, progress: Progress = _quiet
                         ) -> tuple[list[ArticleAnnotations], list[Entity]]:
    """Annotations of every article, with their mentions linked to entities resolved across all of them."""
    from .annotate import annotate_articles
    from .resolve import resolve_entities

    progress("annotate", 0, len(articles))
    annotations = annotate_articles(articles, resources)
    progress("annotate", len(articles), len(articles))
    resolution = resolve_entities(articles, annotations)
    return resolution.annotate(annotations), resolution.entities


def _report(articles: list[Article], groups: list, annotations: list[ArticleAnnotations], entities: list[Entity],
            resources: Resources, progress: Progress) -> Report:
    stories = []
    for done, group in enumerate(groups, start=1):
        stories.append(_reconcile(group, articles, annotations, entities, resources))
        progress("reconcile", done, len(groups))
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
    from .render.story_markdown import story_brief

    members = set(group.articles)
    story_articles = [a for a in articles if a.id in members]
    story_annotations = [a for a in annotations if a.article in members]
    story = reconcile_story(group.id, group.title, story_articles, story_annotations, entities, resources)
    story.related = list(group.related)
    if any(group.time_span):
        story.time_span = group.time_span
    story.brief = story_brief(story, story_articles)  # written by render: reconcile does not write Markdown
    return story
