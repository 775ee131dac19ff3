"""graph.ttl: the union of all article graphs, its distinct triples sorted, serialised by pyoxigraph.

The build streams it from the graphs' N-Triples files (:class:`kgraph.output.UnionStream`),
byte for byte what :func:`turtle_bytes` gives for all the quads at once. A file whose content
would not change is not rewritten; one that changes is replaced atomically.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO, cast

from pyoxigraph import Quad, RdfFormat, Triple, serialize

from kgraph.atomic import HashingWriter, write_hashed, write_if_changed
from kgraph.output import NT, FileOutput, OutputJob, UnionStream, splice_union
from kgraph.rdf.namespaces import PREFIXES
from kgraph.rdf.oxi import to_bytes

__all__ = ["TURTLE_FILE", "turtle_bytes", "write_turtle", "write_union_turtle", "TURTLE"]

TURTLE_FILE = "graph.ttl"


def _sorted_triples(quads: Iterable[Quad]) -> list[Triple]:
    return sorted({q.triple for q in quads}, key=str)


def turtle_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.ttl's content: the distinct triples, sorted."""
    return to_bytes(_sorted_triples(quads), RdfFormat.TURTLE, prefixes=PREFIXES)


def write_turtle(quads: Iterable[Quad], path: Path) -> bool:
    return write_if_changed(path, turtle_bytes(quads))


def write_union_turtle(union: UnionStream, path: Path) -> bool:
    """graph.ttl from the union's stream (the bytes ``turtle_bytes`` gives). True if the file changed."""
    def fill(out: HashingWriter) -> None:  # pyoxigraph needs only write() and flush()
        serialize(union.triples(), cast(BinaryIO, out), RdfFormat.TURTLE, prefixes=PREFIXES)

    return write_hashed(path, fill)


class _TurtleOutput(FileOutput):
    name = "turtle"
    files = (TURTLE_FILE,)

    def write_file(self, job: OutputJob, path: Path) -> bool:
        """Spliced from the last file when incremental (:mod:`kgraph.output.splice`), else streamed."""
        if not job.incremental:
            return write_union_turtle(job.union, path)
        spliced = splice_union(job.graphs, NT.ext, job.cache_dir, path, PREFIXES,
                               lambda: write_union_turtle(job.union, path))
        if spliced.change is not None:
            job.union.skip(spliced.change)
        return spliced.changed


TURTLE = _TurtleOutput()
