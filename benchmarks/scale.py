"""Scale of the store, duplicate detection and story assignment; articles/s of the full pipeline.

Part 1 (``measure_size``): a generated corpus (benchmarks/gen_corpus.py) of N articles is ingested with the
local engine in the LIGHT mode (no spaCy: story features from the text's own names, dates and figures), and
the time spent in each driver step is clocked separately: storing (the batch transactions and the
lookups of known articles), duplicate detection (MinHash LSH lookup and insert; signatures are computed by
the engine, like the features, and clocked as "prepare"), story assignment (the online clusterer).
Each size runs in its own process so that its peak RSS is its own.

Part 2 (``measure_pipeline``): articles/s of the full pipeline (read, clean, spaCy annotation, grouping,
store) with the local engine, and with the Dask engine on a LocalCluster of 1 and 2 worker processes.

    python -m benchmarks.scale                 # 1,000 and 10,000, and the pipeline on 200 articles
    python -m benchmarks.scale 1000 10000 100000
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.gen_corpus import generate

PIPELINE_ARTICLES = 200
REPEATS, REPEAT_BELOW = 5, 50_000
SHARD_SIZE = 500
STEPS = ("storing", "duplicates", "assignment")


class Timed:
    """Delegates to ``target``, adding the time spent in the named methods to ``clock[label]``."""

    def __init__(self, target: Any, clock: dict[str, float], methods: dict[str, str]) -> None:
        self._target, self._clock, self._methods = target, clock, methods

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        label = self._methods.get(name)
        if label is None:
            return attribute

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return attribute(*args, **kwargs)
            finally:
                self._clock[label] += time.process_time() - start
                self._clock[f"{label}_calls"] += 1

        return timed


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class WindowLog:
    """A progress callback writing, after each batch, the per-article CPU ms of each step since the last line.

    On a shared machine a long run may not finish in time: the windows show the cost as the store grows.
    Articles are counted by the clusterer's assignments (every new article is assigned once).
    """

    def __init__(self, path: Path, clock: dict[str, float], every: int = 1000) -> None:
        self.path, self.clock, self.every = path, clock, every
        self.last: dict[str, float] = {}
        self.last_done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        articles = int(self.clock["assignment_calls"])
        if articles < self.last_done + self.every:
            return
        window = articles - self.last_done
        figures = {step: round(1000 * (self.clock[step] - self.last.get(step, 0.0)) / window, 3)
                   for step in STEPS}
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"articles": articles, **figures, "total": round(sum(figures.values()), 3),
                                     "peak_rss_mb": round(_peak_rss_mb(), 1)}) + "\n")
        self.last, self.last_done = dict(self.clock), articles


def measure_size(size: int, workdir: Path) -> dict[str, float]:
    """Per-article CPU milliseconds of each step and peak memory for a corpus of ``size`` articles (light mode).

    CPU time (``time.process_time``) rather than wall time: on a shared machine the wall clock measures the
    neighbours. "prepare" (read, clean, features, MinHash signature) is the rest of the run's CPU time.
    """
    from newsprism.config import Options
    from newsprism.engine import Grouping, LocalEngine, PipelineSettings, ingest
    from newsprism.resources import Resources
    from newsprism.store import SQLiteStore

    corpus = workdir / f"corpus-{size}"
    if not (corpus / "articles").is_dir():
        generate(size, corpus, shard_size=SHARD_SIZE)
    clock: dict[str, float] = defaultdict(float)
    baseline = _peak_rss_mb()
    started = time.process_time()
    log = workdir / f"windows-{size}.jsonl"
    log.unlink(missing_ok=True)
    for stale in workdir.glob(f"scale-{size}.db*"):  # a rerun must ingest into an empty store, not skip all
        stale.unlink()
    with SQLiteStore(workdir / f"scale-{size}.db") as raw_store:
        grouping = Grouping(Timed(_empty_index(), clock, {"add_signature": "duplicates"}),
                            Timed(_empty_clusterer(), clock, {"assign": "assignment"}))
        store = Timed(raw_store, clock, {"commit_batch": "storing", "find_article": "storing",
                                         "story_of": "storing"})
        summary = ingest(store, LocalEngine(PipelineSettings(annotate=False, batch_size=256)),
                         [str(corpus / "articles")], Options(), Resources(), grouping=grouping,
                         progress=WindowLog(log, clock))
        clusterer = grouping.clusterer._target
        stories, vocabulary = len(clusterer), len(clusterer.frequencies.counts)
    total = time.process_time() - started
    per = {f"{step}_ms_per_article": 1000 * clock[step] / size for step in STEPS}
    per["store_dup_assign_ms_per_article"] = sum(per.values())
    per["prepare_ms_per_article"] = 1000 * (total - sum(clock[step] for step in STEPS)) / size
    return {"articles": size, **per, "stories": stories, "duplicates": summary.duplicates,
            "vocabulary_keys": vocabulary, "peak_rss_mb": round(_peak_rss_mb(), 1),
            "rss_growth_mb": round(_peak_rss_mb() - baseline, 1), "db_mb": round(_db_mb(workdir, size), 1),
            **story_quality(workdir / f"scale-{size}.db", corpus / "truth.tsv")}


def story_quality(db: Path, truth: Path) -> dict[str, float]:
    """B-cubed of the stored stories against the generator's story labels (not timed).

    The generated stories re-stage the same ~70 ECB+ incidents many times with verbatim sentences, which
    real events never share, so this is a floor for what the clusterer does at scale, not its quality.
    """
    import sqlite3

    from newsprism.group import bcubed

    labels = dict(line.split("\t")[:2] for line in truth.read_text(encoding="utf-8").splitlines())
    with sqlite3.connect(db) as raw:
        stories = dict(raw.execute("SELECT article_id, story_id FROM story_members"))
    score = bcubed(stories, {article: labels[article] for article in stories})
    return {"story_bcubed_f1": round(score.f1, 4), "story_bcubed_precision": round(score.precision, 4),
            "story_bcubed_recall": round(score.recall, 4)}


def _empty_index():
    from newsprism.group.duplicates import DuplicateIndex

    return DuplicateIndex()


def _empty_clusterer():
    from newsprism.group.stories import StoryClusterer

    return StoryClusterer()


def _db_mb(workdir: Path, size: int) -> float:
    return sum(p.stat().st_size for p in workdir.glob(f"scale-{size}.db*")) / 1e6


def measure_pipeline(articles: int, workdir: Path) -> dict[str, float]:
    """Articles/s of the full pipeline (spaCy annotation on): local engine, Dask with 1 and 2 workers."""
    from newsprism.config import Options
    from newsprism.engine import LocalEngine, PipelineSettings, ingest
    from newsprism.engine.dask import DaskEngine
    from newsprism.resources import Resources
    from newsprism.store import SQLiteStore

    corpus = generate(articles, workdir / f"pipeline-{articles}", seed=3, shard_size=10) / "articles"
    settings = PipelineSettings(annotate=True, batch_size=32)
    engines = {"local": LocalEngine(settings),
               "dask_1_worker": DaskEngine(settings, workers=1, inputs_per_task=2),
               "dask_2_workers": DaskEngine(settings, workers=2, inputs_per_task=2)}
    figures = {}
    for name, engine in engines.items():
        db = workdir / f"pipeline-{name}.db"
        for stale in db.parent.glob(db.name + "*"):  # a store left by an earlier run would skip every article
            stale.unlink()
        started = time.perf_counter()
        with SQLiteStore(db) as store:
            summary = ingest(store, engine, [str(corpus)], Options(), Resources())
        figures[f"{name}_articles_per_s"] = round(articles / (time.perf_counter() - started), 2)
        figures[f"{name}_added"] = summary.added
    return figures


def _in_subprocess(size: int, workdir: Path) -> dict[str, float]:
    """Run one size in a fresh interpreter so its peak RSS is its own."""
    code = f"import json; from pathlib import Path; from benchmarks.scale import measure_size; " \
           f"print(json.dumps(measure_size({size}, Path({str(workdir)!r}))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run with the median total, and how many runs there were."""
    ordered = sorted(runs, key=lambda figures: figures["store_dup_assign_ms_per_article"])
    return {**ordered[len(ordered) // 2], "runs": len(ordered)}


def _runs(size: int, workdir: Path, count: int) -> list[dict[str, float]]:
    return [_in_subprocess(size, workdir) for _ in range(count)]


def run(sizes: list[int], workdir: Path, pipeline_articles: int = PIPELINE_ARTICLES) -> dict[str, Any]:
    """Each size under ``REPEAT_BELOW`` is run ``REPEATS`` times (each in its own process) and reported by its
    median run; a larger one runs once. The machine's speed drifts over a long run (on a shared host, by a
    fifth within minutes), and the ratio compares the smallest size with the largest: so the smallest size's
    runs are split, half before the larger sizes and half after, and their median taken."""
    smallest, *larger = sorted(sizes)
    repeats = REPEATS if smallest < REPEAT_BELOW else 1
    first_runs = _runs(smallest, workdir, (repeats + 1) // 2)
    measured = {size: _median(_runs(size, workdir, REPEATS if size < REPEAT_BELOW else 1)) for size in larger}
    measured[smallest] = _median(first_runs + _runs(smallest, workdir, repeats // 2))
    results = {"sizes": [measured[size] for size in sorted(measured)]}
    first, last = results["sizes"][0], results["sizes"][-1]
    key = "store_dup_assign_ms_per_article"
    results["cost_ratio_largest_to_smallest"] = round(last[key] / first[key], 3)
    if pipeline_articles:
        results["pipeline"] = measure_pipeline(pipeline_articles, workdir)
    return results


if __name__ == "__main__":
    chosen = [int(arg) for arg in sys.argv[1:]] or [1000, 10000]
    target = Path(os.environ.get("NEWSPRISM_SCALE_DIR", tempfile.mkdtemp(prefix="newsprism-scale-")))
    skip_pipeline = os.environ.get("NEWSPRISM_SCALE_PIPELINE", "1") == "0"
    print(json.dumps(run(chosen, target, 0 if skip_pipeline else PIPELINE_ARTICLES), indent=2))
