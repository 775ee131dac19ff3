"""The per-graph unit every output is written from: one named graph's distinct triples as sorted
N-Triples lines, its digest, and the pieces the output formats keep of it.

The build hands each article graph's quads over once (:meth:`GraphFiles.add`); every output
after it reads files, never the corpus's quads at once. Per graph, under ``OUT/cache/chunks``
(an incremental build) or a private folder (a clean one), keyed by the graph's name, its digest
and the version of the code that makes each piece: its N-Triples (``.nt``, the unit itself) and
one file per :class:`GraphPiece` an output format declares (its block of graph.trig, its member
of graph.jsonld, what the views read). A graph whose digest is unchanged keeps its files: an
incremental rebuild serialises only the graphs that changed.
"""
from __future__ import annotations

import gc
import hashlib
import heapq
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse

from kgraph.atomic import process_alive, write_atomic
from kgraph.imports import files_digest

__all__ = ["GraphView", "GraphPiece", "GraphFiles", "UnionStream", "graph_files", "graph_lines", "digest_of_lines",
           "merged_lines", "NT"]

_FAN_IN = 200  # files merged at once (open file descriptors); more graphs are merged in rounds


def graph_lines(quads: Iterable[Quad]) -> list[str]:
    """A graph's distinct triples as N-Triples statements without the final " .", sorted."""
    return sorted({str(q.triple) for q in quads})


def digest_of_lines(lines: list[str]) -> str:
    """A graph's digest: independent of the order and repeats of its quads."""
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


def _lines_bytes(lines: list[str]) -> bytes:
    return "".join(f"{line} .\n" for line in lines).encode()


class GraphView:
    """One named graph's distinct triples, read off pyoxigraph once and handed to every piece: each
    piece would otherwise read the same terms again (every access to a quad's term makes a new
    Python object) and drop the same repeats.

    ``lines``: the distinct triples as sorted N-Triples statements (:func:`graph_lines`);
    ``quads``: one quad per line, in that order; ``terms``: their (subject, predicate, object);
    ``values``: the terms' lexical values (str), read once when a piece first asks.
    The quads given are one graph's (all in graph ``name``)."""

    def __init__(self, name: str, quads: Iterable[Quad]) -> None:
        seen: dict[str, Quad] = {}
        for quad in quads:
            seen.setdefault(str(quad.triple), quad)
        self.name = name
        self.lines = sorted(seen)
        self.quads = [seen[line] for line in self.lines]

    @cached_property
    def terms(self) -> list[tuple[Any, Any, Any]]:
        return [(q.subject, q.predicate, q.object) for q in self.quads]

    @cached_property
    def values(self) -> list[tuple[str, str, str]]:
        """(subject, predicate, object) lexical values (kgraph's graphs hold no quoted triples)."""
        return [(s.value, p.value, o.value) for s, p, o in self.terms]

    @cached_property
    def digest(self) -> str:
        return digest_of_lines(self.lines)


def _nt_bytes(view: GraphView) -> bytes:
    return _lines_bytes(view.lines)


@dataclass(frozen=True)
class GraphPiece:
    """What an output keeps of each graph: ``make(view)`` gives the file's bytes from the graph's
    :class:`GraphView` (read once for every piece), stored as ``<key>.<digest>.<ext>``;
    ``modules``: the code the bytes depend on (with pyoxigraph's version, the piece's version: a
    change of that code makes every graph's piece again)."""

    ext: str
    make: Callable[[GraphView], bytes]
    modules: tuple[str, ...]

    def version(self) -> str:
        return _modules_version((__name__, *self.modules))


NT = GraphPiece("nt", _nt_bytes, ())  # the unit itself, kept for every graph


@lru_cache(maxsize=None)
def _modules_version(modules: tuple[str, ...]) -> str:
    import importlib

    import pyoxigraph

    files = [(name, Path(str(importlib.import_module(name).__file__))) for name in sorted(set(modules))]
    return files_digest(files, salt=getattr(pyoxigraph, "__version__", "?"))


