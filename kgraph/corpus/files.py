"""Reading one file's bytes safely: type and size checked first, never hanging on a pipe."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from kgraph.errors import make_problem
from kgraph.model import Problem

__all__ = ["Skip", "read_bytes", "check_regular"]


class Skip(Exception):
    """A file that cannot be read; carries the Problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"),
             (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))
    return next((name for test, name in kinds if test(mode)), "special file")


def _os_problem(path: Path, exc: OSError, name: str) -> Problem:
    """The Problem for an OSError raised by stat or open."""
    if exc.errno == errno.ELOOP:
        return make_problem("E012", path, name=name)
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return make_problem("E011", path, name=name, target=os.readlink(path))
        return make_problem("E001", path, name=name)
    return make_problem("E010", path, name=name, reason=exc.strerror or str(exc))


def check_regular(path: Path, name: str) -> os.stat_result:
    """The file's status; raises ``Skip`` unless it is a regular file that can be stat'ed."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise Skip(_os_problem(path, exc, name)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise Skip(make_problem("E013", path, name=name, kind=_kind(st.st_mode)))
    return st


def read_bytes(path: Path, max_bytes: int, name: str) -> bytes:
    """The file's bytes; checks type and size before reading, never reads past the limit."""
    st = check_regular(path, name)
    if st.st_size > max_bytes:
        raise Skip(make_problem("E014", path, name=name, size=st.st_size, limit=max_bytes))
    try:  # O_NONBLOCK: a file swapped for a named pipe after stat must not hang us
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise Skip(_os_problem(path, exc, name)) from exc
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise Skip(make_problem("E013", path, name=name, kind=_kind(st.st_mode)))
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise Skip(_os_problem(path, exc, name)) from exc
    if len(data) > max_bytes:  # grew since stat
        raise Skip(make_problem("E014", path, name=name, size=max(st.st_size, len(data)),
                                 limit=max_bytes))
    return data
