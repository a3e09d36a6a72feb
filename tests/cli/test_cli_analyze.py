"""The command line end to end: formats, outputs, exit codes, and bad input that never shows a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import build_app
from newsprism.render.schema import span_errors, validation_errors

runner = CliRunner()


@pytest.fixture
def run(resources):
    """Invoke the CLI in-process with the session's loaded models instead of loading its own."""

    def invoke(*args: str, stdin: str | None = None):
        return runner.invoke(build_app(), list(args), input=stdin, obj=resources)

    return invoke


def test_every_command_has_help_text(run):
    app = build_app()
    import typer.main

    group = typer.main.get_command(app)
    assert group.help
    for name, command in group.commands.items():
        assert command.help, f"{name} has no help"
        result = run(name, "--help")
        assert result.exit_code == 0, result.output
        assert "Usage: " in result.output


def test_help_names_arguments_and_values_in_words_not_python_types(run):
    usages = {}
    for command in ("analyze", "ingest", "stories", "serve"):
        shown = run(command, "--help").stdout
        assert not any(noise in shown for noise in ("<list[str]>", "<int range>", "<str>", "<path>", "{", "x>=")), shown
        usages[command] = shown.splitlines()[0]
    assert usages == {"analyze": "Usage: newsprism analyze [OPTIONS] [PATH]...",
                      "ingest": "Usage: newsprism ingest [OPTIONS] PATH...",
                      "stories": "Usage: newsprism stories [OPTIONS]", "serve": "Usage: newsprism serve [OPTIONS]"}


def test_an_unknown_format_is_a_usage_error_naming_the_choices(run):
    result = run("analyze", "a.txt", "--format", "pdf")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--format' / '-f': 'pdf' is not a report format: choose json, markdown, html "
        "or terminal")


