"""Getting an input's bytes: files by path (size checked before reading), directories expanded, stdin.

An input over ``Options.max_bytes`` is refused by its size on disk without being opened; standard
input (or any stream whose size is unknown) is read in chunks up to the limit plus one byte and refused there
(never asking for the whole limit at once: a limit of 100 GB must not allocate 100 GB).
A path given twice (or a file reached both by name and through its folder) is read once.
"""
from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from newsprism.errors import InputError, InputTooLarge

STDIN = "-"
_CHUNK = 1 << 20  # bytes asked of a stream at a time


def discover(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The inputs ``paths`` expand to: directories recursively (sorted, hidden entries skipped); "-" stays.

    Each input is listed once, at its first mention (two names of one file, by its resolved path): read twice,
    a file would count as a syndicated copy of itself. A folder with nothing to read is listed itself, so that
    reading it says so."""
    inputs: list[str] = []
    seen: set[str] = set()
    for path in (found for given in map(os.fspath, paths) for found in _expand(given)):
        key = path if path in (STDIN, "") else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            inputs.append(path)
    return inputs


def _expand(path: str) -> list[str]:
    if path == STDIN or not os.path.isdir(path):
        return [path]
    return list(_walk(path)) or [path]


def _walk(top: str) -> Iterator[str]:
    """Every non-hidden entry under ``top`` that is not a folder walked into, sorted: regular files, and also what
    cannot be read as one (a link to nothing or to itself, a named pipe, a linked folder, a folder that cannot be
    listed), so that reading them reports why instead of the walk dropping them unsaid."""
    found: list[tuple[tuple[str, ...], str]] = []
    unlisted: list[str] = []
    for directory, subdirectories, files in os.walk(top, onerror=lambda error: unlisted.append(error.filename)):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        linked = [name for name in subdirectories if os.path.islink(os.path.join(directory, name))]
        for name in [n for n in files if not n.startswith(".")] + linked:
            path = os.path.join(directory, name)
            found.append((Path(os.path.relpath(path, top)).parts, path))
    found += [(Path(os.path.relpath(path, top)).parts, path) for path in unlisted if path]  # top itself: ()
    return (path for _, path in sorted(found))


def load_bytes(path: str, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of one input; raises InputError (missing, unreadable, too_large, empty, unsupported)."""
    if path == STDIN:
        return _read_bounded(_standard_input(stdin), "standard input", path, max_bytes)
    if not path:
        raise InputError(path, "an empty argument names no file", "missing")
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise _folder_error(path)
    if not stat.S_ISREG(info.st_mode) and not _stream_of_this_process(path):
        # a named pipe, socket or device: reading it could wait forever for a writer that never comes
        raise InputError(path, "not a regular file (a named pipe, socket or device)", "unsupported")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputTooLarge(path, info.st_size, max_bytes)
    if stat.S_ISREG(info.st_mode) and info.st_size == 0:
        raise InputError(path, "file is empty", "empty")
    try:
        with open(path, "rb") as stream:
            return _read_bounded(stream, "file", path, max_bytes)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}", "unreadable") from error


def _standard_input(stdin: BinaryIO | None) -> BinaryIO:
    """The stream "-" reads: ``stdin`` if given, else the process's own (an error when the shell closed it)."""
    if stdin is not None:
        return stdin
    if sys.stdin is None:
        raise InputError(STDIN, "standard input is closed", "unreadable")
    return sys.stdin.buffer


def _folder_error(path: str) -> InputError:
    """Why a folder given to be read as a file is not read."""
    if not _listable(path):
        return InputError(path, "folder cannot be listed: permission denied", "unreadable")
    if os.path.islink(path):
        return InputError(path, "a link to a folder: not followed (give the folder itself to read it)", "unsupported")
    if not any(_walk(path)):
        return InputError(path, "folder holds no readable files (it is empty, or holds only hidden ones)", "empty")
    return InputError(path, "is a directory (expand it with discover())", "unsupported")


def _listable(path: str) -> bool:
    return os.access(path, os.R_OK | os.X_OK)


def _stream_of_this_process(path: str) -> bool:
    """A pipe the shell opened for this process ("<(command)" gives /dev/fd/63): read it as a file."""
    return path.startswith(("/dev/fd/", "/proc/self/fd/", "/dev/stdin"))


def _stat(path: str) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError as error:
        raise InputError(path, "no such file or directory", "missing") from error
    except OSError as error:
        raise InputError(path, f"cannot open: {error.strerror or error}", "unreadable") from error


def _read_bounded(stream: BinaryIO, what: str, path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` bytes; one more byte means the input is over the limit (its size unknown)."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:  # pipes may return short reads: read until end of input or past the limit
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise InputError(path, f"{what} is over the limit of {max_bytes:,} bytes", "too_large")
    if not data:
        raise InputError(path, f"{what} is empty", "empty")
    return data
