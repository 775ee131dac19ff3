"""The one loader of the data kgraph ships: ``ontology/`` and the language folders' files.

Everything is read through :mod:`importlib.resources` from the installed ``kgraph`` package, so
a wheel installed anywhere finds its data. ``kgraph/ontology`` is a link to the top-level
``ontology/`` folder of the source tree; the wheel copies the files it points to.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from kgraph.errors import KgraphError

__all__ = ["package_root", "ontology", "ontology_dir", "language_file", "read_json", "read_text"]


def package_root() -> Traversable:
    """The ``kgraph`` package's own folder (code and data)."""
    return files("kgraph")


def ontology(*parts: str) -> Traversable:
    """A file or folder of the shipped ontology (``ontology(\"facts\", \"triggers.json\")``)."""
    return package_root().joinpath("ontology", *parts)


def ontology_dir(*parts: str) -> Path:
    """An ontology folder as a real path (the gazetteer and the cache walk folders)."""
    folder = ontology(*parts)
    if not folder.is_dir():
        raise KgraphError("E950", name="/".join(("ontology", *parts)))
    return Path(str(folder)).resolve()


def language_file(code: str, name: str) -> Traversable:
    """``kgraph/lang/<code>/<name>``."""
    return package_root().joinpath("lang", code, name)


def read_text(resource: Traversable, label: str) -> str:
    """The UTF-8 text of a shipped file; E950 (reinstall) when the package lacks it."""
    if not resource.is_file():
        raise KgraphError("E950", name=label)
    return resource.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _json(label: str) -> Any:
    parts = label.split("/")
    resource = ontology(*parts[1:]) if parts[0] == "ontology" else package_root().joinpath(*parts)
    try:
        return json.loads(read_text(resource, label))
    except json.JSONDecodeError as error:
        raise KgraphError("E951", name=label, reason=f"not valid JSON ({error})") from error


def read_json(label: str) -> Any:
    """A shipped JSON file by its path in the package: ``ontology/facts/triggers.json`` or
    ``lang/en/cues.json``; read once per process (callers must not change what it returns)."""
    return _json(label)
