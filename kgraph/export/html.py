"""index.html and the other view pages (see kgraph.views), written from the store."""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import Store

from kgraph.views import write_views

__all__ = ["write_index_html"]


def write_index_html(store: Store, out_dir: Path) -> Path:
    """Write OUT/index.html and every page it links to; returns index.html's path."""
    write_views(store, out_dir)
    return out_dir / "index.html"
