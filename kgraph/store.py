"""The embedded store: pyoxigraph on disk at ``OUT/store``, one named graph per article.

The default graph holds the union of all graphs as a set (what graph.ttl holds), so queries
without ``GRAPH`` see each triple once however many articles state it; ``GRAPH ?g`` gives the
provenance. Query it with ``use_default_graph_as_union=False`` (pyoxigraph's union mode would
repeat a triple once per graph that holds it).

Updates are incremental and crash-safe: the previous store is checkpointed (RocksDB hard links,
cheap) into ``OUT/.store.new``; only the named graphs whose quads changed are replaced there;
then the new store is swapped in by renames. A crash at any point leaves the previous store
whole. A manifest inside the store directory records a digest per graph.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import logging
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple

__all__ = ["STORE_DIR", "StoreUpdate", "write_store", "open_store", "graph_digests", "group_by_graph",
           "dataset_digest"]

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


def dataset_digest(digests: dict[str, str]) -> str:
    """One digest of the whole dataset from its per-graph digests."""
    return hashlib.sha256(json.dumps(digests, sort_keys=True).encode()).hexdigest()[:32]


def _group(quads: Iterable[Quad]) -> dict[str, list[Quad]]:
    groups: dict[str, list[Quad]] = defaultdict(list)
    for quad in quads:
        graph = quad.graph_name
        groups[_DEFAULT if isinstance(graph, DefaultGraph) else graph.value].append(quad)
    return groups


def graph_digests(groups: dict[str, list[Quad]]) -> dict[str, str]:
    """One digest per graph over its distinct quads, independent of their order."""
    out = {}
    for name, quads in groups.items():
        lines = sorted({str(q.triple) for q in quads})
        out[name] = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]
    return out


def _read_manifest(store_dir: Path) -> dict[str, str] | None:
    try:
        return json.loads((store_dir / MANIFEST).read_text(encoding="utf-8"))["graphs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_store(quads: Iterable[Quad], out_dir: Path, *, incremental: bool = True,
                groups: dict[str, list[Quad]] | None = None, digests: dict[str, str] | None = None) -> StoreUpdate:
    """Make ``out_dir/store`` hold exactly ``quads``, touching only the graphs that changed.

    ``groups`` and ``digests`` (from :func:`group_by_graph` and :func:`graph_digests` of the same
    quads) spare recomputing them.
    """
    final, fresh, old = out_dir / STORE_DIR, out_dir / f".{STORE_DIR}.new", out_dir / f".{STORE_DIR}.old"
    if old.is_dir() and not final.exists():  # a crash between the two renames of a swap
        old.rename(final)
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    groups = groups if groups is not None else _group(quads)
    digests = digests if digests is not None else graph_digests(groups)
    previous = _read_manifest(final) if incremental and final.is_dir() else None
    if previous == digests and not fresh.exists():  # the store already holds exactly these graphs
        return StoreUpdate(0, 0, 0, len(digests), False)
    if previous is None or previous.get(_DEFAULT) != digests.get(_DEFAULT):
        update = _write_full(groups, fresh)
    else:
        update = _write_changes(groups, digests, previous, final, fresh)
    (fresh / MANIFEST).write_text(json.dumps({"graphs": digests}, sort_keys=True), encoding="utf-8")
    _swap(final, fresh, old)
    return update


def _in_default(quads: Iterable[Quad]) -> Iterable[Quad]:
    """The quads' triples in the default graph (repeats are fine: the store is a set)."""
    default = DefaultGraph()
    return (Quad(q.subject, q.predicate, q.object, default) for q in quads)


_BATCH = 50_000  # quads per bulk load: pyoxigraph's loader buffers a whole call (~0.9 KB a quad)


def _bulk(store: Store, quads: Iterable[Quad]) -> None:
    """Bulk-load in batches, so the loader's buffer stays small whatever the corpus size."""
    it = iter(quads)
    while batch := list(itertools.islice(it, _BATCH)):
        store.bulk_extend(batch)


def _write_full(groups: dict[str, list[Quad]], fresh: Path) -> StoreUpdate:
    store = Store(str(fresh))
    _bulk(store, (q for name, quads in groups.items() if name != _DEFAULT for q in quads))
    _bulk(store, _in_default(q for quads in groups.values() for q in quads))  # streamed, no set of the union
    store.flush()
    del store
    return StoreUpdate(len(groups), 0, 0, 0, True)


def _write_changes(groups: dict[str, list[Quad]], digests: dict[str, str], previous: dict[str, str],
                   final: Path, fresh: Path) -> StoreUpdate:
    """Checkpoint the current store into ``fresh`` and apply only the per-graph differences.

    The default graph (the union) loses the triples that only the replaced or removed graphs
    held, and gains those of the new graphs.
    """
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
    for triple in dropped:  # out of the union unless a kept graph still states it (new ones are added below)
        if not any(not isinstance(q.graph_name, DefaultGraph)
                   for q in store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)):
            store.remove(Quad(triple.subject, triple.predicate, triple.object, DefaultGraph()))
    _bulk(store, (q for name in changed + added for q in groups[name]))
    _bulk(store, _in_default(q for name in changed + added for q in groups[name]))
    store.optimize()  # compacts away the removals: reads were ~45 % slower without (views, serve)
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


def open_store(out_dir: Path) -> Store:
    """The build's store, read-only; or, for an export folder without one, graph.trig in memory."""
    if (out_dir / STORE_DIR).is_dir():
        return Store.read_only(str(out_dir / STORE_DIR))
    old = out_dir / f".{STORE_DIR}.old"
    if old.is_dir():  # a crash between the two renames of a swap: the previous store is still whole
        return Store.read_only(str(old))
    trig = out_dir / "graph.trig"
    if not trig.is_file():
        raise FileNotFoundError(f"{out_dir}: no kgraph build here (neither {STORE_DIR}/ nor graph.trig); run `kgraph build` first.")
    store = Store()
    store.bulk_load(path=str(trig), format=RdfFormat.TRIG)
    store.bulk_extend(_in_default({q.triple for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, DefaultGraph)}))
    return store
