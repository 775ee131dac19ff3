"""The article graphs as files: the build hands each graph's quads over once, and every writer
after it (graph.ttl, graph.trig, graph.jsonld, the store) reads these files instead of quads, so a
corpus's quads are never all in memory at once.

Per graph, kept under ``OUT/cache/chunks`` and keyed by the graph's name, its digest and the
serialiser version: its distinct triples as sorted N-Triples (``.nt``), its block of graph.trig
(``.trig``), its member of graph.jsonld's ``@graph`` (``.jsonld``) and what the views read from
it (``.views``, a pickled :class:`~kgraph.views.fragment.GraphFragment`). A graph whose digest is
unchanged since the last build keeps its files: an incremental rebuild serialises only the
graphs that changed. The joined files are byte for byte what serialising all the quads at once
gives (``turtle_bytes``, ``trig_bytes``, ``jsonld_bytes``).
"""
from __future__ import annotations

import hashlib
import heapq
import itertools
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO, cast

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse, serialize

from kgraph.atomic import (HashingWriter, process_alive, write_atomic, write_hashed, write_if_changed,
                           write_stream_if_changed)
from kgraph.export.jsonld import jsonld_bytes, jsonld_graph_chunk, jsonld_head_tail, jsonld_sort_key
from kgraph.export.rdf_files import serialiser_version, trig_bytes, trig_graph_chunk, trig_prefix_lines
from kgraph.rdf.namespaces import PREFIXES
from kgraph.views.fragment import GraphFragment, graph_fragment

__all__ = ["GraphFiles", "graph_files", "graph_lines", "digest_of_lines", "write_turtle_files", "write_trig_files",
           "write_jsonld_files"]

_KINDS = ("nt", "trig", "jsonld", "views")
_FAN_IN = 200  # files merged at once (open file descriptors); more graphs are merged in rounds


def graph_lines(quads: Iterable[Quad]) -> list[str]:
    """A graph's distinct triples as N-Triples statements without the final " .", sorted."""
    return sorted({str(q.triple) for q in quads})


def digest_of_lines(lines: list[str]) -> str:
    """A graph's digest: independent of the order and repeats of its quads."""
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


class GraphFiles:
    """The per-graph files of one build, in ``directory`` (kept between builds when incremental)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.digests: dict[str, str] = {}  # graph IRI -> digest, in the order the graphs were added
        self.made = 0  # files serialised by this build (not found from an earlier one)
        self.reused = 0  # graphs whose quads were not made again (their context was unchanged)
        directory.mkdir(parents=True, exist_ok=True)

    def reuse(self, name: str, digest: str) -> bool:
        """Keep graph ``name`` as an earlier build left it, at ``digest`` (what
        :class:`kgraph.cache.GraphContexts` remembers), if its files are all there; False: the
        caller makes its quads and :meth:`add` s them."""
        self.digests[name] = digest
        if not all(self.path(name, ext).exists() for ext in _KINDS):
            del self.digests[name]
            return False
        self.reused += 1
        return True

    def path(self, name: str, ext: str) -> Path:
        key = hashlib.sha256(f"{name}\0{serialiser_version()}".encode()).hexdigest()[:20]
        return self.directory / f"{key}.{self.digests[name]}.{ext}"

    def add(self, name: str, quads: list[Quad]) -> str:
        """Take one graph's quads; write whichever of its files an earlier build did not leave; its digest."""
        lines = graph_lines(quads)
        self.digests[name] = digest = digest_of_lines(lines)
        self._ensure(name, "nt", lambda: "".join(f"{line} .\n" for line in lines).encode())
        self._ensure(name, "trig", lambda: trig_graph_chunk(quads))
        self._ensure(name, "jsonld", lambda: jsonld_graph_chunk(name, quads)[1])
        self._ensure(name, "views", lambda: pickle.dumps(graph_fragment(quads), protocol=pickle.HIGHEST_PROTOCOL))
        return digest

    def _ensure(self, name: str, ext: str, make: Callable[[], bytes]) -> None:
        path = self.path(name, ext)
        if path.exists():
            return
        self.made += 1
        data = make()
        write_atomic(path, lambda out: out.write(data), durable=False)

    def read(self, name: str, ext: str) -> bytes:
        return self.path(name, ext).read_bytes()

    def fragments(self) -> Iterator[GraphFragment]:
        """What the views need from each graph (:mod:`kgraph.views.fragment`), in graph order."""
        for name in self.digests:
            yield pickle.loads(self.read(name, "views"))

    def triples(self, name: str) -> Iterator[Triple]:
        return parse(path=str(self.path(name, "nt")), format=RdfFormat.N_TRIPLES)

    def quads(self) -> Iterator[Quad]:
        """Every graph's quads, read back (for small datasets)."""
        for name in self.digests:
            graph = NamedNode(name)
            yield from (Quad(t.subject, t.predicate, t.object, graph) for t in self.triples(name))

    def prune(self) -> None:
        """Delete the files of graphs (or versions of graphs) this build did not add."""
        keep = {self.path(name, ext).name for name in self.digests for ext in _KINDS}
        for path in self.directory.iterdir():
            if path.is_dir():  # what a killed merge left
                shutil.rmtree(path, ignore_errors=True)
            elif path.name not in keep:
                path.unlink(missing_ok=True)


