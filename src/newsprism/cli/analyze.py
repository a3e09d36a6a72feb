"""``newsprism analyze``: read inputs (or one story from a store) and write the report."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..config import DEFAULT_MAX_BYTES, Options
from ..errors import ConfigError
from ..model import Report
from ..resources import Resources
from .errors import reports_errors, warn_skipped
from .exit_codes import NOTHING_READ, OK, SOME_INPUTS_FAILED
from .output import SUFFIX_FORMATS, Format, check_output, choose_format, stdout_is_terminal, write_report
from .params import (
    INPUT_FORMATS, FieldMap, MaxBytes, ShowProgress, choice_parser, choices_metavar, named_file, run_options,
)
from .progress import progress_output


def resources_of(ctx: typer.Context) -> Resources:
    """The models to use: those a caller passed as the context object (tests share one set), else new ones."""
    return ctx.obj if isinstance(ctx.obj, Resources) else Resources()


@reports_errors
def analyze(
    ctx: typer.Context,
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH", show_default=False,
        help=f"A file or folder (read recursively) of {INPUT_FORMATS}; - reads standard input.")] = None,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", "-f", parser=choice_parser(Format, "a report format"), metavar=choices_metavar(Format),
        show_default=False, help=f"The report's format. Default: the one the -o file's suffix names "
        f"({', '.join(SUFFIX_FORMATS)}); without -o, terminal on a terminal and json when piped.")] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", parser=named_file, metavar="FILE", help="Write the report to FILE instead of standard output.")] = None,
    db: Annotated[Optional[Path], typer.Option(
        "--db", parser=named_file, metavar="FILE", help="Report a story of this store (one that 'ingest' built); needs --story.")]
    = None,
    story: Annotated[Optional[str], typer.Option(
        "--story", metavar="ID", help="The story to report, with --db ('newsprism stories --db FILE' lists them).")]
    = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    field_map: FieldMap = None,
    progress: ShowProgress = True,
) -> None:
    """Read news articles, group them into stories and report, for each story, what its sources establish,
    what they dispute and what only one of them says, with the evidence. With --db and --story, report one
    story of a store instead.

    Inputs that cannot be read are skipped, each named on stderr and in the report's errors.

    Exit codes: 0 all inputs read; 1 report written but some inputs skipped or read in part; 2 usage error;
    3 nothing could be read (each input named, an empty folder or a "[]" included); 4 store error; 5 missing model or broken
    installation; 70 internal error; 74 the report could not be written (a full disk, a closed standard output);
    130 interrupted.
    """
    options = run_options(max_bytes, field_map)
    chosen = choose_format(fmt, output, stdout_is_terminal())
    check_output(output, chosen)
    report = _build_report(paths or [], db, story, options, progress, resources_of(ctx))
    if not report.articles:
        raise _nothing_read(report)
    write_report(report, chosen, output)
    if chosen is not Format.terminal:  # the terminal view lists them itself
        warn_skipped(report.errors)
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

    with progress_output(enabled=show) as on_progress:
        stdin = sys.stdin.buffer if sys.stdin is not None else None  # closed (<&-): only "-" minds, and says so
        return analyze_paths(paths, options, resources, stdin=stdin, progress=on_progress)


def _nothing_read(report: Report) -> typer.Exit:
    warn_skipped(report.errors)
    print("newsprism: error: no article could be read", file=sys.stderr)
    return typer.Exit(NOTHING_READ)
