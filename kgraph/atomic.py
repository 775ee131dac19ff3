"""Writing files so that a reader never sees half of one: temp file, fsync, rename. The one
atomic writer of the package (exports, views, caches), and the one write-if-changed on top of it.

A temp file is named ``.NAME.PID.XXXX.tmp``; one left by a process that no longer runs (a build
killed midway) is deleted the next time NAME is written. A write that fails (a full disk) deletes
its temp file and leaves NAME as it was. ``durable=False`` is for the cache's files, which a build
can make again: no fsync, and no sweep of the folder for stale temp files (the cache prunes them).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_output", "write_atomic", "write_cache_json", "write_if_changed", "write_stream_if_changed", "write_hashed",
           "HashingWriter", "remove_stale_temps", "process_alive"]


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def remove_stale_temps(path: Path) -> None:
    """Delete the temp files of ``path`` left by processes that died before renaming them."""
    prefix = f".{path.name}."
    for entry in path.parent.iterdir():
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            entry.unlink(missing_ok=True)


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _create_temp(path: Path) -> tuple[int, str]:
    """A new temp file beside ``path`` (its folder made if missing), open for writing, with the
    permissions ``path`` has, or those a plain ``open(path, "w")`` would give it (the umask applied
    by the system as it creates the file: a new file costs no chmod)."""
    try:
        mode: int | None = path.stat().st_mode & 0o7777
    except OSError:
        mode = None
    prefix = f".{path.name}.{os.getpid()}."
    for attempt in range(100):
        tmp = str(path.parent / f"{prefix}{os.urandom(6).hex()}.tmp")
        try:
            fd = os.open(tmp, _CREATE, 0o666 if mode is None else mode)
        except FileExistsError:
            continue
        except FileNotFoundError:
            if attempt or path.parent.is_dir():
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            continue
        if mode is not None and os.fstat(fd).st_mode & 0o7777 != mode:  # the umask took bits the file had
            os.fchmod(fd, mode)
        return fd, tmp
    raise FileExistsError(f"no free temp file name beside {path}")


@contextmanager
def atomic_output(path: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` only when the block succeeds."""
    if durable:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path)
    fd, tmp = _create_temp(path)
    try:
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


def write_cache_json(path: Path, value: object, *, sort_keys: bool = True, compact: bool = False) -> None:
    """``value`` as a cache's JSON file (its folder made first; not synced: a cache can be remade)."""
    data = json.dumps(value, sort_keys=sort_keys, separators=(",", ":") if compact else None).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, lambda out: out.write(data), durable=False)


def write_if_changed(path: Path, payload: bytes) -> bool:
    """Replace ``path`` with ``payload`` unless it already holds exactly that; True if written."""
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            remove_stale_temps(path)  # what a killed writer left beside it
            return False
    except OSError:
        pass
    write_atomic(path, lambda out: out.write(payload))
    return True


def write_stream_if_changed(path: Path, pieces: Iterable[bytes]) -> bool:
    """Like :func:`write_if_changed`, for content given in pieces (never all in memory at once)."""
    def fill(out: HashingWriter) -> None:
        for piece in pieces:
            out.write(piece)
    return write_hashed(path, fill)


class HashingWriter:
    """A file handle's ``write`` that also digests and counts what goes through."""

    def __init__(self, handle) -> None:
        self.handle, self.digest, self.size = handle, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.handle.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.handle.flush()


def write_hashed(path: Path, fill: Callable[[HashingWriter], None]) -> bool:
    """Write ``path`` atomically through ``fill``; leave it untouched (False) if the bytes are the same."""
    try:
        with atomic_output(path) as handle:
            out = HashingWriter(handle)
            fill(out)
            try:
                if path.stat().st_size == out.size and _file_digest(path) == out.digest.digest():
                    raise _Unchanged
            except OSError:
                pass
    except _Unchanged:
        remove_stale_temps(path)
        return False
    return True


class _Unchanged(Exception):
    pass


def _file_digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.digest()
