"""Progress where stderr is no terminal (a pipe, a log file under nohup, CI): a plain line at most every so many
seconds, with the stage, its counts and the time elapsed; none for a short run; none with --no-progress."""
from __future__ import annotations

import io
import re
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsprism.cli import build_app, progress
from newsprism.cli.progress import progress_lines, progress_output

STORY = ("Flood waters rose two metres in Marden on Tuesday, the regional council said.\n\n"
         "Forty homes were evacuated overnight, and schools will stay closed until Friday.\n")


class SteppingClock:
    """A clock that starts at 0 and reads ``step`` seconds later at each look after the first."""

    def __init__(self, step: float) -> None:
        self.step, self.now = step, -step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def lines_written(count: int, every: float = 0.01, step: float = 75.0,
                  reports: tuple[tuple[str, int, int], ...] = (("read", 3, 10),)) -> list[str]:
    """The first ``count`` lines ``progress_lines`` writes after ``reports``, its clock ``step`` seconds a look."""
    written = threading.Event()

    class Watched(io.StringIO):
        def write(self, text: str) -> int:
            size = super().write(text)
            if self.getvalue().count("\n") >= count:
                written.set()
            return size

    watched = Watched()
    with progress_lines(watched, every, clock=SteppingClock(step)) as update:
        for report in reports:
            update(*report)
        assert written.wait(10)
    return watched.getvalue().splitlines()[:count]


def test_each_line_names_the_stage_its_counts_and_the_time_elapsed():
    assert lines_written(2) == [
        "newsprism: read 3/10 inputs, 1m 15s elapsed", "newsprism: read 3/10 inputs, 2m 30s elapsed"]


@pytest.mark.parametrize(("report", "step", "line"), [
    (("annotate", 0, 1_250), 4.5, "newsprism: annotate 0/1,250 articles, 4s elapsed"),
    (("reconcile", 7, 12), 3_725.0, "newsprism: reconcile 7/12 stories, 1h 02m elapsed"),
    (("ingest", 64, 640), 605.0, "newsprism: ingest 64/640 inputs, 10m 05s elapsed"),
    (("cluster", 2, 5), 60.0, "newsprism: cluster 2/5, 1m 00s elapsed"),  # a stage without a known unit
])
def test_the_latest_report_is_the_one_written(report, step, line):
    assert lines_written(1, step=step, reports=(("read", 1, 1), report)) == [line]


@given(st.integers(0, 10**7), st.integers(0, 10**7), st.integers(0, 10**6))
def test_a_line_reads_back_as_its_counts_and_duration(done, total, seconds):
    latest = progress._LatestProgress(SteppingClock(float(seconds)))
    latest.update("read", done, total)
    match = re.fullmatch(r"newsprism: read ([\d,]+)/([\d,]+) inputs, (?:(\d+)h (\d\d)m|(\d+)m (\d\d)s|(\d+)s) elapsed",
                         latest.line())
    hours, hour_minutes, minutes, minute_seconds, alone = match.groups(default="0")[2:]
    read_back = int(hours) * 3600 + (int(hour_minutes) + int(minutes)) * 60 + int(minute_seconds) + int(alone)
    assert (int(match[1].replace(",", "")), int(match[2].replace(",", ""))) == (done, total)
    assert read_back == (seconds if seconds < 3600 else seconds - seconds % 60)


def test_a_run_shorter_than_the_interval_writes_nothing_and_ends_at_once():
    stream = io.StringIO()
    ended = threading.Event()

    def run() -> None:
        with progress_lines(stream, 3600) as update:
            update("read", 1, 1)
        ended.set()

    threading.Thread(target=run).start()
    assert ended.wait(5) and stream.getvalue() == ""


def test_nothing_is_written_before_a_stage_reports():
    stream = io.StringIO()
    with progress_lines(stream, 0.001):
        threading.Event().wait(0.05)
    assert stream.getvalue() == ""


def test_a_stderr_that_cannot_be_written_stops_the_lines_not_the_run():
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    with progress_lines(Closed(), 0.001) as update:
        update("read", 1, 2)
        threading.Event().wait(0.05)
        update("read", 2, 2)


def test_no_progress_writes_nothing_however_long_the_run(monkeypatch, capsys):
    monkeypatch.setattr(progress, "PROGRESS_LINE_SECONDS", 0.001)
    with progress_output(enabled=False) as update:
        update("read", 1, 2)
        threading.Event().wait(0.05)
    assert capsys.readouterr().err == ""


@pytest.fixture
def long_run(monkeypatch):
    """Every run is long: a progress line every millisecond."""
    monkeypatch.setattr(progress, "PROGRESS_LINE_SECONDS", 0.001)


LINE = re.compile(r"newsprism: (?:(?:read|ingest) \d/1 inputs|annotate \d/1 articles|reconcile \d/1 stories), \d+s elapsed")


@pytest.mark.parametrize("command", [["analyze", "-f", "json"], ["ingest", "--light", "--db", "{db}"]])
def test_a_long_run_piped_prints_plain_progress_lines_and_none_with_no_progress(long_run, resources, tmp_path: Path,
                                                                                command):
    (tmp_path / "flood.txt").write_text(STORY, encoding="utf-8")
    args = [part.replace("{db}", str(tmp_path / "s.db")) for part in command] + [str(tmp_path / "flood.txt")]
    shown = CliRunner().invoke(build_app(), args, obj=resources)
    (tmp_path / "s.db").unlink(missing_ok=True)
    quiet = CliRunner().invoke(build_app(), [*args, "--no-progress"], obj=resources)
    progress_lines_shown = [line for line in shown.stderr.splitlines() if line.startswith("newsprism: ")]
    assert (shown.exit_code, quiet.exit_code, quiet.stderr) == (0, 0, "")
    assert progress_lines_shown and all(LINE.fullmatch(line) for line in progress_lines_shown), shown.stderr
    assert shown.stdout == quiet.stdout  # the report, or the store's summary, is untouched
