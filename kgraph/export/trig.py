"""graph.trig: one named graph per article, the distinct quads sorted by graph then triple,
serialised by pyoxigraph.

The build joins it from per-graph blocks (:data:`TRIG_PIECE`, kept with each graph's files):
the prefix lines, then each graph's block in the order of the graph names, byte for byte what
:func:`trig_bytes` gives for all the quads at once.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat

from kgraph.atomic import write_if_changed, write_stream_if_changed
from kgraph.output import FileOutput, GraphFiles, GraphPiece, GraphView, OutputJob
from kgraph.rdf.namespaces import PREFIXES
from kgraph.rdf.oxi import to_bytes

__all__ = ["TRIG_FILE", "trig_bytes", "write_trig", "trig_graph_chunk", "trig_prefix_lines", "write_trig_files",
           "TRIG_PIECE", "TRIG"]

TRIG_FILE = "graph.trig"


def _sorted_quads(quads: Iterable[Quad]) -> list[Quad]:
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))


def trig_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.trig's content: the distinct quads, sorted by graph then triple."""
    return to_bytes(_sorted_quads(quads), RdfFormat.TRIG, prefixes=PREFIXES)


def write_trig(quads: Iterable[Quad], path: Path) -> bool:
    return write_if_changed(path, trig_bytes(quads))


def _split_prefixes(payload: bytes) -> tuple[bytes, bytes]:
    """(the ``@prefix`` lines, the rest) of a serialised TriG document."""
    at = 0
    while payload.startswith(b"@prefix", at):
        at = payload.index(b"\n", at) + 1
    return payload[:at], payload[at:]


def trig_graph_chunk(quads: Iterable[Quad]) -> bytes:
    """One named graph's block of graph.trig (no prefix lines)."""
    return _split_prefixes(to_bytes(_sorted_quads(quads), RdfFormat.TRIG, prefixes=PREFIXES))[1]


def _view_chunk(view: GraphView) -> bytes:
    """:func:`trig_graph_chunk` of the view's graph: its distinct quads are already in triple order."""
    return _split_prefixes(to_bytes(view.quads, RdfFormat.TRIG, prefixes=PREFIXES))[1]


@lru_cache(maxsize=1)
def trig_prefix_lines() -> bytes:
    """graph.trig's ``@prefix`` lines (pyoxigraph writes every given prefix, used or not)."""
    dummy = Quad(NamedNode("urn:x:s"), NamedNode("urn:x:p"), NamedNode("urn:x:o"), NamedNode("urn:x:g"))
    return _split_prefixes(to_bytes([dummy], RdfFormat.TRIG, prefixes=PREFIXES))[0]


TRIG_PIECE = GraphPiece("trig", _view_chunk,
                        (__name__, "kgraph.rdf.namespaces", "kgraph.rdf.oxi"))


def write_trig_files(files: GraphFiles, path: Path) -> bool:
    """graph.trig from the graphs' blocks (one graph: serialised whole). True if the file changed."""
    if len(files.digests) < 2:
        return write_if_changed(path, trig_bytes(files.quads()))
    names = sorted(files.digests, key=lambda n: f"<{n}>")
    pieces = (files.read(n, TRIG_PIECE.ext) for n in names)
    return write_stream_if_changed(path, itertools.chain([trig_prefix_lines()], pieces))


class _TrigOutput(FileOutput):
    name = "trig"
    files = (TRIG_FILE,)
    pieces = (TRIG_PIECE,)

    def write_file(self, job: OutputJob, path: Path) -> bool:
        return write_trig_files(job.graphs, path)


TRIG = _TrigOutput()
