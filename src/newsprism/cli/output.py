"""Choosing the output format and writing the report: stdout carries only the report."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TextIO

from ..errors import ConfigError, OutputError
from ..model import Report


class Format(str, Enum):
    json = "json"
    markdown = "markdown"
    html = "html"
    terminal = "terminal"


SUFFIX_FORMATS = {".json": Format.json, ".md": Format.markdown, ".markdown": Format.markdown,
                  ".html": Format.html, ".htm": Format.html}


def stdout_is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def choose_format(requested: Format | None, output: Path | None, stdout_is_tty: bool) -> Format:
    """The explicit --format; else the output file's suffix; else the terminal view on a terminal, JSON elsewhere.

    A file name whose suffix names no format is a ConfigError, not a guess: ``-o report.txt`` would otherwise
    hold JSON that its name says is text.
    """
    if requested is not None:
        return requested
    if output is None:
        return Format.terminal if stdout_is_tty else Format.json
    suffix = output.suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        named = f"from {output.suffix!r}" if output.suffix else "from a name without a suffix"
        raise ConfigError(f"-o {output}: cannot tell the report format {named}; end the name in "
                          f"{', '.join(SUFFIX_FORMATS)}, or give --format")
    return SUFFIX_FORMATS[suffix]


def render(report: Report, fmt: Format) -> str:
    if fmt is Format.json:
        from ..render.json_report import report_to_json

        return report_to_json(report)
    if fmt is Format.markdown:
        from ..render.markdown import render_markdown

        return render_markdown(report)
    if fmt is Format.html:
        from ..render.html import render_html

        return render_html(report)
    raise ConfigError(f"format {fmt.value} is shown on a terminal, not written as text")


def standard_output() -> TextIO:
    """Standard output; an OutputError when the shell closed it (``>&-``), where Python leaves None."""
    if sys.stdout is None:
        raise OutputError("cannot write to standard output: it is closed")
    return sys.stdout


def check_output(output: Path | None, fmt: Format) -> None:
    """Refuse, before any work, an output the report cannot be written to: a file whose folder does not exist
    or that is a folder, the terminal view asked into a file, a closed standard output. The analysis would run
    to its end only to fail when written."""
    if output is None:
        standard_output()
        return
    if fmt is Format.terminal:
        raise ConfigError("--format terminal cannot be written to a file; use json, markdown or html")
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise ConfigError(f"cannot write {output}: the folder {folder} does not exist")
    if output.is_dir():
        raise ConfigError(f"cannot write {output}: it is a folder")


def write_report(report: Report, fmt: Format, output: Path | None) -> None:
    if fmt is Format.terminal:
        check_output(output, fmt)
        _show_in_terminal(report)
        return
    text = render(report, fmt)
    try:
        if output is None:
            standard_output().write(text)
            standard_output().flush()  # here, so that a full disk behind a redirection is said, not lost at exit
        else:
            output.write_text(text, encoding="utf-8")
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {output or 'the report to standard output'}: {exc.strerror or exc}") from None


def _show_in_terminal(report: Report) -> None:
    from rich.console import Console

    from ..render.terminal import render_terminal

    render_terminal(report, Console())
