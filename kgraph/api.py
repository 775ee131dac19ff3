"""The Python API, for notebooks and scripts; the CLI is a thin layer over it.

    >>> import kgraph
    >>> kg = kgraph.build("corpus", "exports")            # doctest: +SKIP
    >>> kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""
from __future__ import annotations

import dataclasses
import shutil

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples, Store

from kgraph.buildlock import build_lock
from kgraph.cache import CACHE_DIR, clear_stamp, code_version, read_stamp, write_stamp
from kgraph.export.graphml import write_graphml
from kgraph.export.nif import NIF_FILE, write_gerbil_nif
from kgraph.export.graph_files import (GraphFiles, graph_files, write_jsonld_files, write_trig_files,
                                       write_turtle_files)
from kgraph.pipeline import BuildResult, Progress, run_build
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import DEFAULT_BASE_IRI, PREFIXES
from kgraph.rdf.oxi import results_bytes, term_value
from kgraph.store import dataset_digest, open_store, prepared_store, swap_store, write_store_files
from kgraph.views import write_pages
from kgraph.views.data import view_data
from kgraph.void import UnionCounter, distinct_objects, read_void, stats_of_store, write_void

__all__ = ["KnowledgeGraph", "build", "open_graph"]

OUTPUTS = (NIF_FILE, "graph.ttl", "graph.trig", "graph.jsonld", "void.ttl", "index.html", "graph.graphml", "timeline.html",
           "entities.html", "articles.html", "entity", "article")
PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


@dataclass
class KnowledgeGraph:
    """A built graph: its folder, its store, and (right after a build) the build's account."""

    out_dir: Path
    store: Store
    report: BuildResult | None = None

    def query(self, sparql: str) -> list[dict[str, str | None]] | bool | list[tuple[str, str, str]]:
        """Run SPARQL (the usual prefixes are predeclared); rows as dicts of plain strings."""
        result = self.raw_query(sparql)
        if isinstance(result, QueryBoolean):
            return bool(result)
        if isinstance(result, QueryTriples):
            return [(term_value(t.subject), t.predicate.value, term_value(t.object)) for t in result]
        names = [v.value for v in result.variables]
        return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]

    def raw_query(self, sparql: str) -> QuerySolutions | QueryBoolean | QueryTriples:
        # the prefixes given to the parser, not prepended: its errors' line numbers are the query's own
        return self.store.query(sparql, prefixes=PREFIXES)  # the default graph is the union (kgraph.store)

    def serialize_query(self, sparql: str, fmt: QueryResultsFormat) -> bytes:
        """A SELECT or ASK query's result in a SPARQL results format (CSV, TSV, JSON, XML)."""
        result = self.raw_query(sparql)
        if isinstance(result, QueryTriples):
            raise TypeError("serialize_query takes SELECT or ASK queries; CONSTRUCT gives triples (use raw_query)")
        return results_bytes(result, fmt)


def with_prefixes(sparql: str) -> str:
    """Prepend the standard prefixes the query does not declare itself."""
    declared = {line.split()[1].rstrip(":").lower() for line in sparql.splitlines()
                if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    missing = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return missing + sparql


def build(corpus: str | Path, out: str | Path, *, base_iri: str = DEFAULT_BASE_IRI,
          progress: Progress | None = None, jobs: int | None = None, dask_scheduler: object | None = None,
          incremental: bool = True, wait: float = 0.0) -> KnowledgeGraph:
    """Build the graph of every article under ``corpus`` into ``out`` and open it.

    ``jobs``: extraction processes (0: all cores; None: all cores when 200 articles or more are to
    be extracted, else one); ``dask_scheduler``: a dask.distributed
    scheduler address (or Client) to extract on instead. ``incremental``: reuse the extractions
    cached in ``out/cache`` for unchanged articles and update only the changed graphs of the store.
    ``wait``: seconds to wait for another build writing into ``out`` before raising
    :class:`~kgraph.buildlock.BuildLocked` (E401); two builds never write one folder at once.
    """
    out_dir = Path(out)
    fresh = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir, wait=wait):
        return _build(Path(corpus), out_dir, base_iri=base_iri, progress=progress, jobs=jobs,
                      dask_scheduler=dask_scheduler, incremental=incremental, fresh=fresh)


