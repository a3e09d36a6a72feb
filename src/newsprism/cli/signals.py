"""SIGTERM turned into an exception, so that a stopped command cleans up as after Ctrl-C."""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Terminated(KeyboardInterrupt):
    """SIGTERM (a ``kill``, a service manager stopping the job), raised where the process was, as Ctrl-C is: the
    same clean-up runs (the batch in progress rolled back, a store this command created and left empty removed).
    """


@contextmanager
def terminated_as_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM raises :class:`Terminated` instead of ending the process on the spot
    (which skipped every clean-up). Only the main thread can set a signal handler; elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)  # None: set outside Python


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()
