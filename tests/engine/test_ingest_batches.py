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


def _stored_partition(db: Path) -> set[frozenset[str]]:
    """The stored stories, each as the set of its articles' file names and titles (the store names a file's
    article by its path, analyze by its text: the ids differ, what is grouped must not)."""
    with sqlite3.connect(db) as raw:
        rows = raw.execute("SELECT m.story_id, v.path, v.title FROM story_members m JOIN article_versions v "
                           "ON v.article_id = m.article_id").fetchall()
    stories: dict[str, set[str]] = {}
    for story_id, path, title in rows:
        stories.setdefault(story_id, set()).add(f"{Path(path).name}: {title}")
    return {frozenset(members) for members in stories.values()}


def test_a_folder_ingested_in_one_batch_gets_the_stories_analyze_gives(examples_dir: Path, tmp_path: Path) -> None:
    articles = {a.id: a for a in read_and_clean([str(examples_dir)], Options()).articles}
    analyzed = {frozenset(f"{Path(articles[a].path).name}: {articles[a].title}" for a in group.articles)
                for group in cluster_articles(list(articles.values()))}
    with SQLiteStore(tmp_path / "s.db") as store:
        summary = ingest(store, LocalEngine(PipelineSettings(annotate=False, batch_size=64)), [str(examples_dir)],
                         Options(), Resources())
    assert (summary.added, summary.duplicates, summary.stories_created, summary.stories_merged) == (8, 1, 2, 0)
    assert _stored_partition(tmp_path / "s.db") == analyzed
    assert len(analyzed) == 2


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


def test_an_article_cleaning_leaves_empty_is_an_input_not_read_in_analyze_and_ingest(tmp_path):
    """A file of numbers: every line is furniture. It is named with its reason, on both paths, and the report
    beside it is read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "numbers.txt").write_text("1234567890 42 3.14 -7\n" * 20, encoding="utf-8")
    (folder / "report.txt").write_text("Crews restored power to the east district on Monday after the storm "
                                       "knocked down lines across the valley, the utility said.", encoding="utf-8")
    reason = "no article text left after cleaning: every line was page furniture (20 removed)"
    read = read_and_clean([str(folder)], Options())
    assert [Path(a.path).name for a in read.articles] == ["report.txt"]
    assert [(Path(e.input).name, e.kind, e.error) for e in read.errors] == [("numbers.txt", "empty", reason)]
    batches = list(LocalEngine(PipelineSettings(annotate=False)).process([str(folder)], Options(), Resources()))
    assert [Path(p.article.path).name for b in batches for p in b.articles] == ["report.txt"]
    assert [(Path(e.input).name, e.kind, e.error) for b in batches for e in b.errors] == [
        ("numbers.txt", "empty", reason)]
