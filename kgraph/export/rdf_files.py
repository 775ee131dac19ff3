"""graph.ttl (the union of all article graphs), graph.trig (one named graph per article) and
graph.jsonld, serialised by pyoxigraph in a stable order.

A file whose content would not change is not rewritten (an incremental rebuild touches only what
changed); one that changes is replaced atomically. The build joins these files from per-graph
pieces (:mod:`kgraph.export.graph_files`), byte for byte what the functions here give for all the
quads at once.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat

from kgraph.export.atomic import _remove_stale_temps, atomic_output, write_atomic
from kgraph.rdf.namespaces import PREFIXES
from kgraph.rdf.oxi import to_bytes

__all__ = ["write_turtle", "write_trig", "write_if_changed", "turtle_bytes", "trig_bytes",
           "serialiser_version", "trig_graph_chunk", "write_stream_if_changed"]


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
def _trig_prefix_lines() -> bytes:
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

    digest = hashlib.sha256(getattr(pyoxigraph, "__version__", "?").encode())
    for module_file in (__file__, graph_files.__file__, jsonld.__file__, namespaces.__file__, fragment.__file__):
        digest.update(b"\0" + Path(module_file).read_bytes())
    return digest.hexdigest()[:16]


def write_stream_if_changed(path: Path, pieces: Iterable[bytes]) -> bool:
    """Like :func:`write_if_changed`, for content given in pieces (never all in memory at once)."""
    def fill(out: _HashingWriter) -> None:
        for piece in pieces:
            out.write(piece)
    return _write_hashed(path, fill)


class _HashingWriter:
    """A file handle's ``write`` that also digests and counts what goes through."""

    def __init__(self, handle) -> None:
        self.handle, self.digest, self.size = handle, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.handle.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.handle.flush()


def _write_hashed(path: Path, fill: Callable[[_HashingWriter], None]) -> bool:
    """Write ``path`` atomically through ``fill``; leave it untouched (False) if the bytes are the same."""
    try:
        with atomic_output(path) as handle:
            out = _HashingWriter(handle)
            fill(out)
            try:
                if path.stat().st_size == out.size and _file_digest(path) == out.digest.digest():
                    raise _Unchanged
            except OSError:
                pass
    except _Unchanged:
        _remove_stale_temps(path)
        return False
    return True


class _Unchanged(Exception):
    pass


def _file_digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.digest()
