"""The store commands end to end on the example corpus: ingest, stories, analyze --db --story, and idempotence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app
from newsprism.render.schema import span_errors, validation_errors

runner = CliRunner()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, examples_dir: Path, resources):
    db = tmp_path_factory.mktemp("store") / "news.db"
    first = runner.invoke(build_app(), ["ingest", str(examples_dir), "--db", str(db), "--no-progress"], obj=resources)
    again = runner.invoke(build_app(), ["ingest", str(examples_dir), "--db", str(db), "--no-progress"], obj=resources)
    return db, first, again


def invoke(resources, *args: str):
    return runner.invoke(build_app(), list(args), obj=resources)


def test_ingest_stores_every_article_once_and_a_rerun_adds_nothing(ingested):
    _, first, again = ingested
    assert first.exit_code == 0, first.stderr
    assert again.exit_code == 0, again.stderr
    assert "8 added" in first.stderr + first.stdout
    assert "0 added" in again.stderr + again.stdout
    assert "8 unchanged" in again.stderr + again.stdout


def test_stories_lists_the_fire_and_the_older_blast_as_separate_stories(ingested, resources):
    db, _, _ = ingested
    result = invoke(resources, "stories", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.stderr
    stories = json.loads(result.stdout)
    assert sum(story["articles"] for story in stories) == 8
    blast = [s for s in stories if "Abay" in (s["title"] or "")]
    assert len(blast) == 1 and blast[0]["articles"] == 1


def test_analyze_one_story_from_the_store_gives_a_valid_report(ingested, resources):
    db, _, _ = ingested
    stories = json.loads(invoke(resources, "stories", "--db", str(db), "--format", "json").stdout)
    biggest = max(stories, key=lambda s: s["articles"])
    result = invoke(resources, "analyze", "--db", str(db), "--story", biggest["id"], "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert validation_errors(document) == [] and span_errors(document) == []
    assert len(document["articles"]) == biggest["articles"]


def test_unknown_story_is_a_store_error_with_exit_4(ingested, resources):
    db, _, _ = ingested
    result = invoke(resources, "analyze", "--db", str(db), "--story", "no-such-story")
    assert result.exit_code == 4
    assert "no-such-story" in result.stderr


def test_a_damaged_store_is_a_store_error_with_exit_4(ingested, resources, tmp_path):
    """A table dropped or pages overwritten: one line and exit 4, not an internal error (exit 70)."""
    import shutil
    import sqlite3

    db, _, _ = ingested
    dropped, corrupt = tmp_path / "dropped.db", tmp_path / "corrupt.db"
    shutil.copy(db, dropped)
    with sqlite3.connect(dropped) as connection:
        connection.execute("DROP TABLE stories")
    shutil.copy(db, corrupt)
    data = bytearray(corrupt.read_bytes())
    data[8192:16384] = b"\xab" * 8192
    corrupt.write_bytes(bytes(data))
    results = [invoke(resources, "stories", "--db", str(path)) for path in (dropped, corrupt)]
    assert [r.exit_code for r in results] == [4, 4]
    assert [r.stderr.strip() for r in results] == [
        "newsprism: error: the store cannot be used: it is damaged or not a newsprism store (no such table: stories)",
        "newsprism: error: the store cannot be used: it is damaged or not a newsprism store "
        "(database disk image is malformed)"]
