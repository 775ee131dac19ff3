"""Python's cycle collector during a build: collections rarer, never off.

A build keeps what it has loaded and found (the models, the gazetteer, every article's
extraction) for its whole run, and allocates millions of small objects that go with their last
reference (tokens' tuples, quads, dicts of nodes). With the interpreter's default thresholds
(a young collection every 700 allocations) those set off thousands of collections, and each full
one walks every long-lived container again: ~2.5 s of CPU in a build of 240 articles, a tenth of
it. :func:`fewer_collections` raises the thresholds for the build: the collector still runs (a
cycle is freed within :data:`YOUNG` allocations of becoming garbage in the young generation, and
the interpreter's rule that a full collection waits for the long-lived objects to grow by a
quarter still holds), only less often. Outputs do not depend on when the collector runs.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["fewer_collections", "YOUNG", "THRESHOLDS"]

YOUNG = 50_000  # allocations (less deallocations) of container objects between young collections
THRESHOLDS = (YOUNG, 10, 10)  # and the interpreter's multipliers for the older generations
_lock = threading.Lock()
_depth = 0  # builds running (in threads): the first raises the thresholds, the last puts them back
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Within the block, the collector's thresholds are :data:`THRESHOLDS` (never lowered: a
    process that set higher ones keeps them); after it, what they were."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*(max(mine, theirs) for mine, theirs in zip(THRESHOLDS, _saved)))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