def _build(corpus: Path, out_dir: Path, *, base_iri: str, progress: Progress | None, jobs: int | None,
           dask_scheduler: object | None, incremental: bool, fresh: bool) -> KnowledgeGraph:
    """The build itself, under the lock; ``fresh``: ``out_dir`` did not exist before."""
    cache_dir = out_dir / CACHE_DIR / "extract" if incremental else None
    result = run_build(corpus, base_iri=base_iri, progress=progress, jobs=jobs,
                       dask_scheduler=dask_scheduler, cache_dir=cache_dir)
    if not result.extractions:  # nothing usable (E002 or every article skipped): no empty build is
        if fresh:  # written, and a previous one is left as it was
            shutil.rmtree(out_dir, ignore_errors=True)
        return KnowledgeGraph(out_dir, Store(), result)
    with graph_files(out_dir, out_dir / CACHE_DIR / "chunks" if incremental else None) as files:
        graphs = result.graphs
        for extraction in graphs.extractions:  # one article's quads at a time
            name = graphs.iris.graph(extraction.article.id).value
            if not incremental:
                files.add(name, graphs.quads_of(extraction))
            elif not files.reuse(name, context := graphs.context_digest(extraction)):
                files.add(name, graphs.quads_of(extraction), context)
        result = dataclasses.replace(result, graphs_reused=files.reused)
        files.prune()
        store, triples = _write_outputs(result, files, out_dir, base_iri, incremental)
    return KnowledgeGraph(out_dir, store, dataclasses.replace(result, triple_count=triples))


def _write_outputs(result: BuildResult, files: GraphFiles, out_dir: Path, base_iri: str,
                   incremental: bool) -> tuple[Store, int]:
    """The exports, the store and the views, from the graphs' files (skipped when unchanged): the
    store opened, and the distinct triples of the union."""
    stamp = f"{dataset_digest(files.digests)} {code_version()} {base_iri}"
    if incremental and read_stamp(out_dir) == stamp and all((out_dir / name).exists() for name in OUTPUTS):
        # the same graphs, written by the same code: every export and page is already what it would be
        write_store_files(files, out_dir, incremental=True)
        triples = (read_void(out_dir) or stats_of_store(open_store(out_dir), base_iri)).triples
        return open_store(out_dir), triples
    clear_stamp(out_dir)
    # the store is loaded by pyoxigraph (native code, the GIL released) in a thread while Python
    # writes the files and pages
    counter = UnionCounter(Iris(base_iri).base)  # VoID's figures, counted as graph.ttl is written
    with ThreadPoolExecutor(1, thread_name_prefix="kgraph-store") as pool:
        stored = pool.submit(_write_store, files, out_dir, incremental)
        write_turtle_files(files, out_dir / "graph.ttl", counter.see)
        write_trig_files(files, out_dir / "graph.trig")
        write_jsonld_files(files, out_dir / "graph.jsonld")
        data = view_data(files.fragments())  # for the pages and graph.graphml
        write_pages(data, out_dir, state=out_dir / CACHE_DIR / "pages.json" if incremental else None)
        write_graphml(data, out_dir)
        objects = stored.result()
    _write_nif(out_dir)  # the mentions as NIF consumers (GERBIL) read them, from the new store
    triples = write_void(counter.stats(objects), out_dir, base_iri).triples
    swap_store(out_dir)  # last: a build that failed before (a full disk) leaves the previous store
    if incremental:
        write_stamp(out_dir, stamp)
    return open_store(out_dir), triples


def _write_store(files: GraphFiles, out_dir: Path, incremental: bool) -> int:
    """Prepare the new store beside the current one; its union's distinct objects (for VoID)."""
    write_store_files(files, out_dir, incremental=incremental, swap=False)
    store = Store.read_only(str(prepared_store(out_dir)))
    try:
        return distinct_objects(store)
    finally:
        del store


def _write_nif(out_dir: Path) -> None:
    store = Store.read_only(str(prepared_store(out_dir)))
    try:
        write_gerbil_nif(store, out_dir)
    finally:
        del store


def open_graph(out: str | Path) -> KnowledgeGraph:
    """Open a folder that ``kgraph build`` wrote."""
    out_dir = Path(out)
    return KnowledgeGraph(out_dir, open_store(out_dir))
