"""The Dask engine yields the same stories and duplicates as the local engine on the same input."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.gen_corpus import generate
from newsprism.config import Options
from newsprism.engine import LocalEngine, PipelineSettings, ingest
from newsprism.engine.dask import DaskEngine
from newsprism.errors import ConfigError, ServiceUnavailable
from newsprism.resources import Resources
from newsprism.store import SQLiteStore

SETTINGS = PipelineSettings(annotate=False, batch_size=16)


def _groupings(db: Path) -> tuple:
    with sqlite3.connect(db) as raw:
        return (sorted(raw.execute("SELECT article_id, story_id FROM story_members").fetchall()),
                sorted(raw.execute("SELECT article_id, duplicate_of FROM duplicates").fetchall()),
                sorted(raw.execute("SELECT id, title, first_published, last_published FROM stories").fetchall()))


def _ingest(engine, corpus: Path, db: Path):
    with SQLiteStore(db) as store:
        return ingest(store, engine, [str(corpus)], Options(), Resources())


def test_dask_and_local_engines_give_the_same_stories(shared: Path, tmp_path: Path) -> None:
    corpus = generate(120, tmp_path / "corpus", seed=11, shard_size=10) / "articles"
    local = _ingest(LocalEngine(SETTINGS), corpus, tmp_path / "local.db")
    # two worker processes, as on a real cluster (processes=True): models load once per worker
    dask = _ingest(DaskEngine(SETTINGS, workers=2, processes=True, inputs_per_task=3), corpus, tmp_path / "dask.db")
    assert local.line() == dask.line()
    assert (dask.added, dask.errors) == (120, 0)
    assert _groupings(tmp_path / "dask.db") == _groupings(tmp_path / "local.db")


@pytest.mark.parametrize(("scheduler", "error", "message"), [
    # nobody answers: a runtime failure (exit 69), not a usage error
    ("tcp://127.0.0.1:9", ServiceUnavailable,
     "no Dask scheduler answered at tcp://127.0.0.1:9 within 2s (is it running, and is the address right?)"),
    # not an address at all: the command line is wrong (exit 2)
    ("scheduler-host", ConfigError, "--scheduler scheduler-host: not a Dask scheduler address (missing port number "
                                    "in address 'scheduler-host'); give one like tcp://host:8786"),
])
def test_a_scheduler_that_cannot_be_used_is_named_with_the_reason(tmp_path: Path, scheduler: str, error: type,
                                                                  message: str) -> None:
    (tmp_path / "a.txt").write_text("Some article text about a flood in a town.", encoding="utf-8")
    engine = DaskEngine(SETTINGS, scheduler=scheduler, connect_timeout="2s")
    with pytest.raises(error) as raised:
        list(engine.process([str(tmp_path / "a.txt")], Options(), Resources()))
    assert str(raised.value) == message