class GraphFiles:
    """The per-graph files of one build, in ``directory`` (kept between builds when incremental):
    the N-Triples of each graph and the ``pieces`` the outputs asked for.

    ``private``: ``directory`` is this build's own, new and removed after it (a clean build): no
    file of it can be an earlier build's or be read half-written by another process, so each file
    is written straight to its name (one file creation, not a temporary file and a rename)."""

    def __init__(self, directory: Path, pieces: Iterable[GraphPiece] = (), *, private: bool = False) -> None:
        self.directory = directory
        self.private = private
        self.pieces = (NT, *(p for p in pieces if p.ext != NT.ext))
        self.digests: dict[str, str] = {}  # graph IRI -> digest, in the order the graphs were added
        self.made = 0  # files serialised by this build (not found from an earlier one)
        self.reused = 0  # graphs whose quads were not made again (their context was unchanged)
        self._versions = {p.ext: p.version() for p in self.pieces}
        self._keys: dict[tuple[str, str], str] = {}
        self._listed: frozenset[str] | None = None
        directory.mkdir(parents=True, exist_ok=True)

    def reuse(self, name: str, digest: str) -> bool:
        """Keep graph ``name`` as an earlier build left it, at ``digest`` (what
        :class:`kgraph.cache.GraphContexts` remembers), if its files are all there; False: the
        caller makes its quads and :meth:`add` s them."""
        self.digests[name] = digest
        listed = self._listing()
        if not all(f"{self._key(name, p.ext)}.{digest}.{p.ext}" in listed for p in self.pieces):
            del self.digests[name]
            return False
        self.reused += 1
        return True

    def _listing(self) -> frozenset[str]:
        """The names of the files in the folder when a build first asks (one listing, not a stat per
        file of every graph kept): a file of a kept graph is an earlier build's, and only
        :meth:`prune` deletes files, after the build's graphs are all in."""
        if self._listed is None:
            self._listed = frozenset(os.listdir(self.directory))
        return self._listed

    def path(self, name: str, ext: str) -> Path:
        return self._path(name, ext, self.digests[name])

    def path_at(self, name: str, ext: str, digest: str) -> Path:
        """Where graph ``name``'s ``ext`` file is at ``digest`` (an earlier build's, until :meth:`prune`)."""
        return self._path(name, ext, digest)

    def _path(self, name: str, ext: str, digest: str) -> Path:
        return self.directory / f"{self._key(name, ext)}.{digest}.{ext}"

    def _key(self, name: str, ext: str) -> str:
        key = self._keys.get((name, ext))
        if key is None:  # made once a graph and piece (a build asks for every graph's several times)
            key = self._keys[name, ext] = hashlib.sha256(f"{name}\0{self._versions[ext]}".encode()).hexdigest()[:20]
        return key

    def add(self, name: str, quads: list[Quad]) -> str:
        """Take one graph's quads; write whichever of its files an earlier build did not leave; its digest."""
        return self.take(name, *self.write(name, quads))

    def write(self, name: str, quads: list[Quad]) -> tuple[str, int]:
        """Write whichever of the graph's files an earlier build did not leave, changing nothing
        of this object (a forked worker may run it); (its digest, the files written), for :meth:`take`."""
        with _no_cycle_collection():
            view = GraphView(name, quads)
            digest, made = view.digest, 0
            for piece in self.pieces:
                path = self._path(name, piece.ext, digest)
                if self.private:  # no earlier build's file, no reader: written straight to its name
                    made += 1
                    _write_new(path, piece.make(view))
                elif not path.exists():
                    made += 1
                    _write(path, piece.make(view))
        return digest, made

    def take(self, name: str, digest: str, made: int = 0) -> str:
        """Add graph ``name`` whose files :meth:`write` wrote (here or in a worker); its digest."""
        self.digests[name] = digest
        self.made += made
        return digest

    def read(self, name: str, ext: str) -> bytes:
        return self.path(name, ext).read_bytes()

    def names(self) -> list[str]:
        """The graphs, in the order they were added."""
        return list(self.digests)

    def triples(self, name: str) -> Iterator[Triple]:
        return parse(path=str(self.path(name, NT.ext)), format=RdfFormat.N_TRIPLES)

    def quads(self) -> Iterator[Quad]:
        """Every graph's quads, read back (for small datasets)."""
        for name in self.digests:
            graph = NamedNode(name)
            yield from (Quad(t.subject, t.predicate, t.object, graph) for t in self.triples(name))

    def prune(self) -> None:
        """Delete the files of graphs (or versions of graphs) this build did not add."""
        keep = {f"{self._key(name, p.ext)}.{digest}.{p.ext}" for name, digest in self.digests.items() for p in self.pieces}
        with os.scandir(self.directory) as entries:
            for entry in entries:
                if entry.name in keep:
                    continue
                if entry.is_dir(follow_symlinks=False):  # what a killed merge left
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    Path(entry.path).unlink(missing_ok=True)
        self._listed = None


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: a graph's pieces make many small objects (tuples of terms,
    dicts of nodes) that hold no cycles and go with their references, yet they set off collections
    that walk every long-lived object of the build (the models, the extractions) again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write(path: Path, data: bytes) -> None:
    write_atomic(path, lambda out: out.write(data), durable=False)


