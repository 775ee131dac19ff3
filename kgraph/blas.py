"""One BLAS thread per extracting process: kgraph's parallelism is its processes (``--jobs``).

Natasha's models multiply small matrices through numpy's OpenBLAS, which by default starts a
thread per core and spins them: on 240 SlavicNER documents the Russian pipeline took 10.7-18.2 s
of CPU for 3.2 s of work on two busy cores, and two worker processes each with two BLAS threads
fight over them. :func:`one_blas_thread` limits every OpenBLAS loaded in this process to one
thread for a block and restores the previous figure after it, through OpenBLAS's own
``*_set_num_threads`` functions (nothing is done where no OpenBLAS is found).
"""
from __future__ import annotations

import ctypes
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["one_blas_thread", "blas_threads"]

log = logging.getLogger(__name__)
_PREFIXES = ("openblas", "scipy_openblas")
_SUFFIXES = ("", "64_")


def _libraries() -> list[tuple[ctypes.CDLL, str]]:
    """(library, symbol prefix) of every OpenBLAS mapped into this process."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux
        return []
    found = []
    for path in sorted({line.split()[-1] for line in maps.splitlines() if "openblas" in line.lower() and "/" in line}):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix in _PREFIXES:
            for suffix in _SUFFIXES:
                if hasattr(lib, f"{prefix}_get_num_threads{suffix}") and hasattr(lib, f"{prefix}_set_num_threads{suffix}"):
                    found.append((lib, f"{prefix}_%s_num_threads{suffix}"))
    return found


def blas_threads() -> list[int]:
    """The thread count of each OpenBLAS loaded in this process (empty: none found)."""
    return [int(getattr(lib, name % "get")()) for lib, name in _libraries()]


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with one BLAS thread (the previous counts are restored after it)."""
    libs = _libraries()
    before = [int(getattr(lib, name % "get")()) for lib, name in libs]
    for lib, name in libs:
        getattr(lib, name % "set")(1)
    try:
        yield
    finally:
        for (lib, name), count in zip(libs, before):
            getattr(lib, name % "set")(count)
