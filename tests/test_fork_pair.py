"""fork_pair.run_tasks: a forked child shares the tasks, results come back in task order,
and a child that fails or dies costs only time."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from scrutiny.errors import TimeLimitExceeded
from scrutiny.extract.base import extract_papers
from scrutiny.fork_pair import run_tasks
from scrutiny.ingest.read import read_path
from scrutiny.pipeline import papers_of

pytestmark = pytest.mark.skipif(
    not (hasattr(os, "fork") and hasattr(os, "sched_getaffinity")
         and len(os.sched_getaffinity(0)) >= 2),
    reason="needs fork and two CPUs",
)
EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"
PARENT = os.getpid()
# run_tasks forks only while no other thread runs, and earlier tests in a whole-suite run
# leave threads behind (servers, browsers). The tests that need a child therefore run in
# a fresh pytest process (test_forking_tests_in_a_fresh_process), marked by this variable.
ISOLATED = os.environ.get("SCRUTINY_FORK_TEST_ISOLATED") == "1"
needs_fresh_process = pytest.mark.skipif(
    not ISOLATED, reason="run by test_forking_tests_in_a_fresh_process"
)


def test_forking_tests_in_a_fresh_process():
    if ISOLATED:
        pytest.skip("this is the fresh process")
    env = {**os.environ, "SCRUTINY_FORK_TEST_ISOLATED": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__,
         "-k", "not fresh_process"],
        env=env, capture_output=True, text=True, timeout=600,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-2000:]


def in_child() -> bool:
    return os.getpid() != PARENT


def task(started: Any, child_does: Callable[[int], Any], index: int) -> Any:
    """In the child: say so, then ``child_does``. In the parent: wait until the child has
    taken a task (so both processes surely run one), then return the task's index."""
    if in_child():
        started.set()
        return child_does(index)
    started.wait(30)
    return index


def tasks(child_does: Callable[[int], Any], count: int = 4) -> list[Callable[[], Any]]:
    started = multiprocessing.get_context("fork").Event()
    return [partial(task, started, child_does, k) for k in range(count)]


def pid_of(index: int) -> tuple[int, int]:
    return index, os.getpid()


@needs_fresh_process
def test_both_processes_run_tasks_and_results_keep_task_order():
    results = run_tasks(tasks(pid_of), fork=True)
    indexes = [r if isinstance(r, int) else r[0] for r in results]
    assert indexes == [0, 1, 2, 3]
    assert any(isinstance(r, tuple) and r[1] != PARENT for r in results)  # the child ran one


def out_of_time(_: int) -> None:
    raise TimeLimitExceeded("took more than 1 s to read and extract")


@needs_fresh_process
def test_an_exception_in_the_child_is_raised_in_the_parent():
    with pytest.raises(TimeLimitExceeded):
        run_tasks(tasks(out_of_time), fork=True)


def die(_: int) -> None:
    os._exit(1)


def unpicklable(_: int) -> Callable[[], None]:
    return lambda: None


@needs_fresh_process
@pytest.mark.parametrize("child_does", [die, unpicklable])
def test_a_lost_child_costs_only_time(child_does: Callable[[int], Any]):
    # the parent runs the child's tasks again itself, where they return their index
    assert run_tasks(tasks(child_does), fork=True) == [0, 1, 2, 3]


def test_no_fork_with_other_threads_running():
    def run() -> list[Any]:
        return run_tasks([partial(pid_of, k) for k in range(4)], fork=True)

    with ThreadPoolExecutor(max_workers=1) as pool:
        results = pool.submit(run).result()
    assert results == [(k, PARENT) for k in range(4)]


def test_extraction_shared_with_a_child_gives_the_same_records():
    document = read_path(EVAL / "wexmoor_2024-11-27_panel-agenda-pack.pdf")
    papers = papers_of(document)
    alone, problems_alone = extract_papers(document.source, papers, parallel=False)
    shared, problems_shared = extract_papers(document.source, papers, parallel=True)
    assert shared.contract() == alone.contract()
    assert problems_shared == problems_alone
    assert sum(alone.counts().values()) > 10
