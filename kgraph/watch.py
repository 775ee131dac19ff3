"""``kgraph build --watch``: a resident build that keeps the models loaded and rebuilds, debounced,
as articles arrive in (change in, leave) the corpus folder — for a crawler that drops files all day.

Each rebuild is an ordinary incremental :func:`kgraph.api.build` in this process: the language
models, the gazetteer and the code stay loaded (with ``jobs``, so do the extraction workers:
:func:`kgraph.parallel.resident_pool`), the unchanged articles come from the extraction
cache and the unchanged graphs keep their files, so a new article is in the store (queryable)
seconds after it lands. Changes are seen with ``watchfiles`` when it is installed, else by polling
the folder's files (their size and modification time).
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["watch", "snapshot"]

log = logging.getLogger(__name__)
Snapshot = dict[str, tuple[int, int]]


def snapshot(corpus: Path) -> Snapshot:
    """Every file under ``corpus`` (hidden ones and partial downloads aside) → (size, mtime in ns)."""
    out: Snapshot = {}
    for path in corpus.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(corpus).parts) or path.suffix in {".part", ".tmp"}:
            continue
        try:
            stat = path.stat()
        except OSError:  # removed while listing
            continue
        if path.is_file():
            out[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return out


def _wait_for_change(corpus: Path, last: Snapshot, poll: float, stop: threading.Event) -> bool:
    """Block until the folder differs from ``last`` (True) or ``stop`` is set (False)."""
    try:
        import watchfiles  # type: ignore[import-not-found]
    except ImportError:
        watchfiles = None
    if watchfiles is not None:
        for _ in watchfiles.watch(corpus, stop_event=stop, rust_timeout=int(poll * 1000), yield_on_timeout=True):
            if stop.is_set() or snapshot(corpus) != last:
                return not stop.is_set()
        return False
    while not stop.wait(poll):
        if snapshot(corpus) != last:
            return True
    return False


def _settle(corpus: Path, debounce: float, poll: float, stop: threading.Event) -> Snapshot:
    """The folder's snapshot once it has not changed for ``debounce`` seconds (a burst of files
    gives one rebuild, and a file still being written is not read half-way)."""
    current, quiet_since = snapshot(corpus), time.monotonic()
    while not stop.is_set() and time.monotonic() - quiet_since < debounce:
        stop.wait(min(poll, debounce))
        now = snapshot(corpus)
        if now != current:
            current, quiet_since = now, time.monotonic()
    return current


def watch(corpus: Path, out: Path, *, debounce: float = 0.5, poll: float = 0.25, stop: threading.Event | None = None,
          on_build: Callable[[Any, float], None] | None = None, **build_options: Any) -> None:
    """Build ``corpus`` into ``out``, then rebuild whenever its files change, until ``stop`` is set
    (or KeyboardInterrupt). ``on_build(knowledge_graph, seconds)`` is called after each build;
    ``build_options`` go to :func:`kgraph.api.build` (``incremental`` is always on). A build that
    fails is logged and the watch goes on: the previous build's outputs stay as they were."""
    from kgraph.cache import resident_extractions
    from kgraph.parallel import resident_pool

    # with --jobs, the same worker processes (models loaded) serve every rebuild; the extractions
    # of unchanged articles stay in memory between rebuilds
    with resident_pool(), resident_extractions():
        _watch(corpus, out, debounce, poll, stop or threading.Event(), on_build, build_options)


def _watch(corpus: Path, out: Path, debounce: float, poll: float, stop: threading.Event,
           on_build: Callable[[Any, float], None] | None, build_options: dict[str, Any]) -> None:
    from kgraph.api import build

    build_options["incremental"] = True
    last: Snapshot | None = None
    while not stop.is_set():
        if last is not None and not _wait_for_change(corpus, last, poll, stop):
            break
        seen = _settle(corpus, debounce if last is not None else 0.0, poll, stop)
        if stop.is_set():
            break
        started = time.perf_counter()
        try:
            kg = build(corpus, out, **build_options)
        except Exception as exc:  # one bad rebuild never ends the watch
            log.exception("rebuild of %s failed; watching on", corpus)
            print(f"kgraph --watch: rebuild of {corpus} failed ({exc!r}); watching on", file=sys.stderr, flush=True)
            last = seen
            continue
        last = seen
        seconds = time.perf_counter() - started
        if on_build is not None:
            on_build(kg, seconds)
        kg.store = None  # type: ignore[assignment]  # the next build swaps the store: no reader may hold it open
