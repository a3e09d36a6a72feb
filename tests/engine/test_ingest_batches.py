"""A batch is grouped as `analyze` groups a folder, and batches are cut the same whichever engine prepared them."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from newsprism.config import Options
from newsprism.engine import LocalEngine, PipelineSettings, ingest
from newsprism.engine.base import ProcessedBatch
from newsprism.engine.ingest import rebatched
from newsprism.group import cluster_articles
from newsprism.model import ErrorRecord
from newsprism.pipeline import read_and_clean
from newsprism.resources import Resources
from newsprism.store import SQLiteStore


def _stored_stories(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as raw:
        return sorted(raw.execute("SELECT story_id, article_id FROM story_members").fetchall())


def test_a_folder_ingested_in_one_batch_gets_the_stories_and_ids_analyze_gives(examples_dir: Path,
                                                                             tmp_path: Path) -> None:
    articles = read_and_clean([str(examples_dir)], Options()).articles
    analyzed = sorted((group.id, article) for group in cluster_articles(articles) for article in group.articles)
    with SQLiteStore(tmp_path / "s.db") as store:
        summary = ingest(store, LocalEngine(PipelineSettings(annotate=False, batch_size=64)), [str(examples_dir)],
                         Options(), Resources())
    assert (summary.added, summary.duplicates, summary.stories_created) == (8, 1, 3)
    assert _stored_stories(tmp_path / "s.db") == analyzed


def _batch(articles: list[str], errors: int = 0, inputs: int = 1) -> ProcessedBatch:
    """Stand-ins: rebatching only moves the articles, it never reads them."""
    records = [ErrorRecord(f"bad-{n}", "unreadable") for n in range(errors)]
    return ProcessedBatch(list(articles), records, inputs)  # type: ignore[arg-type]


def test_batches_are_cut_at_the_batch_size_whatever_the_engine_yielded() -> None:
    engine_batches = [_batch(["a", "b", "c"]), _batch(["d"], errors=1), _batch(["e", "f", "g", "h", "i"], inputs=2)]
    cut = list(rebatched(iter(engine_batches), 4))
    assert [b.articles for b in cut] == [["a", "b", "c", "d"], ["e", "f", "g", "h"], ["i"]]
    assert [(len(b.errors), b.inputs) for b in cut] == [(1, 2), (0, 2), (0, 0)]


def test_errors_after_the_last_article_still_reach_a_batch() -> None:
    cut = list(rebatched(iter([_batch(["a", "b"]), _batch([], errors=2)]), 2))
    assert [(b.articles, len(b.errors), b.inputs) for b in cut] == [(["a", "b"], 0, 1), ([], 2, 1)]
