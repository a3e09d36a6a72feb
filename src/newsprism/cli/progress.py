"""Progress on stderr, so that stdout carries nothing but the report.

On a terminal, a bar. Elsewhere (a pipe, a log file under nohup, CI) a plain line at most every
``PROGRESS_LINE_SECONDS`` while the run lasts, naming the stage, its counts and the time elapsed:
``newsprism: read 120/800 inputs, 1m 30s elapsed``. A run shorter than that prints no line. ``--no-progress``
turns both off.
"""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from ..pipeline import Progress

if TYPE_CHECKING:
    from rich.console import Console

PROGRESS_LINE_SECONDS = 30.0
# What each stage counts, as the pipeline and the ingest engine name their stages.
_UNITS = {"read": "inputs", "ingest": "inputs", "annotate": "articles", "reconcile": "stories"}


@contextmanager
def progress_output(enabled: bool = True) -> Iterator[Progress]:
    """The progress callback for one command: a bar on a terminal, plain lines elsewhere, nothing when not
    ``enabled`` or when there is no stderr at all (closed before the start)."""
    from rich.console import Console

    stream = sys.stderr
    console = Console(stderr=True)
    if not enabled or stream is None:
        yield lambda stage, done, total: None
    elif console.is_terminal:
        with _progress_bar(console) as update:
            yield update
    else:
        with progress_lines(stream, PROGRESS_LINE_SECONDS) as update:
            yield update


@contextmanager
def _progress_bar(console: "Console") -> Iterator[Progress]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with RichProgress(*columns, console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


@contextmanager
def progress_lines(stream: TextIO, every: float, clock: Callable[[], float] = time.monotonic) -> Iterator[Progress]:
    """A callback that keeps the latest stage and counts, written on ``stream`` as one line every ``every`` seconds
    by a thread of its own: the stages report only at their steps, and annotating many articles is one step of
    minutes, through which the line still shows the run alive. Stopped, and joined, when the block ends."""
    latest = _LatestProgress(clock)
    stop = threading.Event()
    writer = threading.Thread(target=_write_every, args=(latest, stream, every, stop), name="newsprism-progress",
                              daemon=True)
    writer.start()
    try:
        yield latest.update
    finally:
        stop.set()
        writer.join()


def _write_every(latest: "_LatestProgress", stream: TextIO, every: float, stop: threading.Event) -> None:
    """Write ``latest``'s line every ``every`` seconds until ``stop``; a stream that cannot be written (closed, a
    pipe whose reader left) ends the lines, never the run."""
    while not stop.wait(every):
        line = latest.line()
        if line is None:
            continue
        try:
            print(line, file=stream, flush=True)
        except (OSError, ValueError):
            return


class _LatestProgress:
    """The last stage and counts reported, and when the run started."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._start = clock()
        self._latest: tuple[str, int, int] | None = None

    def update(self, stage: str, done: int, total: int) -> None:
        self._latest = (stage, done, total)  # one assignment: the writer thread reads a whole tuple

    def line(self) -> str | None:
        """``newsprism: read 120/800 inputs, 1m 30s elapsed``; None before any stage has reported."""
        if self._latest is None:
            return None
        stage, done, total = self._latest
        unit = f" {_UNITS[stage]}" if stage in _UNITS else ""
        return f"newsprism: {stage} {done:,}/{total:,}{unit}, {_duration(self._clock() - self._start)} elapsed"


def _duration(seconds: float) -> str:
    """``45s``, ``2m 05s``, ``1h 02m``."""
    whole = int(seconds)
    hours, minutes, rest = whole // 3600, whole // 60 % 60, whole % 60
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {rest:02d}s" if minutes else f"{rest}s"
