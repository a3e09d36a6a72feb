"""Options shared by several commands, and the parsers behind the command line's values.

A shared option is one ``Annotated`` alias, so ``analyze`` and ``ingest`` define ``--max-bytes``,
``--field-map`` and ``--progress`` once. The parsers word their errors for the person at the keyboard
("'pdf' is not a format: choose json, markdown, html or terminal") where the validation library behind
Typer would say "Value error, 'pdf' is not one of ...", and a metavar names each value in --help
(BYTES, FILE) where Typer would show the Python type ("<int range>").
"""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TypeVar

import typer

from ..config import DEFAULT_MAX_BYTES, Options
from ..errors import ConfigError
from ..ingest.jsonl import FIELDS
from .progress import PROGRESS_LINE_SECONDS

E = TypeVar("E", bound=Enum)


def choices_metavar(kind: type[Enum]) -> str:
    """``json|markdown|html``: the values of an option with a fixed set of them, for --help."""
    return "|".join(str(member.value) for member in kind)


def choice_parser(kind: type[E], what: str) -> Callable[[object], E]:
    """A parser of one of ``kind``'s values; anything else is a usage error naming the choices."""

    def parse(value: object) -> E:
        if isinstance(value, kind):
            return value
        try:
            return kind(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not {what}: choose {_spelled(kind)}") from None

    return parse


def _spelled(kind: type[Enum]) -> str:
    values = [str(member.value) for member in kind]
    return ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]


def whole_number(low: int, high: int | None = None) -> Callable[[object], int]:
    """A parser of a whole number from ``low`` up to ``high`` (no upper bound when None)."""

    def parse(value: object) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a whole number") from None
        if number < low or (high is not None and number > high):
            bounds = f"at least {low}" if high is None else f"from {low} to {high}"
            raise typer.BadParameter(f"must be {bounds}, not {number}")
        return number

    return parse


def named_file(value: object) -> Path:
    """A parser of a FILE option (``-o``, ``--db``): the file's path; an empty name, which Path would read as ".",
    is a usage error."""
    if isinstance(value, Path):
        return value
    if not str(value).strip():
        raise typer.BadParameter("an empty name names no file")
    return Path(str(value))


def parse_field_map(pairs: list[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` -> {"text": "body", "published": "date"}; our names must exist."""
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = (part.strip() for part in pair.partition("="))
        if not sep or not ours or not theirs:
            raise ConfigError(f"--field-map takes OURS=THEIRS (e.g. text=body), not {pair!r}")
        if ours not in FIELDS:
            raise ConfigError(f"--field-map {pair}: {ours!r} is not one of our fields ({', '.join(FIELDS)})")
        mapping[ours] = theirs
    return mapping


def run_options(max_bytes: int, field_map: list[str] | None) -> Options:
    """The Options that ``--max-bytes`` and ``--field-map`` ask for."""
    return Options(max_bytes=max_bytes, field_map=parse_field_map(field_map or []))


MAX_BYTES_CEILING = 4_000_000_000
"""The largest ``--max-bytes``: an input is read into memory whole, so a larger limit protects nothing."""

INPUT_FORMATS = "text, Markdown, HTML, JSON, JSON Lines, RSS/Atom or WARC"

MaxBytes = Annotated[int, typer.Option(
    "--max-bytes", parser=whole_number(1, MAX_BYTES_CEILING), metavar="BYTES", show_default=False,
    help=f"Refuse inputs larger than this without reading them (at most {MAX_BYTES_CEILING}, 4 GB). "
         f"Default: {DEFAULT_MAX_BYTES} (20 MiB).")]

FieldMap = Annotated[Optional[list[str]], typer.Option(
    "--field-map", metavar="OURS=THEIRS",
    help=f"JSON inputs: read our field OURS from your field THEIRS, e.g. text=body or outlet=source.name "
         f"(repeatable). Our fields: {', '.join(FIELDS)}.")]

ShowProgress = Annotated[bool, typer.Option(
    "--progress/--no-progress", help="Show progress on stderr: a bar on a terminal; elsewhere (a pipe, a log "
    f"file, CI) a plain line every {PROGRESS_LINE_SECONDS:g} seconds of a long run, with the stage and its counts.")]
