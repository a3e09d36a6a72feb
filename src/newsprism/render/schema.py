"""The shipped JSON Schema of the report contract, and validation against it."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    """The JSON Schema of ``newsprism.report/1`` shipped in the package (read once, never modified)."""
    text = resources.files("newsprism").joinpath("schema/report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validation_errors(document: dict[str, Any]) -> list[str]:
    """Every way ``document`` breaks the contract, as readable lines; empty when it conforms."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(report_schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(document)]


def span_errors(document: dict[str, Any]) -> list[str]:
    """Evidence whose offsets do not point at its text in the article's cleaned body (the contract's core promise)."""
    texts = {a["id"]: a["text"] for a in document.get("articles", [])}
    problems = []
    for evidence in _all_evidence(document):
        body = texts.get(evidence["article"])
        if body is None:
            problems.append(f"evidence names unknown article {evidence['article']!r}")
        elif body[evidence["start"]:evidence["end"]] != evidence["text"]:
            problems.append(f"evidence {evidence['article']}[{evidence['start']}:{evidence['end']}] does not match its text")
    return problems


def _all_evidence(document: dict[str, Any]):
    for story in document.get("stories", []):
        for item in story.get("quotes", []) + story.get("claims", []) + story.get("agreed", []):
            yield from item.get("evidence", [])
            yield from item.get("contradicting", [])
        for conflict in story.get("conflicts", []):
            for position in conflict["positions"]:
                yield from position.get("evidence", [])
