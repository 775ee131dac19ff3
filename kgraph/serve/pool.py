"""A pool of query worker processes, each with the store open read-only.

pyoxigraph cannot cancel a running query, so every query runs in a worker process; one that
outlives the timeout is killed and replaced, and the client gets 503.
"""
from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from multiprocessing.connection import Connection
from pathlib import Path

from kgraph.serve.work import Answer

__all__ = ["QueryTimeout", "WorkerFailed", "QueryPool"]

log = logging.getLogger(__name__)
_CONTEXT = multiprocessing.get_context("spawn")


class QueryTimeout(Exception):
    """The work ran past the pool's timeout; its worker was killed."""


class WorkerFailed(Exception):
    """The worker died or raised."""


def _worker_main(conn: Connection, out_dir: str) -> None:
    """A worker's life: open the store, then answer calls until the pipe closes."""
    from kgraph.serve import work
    from kgraph.store import open_store

    store = open_store(Path(out_dir))
    conn.send(("ready", None))
    while True:
        try:
            name, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", getattr(work, name)(store, *args)))
        except Exception as exc:  # reported to the handler as a 500, the worker lives on
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, out_dir: Path) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, str(out_dir)), daemon=True)
        self.process.start()
        child.close()
        self.ready = False

    def stop(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """``workers`` processes; :meth:`call` runs ``kgraph.serve.work.<name>(store, *args)`` in one."""

    def __init__(self, out_dir: Path, *, workers: int = 2, timeout: float = 10.0) -> None:
        self.out_dir, self.timeout = out_dir, timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(max(1, workers)):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.out_dir)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        self._add()

    def call(self, name: str, *args: object, startup_grace: float = 60.0) -> Answer:
        """Run one call; QueryTimeout past the timeout, WorkerFailed if the worker broke."""
        worker = self._idle.get()
        try:
            if not worker.ready:  # a fresh worker first opens the store: a grace period for that
                if not worker.conn.poll(startup_grace) or worker.conn.recv()[0] != "ready":
                    raise OSError("the worker did not open the store")
                worker.ready = True
            worker.conn.send((name, args))
            if not worker.conn.poll(self.timeout):
                self._replace(worker)
                raise QueryTimeout(f"the query ran past the {self.timeout:g} s limit and was stopped")
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._replace(worker)
            raise WorkerFailed(f"query worker died ({exc!r})") from exc
        self._idle.put(worker)
        if status != "ok":
            raise WorkerFailed(str(payload))
        return payload

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()
