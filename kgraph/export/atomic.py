"""Writing files so that a reader never sees half of one: temp file, fsync, rename.

A temp file is named ``.NAME.PID.XXXX.tmp``; one left by a process that no longer runs (a build
killed midway) is deleted the next time NAME is written. A write that fails (a full disk) deletes
its temp file and leaves NAME as it was. ``durable=False`` is for the cache's files, which a build
can make again: no fsync, and no sweep of the folder for stale temp files (the cache prunes them).
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_output", "write_atomic"]


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain ``open(path, "w")`` would give."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def _remove_stale_temps(path: Path) -> None:
    """Delete the temp files of ``path`` left by processes that died before renaming them."""
    prefix = f".{path.name}."
    for entry in path.parent.iterdir():
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            entry.unlink(missing_ok=True)


@contextmanager
def atomic_output(path: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if durable:
        _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))  # mkstemp makes 0600: exports must stay readable by others
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *, durable: bool = True) -> None:
    with atomic_output(path, durable=durable) as handle:
        write(handle)
