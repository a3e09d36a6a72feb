"""``newsprism ingest`` and ``newsprism stories``: feeding the store over time and listing its stories.

Also what ``analyze --db FILE --story ID`` uses: :func:`load_story_articles` and :func:`analyze_story`.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..config import DEFAULT_MAX_BYTES, Options
from ..model import Article, Report
from ..render.spans import describe_time_span
from ..render.text import counted
from ..resources import Resources
from ..store import Store, StorySummary, open_store, remove_store_files
from .analyze import resources_of
from .errors import fail, reports_errors, warn_skipped
from .exit_codes import NOTHING_READ, OK, SOME_INPUTS_FAILED
from .help_format import PlainHelpCommand
from .output import standard_output
from .params import (
    INPUT_FORMATS, FieldMap, MaxBytes, ShowProgress, choice_parser, choices_metavar, named_file, run_options,
    whole_number,
)
from .signals import terminated_as_interrupt


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


class ListFormat(str, Enum):
    text = "text"
    json = "json"


def load_story_articles(store: Store, story_id: str) -> list[Article]:
    """The articles of one story as stored (cleaned text, removals, duplicate links), in arrival order: each its
    latest version, with the list of its versions when the store holds more than one."""
    return [_with_versions(store, store.load_article(article_id)) for article_id in store.story_article_ids(story_id)]


def _with_versions(store: Store, article: Article) -> Article:
    history = store.version_history(article.id)
    article.versions = history if len(history) > 1 else []
    return article


def analyze_story(db: Path, story_id: str, options: Options, resources: Resources) -> Report:
    """The report of one stored story, as the store grouped it, its related stories named by their titles.
    Raises StoreError (no store) or NotFound."""
    from ..group import StoryGroup
    from ..pipeline import analyze_story as report_story

    with open_store(db, create=False) as store:
        articles = load_story_articles(store, story_id)
        summaries = {summary.id: summary for summary in store.stories()}
    summary = summaries.get(story_id)
    title = summary.title if summary else story_id
    related = list(summary.related) if summary else []
    span = (summary.first_published, summary.last_published) if summary else (None, None)
    group = StoryGroup(id=story_id, title=title, articles=[a.id for a in articles], related=related, time_span=span)
    report = report_story(articles, group, options, resources)
    report.stories[0].related_titles = {other: summaries[other].title for other in related if other in summaries}
    return report


def _exit_code(added: int, unchanged: int, versions: int, errors: int) -> int:
    if errors and not (added or unchanged or versions):
        return NOTHING_READ
    return SOME_INPUTS_FAILED if errors else OK


@contextmanager
def store_to_fill(db: Path) -> Iterator[Store]:
    """The store at ``db``, created when absent. When the block fails (an exception, a failing ``typer.Exit``
    included) and the store was created here and holds no article, its file is removed: a failed first ingest
    leaves no empty store behind. A store that existed before is never removed."""
    created = not os.path.lexists(db)
    store = open_store(db)
    failed = True
    try:
        yield store
        failed = False
    finally:
        discard = failed and created and _holds_no_article(store)
        store.close()
        if discard:
            remove_store_files(db)


def _holds_no_article(store: Store) -> bool:
    try:
        return store.counts()["articles"] == 0
    except Exception:  # a store too broken to count is kept, and the failure that brought us here is reported
        return False


@reports_errors
def ingest_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH", help=f"A file or folder (read recursively) of {INPUT_FORMATS}; - reads standard input.")],
    db: Annotated[Path, typer.Option("--db", parser=named_file, metavar="FILE", help="The store file; created if absent.")],
    engine: Annotated[EngineName, typer.Option(
        "--engine", parser=choice_parser(EngineName, "an engine"), metavar=choices_metavar(EngineName),
        help="Where reading, cleaning and annotation run: local, in this process; dask, on a Dask cluster.")]
    = EngineName.local,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler to use, e.g. tcp://host:8786. "
        "Default: a cluster started on this machine.")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", parser=whole_number(1), metavar="N", help="With --engine dask and no --scheduler: the local "
        "cluster's workers.")] = 2,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    field_map: FieldMap = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", parser=whole_number(1), metavar="N", help="Articles committed together: an interrupted "
        "ingest keeps every batch it committed.")] = 64,
    light: Annotated[bool, typer.Option("--light", help="Skip the spaCy annotation (faster; coarser stories).")]
    = False,
    progress: ShowProgress = True,
) -> None:
    """Add articles to a store that grows over time: each new article joins a story or starts one, a copy of
    an article already held is recorded as a copy, an unchanged one is skipped, and a changed one (same id, URL
    or file) is kept as a new version beside the old. Each batch is committed whole, so an interrupted ingest
    can simply be rerun. Prints what it did on stdout, and each skipped input on stderr.

    Exit codes: 0 all inputs read; 1 some inputs skipped or read in part; 2 usage error; 3 nothing could be read (a
    store this created is removed again: an empty file, "[]" or an empty folder holds nothing to read); 4 store error;
    5 missing model; 69 the Dask scheduler cannot be reached; 70 internal error; 74 standard output is closed
    or cannot be written; 130 interrupted; 143 terminated (SIGTERM: cleaned up as after Ctrl-C).
    """
    from ..engine import PipelineSettings, ingest, make_engine
    from .progress import progress_output

    standard_output()  # where the summary goes: refused closed before any work
    options = run_options(max_bytes, field_map)
    settings = PipelineSettings(annotate=not light, batch_size=batch_size)
    chosen = make_engine(engine.value, settings, scheduler=scheduler, workers=workers)
    with terminated_as_interrupt(), store_to_fill(db) as store:
        with progress_output(enabled=progress) as on_progress:
            summary = ingest(store, chosen, paths, options, resources_of(ctx), progress=on_progress)
        warn_skipped(summary.error_records)
        print(summary.line())
        code = _exit_code(summary.added, summary.unchanged, summary.new_versions, summary.errors)
        if code == NOTHING_READ:
            raise fail("no article could be read", code)
    raise typer.Exit(code)


def story_data(story: StorySummary) -> dict:
    return {"id": story.id, "title": story.title, "first_published": story.first_published,
            "last_published": story.last_published, "outlets": list(story.outlets),
            "articles": story.article_count, "independent_sources": story.independent_sources,
            "related": list(story.related)}


def story_line(story: StorySummary) -> str:
    span = describe_time_span(story.first_published, story.last_published)
    outlets = ", ".join(story.outlets) or "-"
    articles = counted(story.article_count, "article")
    return (f"{story.id}\t{articles}\t{story.independent_sources} independent\t{span}\t"
            f"{story.title}\t[{outlets}]")


@reports_errors
def stories_command(
    db: Annotated[Path, typer.Option("--db", parser=named_file, metavar="FILE", help="The store file (one that 'ingest' built).")],
    fmt: Annotated[ListFormat, typer.Option(
        "--format", "-f", parser=choice_parser(ListFormat, "a listing format"), metavar=choices_metavar(ListFormat),
        help="text: one story a line, tab-separated; json: a list of objects ([] when there is none).")]
    = ListFormat.text,
) -> None:
    """List the stories in a store, oldest first (by their first article's date; undated stories last): id,
    articles, independent sources, time span, title and outlets. Report one of them with
    'newsprism analyze --db FILE --story ID'.

    Exit codes: 0 listed; 2 usage error; 4 no store at --db, or a damaged one; 74 standard output is closed or
    cannot be written.
    """
    standard_output()
    with open_store(db, create=False) as store:
        stories = store.stories()
    if fmt is ListFormat.json:
        print(json.dumps([story_data(story) for story in stories], ensure_ascii=False, indent=2))
        return
    if not stories:  # stdout stays empty (no story, no line); the person reading is told why
        print(f"newsprism: {db} holds no stories yet (add articles with 'newsprism ingest PATH... --db {db}')",
              file=sys.stderr)
    for story in stories:
        print(story_line(story))


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``stories`` to the main app."""
    app.command("ingest", cls=PlainHelpCommand, short_help="Add articles to a store that grows over time.")(
        ingest_command)
    app.command("stories", cls=PlainHelpCommand, short_help="List the stories a store holds.")(stories_command)
