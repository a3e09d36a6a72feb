"""Golden tests: the whole report on the reference case and on the project's own example corpus, byte for byte.

A deliberate change to the output is recorded by regenerating the golden files:
``NEWSPRISM_UPDATE_GOLDEN=1 python -m pytest tests/golden`` — then read the diff before committing it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsprism import Options, analyze_paths, report_to_dict
from newsprism.render.schema import span_errors, validation_errors

GOLDEN_DIR = Path(__file__).parent


def portable(document: dict, root: Path) -> dict:
    """The report with article paths relative to the corpus folder, so the golden file is the same on every machine."""
    for article in document["articles"]:
        if article["path"]:
            article["path"] = Path(article["path"]).relative_to(root).as_posix()
    for error in document["errors"]:
        error["input"] = error["input"].replace(str(root), "<corpus>")
    return document


def check_against_golden(name: str, corpus: Path, resources) -> dict:
    report = analyze_paths([str(corpus)], Options(), resources)
    document = portable(report_to_dict(report), corpus)
    golden = GOLDEN_DIR / f"{name}.report.json"
    rendered = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("NEWSPRISM_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert validation_errors(document) == []
    assert span_errors(document) == []
    assert rendered == golden.read_text(encoding="utf-8"), f"report differs from {golden.name}"
    return document


@pytest.mark.slow
def test_example_corpus_report_is_golden(examples_dir: Path, resources):
    check_against_golden("kosagash-2025", examples_dir, resources)


@pytest.mark.slow
def test_reference_case_report_is_golden(belarus_dir: Path, resources):
    check_against_golden("belarus-2025", belarus_dir, resources)
