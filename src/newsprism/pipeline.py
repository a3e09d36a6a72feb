"""The pipeline: read -> clean -> annotate -> resolve -> group -> reconcile, each stage a function of its inputs.

``analyze_paths`` is what ``newsprism analyze PATH...`` runs; ``analyze_articles`` starts from articles already read
(the store uses it for one story). Progress is reported through an optional callback so the library never prints.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import BinaryIO

from .config import Options
from .model import Article, ReadResult, Report
from .resources import Resources

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``."""


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def read_and_clean(paths: Sequence[str], options: Options, stdin: BinaryIO | None = None,
                   progress: Progress = _quiet) -> ReadResult:
    """Read every input and clean every article; bad inputs become error records, never exceptions."""
    from .clean import clean_article
    from .ingest import discover, read_input

    inputs = discover(paths)
    result = ReadResult()
    for done, path in enumerate(inputs, start=1):
        one = read_input(path, options, stdin=stdin)
        result.articles.extend(clean_article(a) for a in one.articles)
        result.errors.extend(one.errors)
        progress("read", done, len(inputs))
    result.articles = _unique_ids(result.articles)
    return result


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Keep ids unique within a run: a repeated id (the same text read twice) gets a numbered suffix."""
    seen: dict[str, int] = {}
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            article.id = f"{article.id}~{count}"
    return articles


def analyze_paths(paths: Sequence[str], options: Options, resources: Resources, stdin: BinaryIO | None = None,
                  progress: Progress = _quiet) -> Report:
    read = read_and_clean(paths, options, stdin=stdin, progress=progress)
    report = analyze_articles(read.articles, options, resources, progress=progress)
    report.errors = read.errors + report.errors
    return report


def analyze_articles(articles: list[Article], options: Options, resources: Resources,
                     progress: Progress = _quiet) -> Report:
    """Every stage after reading, on articles already read and cleaned."""
    return Report(articles=list(articles))
