"""``newsprism analyze``: read inputs (or one story from a store) and write the report."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..config import DEFAULT_MAX_BYTES, Options
from ..errors import ConfigError, InputError
from ..model import Report
from ..resources import Resources
from .errors import reports_errors
from .exit_codes import NOTHING_READ, OK, SOME_INPUTS_FAILED
from .output import Format, choose_format, write_report
from .progress import progress_bar


def parse_field_map(pairs: list[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` -> {"text": "body", "published": "date"}."""
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise ConfigError(f"--field-map takes OURS=THEIRS (e.g. text=body), not {pair!r}")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def resources_of(ctx: typer.Context) -> Resources:
    """The models to use: those a caller passed as the context object (tests share one set), else new ones."""
    return ctx.obj if isinstance(ctx.obj, Resources) else Resources()


@reports_errors
def analyze(
    ctx: typer.Context,
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Files or folders to read (text, Markdown, HTML, JSON, JSON Lines, RSS/Atom, WARC); '-' reads stdin.",
        show_default=False)] = None,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", "-f", help="json, markdown, html, or terminal. Default: the -o suffix, else terminal on a "
        "terminal and json when piped.", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="Report a story from this store (see 'ingest').")] = None,
    story: Annotated[Optional[str], typer.Option("--story", help="The story id to report, with --db.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
    field_map: Annotated[Optional[list[str]], typer.Option(
        "--field-map", help="For JSON inputs: OURS=THEIRS, e.g. text=body (repeatable).")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Analyse news articles: clean them, group them into stories and report what they establish and dispute.

    Exit codes: 0 all inputs read; 1 report written but some inputs failed (listed in its errors); 2 usage error;
    3 nothing could be read; 4 store error; 5 missing model or broken installation; 70 internal error.
    """
    options = Options(max_bytes=max_bytes, field_map=parse_field_map(field_map or []))
    chosen = choose_format(fmt, output, sys.stdout.isatty())
    report = _build_report(paths or [], db, story, options, progress, resources_of(ctx))
    if not report.articles:
        raise _nothing_read(report)
    write_report(report, chosen, output)
    raise typer.Exit(SOME_INPUTS_FAILED if report.errors else OK)


def _build_report(paths: list[str], db: Path | None, story: str | None, options: Options, show: bool,
                  resources: Resources) -> Report:
    if db is not None:
        if paths:
            raise ConfigError("give either input paths or --db with --story, not both")
        if not story:
            raise ConfigError("--db needs --story ID (list stories with 'newsprism stories --db FILE')")
        from .store_commands import analyze_story

        return analyze_story(db, story, options, resources)
    if story:
        raise ConfigError("--story needs --db FILE")
    if not paths:
        raise ConfigError("give at least one input path (or - for standard input), or --db with --story")
    from ..pipeline import analyze_paths

    with progress_bar(enabled=show) as on_progress:
        return analyze_paths(paths, options, resources, stdin=sys.stdin.buffer, progress=on_progress)


def _nothing_read(report: Report) -> typer.Exit:
    for error in report.errors:
        print(f"newsprism: {error.input}: {error.error}", file=sys.stderr)
    print("newsprism: error: no article could be read", file=sys.stderr)
    return typer.Exit(NOTHING_READ)
