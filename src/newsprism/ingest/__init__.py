"""Reading news input of every kind into Articles, with an error record for every input that fails.

Inputs are files (plain text, Markdown, HTML, JSON, JSON Lines, RSS/Atom feeds, WARC archives,
recognised by their content first and their name second), directories (read recursively, sorted,
hidden entries skipped) and "-" for standard input. Reading never raises for bad input: each
problem becomes an ``ErrorRecord`` whose ``kind`` is one of ``ERROR_KINDS`` (see ``reader``).
Articles have stable ids (the given id, else a content hash, or for the store a name: see ``ids``; a
repeated id gets "-2", "-3" in input order), ``path`` and ``source_format`` set, and ``original == text``:
cleaning comes later.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from newsprism.config import Options
from newsprism.errors import ConfigError
from newsprism.model import ReadResult

from .ids import IdRegistry
from .jsonl import FIELDS
from .reader import ERROR_KINDS, read_one
from .source import discover

__all__ = ["ERROR_KINDS", "discover", "iter_read", "read_input", "read_inputs"]


def read_input(path: str | os.PathLike[str], options: Options, stdin: BinaryIO | None = None,
               for_store: bool = False) -> ReadResult:
    """Read one input (a file, or "-" for ``stdin``, default the process's standard input).

    Ids are unique within this input only; ``iter_read``/``read_inputs`` keep them unique across inputs.
    ``for_store``: an article without an id of its own is named by its URL, else by the file it fills alone,
    as the store names it (see ``ids``), instead of by its text.
    """
    check_options(options)
    return read_one(os.fspath(path), options, IdRegistry(), stdin, for_store)


def iter_read(paths: Sequence[str | os.PathLike[str]], options: Options, stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """One ReadResult per input that ``discover(paths)`` lists, in that order, as each is read."""
    check_options(options)
    ids = IdRegistry()
    for path in discover(paths):
        yield read_one(path, options, ids, stdin)


def read_inputs(paths: Sequence[str | os.PathLike[str]], options: Options, stdin: BinaryIO | None = None) -> ReadResult:
    """Everything ``iter_read`` yields, in one ReadResult."""
    combined = ReadResult()
    for result in iter_read(paths, options, stdin):
        combined.extend(result)
    return combined


def check_options(options: Options) -> None:
    """Raise ConfigError for options no input could satisfy (a field mapping of unknown fields)."""
    unknown = sorted(set(options.field_map) - set(FIELDS))
    if unknown:
        raise ConfigError(f"field_map names unknown fields {unknown}; known fields: {', '.join(FIELDS)}")
    if options.max_bytes < 1:
        raise ConfigError(f"max_bytes must be positive, not {options.max_bytes}")
