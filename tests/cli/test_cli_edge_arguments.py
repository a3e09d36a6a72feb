"""Command lines at the edges: absurd limits, empty names, closed standard streams, empty inputs; each a
one-line message and a documented exit code, checked before any work where it can be."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app

runner = CliRunner()
CLI = "import sys; from newsprism.cli import main; sys.argv[0] = 'newsprism'; main()"
GOOD = "Council approves budget\n\nThe city council approved a budget of 4 million euros on Monday, the mayor said.\n"


@pytest.fixture
def run(resources):
    def invoke(*args: str):
        return runner.invoke(build_app(), list(args), obj=resources)

    return invoke


def run_closed(fd: int, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The command in a real process whose standard input (0) or output (1) the shell closed (``<&-``, ``>&-``)."""
    return subprocess.run([sys.executable, "-c", CLI, *args], preexec_fn=lambda: os.close(fd), cwd=cwd,
                          stdout=None if fd == 1 else subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=300)


@pytest.mark.parametrize("command", ["analyze", "ingest"])
@pytest.mark.parametrize("limit", ["100000000000", "9223372036854775807"])
def test_an_absurd_max_bytes_is_a_usage_error(run, command, limit):
    result = run(command, "a.txt", "--db", "x.db", "--max-bytes", limit) if command == "ingest" else run(
        command, "a.txt", "--max-bytes", limit)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--max-bytes': must be from 1 to 4000000000, not {limit}")


def test_the_terminal_view_into_a_file_is_refused_before_any_work(run, tmp_path):
    """The input does not exist: refused after the analysis, this would exit 3."""
    result = run("analyze", str(tmp_path / "missing.txt"), "-f", "terminal", "-o", str(tmp_path / "r.json"))
    assert (result.exit_code, result.stderr) == (
        2, "newsprism: error: --format terminal cannot be written to a file; use json, markdown or html\n")


def test_an_empty_output_name_is_a_usage_error_naming_it(run, tmp_path):
    result = run("analyze", str(tmp_path / "missing.txt"), "-o", "")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: Invalid value for '--output' / '-o': an empty name names no file"


@pytest.mark.parametrize("command", [["ingest", "missing.txt"], ["stories"], ["analyze", "--story", "s1"], ["serve"]])
def test_an_empty_store_name_is_a_usage_error_naming_it(run, command):
    """Read as a path, "" is the current folder: "is a folder" would be a puzzling answer."""
    result = run(*command, "--db", "")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: Invalid value for '--db': an empty name names no file"


def test_an_empty_host_is_a_usage_error(run, tmp_path):
    result = run("serve", "--db", str(tmp_path / "x.db"), "--host", "")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--host': an empty address: give one, e.g. 127.0.0.1 (this machine only) or "
        "0.0.0.0 (every interface)")


def test_analyze_names_each_input_that_holds_nothing(run, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "list.json").write_text("[]")
    (tmp_path / "wrapped.json").write_text('{"articles": []}')
    result = run("analyze", *(str(tmp_path / name) for name in ("empty", "list.json", "wrapped.json")))
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"newsprism: skipped {tmp_path / 'empty'}: folder holds no readable files (it is empty, or holds only hidden "
        "ones)",
        f"newsprism: skipped {tmp_path / 'list.json'}: holds no article",
        f"newsprism: skipped {tmp_path / 'wrapped.json'}: holds no article",
        "newsprism: error: no article could be read"]


@pytest.mark.parametrize("given", ["empty", "list.json", ""])
def test_ingest_of_nothing_exits_3_and_removes_the_store_it_created(run, tmp_path, given):
    (tmp_path / "empty").mkdir()
    (tmp_path / "list.json").write_text("[]")
    path = str(tmp_path / given) if given else ""
    db = tmp_path / "new.db"
    result = run("ingest", path, "--db", str(db), "--no-progress")
    reason = {"empty": "folder holds no readable files (it is empty, or holds only hidden ones)",
              "list.json": "holds no article", "": "an empty argument names no file"}[given]
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"newsprism: skipped {path or repr('')}: {reason}",
                                          "newsprism: error: no article could be read"]
    assert not db.exists()


def test_the_same_file_given_twice_is_read_once(run, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(GOOD)
    result = run("analyze", str(tmp_path / "news"), str(tmp_path / "news" / "a.txt"), "-f", "json", "--no-progress")
    assert result.exit_code == 0, result.stderr
    assert [a["path"] for a in json.loads(result.stdout)["articles"]] == [str(tmp_path / "news" / "a.txt")]


@pytest.mark.parametrize("args", [["analyze", "missing.txt", "-f", "json"], ["stories", "--db", "missing.db"]])
def test_a_closed_standard_output_exits_74_before_any_work(tmp_path, args):
    done = run_closed(1, *args, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (74, "newsprism: error: cannot write to standard output: it is closed\n")


def test_a_closed_standard_input_matters_only_when_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    written = run_closed(0, "analyze", "a.txt", "-o", "r.json", "--no-progress", cwd=tmp_path)
    dash = run_closed(0, "analyze", "-", "-o", "s.json", "--no-progress", cwd=tmp_path)
    assert (written.returncode, written.stderr, (tmp_path / "r.json").exists()) == (0, "", True)
    assert (dash.returncode, dash.stderr) == (3, "newsprism: skipped -: standard input is closed\n"
                                                 "newsprism: error: no article could be read\n")
