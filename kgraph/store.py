"""The embedded store: pyoxigraph on disk at ``OUT/store``, one named graph per article.

A new store is built beside the old one and swapped in by renames, so a crash mid-build leaves
the previous store whole.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store

__all__ = ["STORE_DIR", "write_store", "open_store"]

STORE_DIR = "store"


def write_store(quads: Iterable[Quad], out_dir: Path) -> Path:
    """Replace ``out_dir/store`` with a store holding exactly ``quads``."""
    final = out_dir / STORE_DIR
    fresh = out_dir / f".{STORE_DIR}.new"
    old = out_dir / f".{STORE_DIR}.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    store = Store(str(fresh))
    store.bulk_extend(quads)
    store.flush()
    del store
    if final.exists():
        final.rename(old)
    fresh.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    return final


def open_store(out_dir: Path) -> Store:
    """The build's store, read-only; or, for an export folder without one, graph.trig in memory."""
    if (out_dir / STORE_DIR).is_dir():
        return Store.read_only(str(out_dir / STORE_DIR))
    trig = out_dir / "graph.trig"
    if not trig.is_file():
        raise FileNotFoundError(f"{out_dir}: no kgraph build here (neither {STORE_DIR}/ nor graph.trig); run `kgraph build` first.")
    store = Store()
    store.bulk_load(path=str(trig), format=RdfFormat.TRIG)
    return store
