"""Articles per second for read + clean on the ECB+ dev documents, on one core.

Data: ``datasets/ecbplus-dev/documents.jsonl`` (772 real news articles). Each document's ``text`` is
written as a ``.txt`` file into a temporary directory (a headline first line where the corpus has one),
so the figure covers what a user's run does: discovering the files, stat and size check, reading,
decoding, sniffing, title and dateline detection, ids, then ``newsprism.clean.clean_article``.

Start-up (importing ``newsprism.ingest`` and ``newsprism.clean`` in a fresh interpreter) is measured
separately and is not part of the throughput. The process is pinned to one CPU while it is measured.
Target: >= 300 articles/s.

Run: ``.venv/bin/python -m benchmarks.read_clean_speed [--limit N]``
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks._shared import REPO_ROOT, shared_dir

TARGET_ARTICLES_PER_SECOND = 300
_IMPORT_PROBE = (
    "import time; t = time.perf_counter(); import newsprism.ingest, newsprism.clean; "
    "print(time.perf_counter() - t)"
)


def measure(limit: int | None = None) -> dict[str, float | int | str]:
    """Figures of one run: start-up seconds, read and clean seconds, articles per second."""
    documents = _documents(limit)
    with tempfile.TemporaryDirectory() as folder, _one_core():
        _write_documents(documents, Path(folder))
        articles, errors, read_seconds, total_seconds = _read_and_clean(folder)
    return {
        "documents": len(documents), "articles": articles, "errors": errors,
        "startup_import_seconds": round(_startup_seconds(), 3),
        "read_seconds": round(read_seconds, 3), "clean_seconds": round(total_seconds - read_seconds, 3),
        "read_articles_per_second": round(articles / read_seconds, 1),
        "read_clean_articles_per_second": round(articles / total_seconds, 1),
        "target_articles_per_second": TARGET_ARTICLES_PER_SECOND,
    }


def _read_and_clean(folder: str) -> tuple[int, int, float, float]:
    """Articles and errors of reading ``folder``, seconds to read it, and seconds to read and clean it."""
    from newsprism.clean import clean_article
    from newsprism.config import Options
    from newsprism.ingest import read_inputs

    started = time.perf_counter()
    result = read_inputs([folder], Options())
    read_seconds = time.perf_counter() - started
    cleaned = [clean_article(article) for article in result.articles]
    return len(cleaned), len(result.errors), read_seconds, time.perf_counter() - started


def _documents(limit: int | None) -> list[dict]:
    shared = shared_dir()
    if shared is None:
        raise SystemExit("shared datasets not found: set NEWSPRISM_SHARED to the shared/ folder")
    with open(shared / "datasets" / "ecbplus-dev" / "documents.jsonl", encoding="utf-8") as stream:
        documents = [json.loads(line) for line in stream if line.strip()]
    return documents[:limit] if limit else documents


def _write_documents(documents: list[dict], folder: Path) -> None:
    for document in documents:
        (folder / f"{document['doc_id']}.txt").write_text(document["text"], encoding="utf-8")


def _startup_seconds() -> float:
    """Import time in a fresh interpreter (what a user waits for before the first article)."""
    done = subprocess.run([sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, check=True,
                          cwd=REPO_ROOT)
    return float(done.stdout.strip())


@contextmanager
def _one_core() -> Iterator[None]:
    if not hasattr(os, "sched_getaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (for development)")
    figures = measure(parser.parse_args().limit)
    for name, value in figures.items():
        print(f"{name}: {value}")
