"""Recall of ECB+ gold time mentions (TIME_DATE, TIME_DURATION, TIME_OF_THE_DAY) by ``find_times``.

ECB+ annotates only the times near its annotated events, so this measures recall, not precision. A gold
mention counts as found when a time expression overlaps its characters. Mentions are located in the
detokenised ``text`` by matching the sentence and mention with whitespace removed.

Run: ``python -m benchmarks.time_expressions [EVERY]`` (every EVERY-th document, default all).
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks._shared import shared_dir

TAGS = ("TIME_DATE", "TIME_DURATION", "TIME_OF_THE_DAY")


def load(dataset: Path) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    with (dataset / "documents.jsonl").open(encoding="utf-8") as handle:
        documents = {d["doc_id"]: d for d in map(json.loads, handle)}
    gold: dict[str, list[dict]] = defaultdict(list)
    with (dataset / "mentions.jsonl").open(encoding="utf-8") as handle:
        for mention in map(json.loads, handle):
            if mention["tag"] in TAGS:
                gold[mention["doc_id"]].append(mention)
    return documents, gold


def squeeze(text: str) -> tuple[str, list[int]]:
    """The text without whitespace, and where each kept character stood."""
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def char_span(document: dict, mention: dict) -> tuple[int, int] | None:
    flat, index = squeeze(document["text"])
    sentence = "".join(document["sentences"][mention["sentence"]].split()).replace("``", '"').replace("''", '"')
    target = "".join(mention["text"].split())
    inner = flat.find(target, max(flat.find(sentence), 0))
    if inner < 0:
        return None
    return index[inner], index[inner + len(target) - 1] + 1


def measure(every: int = 1, resources=None) -> dict[str, float]:
    from newsprism.annotate.times import find_times
    from newsprism.resources import Resources

    documents, gold = load(shared_dir() / "datasets" / "ecbplus-dev")
    ids = sorted(gold)[::every]
    nlp = (resources or Resources()).nlp
    hits, total = Counter(), Counter()
    for doc_id, parsed in zip(ids, nlp.pipe(documents[i]["text"] for i in ids)):
        found = find_times(parsed, None)
        for mention in gold[doc_id]:
            span = char_span(documents[doc_id], mention)
            if span is None:
                continue
            total[mention["tag"]] += 1
            hits[mention["tag"]] += any(t.span.start < span[1] and span[0] < t.span.end for t in found)
    return {f"recall_{tag.lower()}": round(hits[tag] / total[tag], 3) for tag in TAGS if total[tag]}


if __name__ == "__main__":
    if shared_dir() is None:
        sys.exit("shared datasets not found: set NEWSPRISM_SHARED")
    for name, value in measure(int(sys.argv[1]) if len(sys.argv) > 1 else 1).items():
        print(f"{name}: {value}")
