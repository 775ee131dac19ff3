"""The embedded store: pyoxigraph on disk at ``OUT/store``, one named graph per article.

The default graph holds the union of all graphs as a set (what graph.ttl holds), so queries
without ``GRAPH`` see each triple once however many articles state it; ``GRAPH ?g`` gives the
provenance. Query it with ``use_default_graph_as_union=False`` (pyoxigraph's union mode would
repeat a triple once per graph that holds it).

Updates are incremental and crash-safe: the previous store is checkpointed (RocksDB hard links,
cheap) into ``OUT/.store.new``; only the named graphs whose quads changed are replaced there;
then the new store is swapped in by renames. A crash at any point leaves the previous store
whole. A manifest inside the store directory records a digest per graph. A build prepares the
new store with ``swap=False`` and swaps it in (:func:`swap_store`) only once every export is
written: a build that fails midway (a full disk) leaves the previous store in place.
"""
from __future__ import annotations

import itertools
import json
import logging
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple

from kgraph.errors import KgraphError, printable
from kgraph.output import GraphFiles, Output, OutputJob, digest_of_lines, graph_files, graph_lines

__all__ = ["STORE_DIR", "StoreUpdate", "write_store", "write_store_files", "swap_store", "prepared_store",
           "open_store", "require_build", "graph_digests",
           "group_by_graph", "stored_digests", "STORE"]

STORE_DIR = "store"
MANIFEST = "kgraph-manifest.json"
_DEFAULT = ""  # the default graph's key in the manifest
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreUpdate:
    """What one write did: graphs added, replaced, removed, kept; whether it started afresh."""

    added: int
    replaced: int
    removed: int
    kept: int
    full: bool


def group_by_graph(quads: Iterable[Quad]) -> dict[str, list[Quad]]:
    """Quads by graph name (the default graph under "")."""
    return _group(quads)


def _group(quads: Iterable[Quad]) -> dict[str, list[Quad]]:
    groups: dict[str, list[Quad]] = defaultdict(list)
    for quad in quads:
        graph = quad.graph_name
        groups[_DEFAULT if isinstance(graph, DefaultGraph) else graph.value].append(quad)
    return groups


def graph_digests(groups: dict[str, list[Quad]]) -> dict[str, str]:
    """One digest per graph over its distinct quads, independent of their order."""
    return {name: digest_of_lines(graph_lines(quads)) for name, quads in groups.items()}


def stored_digests(out_dir: Path) -> dict[str, str] | None:
    """The digest of each graph of the build's store (its manifest), or None if there is none."""
    return _read_manifest(out_dir / STORE_DIR)