def test_a_piped_report_with_skipped_inputs_names_each_on_stderr(run, tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("analyze", str(tmp_path), "--format", "json", "--no-progress")
    assert result.exit_code == 1
    assert result.stderr == f"newsprism: skipped {tmp_path / 'empty.txt'}: file is empty\n"
    assert [error["input"] for error in json.loads(result.stdout)["errors"]] == [str(tmp_path / "empty.txt")]


def test_analyze_examples_as_json_validates_against_the_shipped_schema(run, examples_dir: Path):
    result = run("analyze", str(examples_dir), "--format", "json", "--no-progress")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert validation_errors(document) == []
    assert span_errors(document) == []
    assert document["schema"] == "newsprism.report/1"
    assert len(document["articles"]) == 8
    assert document["errors"] == []


def test_output_file_takes_its_format_from_the_suffix_and_stdout_stays_empty(run, examples_dir: Path, tmp_path: Path):
    target = tmp_path / "report.md"
    result = run("analyze", str(examples_dir / "steppe-herald.txt"), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# newsprism report\n")
    assert "Thirty-two miners killed in fire at Kosagash coal mine" in text


def test_html_output_is_one_escaped_page(run, tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text("A <b>bold</b> claim\n\nThe council approved the budget of 3 million euros on Monday.\n")
    result = run("analyze", str(source), "--format", "html")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "<b>bold</b>" not in result.stdout
    assert "&lt;b&gt;bold&lt;/b&gt;" in result.stdout


def test_standard_input_is_read_with_a_dash(run):
    text = "Storm closes port\n\nHigh winds closed the port of Dover for six hours on Tuesday, officials said.\n"
    result = run("analyze", "-", "--format", "json", stdin=text)
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["title"] == "Storm closes port"
    assert article["path"] == "-"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze"], "give at least one input path"),
        (["analyze", "--db", "x.db"], "--db needs --story"),
        (["analyze", "--story", "s1", "a.txt"], "--story needs --db"),
        (["analyze", "a.txt", "--field-map", "text"], "--field-map takes OURS=THEIRS"),
        (["analyze", "a.txt", "-o", "report.txt"], "-o report.txt: cannot tell the report format from '.txt'; end "
                                                   "the name in .json, .md, .markdown, .html, .htm, or give --format"),
        (["analyze", "a.txt", "-o", "report"], "-o report: cannot tell the report format from a name without a "
                                               "suffix; end the name in .json, .md, .markdown, .html, .htm, or give "
                                               "--format"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run, args: list[str], message: str):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert message in result.stderr


def test_nothing_readable_exits_3_and_names_each_input(run, tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("analyze", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 3
    assert "empty.txt" in result.stderr and "missing.txt" in result.stderr
    assert "no article could be read" in result.stderr
    assert result.stdout == ""


GOOD = "Council approves budget\n\nThe city council approved a budget of 4 million euros on Monday, the mayor said.\n"


def write_mixed_folder(folder: Path) -> None:
    """Good articles beside every kind of bad input the issue names."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners protest\n\nCaf\xe9 owners in Lyon protested on Friday against a new tax.\n".encode("latin-1"))
    (folder / "cp1252.txt").write_bytes("Mayor \u201cdelighted\u201d\n\nThe mayor said she was \u201cdelighted\u201d with the result \u2013 and thanked voters.\n".encode("cp1252"))
    (folder / "big.txt").write_text("word " * 5000, encoding="utf-8")
    (folder / "broken.html").write_text("<html><body><p>Unclosed <div><table><tr><td>", encoding="utf-8")
    (folder / "broken.rss").write_text("<?xml version='1.0'?><rss><channel><title>X</title><item><title>A", encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "Floods closed roads across the valley on Sunday, police said."}),
             "{not json", json.dumps({"id": "j3", "text": "Rescuers reached the last stranded village on Monday."})]
    (folder / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_bad_inputs_are_listed_and_good_ones_processed_exit_1(run, tmp_path: Path):
    write_mixed_folder(tmp_path)
    result = run("analyze", str(tmp_path), "--format", "json", "--max-bytes", "20000")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    assert validation_errors(document) == []
    ids = {a["id"] for a in document["articles"]}
    assert {"j1", "j3"} <= ids
    texts = "\n".join(a["text"] for a in document["articles"])
    assert "Café owners in Lyon protested" in texts
    assert "she was “delighted” with the result – and thanked voters" in texts
    failed = {Path(e["input"]).name.split(":")[0] for e in document["errors"]}
    assert {"empty.txt", "image.png", "big.txt", "items.jsonl"} <= failed
    assert all(e["error"] for e in document["errors"])


def test_real_process_prints_no_traceback_on_bad_input(tmp_path: Path):
    write_mixed_folder(tmp_path)
    command = [sys.executable, "-m", "newsprism", "analyze", str(tmp_path), "-f", "json", "--max-bytes", "20000"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["schema"] == "newsprism.report/1"


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path):
    """``newsprism analyze ... | head -c 10``: the closed pipe ends the command quietly, with exit 0."""
    source = tmp_path / "a.txt"
    source.write_text(GOOD * 2000, encoding="utf-8")  # a report far larger than a pipe buffer
    command = [sys.executable, "-m", "newsprism", "analyze", str(source), "-f", "markdown", "--no-progress"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) == 0
    assert stderr == ""


def test_control_characters_from_an_input_are_escaped_in_messages():
    """A damaged archive's first line may hold ESC, NUL and CR, which a terminal would act on."""
    from newsprism.cli.errors import printable

    assert printable("first line: \x1b[31mEVIL\x00\r\n") == "first line: \\x1b[31mEVIL\\x00\\x0d\\x0a"
    assert printable("Café – “ok”") == "Café – “ok”"


def test_an_output_that_cannot_be_written_is_a_usage_error_before_any_work(run, tmp_path: Path):
    """Checked first: the input named here does not even exist, and no analysis runs."""
    missing = run("analyze", str(tmp_path / "no-such-input.txt"), "-o", str(tmp_path / "nowhere" / "r.json"))
    folder = tmp_path / "reports.json"
    folder.mkdir()
    a_folder = run("analyze", str(tmp_path / "no-such-input.txt"), "-o", str(folder))
    assert (missing.exit_code, a_folder.exit_code) == (2, 2)
    assert missing.stderr.strip() == (f"newsprism: error: cannot write {tmp_path / 'nowhere' / 'r.json'}: "
                                      f"the folder {tmp_path / 'nowhere'} does not exist")
    assert a_folder.stderr.strip() == f"newsprism: error: cannot write {folder}: it is a folder"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, whose every write fails as a full disk does")
def test_a_report_that_cannot_be_written_once_made_exits_74(run, tmp_path: Path):
    """Only writing reveals a full disk: the analysis has run, and the failure is said as an output error."""
    (tmp_path / "a.txt").write_text("Crews restored power to the east district on Monday after the storm.",
                                    encoding="utf-8")
    result = run("analyze", str(tmp_path / "a.txt"), "--format", "json", "-o", "/dev/full", "--no-progress")
    assert (result.exit_code, result.stderr.strip()) == (
        74, "newsprism: error: cannot write /dev/full: No space left on device")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, whose every write fails as a full disk does")
def test_standard_output_on_a_full_disk_is_an_output_error_in_one_line(tmp_path: Path):
    """Only the flush reveals it, which Python would do as it exits (a traceback, exit 120): done before, and said."""
    db = tmp_path / "empty.db"
    cli = "import sys; from newsprism.cli import main; sys.argv[0] = 'newsprism'; main()"
    outcomes = []
    for args in (["--help"], ["stories", "--db", str(db), "--format", "json"]):
        if args[0] == "stories":
            subprocess.run([sys.executable, "-c", cli, "ingest", "-", "--db", str(db), "--light", "--no-progress"],
                           input="Crews restored power to the east district on Monday.", text=True, check=True,
                           capture_output=True)
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-c", cli, *args], stdout=full, stderr=subprocess.PIPE, text=True)
        outcomes.append((done.returncode, done.stderr))
    assert outcomes == [(74, "newsprism: error: input/output error: No space left on device\n")] * 2
