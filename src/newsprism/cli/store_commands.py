"""``newsprism ingest`` and ``newsprism stories``: feeding the store over time and listing its stories.

Also what ``analyze --db FILE --story ID`` uses: :func:`load_story_articles` and :func:`analyze_story`.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..config import DEFAULT_MAX_BYTES, Options
from ..model import Article, Report
from ..render.spans import describe_time_span
from ..resources import Resources
from ..store import Store, StorySummary, open_store
from .errors import reports_errors
from .exit_codes import NOTHING_READ, OK, SOME_INPUTS_FAILED


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


class ListFormat(str, Enum):
    text = "text"
    json = "json"


def load_story_articles(store: Store, story_id: str) -> list[Article]:
    """The articles of one story as stored (cleaned text, removals, duplicate links), in arrival order."""
    return [store.load_article(article_id) for article_id in store.story_article_ids(story_id)]


def analyze_story(db: Path, story_id: str, options: Options, resources: Resources) -> Report:
    """The report of one stored story, as the store grouped it. Raises StoreError (no store) or NotFound."""
    from ..group import StoryGroup
    from ..pipeline import analyze_story as report_story

    with open_store(db, create=False) as store:
        articles = load_story_articles(store, story_id)
        summary = next((s for s in store.stories() if s.id == story_id), None)
    title = summary.title if summary else story_id
    related = list(summary.related) if summary else []
    span = (summary.first_published, summary.last_published) if summary else (None, None)
    group = StoryGroup(id=story_id, title=title, articles=[a.id for a in articles], related=related, time_span=span)
    return report_story(articles, group, options, resources)


def _exit_code(added: int, unchanged: int, versions: int, errors: int) -> int:
    if errors and not (added or unchanged or versions):
        return NOTHING_READ
    return SOME_INPUTS_FAILED if errors else OK


@reports_errors
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to add (any format 'analyze' reads).")],
    db: Annotated[Path, typer.Option("--db", help="The store file; created if absent.")],
    engine: Annotated[EngineName, typer.Option("--engine", help="local: this process; dask: a Dask cluster.")]
    = EngineName.local,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Workers of the local Dask cluster.")] = 2,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")]
    = DEFAULT_MAX_BYTES,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per committed batch.")] = 64,
    light: Annotated[bool, typer.Option("--light", help="Skip the spaCy annotation (faster; coarser stories).")]
    = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Add articles to the store: new ones are grouped into stories, unchanged ones skipped, changed ones
    kept as new versions. Each batch is committed whole, so an interrupted ingest can simply be rerun.

    Exit codes: 0 ok; 1 some inputs failed; 2 usage; 3 nothing readable; 4 store error.
    """
    from ..engine import PipelineSettings, ingest, make_engine
    from .progress import progress_bar

    settings = PipelineSettings(annotate=not light, batch_size=batch_size)
    chosen = make_engine(engine.value, settings, scheduler=scheduler, workers=workers)
    with open_store(db) as store, progress_bar(enabled=progress) as on_progress:
        summary = ingest(store, chosen, paths, Options(max_bytes=max_bytes), Resources(), progress=on_progress)
    for message in summary.error_messages:
        print(f"newsprism: skipped {message}", file=sys.stderr)
    print(summary.line())
    raise typer.Exit(_exit_code(summary.added, summary.unchanged, summary.new_versions, summary.errors))


def story_data(story: StorySummary) -> dict:
    return {"id": story.id, "title": story.title, "first_published": story.first_published,
            "last_published": story.last_published, "outlets": list(story.outlets),
            "articles": story.article_count, "independent_sources": story.independent_sources,
            "related": list(story.related)}


def story_line(story: StorySummary) -> str:
    span = describe_time_span(story.first_published, story.last_published)
    outlets = ", ".join(story.outlets) or "-"
    articles = f"{story.article_count} article{'' if story.article_count == 1 else 's'}"
    return (f"{story.id}\t{articles}\t{story.independent_sources} independent\t{span}\t"
            f"{story.title}\t[{outlets}]")


@reports_errors
def stories_command(
    db: Annotated[Path, typer.Option("--db", help="The store file (see 'ingest').")],
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="text: one story a line; json: a list.")]
    = ListFormat.text,
) -> None:
    """List the stories in the store: id, article count, independent sources, time span, title, outlets."""
    with open_store(db, create=False) as store:
        stories = store.stories()
    if fmt is ListFormat.json:
        print(json.dumps([story_data(story) for story in stories], ensure_ascii=False, indent=2))
    else:
        for story in stories:
            print(story_line(story))


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``stories`` to the main app."""
    app.command("ingest")(ingest_command)
    app.command("stories")(stories_command)
