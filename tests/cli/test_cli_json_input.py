"""JSON input end to end: markup in fields and lone surrogate escapes reach the report and the store, not a crash."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app

runner = CliRunner()
PARAGRAPHS = "<p>The council said 12 roads were closed after the storm.</p><p>Crews cleared two of them by noon.</p>"
BROKEN = '{"id": "c\\udc80", "title": "Roads \\ud800closed", "text": "\\ud800 Crews cleared two roads on Monday."}\n'


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": "r1", "title": "Roads closed", "text": PARAGRAPHS}),
             json.dumps({"id": "r2", "outlet": "Valley Times", "text": PARAGRAPHS})]
    (tmp_path / "roads.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def invoke(resources, *args: str):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = runner.invoke(build_app(), [*args, "--no-progress"], obj=resources)
    assert [str(warning.message) for warning in caught if "urrogate" in str(warning.message)] == []
    return result


def test_analyze_reads_every_json_line_and_reports_the_replaced_surrogates(resources, inputs: Path):
    result = invoke(resources, "analyze", str(inputs), "--format", "json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    assert [(a["id"], a["title"], a["format"], a["text"]) for a in document["articles"]] == [
        ("c\ufffd", "Roads \ufffdclosed", "jsonl", "\ufffd Crews cleared two roads on Monday."),
        ("r1", "Roads closed", "jsonl", "The council said 12 roads were closed after the storm.\n\n"
                                        "Crews cleared two of them by noon."),
        ("r2", None, "jsonl", "The council said 12 roads were closed after the storm.\n\n"
                              "Crews cleared two of them by noon.")]
    assert [(e["input"], e["kind"]) for e in document["errors"]] == [(f"{inputs / 'broken.jsonl'}:1", "encoding")]
    # the line was read, its escapes replaced: not "skipped"
    assert result.stderr.startswith(f"newsprism: read in part {inputs / 'broken.jsonl'}:1: invalid JSON string: 3 lone")


def test_ingest_stores_the_good_files_and_the_repaired_line(resources, inputs: Path, tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "news.db"
    result = invoke(resources, "ingest", str(inputs), "--db", str(db))
    assert result.exit_code == 1, result.stderr
    assert "3 added" in result.stderr + result.stdout
