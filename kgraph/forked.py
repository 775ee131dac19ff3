"""Work of the stages after extraction spread over processes forked from this one.

What these stages work on (the resolved graphs, the views' pages) is in this process's memory
and costly to pickle; a forked child starts with a copy of it (copy-on-write), so only an
index goes to a worker and only a small result comes back. :func:`fork_map` runs
``function(i)`` for every index in worker processes and gives the results in index order, so
the caller's output is the same whatever the number of workers. It forks only from a process
with no other thread (a thread holding a lock at the fork would leave the child stuck): with
another thread alive, with one worker or a few items, it runs in this process.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

__all__ = ["fork_map", "fork_start", "can_fork", "FORK_MIN"]

R = TypeVar("R")
# with several workers, work of this many items or more is forked out (each graph's files, the views'
# pages); fewer are done in this process, where a fork would cost more than they do
FORK_MIN = 32
_CHUNKS_PER_WORKER = 8  # small enough that the workers end together, large enough to cost little
_task: Callable[[int], object] | None = None  # what the forked workers run (set before the fork)


def can_fork() -> bool:
    """Whether this process may fork workers now: on a platform with fork, and no other thread."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _run(indexes: range) -> list[object]:
    assert _task is not None
    return [_task(i) for i in indexes]


def _ranges(costs: Sequence[int], workers: int) -> list[range]:
    """Consecutive index ranges of about equal cost, ``_CHUNKS_PER_WORKER`` per worker."""
    target = max(1, sum(costs) // (workers * _CHUNKS_PER_WORKER))
    ranges: list[range] = []
    start, acc = 0, 0
    for i, cost in enumerate(costs):
        acc += cost
        if acc >= target:
            ranges.append(range(start, i + 1))
            start, acc = i + 1, 0
    if start < len(costs):
        ranges.append(range(start, len(costs)))
    return ranges


def fork_map(function: Callable[[int], R], count: int, workers: int, *, costs: Sequence[int] | None = None,
             minimum: int | None = None) -> list[R]:
    """``[function(i) for i in range(count)]``, computed by ``workers`` forked processes (the
    costliest ranges first, cut by ``costs``, one per index, default 1); in this process when
    ``workers`` is 1, fewer than ``minimum`` items (default :data:`FORK_MIN`), or :func:`can_fork`
    says no. ``function``'s results must pickle; whatever it changes in memory stays in the worker."""
    return fork_start(function, count, workers, costs=costs, minimum=minimum)()


def fork_start(function: Callable[[int], R], count: int, workers: int, *, costs: Sequence[int] | None = None,
               minimum: int | None = None) -> Callable[[], list[R]]:
    """:func:`fork_map` begun: the workers fork now and work while this process goes on; the
    function returned waits for them and gives the results (without workers, it computes them)."""
    global _task
    if workers <= 1 or count < max(2, FORK_MIN if minimum is None else minimum) or not can_fork():
        return lambda: [function(i) for i in range(count)]
    weights = list(costs) if costs is not None else [1] * count
    ranges = _ranges(weights, workers)
    order = sorted(range(len(ranges)), key=lambda k: -sum(weights[i] for i in ranges[k]))
    _task = function
    try:
        pool = ProcessPoolExecutor(max_workers=min(workers, len(ranges)), mp_context=multiprocessing.get_context("fork"))
        futures = {k: pool.submit(_run, ranges[k]) for k in order}  # the first submit forks every worker
    except BaseException:
        _task = None
        raise
    _task = None  # the workers hold their copy

    def gather() -> list[R]:
        try:
            results: list[R] = []
            for k in range(len(ranges)):
                results.extend(futures[k].result())  # type: ignore[arg-type]
            return results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return gather
