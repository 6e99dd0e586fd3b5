"""Run independent tasks in this process and one forked child, results in task order.

Extracting a large file runs seven independent extractors over the same papers; on a
machine with two free cores, a forked child can take half of them. Fork, not a process
pool: the child starts with the papers already in its memory (copy-on-write), so only
the records come back through a pipe, and nothing is imported again.

How the work is shared: both processes claim the next unclaimed task from a counter in
shared memory, so a slow task never leaves the other process idle behind a fixed split.
The child sends its outcomes (a result or the exception a task raised) when it runs out
of tasks; the parent puts every result back in task order, so the output is exactly what
running the tasks one after another gives. A child that dies or cannot send (an
unpicklable result) costs only time: the parent runs the child's tasks itself. While
waiting, the parent checks the per-file deadline (``scrutiny.deadline``) and kills the
child when time runs out; the child inherits the deadline and checks it too.

Forking is used only where it is safe: a POSIX system, at least two CPUs available to
this process, and no other thread running (a web server's worker threads may hold locks
a forked child would wait on forever). Elsewhere :func:`run_tasks` runs the tasks in
order in this process. Callers fork only when :func:`spare_cpu` says a CPU is idle:
on a busy machine the child would only take turns with its parent.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from scrutiny import deadline

if TYPE_CHECKING:  # multiprocessing's pipes import sockets and more: only when forking
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)
T = TypeVar("T")
POLL_SECONDS = 0.05  # how often the waiting parent checks the deadline
Outcome = tuple[bool, Any]  # (succeeded, result or the exception raised)


def fork_usable() -> bool:
    """Whether forking a helper child is possible and safe here (see the module doc)."""
    return (
        hasattr(os, "fork")
        and hasattr(os, "sched_getaffinity")
        and len(os.sched_getaffinity(0)) >= 2
        and threading.active_count() == 1
    )


def spare_cpu() -> bool:
    """Whether a CPU is free enough now that a forked child would run beside this process
    rather than take turns with it (sharing the work costs about a fifth more CPU in all: the
    child builds its own font and rule caches, and its results travel through a pipe).

    Reads the number of runnable tasks from ``/proc/loadavg`` (this process is one of
    them); without it, the one-minute load average.
    """
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    try:
        running = int(Path("/proc/loadavg").read_text().split()[3].split("/")[0])
    except (OSError, IndexError, ValueError):
        return os.getloadavg()[0] < cpus - 0.5 if hasattr(os, "getloadavg") else False
    # this process and at most cpus - 1 others runnable: measured on 2 CPUs with one other
    # busy process, sharing made a 308-page ingest 23% faster (median of 5, 1.92 s vs 2.48 s)
    return running <= cpus


def forks_made() -> int:
    """How many times this process has forked a helper child (for benchmarks to report)."""
    return _FORKS[0]


_FORKS = [0]


def run_tasks(tasks: Sequence[Callable[[], T]], *, fork: bool) -> list[T]:
    """Every task's result, in task order; an exception a task raises is raised here.

    With ``fork`` (and :func:`fork_usable`) the tasks are shared with one forked child;
    otherwise they run here one after another. Either way the results are the same.
    """
    if not fork or len(tasks) < 2 or not fork_usable():
        return [task() for task in tasks]
    return _in_two_processes(tasks)


def _claim(counter: Any, total: int) -> int | None:
    with counter.get_lock():
        index = counter.value
        counter.value = index + 1
    return index if index < total else None


def _run(task: Callable[[], T]) -> Outcome:
    try:
        return True, task()
    except Exception as exc:  # sent to the parent, which raises it in task order
        return False, exc


def _child(tasks: Sequence[Callable[[], Any]], counter: Any, send: Connection) -> None:
    outcomes: list[tuple[int, Outcome]] = []
    while (index := _claim(counter, len(tasks))) is not None:
        outcomes.append((index, _run(tasks[index])))
        if not outcomes[-1][1][0]:
            break
    try:
        send.send(outcomes)
    except Exception:  # an unpicklable result: the parent runs these tasks itself
        log.info("forked child could not send its results", exc_info=True)
    send.close()


def _in_two_processes(tasks: Sequence[Callable[[], T]]) -> list[T]:
    import multiprocessing

    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(tasks, counter, send), daemon=True)
    child.start()
    _FORKS[0] += 1
    send.close()
    outcomes: dict[int, Outcome] = {}
    try:
        while (index := _claim(counter, len(tasks))) is not None:
            outcomes[index] = _run(tasks[index])
            if not outcomes[index][0]:
                break  # one task failed: the file's work stops, as it would in order
        outcomes.update(_child_outcomes(receive, child))
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    return _in_order(tasks, outcomes)


def _child_outcomes(receive: Connection, child: Any) -> dict[int, Outcome]:
    """What the child sends, waiting no longer than the deadline; {} if it died."""
    while not receive.poll(POLL_SECONDS):
        deadline.check()
        if not child.is_alive() and not receive.poll(0):
            return {}
    try:
        return dict(receive.recv())
    except (EOFError, OSError):  # the child died or could not pickle its results
        return {}


def _in_order(tasks: Sequence[Callable[[], T]], outcomes: dict[int, Outcome]) -> list[T]:
    results: list[T] = []
    for index, task in enumerate(tasks):
        succeeded, value = outcomes.get(index) or _run(task)  # a lost task runs here
        if not succeeded:
            raise value
        results.append(value)
    return results