def _write_new(path: Path, data: bytes) -> None:
    """A file of a private folder (:attr:`GraphFiles.private`): straight to its name."""
    with path.open("wb") as out:
        out.write(data)


def _merge(paths: list[Path], stack: ExitStack) -> Iterator[str]:
    """The distinct lines of sorted files, sorted. The lines compare as their statements do (a
    statement that begins another is followed by " ." where the longer one goes on with "@", "^"
    or a character of a name, all after the space), so the merge needs no key."""
    handles = [stack.enter_context(p.open(encoding="utf-8", newline="\n")) for p in paths]
    previous = None
    for line in heapq.merge(*handles):
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


class UnionStream:
    """The union of the graphs (each distinct triple once, sorted as N-Triples), streamed once from
    the graphs' files to whichever output reads it first (graph.ttl) and shown on the way to every
    output that :meth:`subscribe` d (VoID's figures): the union is merged once per build."""

    def __init__(self, files: GraphFiles) -> None:
        self.files = files
        self.read = False
        self.skipped = False  # the output that reads it spliced its file instead (kgraph.output.splice)
        self.change: object = None  # then: how the union changed (a kgraph.output.splice.UnionChange)
        self._watchers: list[Callable[[str], None]] = []

    def subscribe(self, see: Callable[[str], None]) -> None:
        """``see`` is shown each statement of the union as N-Triples text (the line without its " .")."""
        if self.read:
            raise RuntimeError("subscribe to the union before it is read")
        self._watchers.append(see)

    def triples(self, batch: int = 20_000) -> Iterator[Triple]:
        """The union's triples, in order, a batch of lines parsed at a time."""
        if self.read:
            raise RuntimeError("the union is streamed once per build")
        self.read = True
        it = merged_lines([self.files.path(name, NT.ext) for name in self.files.digests])
        while pending := list(itertools.islice(it, batch)):
            for see in self._watchers:
                for line in pending:
                    see(line[:-3])
            yield from parse("".join(pending), format=RdfFormat.N_TRIPLES)

    def skip(self, change: object) -> None:
        """Say that the union was not streamed (graph.ttl was spliced) and how it changed: the
        subscribers saw nothing and count from ``change``; nothing streams it afterwards."""
        self.skipped, self.change = True, change

    def drain(self) -> None:
        """Stream the union to the subscribers if no output has read it."""
        if not self.read:
            for _ in self.triples():
                pass


@contextmanager
def graph_files(out_dir: Path, keep_in: Path | None = None, pieces: Iterable[GraphPiece] = ()) -> Iterator[GraphFiles]:
    """The build's graph files: kept in ``keep_in`` (an incremental build's cache), else in a
    private folder of ``out_dir`` removed afterwards (and the folders of killed builds with it)."""
    if keep_in is not None:
        yield GraphFiles(keep_in, pieces)
        return
    for stale in out_dir.glob(".graphs-*"):
        pid = stale.name.split("-")[1]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    directory = Path(tempfile.mkdtemp(prefix=f".graphs-{os.getpid()}-", dir=out_dir))
    try:
        yield GraphFiles(directory, pieces, private=True)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
