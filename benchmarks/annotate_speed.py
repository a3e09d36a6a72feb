"""Annotation throughput on the ECB+ dev documents: our annotate stage against the bare spaCy pipeline.

Both runs parse the same texts with the same ``n_process`` and batch size; ours adds every layer
(entities with their corrections, quantities, times, quotes, attributions) on each parse. The figure that
matters is the ratio ours / bare (our layers must not cost more than the model they wrap: >= 0.7). Each
run is repeated and the best time kept, because the machine is shared; as wall-clock ratios still move with
other users' load, the run also reports ``cpu_ratio``: CPU seconds of parsing over parsing plus our layers,
in one process, on the first 200 documents. Peak memory is the maximum resident size of this process and,
separately, of the worker processes spaCy starts.

Run: ``.venv/bin/python -m benchmarks.annotate_speed [--documents N] [--processes 2] [--repeats 2]``.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
import warnings

from benchmarks._shared import shared_dir
from newsprism.annotate import PIPE_BATCH_SIZE, annotate_article, annotate_articles, load_layers
from newsprism.model import Article
from newsprism.resources import Resources


CPU_SAMPLE_DOCUMENTS = 200


def load_articles(limit: int | None = None) -> list[Article]:
    root = shared_dir()
    if root is None:
        raise FileNotFoundError("shared datasets not found: set NEWSPRISM_SHARED")
    with (root / "datasets" / "ecbplus-dev" / "documents.jsonl").open(encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines]
    return [Article(id=d["doc_id"], text=d["text"]) for d in documents[:limit]]


def _best_seconds(run, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _cpu_shares(articles: list[Article], resources: Resources) -> dict[str, float]:
    """CPU seconds (not wall time, so other users of the machine matter less) of parsing in this process,
    then of our layers on those parses; the ratio is the throughput ratio with no contention."""
    started = time.process_time()
    docs = list(resources.nlp.pipe((a.text for a in articles), batch_size=PIPE_BATCH_SIZE))
    parse_seconds = time.process_time() - started
    layers = load_layers()
    started = time.process_time()
    for article, doc in zip(articles, docs):
        annotate_article(article, doc, layers)
    layer_seconds = time.process_time() - started
    return {"cpu_sample_documents": len(articles), "cpu_parse_seconds": parse_seconds,
            "cpu_layer_seconds": layer_seconds, "cpu_ratio": parse_seconds / (parse_seconds + layer_seconds)}


def measure(limit: int | None = None, n_process: int = 2, repeats: int = 2) -> dict[str, float]:
    """Words per second of the bare pipeline and of our stage, their ratio, and peak memory in MiB."""
    articles = load_articles(limit)
    resources = Resources()
    nlp = resources.nlp
    texts = [article.text for article in articles]
    words = sum(len(text.split()) for text in texts)

    def bare() -> None:
        for _ in nlp.pipe(texts, n_process=n_process, batch_size=PIPE_BATCH_SIZE):
            pass

    def ours() -> None:
        annotate_articles(articles, resources, n_process=n_process)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a layer missing in a partial checkout is reported once, not per run
        bare_seconds = _best_seconds(bare, repeats)
        ours_seconds = _best_seconds(ours, repeats)
        cpu = _cpu_shares(articles[:CPU_SAMPLE_DOCUMENTS], resources)
    return {
        "documents": len(articles), "words": words, "n_process": n_process, **cpu,
        "bare_words_per_second": words / bare_seconds, "ours_words_per_second": words / ours_seconds,
        "ratio": bare_seconds / ours_seconds,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_workers_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=None, help="first N documents only (default: all 772)")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    for name, value in measure(args.documents, args.processes, args.repeats).items():
        print(f"{name:24s} {value:.3f}" if isinstance(value, float) else f"{name:24s} {value}")


if __name__ == "__main__":
    main()
