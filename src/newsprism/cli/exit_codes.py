"""Documented exit codes of the ``newsprism`` command, and the mapping from library errors to them."""
from __future__ import annotations

import sqlite3

from ..errors import (
    ConfigError, InputError, ModelUnavailable, NewsprismError, NotFound, OutputError, ServiceUnavailable, StoreError,
)
from .signals import Terminated

OK = 0
"""Everything read and reported."""
SOME_INPUTS_FAILED = 1
"""The report was written, but some inputs could not be read, or were read in part; they are listed in its
``errors``."""
USAGE = 2
"""The command line was wrong (an unknown option, a missing argument, an invalid value)."""
NOTHING_READ = 3
"""No input could be read at all: there is nothing to report."""
STORE = 4
"""The store could not be opened or used, or the story asked for is not in it."""
ENVIRONMENT = 5
"""A required model package is missing or the installation is broken."""
UNAVAILABLE = 69
"""A service the command was pointed at cannot be reached (the Dask scheduler); sysexits' EX_UNAVAILABLE."""
OUTPUT = 74
"""The report, or what else the command prints, could not be written (a full disk, no permission); sysexits'
EX_IOERR."""
INTERNAL = 70
"""A bug in newsprism: the message says so; ``NEWSPRISM_DEBUG=1`` shows the traceback."""
INTERRUPTED = 130
"""Stopped by Ctrl-C."""
TERMINATED = 143
"""Stopped by SIGTERM (128 + 15, as a shell reports it), after the same clean-up as Ctrl-C."""


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, KeyboardInterrupt):
        return TERMINATED if isinstance(exc, Terminated) else INTERRUPTED
    if isinstance(exc, (StoreError, NotFound, sqlite3.DatabaseError)):
        return STORE
    if isinstance(exc, ServiceUnavailable):
        return UNAVAILABLE
    if isinstance(exc, OutputError):
        return OUTPUT
    if isinstance(exc, ModelUnavailable):
        return ENVIRONMENT
    if isinstance(exc, ConfigError):
        return USAGE
    if isinstance(exc, InputError):
        return NOTHING_READ
    if isinstance(exc, NewsprismError):
        return ENVIRONMENT
    return INTERNAL
