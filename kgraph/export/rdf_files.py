"""graph.ttl (the union of all article graphs), graph.trig (one named graph per article) and
graph.jsonld, serialised by pyoxigraph in a stable order."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from kgraph.export.atomic import write_atomic
from kgraph.rdf.namespaces import PREFIXES

__all__ = ["write_turtle", "write_trig", "write_jsonld"]


def _sorted_triples(quads: Iterable[Quad]) -> list:
    return sorted({q.triple for q in quads}, key=str)


def _sorted_quads(quads: Iterable[Quad]) -> list[Quad]:
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))


def write_turtle(quads: Iterable[Quad], path: Path) -> None:
    triples = _sorted_triples(quads)
    write_atomic(path, lambda out: serialize(triples, out, RdfFormat.TURTLE, prefixes=PREFIXES))


def write_trig(quads: Iterable[Quad], path: Path) -> None:
    ordered = _sorted_quads(quads)
    write_atomic(path, lambda out: serialize(ordered, out, RdfFormat.TRIG, prefixes=PREFIXES))


def write_jsonld(quads: Iterable[Quad], path: Path) -> None:
    ordered = _sorted_quads(quads)
    write_atomic(path, lambda out: serialize(ordered, out, RdfFormat.JSON_LD, prefixes=PREFIXES))