def _read_manifest(store_dir: Path) -> dict[str, str] | None:
    try:
        return json.loads((store_dir / MANIFEST).read_text(encoding="utf-8"))["graphs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_store(quads: Iterable[Quad], out_dir: Path, *, incremental: bool = True) -> StoreUpdate:
    """Make ``out_dir/store`` hold exactly ``quads`` (all in named graphs), for callers that hold
    them in memory; the build writes from its graph files (:func:`write_store_files`)."""
    with graph_files(out_dir) as files:
        for name, graph_quads in sorted(_group(quads).items()):
            if name == _DEFAULT:
                raise ValueError("the store holds article graphs: every quad needs a graph name")
            files.add(name, graph_quads)
        return write_store_files(files, out_dir, incremental=incremental)


def _store_dirs(out_dir: Path) -> tuple[Path, Path, Path]:
    """(the store, the one being prepared, the previous one during a swap)."""
    return out_dir / STORE_DIR, out_dir / f".{STORE_DIR}.new", out_dir / f".{STORE_DIR}.old"


def write_store_files(files: GraphFiles, out_dir: Path, *, incremental: bool = True, swap: bool = True) -> StoreUpdate:
    """Make ``out_dir/store`` hold exactly the graphs of ``files``, touching only those that changed
    (with ``swap=False``, prepare that store beside it for :func:`swap_store`)."""
    final, fresh, old = _store_dirs(out_dir)
    if old.is_dir() and not final.exists():  # a crash between the two renames of a swap
        old.rename(final)
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    digests = dict(files.digests)
    previous = _read_manifest(final) if incremental and final.is_dir() else None
    if previous == digests:  # the store already holds exactly these graphs
        return StoreUpdate(0, 0, 0, len(digests), False)
    if previous is None or _DEFAULT in previous or _mostly_changed(previous, digests):
        update = _write_full(files, fresh)
    else:
        update = _write_changes(files, previous, final, fresh)
    (fresh / MANIFEST).write_text(json.dumps({"graphs": digests}, sort_keys=True), encoding="utf-8")
    if swap:
        _swap(final, fresh, old)
    return update


def prepared_store(out_dir: Path) -> Path:
    """The store as it will be once swapped in: the one prepared by ``swap=False`` if any, else the store."""
    final, fresh, _ = _store_dirs(out_dir)
    return fresh if fresh.is_dir() else final


def swap_store(out_dir: Path) -> None:
    """Put the store prepared by ``write_store_files(..., swap=False)`` in place (none prepared: nothing)."""
    final, fresh, old = _store_dirs(out_dir)
    if fresh.is_dir():
        _swap(final, fresh, old)


def _mostly_changed(previous: dict[str, str], digests: dict[str, str]) -> bool:
    """Whether under a quarter of the graphs are kept: loading afresh is then quicker than updating."""
    same = sum(1 for name, digest in digests.items() if previous.get(name) == digest)
    return same * 4 < max(len(digests), len(previous))


_BATCH_BYTES = 8 << 20  # N-Quads per bulk load: pyoxigraph's loader holds a whole call in memory (~1 KB a quad)


def _nquads_batches(files: GraphFiles) -> Iterator[bytes]:
    """The graphs' N-Triples files as N-Quads, in batches of about ``_BATCH_BYTES``: each graph's
    triples in its named graph, then again in the default graph (the union: the store keeps a
    triple once)."""
    names = list(files.digests)
    pieces = itertools.chain((_in_graph(files.read(name, "nt"), name) for name in names),
                             (files.read(name, "nt") for name in names))
    batch: list[bytes] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= _BATCH_BYTES:
            yield b"".join(batch)
            batch, size = [], 0
    if batch:
        yield b"".join(batch)


def _in_graph(ntriples: bytes, name: str) -> bytes:
    """N-Triples statements as N-Quads of graph ``name`` (an N-Triples line ends with " .\n" and has
    no other raw newline: literals escape theirs)."""
    return ntriples.replace(b" .\n", f" <{name}> .\n".encode())


def _write_full(files: GraphFiles, fresh: Path) -> StoreUpdate:
    store = Store(str(fresh))
    for batch in _nquads_batches(files):
        store.bulk_load(batch, RdfFormat.N_QUADS)
    store.optimize()  # one compaction of the batches' files: the cookbook ran 2.5-3x faster after it
    store.flush()
    del store
    return StoreUpdate(len(files.digests), 0, 0, 0, True)


def _write_changes(files: GraphFiles, previous: dict[str, str], final: Path, fresh: Path) -> StoreUpdate:
    """Checkpoint the current store into ``fresh`` and apply only the per-graph differences.

    The default graph (the union) loses the triples that only the replaced or removed graphs
    held, and gains those of the new graphs.
    """
    digests = files.digests
    Store.read_only(str(final)).backup(str(fresh))
    store = Store(str(fresh))
    removed = [g for g in previous if g not in digests]
    changed = [g for g in digests if g in previous and previous[g] != digests[g]]
    added = [g for g in digests if g not in previous]
    dropped: set[Triple] = set()
    for name in removed + changed:
        graph = NamedNode(name)
        dropped.update(q.triple for q in store.quads_for_pattern(None, None, None, graph))
        store.remove_graph(graph)
    for name in changed + added:
        ntriples = files.read(name, "nt")
        store.load(_in_graph(ntriples, name), RdfFormat.N_QUADS)
        store.load(ntriples, RdfFormat.N_TRIPLES)
    for triple in dropped:  # out of the union unless a graph still states it
        if not any(not isinstance(q.graph_name, DefaultGraph)
                   for q in store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)):
            store.remove(Quad(triple.subject, triple.predicate, triple.object, DefaultGraph()))
    if (len(removed) + len(changed)) * 20 > len(previous):  # compacts away many removals (reads were
        store.optimize()  # ~45 % slower without); a few graphs' tombstones are not worth rewriting the store
    store.flush()
    del store
    kept = len(digests) - len(changed) - len(added)
    log.info("store: %d graphs added, %d replaced, %d removed, %d kept", len(added), len(changed), len(removed), kept)
    return StoreUpdate(len(added), len(changed), len(removed), kept, False)


def _swap(final: Path, fresh: Path, old: Path) -> None:
    """Put ``fresh`` in place of ``final``: two renames; the old one is deleted last."""
    if final.exists():
        final.rename(old)
    fresh.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def require_build(out_dir: Path) -> None:
    """Raise :class:`~kgraph.errors.KgraphError` E402 unless ``out_dir`` holds a build (its store or graph.trig)."""
    if not any(p.is_dir() for p in (out_dir / STORE_DIR, out_dir / f".{STORE_DIR}.old")) \
            and not (out_dir / "graph.trig").is_file():
        raise KgraphError("E402", name=printable(out_dir))


def open_store(out_dir: Path) -> Store:
    """The build's store, read-only; or, for an export folder without one, graph.trig in memory.

    Raises :class:`~kgraph.errors.KgraphError`: E402 when ``out_dir`` holds no build, E403 when
    its store cannot be opened."""
    require_build(out_dir)
    for folder in (out_dir / STORE_DIR, out_dir / f".{STORE_DIR}.old"):  # .old: a crash between the
        if folder.is_dir():  # two renames of a swap left the previous store whole
            try:
                return Store.read_only(str(folder))
            except OSError as exc:
                raise KgraphError("E403", name=printable(folder), reason=str(exc)) from None
    trig = out_dir / "graph.trig"
    store = Store()
    store.bulk_load(path=str(trig), format=RdfFormat.TRIG)
    default = DefaultGraph()
    store.bulk_extend([Quad(t.subject, t.predicate, t.object, default) for t in
                       {q.triple for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, DefaultGraph)}])
    return store


class _StoreOutput(Output):
    """The store as an output plugin: prepared beside the current one while the files are
    written (its result: the prepared store's folder), swapped in once every output is written."""

    name = "store"
    files = (STORE_DIR,)
    background = True

    def write(self, job: OutputJob) -> Path:
        write_store_files(job.graphs, job.out_dir, incremental=job.incremental, swap=False)
        return prepared_store(job.out_dir)

    def commit(self, job: OutputJob) -> None:
        swap_store(job.out_dir)  # last: a build that failed before (a full disk) leaves the previous store


STORE = _StoreOutput()