def _joinable(files: GraphFiles) -> bool:
    """Whether graph.trig and graph.jsonld can be joined from per-graph blocks: two graphs or more."""
    return len(files.digests) >= 2


def write_trig_files(files: GraphFiles, path: Path) -> bool:
    """graph.trig: the prefix lines, then each graph's block in the order of the graph names."""
    if not _joinable(files):
        return write_if_changed(path, trig_bytes(files.quads()))
    names = sorted(files.digests, key=lambda n: f"<{n}>")
    pieces = (files.read(n, "trig") for n in names)
    return write_stream_if_changed(path, itertools.chain([trig_prefix_lines()], pieces))


def write_jsonld_files(files: GraphFiles, path: Path) -> bool:
    """graph.jsonld: the context, then each graph's member of ``@graph`` in a stable order."""
    if not _joinable(files):
        return write_if_changed(path, jsonld_bytes(files.quads()))
    head, tail = jsonld_head_tail()
    names = sorted(files.digests, key=jsonld_sort_key)

    def pieces() -> Iterable[bytes]:
        yield head
        for i, name in enumerate(names):
            yield (b",\n" if i else b"") + files.read(name, "jsonld")
        yield tail
    return write_stream_if_changed(path, pieces())


def _statement(line: str) -> str:
    """An N-Triples line's triple, as ``str(triple)`` writes it (the sort key of the .nt files)."""
    return line[:-3]


def _merge(paths: list[Path], stack: ExitStack) -> Iterator[str]:
    handles = [stack.enter_context(p.open(encoding="utf-8", newline="\n")) for p in paths]
    previous = None
    for line in heapq.merge(*handles, key=_statement):
        if line != previous:
            yield line
            previous = line


def merged_lines(paths: list[Path]) -> Iterator[str]:
    """The distinct lines of sorted N-Triples files, sorted; merged ``_FAN_IN`` files at a time."""
    with tempfile.TemporaryDirectory(prefix=".merge-", dir=paths[0].parent if paths else None) as tmp:
        round_ = 0
        while len(paths) > _FAN_IN:
            merged = []
            for start in range(0, len(paths), _FAN_IN):
                out = Path(tmp) / f"{round_}-{start}.nt"
                with ExitStack() as stack, out.open("w", encoding="utf-8", newline="\n") as handle:
                    handle.writelines(_merge(paths[start:start + _FAN_IN], stack))
                merged.append(out)
            paths, round_ = merged, round_ + 1
        with ExitStack() as stack:
            yield from _merge(paths, stack)


def _parsed(lines: Iterable[str], see: Callable[[Triple], None] | None, batch: int = 20_000) -> Iterator[Triple]:
    """N-Triples lines back to triples, a batch at a time, each shown to ``see`` on the way."""
    it = iter(lines)
    while pending := list(itertools.islice(it, batch)):
        for triple in parse("".join(pending), format=RdfFormat.N_TRIPLES):
            if see is not None:
                see(triple)
            yield triple


def write_turtle_files(files: GraphFiles, path: Path, see: Callable[[Triple], None] | None = None) -> bool:
    """graph.ttl: the union's distinct triples, sorted, streamed from the graphs' N-Triples files
    (the bytes ``turtle_bytes`` gives); ``see`` is shown each triple. True if the file changed."""
    paths = [files.path(name, "nt") for name in files.digests]
    def fill(out: HashingWriter) -> None:  # pyoxigraph needs only write() and flush()
        serialize(_parsed(merged_lines(paths), see), cast(BinaryIO, out), RdfFormat.TURTLE, prefixes=PREFIXES)

    return write_hashed(path, fill)


@contextmanager
def graph_files(out_dir: Path, keep_in: Path | None = None) -> Iterator[GraphFiles]:
    """The build's graph files: kept in ``keep_in`` (an incremental build's cache), else in a
    private folder of ``out_dir`` removed afterwards (and the folders of killed builds with it)."""
    if keep_in is not None:
        yield GraphFiles(keep_in)
        return
    for stale in out_dir.glob(".graphs-*"):
        pid = stale.name.split("-")[1]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    directory = Path(tempfile.mkdtemp(prefix=f".graphs-{os.getpid()}-", dir=out_dir))
    try:
        yield GraphFiles(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
