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
from newsprism.render.markdown import render_markdown
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
    markdown = render_markdown(report)  # the brief is the story's findings as the Markdown report shows them
    assert [story.brief in markdown and story.brief.startswith("### What is established\n")
            for story in report.stories] == [True] * len(report.stories)
    assert rendered == golden.read_text(encoding="utf-8"), f"report differs from {golden.name}"
    return document


@pytest.mark.slow
def test_example_corpus_report_is_golden(examples_dir: Path, resources):
    check_against_golden("kosagash-2025", examples_dir, resources)


@pytest.mark.slow
def test_reference_case_report_is_golden(belarus_dir: Path, resources):
    document = check_against_golden("belarus-2025", belarus_dir, resources)
    assert [len(story["articles"]) for story in document["stories"]] == [5]
    assert disagreements(document) == REFERENCE_DISAGREEMENTS
    assert one_entity_spelled(document, {"Maria Kolesnikova", "Maria Kalesnikava", "Masha"})


# Every disagreement among the five reference reports, as (kind, the values on each side).
REFERENCE_DISAGREEMENTS = {
    ("quantity", ("52", "123")),                               # prisoners released
    ("quantity", ("hundreds", "over 1,400")),                  # political prisoners still held
    ("duration", ("for over two years", "since 2021")),       # Bialiatski's detention
    ("scope", ("general: “lift sanctions on the country”",
               "restricted: “lift selected sanctions” / “easing of sanctions” / “lifting of sanctions on the potash "
               "sector” (+1 more)")),
    ("polarity", ("not confirmed: “sanctions relief”",  # "no official statement has been made regarding …"
                  "happened: “lift sanctions on the country” / “lift selected sanctions” / “easing of sanctions” "
                  "(+4 more)")),
    ("quote", ("“It’s a feeling of incredible happiness. Even in the darkest days, we told each other: never give up”",
               "“It's a feeling of incredible happiness to see those who are dear to me, to hug them and realise we "
               "are all free.”")),
}


def disagreements(document: dict) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["kind"], tuple(p["value"] for p in c["positions"]))
            for story in document["stories"] for c in story["conflicts"]}


def one_entity_spelled(document: dict, spellings: set[str]) -> bool:
    return any(spellings <= {entity["name"], *entity["aliases"]}
               for story in document["stories"] for entity in story["entities"])
