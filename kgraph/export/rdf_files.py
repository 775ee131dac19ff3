"""graph.ttl (the union of all article graphs), graph.trig (one named graph per article) and
graph.jsonld, serialised by pyoxigraph in a stable order.

A file whose content would not change is not rewritten (an incremental rebuild touches only what
changed); one that changes is replaced atomically.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from kgraph.export.atomic import _remove_stale_temps, write_atomic
from kgraph.rdf.namespaces import PREFIXES

__all__ = ["write_turtle", "write_trig", "write_jsonld", "write_if_changed", "turtle_bytes", "trig_bytes"]


def _sorted_triples(quads: Iterable[Quad]) -> list:
    return sorted({q.triple for q in quads}, key=str)


def _sorted_quads(quads: Iterable[Quad]) -> list[Quad]:
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))


def write_if_changed(path: Path, payload: bytes) -> bool:
    """Replace ``path`` with ``payload`` unless it already holds exactly that; True if written."""
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            _remove_stale_temps(path)  # what a killed writer left beside it
            return False
    except OSError:
        pass
    write_atomic(path, lambda out: out.write(payload))
    return True


def turtle_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.ttl's content: the distinct triples, sorted."""
    return serialize(_sorted_triples(quads), None, RdfFormat.TURTLE, prefixes=PREFIXES)


def trig_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.trig's content: the distinct quads, sorted by graph then triple."""
    return serialize(_sorted_quads(quads), None, RdfFormat.TRIG, prefixes=PREFIXES)


def write_turtle(quads: Iterable[Quad], path: Path) -> bool:
    return write_if_changed(path, turtle_bytes(quads))


def write_trig(quads: Iterable[Quad], path: Path) -> bool:
    return write_if_changed(path, trig_bytes(quads))


def write_jsonld(quads: Iterable[Quad], path: Path) -> None:
    ordered = _sorted_quads(quads)
    write_atomic(path, lambda out: serialize(ordered, out, RdfFormat.JSON_LD, prefixes=PREFIXES))
