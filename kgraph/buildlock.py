"""One build at a time into an output folder: an exclusive lock on ``OUT/.kgraph.lock``.

The lock is the kernel's (``fcntl.flock``), so it goes with the process that holds it: a build
killed midway never leaves a stale lock. The holder writes its process id into the file, for the
message of the build that finds the folder busy. A second build waits up to ``wait`` seconds for
the first, then stops with E401; the folder then holds the first build, whole.
"""
from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kgraph.errors import KgraphError, printable

__all__ = ["LOCK_FILE", "BuildLocked", "build_lock"]

LOCK_FILE = ".kgraph.lock"
_POLL = 0.2  # seconds between tries while waiting


class BuildLocked(KgraphError):
    """Another build holds the output folder."""

    def __init__(self, out_dir: Path, holder: str, waited: float) -> None:
        super().__init__("E401", name=printable(out_dir), holder=holder or "?", waited=f"{waited:g}")
        self.out_dir = out_dir


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""


_HELD: set[int] = set()  # the lock descriptors this process holds


def _close_in_child() -> None:
    """A forked child (a resident extraction worker, which outlives the build that forked it) does
    not keep the build's lock: a lock is held while any descriptor of it is open."""
    held = getattr(sys.modules.get(__name__), "_HELD", _HELD)  # the module as now loaded, if reloaded
    for fd in list(held | _HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    held.clear()
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


@contextmanager
def build_lock(out_dir: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold ``out_dir``'s build lock for the block; raise :class:`BuildLocked` if another build
    still holds it after ``wait`` seconds."""
    path = out_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        started = time.monotonic()
        while not _try_lock(fd):
            if time.monotonic() - started >= wait:
                raise BuildLocked(out_dir, _holder(path), wait)
            time.sleep(_POLL)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        _HELD.add(fd)
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)  # closing releases the lock
