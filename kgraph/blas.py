"""One BLAS thread per extracting process: kgraph's parallelism is its processes (``--jobs``).

Natasha's models multiply small matrices through numpy's OpenBLAS, which by default starts a
thread per core and spins them: on 240 SlavicNER documents the Russian pipeline took 10.7-18.2 s
of CPU for 3.2 s of work on two busy cores, and two worker processes each with two BLAS threads
fight over them. :func:`one_blas_thread` limits every BLAS loaded in this process to one thread
for a block and restores the previous figures after it (threadpoolctl does the finding and setting).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from threadpoolctl import threadpool_info, threadpool_limits

__all__ = ["one_blas_thread", "blas_threads"]


def blas_threads() -> list[int]:
    """The thread count of each BLAS loaded in this process (empty: none found)."""
    return [int(pool["num_threads"]) for pool in threadpool_info() if pool.get("user_api") == "blas"]


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with one BLAS thread (the previous counts are restored after it)."""
    with threadpool_limits(limits=1, user_api="blas"):
        yield
