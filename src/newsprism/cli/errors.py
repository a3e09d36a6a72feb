"""Turning exceptions into one-line messages on stderr and documented exit codes: no traceback reaches a user."""
from __future__ import annotations

import functools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import typer

from ..errors import NewsprismError
from ..model import ErrorRecord
from ..store import damaged_store
from .exit_codes import OK, OUTPUT, exit_code_for
from .signals import Terminated

F = TypeVar("F", bound=Callable[..., Any])


# Control characters an input may carry into a message (a damaged archive's first line: ESC, NUL, CR), which a
# terminal would act on: shown escaped.
_CONTROL = {code: f"\\x{code:02x}" for code in (*range(32), 127)}


def printable(message: str) -> str:
    """``message`` with its control characters escaped ("\\x1b"), safe to print on a terminal."""
    return message.translate(_CONTROL)


def fail(message: str, code: int) -> typer.Exit:
    """Print ``newsprism: error: message`` on stderr and return the Exit to raise."""
    print(f"newsprism: error: {printable(message)}", file=sys.stderr)
    return typer.Exit(code)


def warn_skipped(errors: Iterable[ErrorRecord]) -> None:
    """One line on stderr per input (or part of one) that could not be read: ``newsprism: skipped INPUT: REASON``,
    or ``newsprism: read in part INPUT: REASON`` where bytes were replaced and its article kept.

    Said on stderr whatever the format, so that a piped report's exit code 1 is explained where a person looks.
    """
    for error in errors:  # an empty argument ("") is shown as ''
        done = "read in part" if error.kept else "skipped"  # bytes replaced, its article kept
        print(printable(f"newsprism: {done} {error.input or repr('')}: {error.error}"), file=sys.stderr)


def reports_errors(command: F) -> F:
    """Wrap a command so that library errors become one line and an exit code; bugs too, unless NEWSPRISM_DEBUG."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return _run_flushed(command, args, kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:
            # The reader of stdout went away (``| head``): not an error of ours; say nothing more.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(OK) from None
        except KeyboardInterrupt as exc:
            raise fail("terminated" if isinstance(exc, Terminated) else "interrupted", exit_code_for(exc)) from None
        except NewsprismError as exc:
            raise fail(str(exc), exit_code_for(exc)) from None
        except sqlite3.DatabaseError as exc:  # a damaged store: a table dropped, pages overwritten
            damaged = damaged_store(exc)
            raise fail(str(damaged), exit_code_for(damaged)) from None
        except OSError as exc:  # standard output on a full disk; an input that cannot be read is reported apart
            where = f" ({exc.filename})" if exc.filename else ""
            raise fail(f"input/output error: {exc.strerror or exc}{where}", OUTPUT) from None
        except Exception as exc:  # a bug: say so plainly, keep the traceback for whoever asks for it
            if os.environ.get("NEWSPRISM_DEBUG"):
                raise
            message = f"internal error ({type(exc).__name__}: {exc}); rerun with NEWSPRISM_DEBUG=1 for the traceback"
            raise fail(message, exit_code_for(exc)) from None

    return wrapper  # type: ignore[return-value]


def _run_flushed(command: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """Run the command and flush standard output before its exit code is settled: a write that fails (a full
    disk behind ``> file``) then fails here, where it is reported, not as Python exits (exit 120, a traceback)."""
    try:
        result = command(*args, **kwargs)
    except typer.Exit:
        _flush_stdout()
        raise
    _flush_stdout()
    return result


def _flush_stdout() -> None:
    if sys.stdout is not None:  # closed by the shell (>&-): a command that writes there has said so already
        sys.stdout.flush()
