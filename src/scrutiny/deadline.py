"""The per-file time limit, carried in a context variable so it holds in any thread.

Documents are untrusted: a hostile file can make a reader or a rule run for minutes.
SIGALRM can interrupt anything, but only on a process's main thread, and a web upload is
handled in a worker thread. So the limit is also cooperative: :func:`time_limit` (used by
``pipeline.store_bytes``) sets a deadline in a context variable, and the long loops call
:func:`check` at safe points (the PDF reader between pages, the DOCX, HTML and text
readers between blocks, the extractor registry between extractors and between papers),
which raises :class:`~scrutiny.errors.TimeLimitExceeded` once the deadline has passed.

A context variable rather than a global: two uploads in two threads each have their own
deadline, and code run outside any limit (``read_path`` in a script) is never stopped.
On the main thread SIGALRM stays as the hard stop, for a single step that never reaches
a check (one pathological regex); elsewhere the limit can overrun by one such step.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from scrutiny.errors import TimeLimitExceeded


@dataclass(frozen=True)
class Deadline:
    """When the current file's work must stop (``time.monotonic`` clock), and the limit
    it came from (for the message)."""

    expires: float
    seconds: float

    def error(self) -> TimeLimitExceeded:
        return TimeLimitExceeded(
            f"took more than {self.seconds:g} s to read and extract "
            "(raise SCRUTINY_MAX_SECONDS_PER_FILE)"
        )


_CURRENT: ContextVar[Deadline | None] = ContextVar("scrutiny_deadline", default=None)


def check() -> None:
    """Raise TimeLimitExceeded if the current deadline has passed; otherwise nothing.

    Cheap (a context-variable lookup and a clock read), so it can run once per page or
    block. Without a deadline (no :func:`time_limit` around the caller) it never raises.
    """
    deadline = _CURRENT.get()
    if deadline is not None and time.monotonic() > deadline.expires:
        raise deadline.error()


@contextmanager
def cooperative(seconds: float) -> Iterator[Deadline | None]:
    """Set a deadline ``seconds`` from now for :func:`check` inside the block.

    ``seconds <= 0`` means no limit. An outer deadline that expires sooner is kept (a
    nested limit can only shorten the time left, never extend it).
    """
    outer = _CURRENT.get()
    if seconds <= 0:
        yield outer
        return
    deadline = Deadline(time.monotonic() + seconds, seconds)
    if outer is not None and outer.expires <= deadline.expires:
        deadline = outer
    token = _CURRENT.set(deadline)
    try:
        yield deadline
    finally:
        _CURRENT.reset(token)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Bound the block to ``seconds`` in any thread; ``seconds <= 0`` means unbounded.

    Cooperatively everywhere (see :func:`check`); on the main thread of a Unix process
    SIGALRM also interrupts the block wherever it is, for a step that never checks.
    Raises TimeLimitExceeded either way.
    """
    if seconds <= 0:
        yield
        return
    with cooperative(seconds) as deadline:
        usable = hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()
        if deadline is None or not usable:
            yield
            return

        def on_alarm(_signum: int, _frame: object) -> None:
            raise deadline.error()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, max(deadline.expires - time.monotonic(), 1e-6))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
