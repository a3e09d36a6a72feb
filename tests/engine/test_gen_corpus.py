"""The scale benchmark's corpus generator: deterministic, the size asked for, real copies and stories."""
from __future__ import annotations

import json
from pathlib import Path

from benchmarks.gen_corpus import generate, restage


def _records(root: Path) -> list[dict]:
    return [json.loads(line) for shard in sorted((root / "articles").glob("*.jsonl"))
            for line in shard.read_text(encoding="utf-8").splitlines()]


def test_corpus_is_deterministic_sharded_and_has_copies(shared: Path, tmp_path: Path) -> None:
    first = generate(250, tmp_path / "a", seed=7, shard_size=100)
    again = generate(250, tmp_path / "b", seed=7, shard_size=100)
    records = _records(first)
    assert records == _records(again)
    assert len(records) == 250 and len(list((first / "articles").glob("*.jsonl"))) == 3
    assert len({r["id"] for r in records}) == 250
    truth = [line.split("\t") for line in (first / "truth.tsv").read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    copies = [(row[0], row[2]) for row in truth if row[2]]
    assert len(copies) >= 10
    for copy_id, original_id in copies:
        assert by_id[original_id]["title"] == by_id[copy_id]["title"]
        assert by_id[copy_id]["outlet"] != "" and by_id[copy_id]["published"] == by_id[original_id]["published"]
    stories = {row[1] for row in truth}
    assert 20 <= len(stories) < 250


def test_restage_replaces_names_and_shifts_years() -> None:
    lines = restage(["Lindsay Lohan entered rehab in Malibu in 2013.", "Lohan's lawyer spoke."],
                    {"Lindsay Lohan": "Mara Quell", "Lohan": "Quell", "Malibu": "Eastport"}, 3)
    assert lines == ["Mara Quell entered rehab in Eastport in 2016.", "Quell's lawyer spoke."]
