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

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple

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
    (with ``swap=False``, prepare that store beside it for :func:`swap_store`).

    An update removes the changed graphs' quads and adds theirs; it is chosen over loading every
    graph afresh when its measured cost (:data:`UPDATE_COST` per byte removed or added) is below
    that of the full load (the bytes of every graph)."""
    final, fresh, old = _store_dirs(out_dir)
    if old.is_dir() and not final.exists():  # a crash between the two renames of a swap
        old.rename(final)
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    digests = dict(files.digests)
    manifest = _read_full_manifest(final) if incremental and final.is_dir() else None
    previous = manifest[0] if manifest is not None else None
    if previous == digests:  # the store already holds exactly these graphs
        return StoreUpdate(0, 0, 0, len(digests), False)
    sizes = {name: files.path(name, "nt").stat().st_size for name in digests}
    if previous is None or manifest is None or _DEFAULT in previous \
            or not _update_is_cheaper(previous, manifest[1], digests, sizes):
        update = _write_full(files, fresh)
    else:
        update = _write_changes(files, previous, manifest[1], sizes, final, fresh)
    (fresh / MANIFEST).write_text(json.dumps({"graphs": digests, "bytes": sizes}, sort_keys=True), encoding="utf-8")
    if swap:
        _swap(final, fresh, old)
    return update


def _read_full_manifest(store_dir: Path) -> tuple[dict[str, str], dict[str, int]] | None:
    """The manifest's digests and N-Triples sizes per graph (sizes empty in a store written before them)."""
    graphs = _read_manifest(store_dir)
    if graphs is None:
        return None
    try:
        sizes = json.loads((store_dir / MANIFEST).read_text(encoding="utf-8")).get("bytes", {})
    except (OSError, ValueError, AttributeError):
        sizes = {}
    return graphs, sizes if isinstance(sizes, dict) else {}


def prepared_store(out_dir: Path) -> Path:
    """The store as it will be once swapped in: the one prepared by ``swap=False`` if any, else the store."""
    final, fresh, _ = _store_dirs(out_dir)
    return fresh if fresh.is_dir() else final


def swap_store(out_dir: Path) -> None:
    """Put the store prepared by ``write_store_files(..., swap=False)`` in place (none prepared: nothing)."""
    final, fresh, old = _store_dirs(out_dir)
    if fresh.is_dir():
        _swap(final, fresh, old)


# What a byte of N-Triples costs to remove from the store or add to it by an update, relative to
# a byte loaded afresh (bulk load of the named graph and the union, then one compaction), measured
# by bench/bench_store_update.py (pyoxigraph 0.5, 1,000 synthetic graphs, loaded machine): 1.0x
# with 10 % of the graphs touched, 4.4-4.6x with 1 % (the checkpoint) and 30 % (the compaction
# after many removals). An update is thus chosen while it moves under a third of the bytes.
UPDATE_COST = 3.0


def _update_is_cheaper(previous: dict[str, str], previous_sizes: dict[str, int], digests: dict[str, str],
                       sizes: dict[str, int]) -> bool:
    """Whether updating the store costs less than loading every graph afresh: the bytes removed
    (the changed and removed graphs' previous files) and added (the changed and new graphs'),
    weighted by :data:`UPDATE_COST`, against the bytes of every graph. A previous size the
    manifest lacks is taken to be the graph's current size, or the mean size for a removed one."""
    total = sum(sizes.values())
    mean = total / max(len(sizes), 1)
    removed = sum(previous_sizes.get(name, sizes.get(name, mean)) for name, digest in previous.items()
                  if digests.get(name) != digest)
    added = sum(size for name, size in sizes.items() if previous.get(name) != digests[name])
    return UPDATE_COST * (removed + added) < total


_BATCH_BYTES = 8 << 20  # N-Quads per bulk load: pyoxigraph's loader holds a whole call in memory (~1 KB a quad)


def _nquads_batches(files: GraphFiles, names: list[str] | None = None) -> Iterator[bytes]:
    """The graphs' N-Triples files (all, or those ``names``) as N-Quads, in batches of about
    ``_BATCH_BYTES``: each graph's triples in its named graph, then again in the default graph
    (the union: the store keeps a triple once)."""
    names = list(files.digests) if names is None else names
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
    try:
        for batch in _nquads_batches(files):
            store.bulk_load(batch, RdfFormat.N_QUADS)
        store.optimize()  # one compaction of the batches' files: the cookbook ran 2.5-3x faster after it
        store.flush()
    finally:
        del store  # its lock goes with it, also when a full disk raised: the traceback keeps no store
    return StoreUpdate(len(files.digests), 0, 0, 0, True)


_SMALL_LOAD = 1 << 20  # bytes below which one transactional load is quicker than the bulk loader's new files


def _write_changes(files: GraphFiles, previous: dict[str, str], previous_sizes: dict[str, int],
                   sizes: dict[str, int], final: Path, fresh: Path) -> StoreUpdate:
    """Checkpoint the current store into ``fresh`` and apply only the per-graph differences: the
    removed and changed graphs dropped in one SPARQL update (one transaction), the changed and
    new graphs' quads added by one load (the bulk loader for more than ``_SMALL_LOAD`` bytes).

    The default graph (the union) loses, in one more update, the triples that only the replaced
    or removed graphs held, and gains those of the new graphs.
    """
    digests = files.digests
    Store.read_only(str(final)).backup(str(fresh))
    store = Store(str(fresh))
    try:
        removed = [g for g in previous if g not in digests]
        changed = [g for g in digests if g in previous and previous[g] != digests[g]]
        added = [g for g in digests if g not in previous]
        dropped: set[Triple] = set()
        for name in removed + changed:
            dropped.update(q.triple for q in store.quads_for_pattern(None, None, None, NamedNode(name)))
        if removed or changed:
            store.update(" ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in removed + changed))
        for batch in _nquads_batches(files, changed + added):
            if len(batch) < _SMALL_LOAD:
                store.load(batch, RdfFormat.N_QUADS)
            else:
                store.bulk_load(batch, RdfFormat.N_QUADS)
        orphans = [triple for triple in dropped  # out of the union unless a graph still states it
                   if not any(not isinstance(q.graph_name, DefaultGraph) for q in
                              store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None))]
        _remove_from_default(store, orphans)
        removed_bytes = sum(previous_sizes.get(name, sizes.get(name, 0)) for name in removed + changed)
        if removed_bytes * 20 > sum(sizes.values()):  # compacts away many removals (reads were ~45 %
            store.optimize()  # slower without); a few graphs' tombstones are not worth rewriting the store
        store.flush()
    finally:
        del store  # its lock goes with it, also when a full disk raised: the traceback keeps no store
    kept = len(digests) - len(changed) - len(added)
    log.info("store: %d graphs added, %d replaced, %d removed, %d kept", len(added), len(changed), len(removed), kept)
    return StoreUpdate(len(added), len(changed), len(removed), kept, False)


def _remove_from_default(store: Store, triples: list[Triple]) -> None:
    """Remove ``triples`` from the default graph in one transaction (a SPARQL ``DELETE DATA``,
    which takes no blank node: a triple with one is removed on its own)."""
    plain = [t for t in triples if not any(isinstance(term, BlankNode) for term in (t.subject, t.object))]
    if plain:
        store.update("DELETE DATA {\n" + "".join(f"{t} .\n" for t in plain) + "}")
    for triple in triples:
        if any(isinstance(term, BlankNode) for term in (triple.subject, triple.object)):
            store.remove(Quad(triple.subject, triple.predicate, triple.object, DefaultGraph()))


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
