"""graph.ttl (the union of all article graphs), graph.trig (one named graph per article) and
graph.jsonld, serialised by pyoxigraph in a stable order.

A file whose content would not change is not rewritten (an incremental rebuild touches only what
changed); one that changes is replaced atomically. The build joins these files from per-graph
pieces (:mod:`kgraph.export.graph_files`), byte for byte what the functions here give for all the
quads at once.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat

from kgraph.atomic import write_if_changed
from kgraph.imports import files_digest
from kgraph.rdf.namespaces import PREFIXES
from kgraph.rdf.oxi import to_bytes

__all__ = ["write_turtle", "write_trig", "turtle_bytes", "trig_bytes", "serialiser_version", "trig_graph_chunk",
           "trig_prefix_lines"]


def _sorted_triples(quads: Iterable[Quad]) -> list:
    return sorted({q.triple for q in quads}, key=str)


def _sorted_quads(quads: Iterable[Quad]) -> list[Quad]:
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))


def turtle_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.ttl's content: the distinct triples, sorted."""
    return to_bytes(_sorted_triples(quads), RdfFormat.TURTLE, prefixes=PREFIXES)


def trig_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.trig's content: the distinct quads, sorted by graph then triple."""
    return to_bytes(_sorted_quads(quads), RdfFormat.TRIG, prefixes=PREFIXES)


def write_turtle(quads: Iterable[Quad], path: Path) -> bool:
    return write_if_changed(path, turtle_bytes(quads))


def write_trig(quads: Iterable[Quad], path: Path) -> bool:
    return write_if_changed(path, trig_bytes(quads))


def _split_prefixes(payload: bytes) -> tuple[bytes, bytes]:
    """(the ``@prefix`` lines, the rest) of a serialised TriG document."""
    at = 0
    while payload.startswith(b"@prefix", at):
        at = payload.index(b"\n", at) + 1
    return payload[:at], payload[at:]


def trig_graph_chunk(quads: Iterable[Quad]) -> bytes:
    """One named graph's block of graph.trig (no prefix lines): graph.trig is the prefix lines,
    then these blocks in the order of the graph names."""
    return _split_prefixes(to_bytes(_sorted_quads(quads), RdfFormat.TRIG, prefixes=PREFIXES))[1]


@lru_cache(maxsize=1)
def trig_prefix_lines() -> bytes:
    """graph.trig's ``@prefix`` lines (pyoxigraph writes every given prefix, used or not)."""
    dummy = Quad(NamedNode("urn:x:s"), NamedNode("urn:x:p"), NamedNode("urn:x:o"), NamedNode("urn:x:g"))
    return _split_prefixes(to_bytes([dummy], RdfFormat.TRIG, prefixes=PREFIXES))[0]


@lru_cache(maxsize=1)
def serialiser_version() -> str:
    """What a graph's files depend on besides its quads: this code, graph_files.py, jsonld.py, the
    prefixes, the views' fragment code, pyoxigraph."""
    import pyoxigraph

    from kgraph.export import graph_files, jsonld
    from kgraph.rdf import namespaces
    from kgraph.views import fragment

    modules = (__name__, graph_files.__name__, jsonld.__name__, namespaces.__name__, fragment.__name__)
    files = [(name, Path(str(sys.modules[name].__file__))) for name in modules]
    return files_digest(files, salt=getattr(pyoxigraph, "__version__", "?"))


