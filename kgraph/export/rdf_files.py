"""graph.ttl (the union of all article graphs), graph.trig (one named graph per article) and
graph.jsonld, serialised by pyoxigraph in a stable order.

A file whose content would not change is not rewritten (an incremental rebuild touches only what
changed); one that changes is replaced atomically. graph.trig and graph.jsonld are joined from
per-named-graph chunks (:class:`ChunkCache`, keyed by each graph's digest), byte for byte what
serialising all the quads at once gives, so a rebuild serialises only the changed graphs.
"""
from __future__ import annotations

import hashlib
import heapq
import itertools
import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse, serialize

from kgraph.export.atomic import _remove_stale_temps, atomic_output, write_atomic
from kgraph.rdf.namespaces import PREFIXES

__all__ = ["write_turtle", "write_trig", "write_if_changed", "turtle_bytes", "trig_bytes",
           "ChunkCache", "serialiser_version", "trig_graph_chunk", "write_trig_groups", "write_jsonld_groups", "write_turtle_groups",
           "write_stream_if_changed"]


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



def _split_prefixes(payload: bytes) -> tuple[bytes, bytes]:
    """(the ``@prefix`` lines, the rest) of a serialised TriG document."""
    at = 0
    while payload.startswith(b"@prefix", at):
        at = payload.index(b"\n", at) + 1
    return payload[:at], payload[at:]


def trig_graph_chunk(quads: Iterable[Quad]) -> bytes:
    """One named graph's block of graph.trig (no prefix lines): graph.trig is the prefix lines,
    then these blocks in the order of the graph names."""
    return _split_prefixes(serialize(_sorted_quads(quads), None, RdfFormat.TRIG, prefixes=PREFIXES))[1]


@lru_cache(maxsize=1)
def _trig_prefix_lines() -> bytes:
    """graph.trig's ``@prefix`` lines (pyoxigraph writes every given prefix, used or not)."""
    dummy = Quad(NamedNode("urn:x:s"), NamedNode("urn:x:p"), NamedNode("urn:x:o"), NamedNode("urn:x:g"))
    return _split_prefixes(serialize([dummy], None, RdfFormat.TRIG, prefixes=PREFIXES))[0]


@lru_cache(maxsize=1)
def serialiser_version() -> str:
    """What a chunk's bytes depend on besides its graph: this code, jsonld.py, the prefixes, pyoxigraph."""
    import pyoxigraph

    from kgraph.export import jsonld
    from kgraph.rdf import namespaces

    digest = hashlib.sha256(getattr(pyoxigraph, "__version__", "?").encode())
    for module_file in (__file__, jsonld.__file__, namespaces.__file__):
        digest.update(b"\0" + Path(module_file).read_bytes())
    return digest.hexdigest()[:16]


class ChunkCache:
    """Serialised per-graph chunks on disk (``OUT/cache/chunks``), keyed by graph name, serialiser
    version, graph digest and format: an incremental rebuild serialises only the graphs that changed."""

    def __init__(self, directory: Path | None) -> None:
        self.directory, self.used, self.made = directory, set(), 0

    def _path(self, name: str, digest: str, ext: str) -> Path:
        assert self.directory is not None
        key = hashlib.sha256(f"{name}\0{serialiser_version()}".encode()).hexdigest()[:20]
        return self.directory / f"{key}.{digest}.{ext}"

    def get(self, name: str, digest: str, ext: str, make: Callable[[], bytes]) -> bytes:
        """The chunk from the cache, else made (and stored)."""
        if self.directory is None:
            self.made += 1
            return make()
        path = self._path(name, digest, ext)
        self.used.add(path.name)
        try:
            return path.read_bytes()
        except OSError:
            pass
        self.made += 1
        payload = make()
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(payload)
        os.replace(tmp, path)
        return payload

    def prune(self) -> None:
        """Delete the chunks this build did not use."""
        if self.directory is not None and self.directory.is_dir():
            for path in self.directory.iterdir():
                if path.name not in self.used:
                    path.unlink(missing_ok=True)


def _chunkable(groups: dict[str, list[Quad]]) -> bool:
    """Whether the files can be joined from per-graph chunks: named graphs only, two or more."""
    return "" not in groups and len(groups) >= 2 and all(groups.values())


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


def write_trig_groups(groups: dict[str, list[Quad]], digests: dict[str, str], path: Path,
                      chunks: ChunkCache | None = None) -> bool:
    """graph.trig from per-graph chunks (cached in ``chunks``); the bytes :func:`trig_bytes` gives."""
    if not _chunkable(groups):
        return write_trig([q for quads in groups.values() for q in quads], path)
    chunks = chunks or ChunkCache(None)
    pieces = (chunks.get(n, digests[n], "trig", lambda n=n: trig_graph_chunk(groups[n]))
              for n in sorted(groups, key=lambda n: f"<{n}>"))
    return write_stream_if_changed(path, itertools.chain([_trig_prefix_lines()], pieces))


def write_jsonld_groups(groups: dict[str, list[Quad]], digests: dict[str, str], path: Path,
                        chunks: ChunkCache | None = None) -> bool:
    """graph.jsonld from per-graph chunks (cached in ``chunks``); the bytes ``jsonld_bytes`` gives."""
    from kgraph.export.jsonld import jsonld_bytes, jsonld_graph_chunk, jsonld_head_tail, jsonld_sort_key

    if not _chunkable(groups):
        return write_if_changed(path, jsonld_bytes([q for quads in groups.values() for q in quads]))
    chunks = chunks or ChunkCache(None)
    head, tail = jsonld_head_tail()
    names = sorted(groups, key=jsonld_sort_key)

    def pieces() -> Iterable[bytes]:
        yield head
        for i, name in enumerate(names):
            yield (b",\n" if i else b"") + chunks.get(name, digests[name], "jsonld",
                                                      lambda n=name: jsonld_graph_chunk(n, groups[n])[1])
        yield tail
    return write_stream_if_changed(path, pieces())


def _merged_lines(groups: dict[str, list[Quad]]) -> Iterable[str]:
    """The distinct triples of all graphs as N-Triples statements, in ``str(triple)`` order."""
    runs = [sorted({str(q.triple) for q in quads}) for quads in groups.values()]
    previous = None
    for line in heapq.merge(*runs):
        if line != previous:
            yield line
            previous = line


def _parsed(lines: Iterable[str], batch: int = 20_000) -> Iterable[Triple]:
    """N-Triples statements back to triples, a batch at a time."""
    pending: list[str] = []
    for line in itertools.chain(lines, [None]):
        if line is not None:
            pending.append(line)
        if pending and (line is None or len(pending) >= batch):
            yield from parse("".join(f"{x} .\n" for x in pending), format=RdfFormat.N_TRIPLES)
            pending = []


def write_turtle_groups(groups: dict[str, list[Quad]], path: Path) -> bool:
    """graph.ttl (the bytes :func:`turtle_bytes` gives) from the graphs' quads, streamed: no set or
    sorted list of the whole union's triple objects is held."""
    return _write_hashed(path, lambda out: serialize(_parsed(_merged_lines(groups)), out, RdfFormat.TURTLE,
                                                     prefixes=PREFIXES))
