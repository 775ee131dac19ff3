"""The Python API, for notebooks and scripts; the CLI is a thin layer over it.

    >>> import kgraph
    >>> kg = kgraph.build("corpus", "exports")            # doctest: +SKIP
    >>> kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""
from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples, Store

from kgraph.buildlock import build_lock
from kgraph.cache import CACHE_DIR, GraphContexts
from kgraph.collector import fewer_collections
from kgraph.forked import fork_map
from kgraph.model import ArticleExtraction
from kgraph.output import GraphFiles, graph_files, output_formats, output_pieces, write_outputs
from kgraph import parallel
from kgraph.pipeline import ArticleGraphs, BuildResult, Progress, run_build
from kgraph.rdf.namespaces import DEFAULT_BASE_IRI, PREFIXES
from kgraph.rdf.oxi import results_bytes, term_value
from kgraph.store import open_store
from kgraph.void import VOID_OUTPUT, VoidStats

__all__ = ["KnowledgeGraph", "build", "open_graph"]

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
          incremental: bool = True, wait: float = 0.0, full: bool = False) -> KnowledgeGraph:
    """Build the graph of every article under ``corpus`` into ``out`` and open it.

    ``jobs``: extraction processes (0: all cores; None: all cores when 200 articles or more are to
    be extracted, else one); ``dask_scheduler``: a dask.distributed
    scheduler address (or Client) to extract on instead. ``incremental``: reuse the extractions
    cached in ``out/cache`` for unchanged articles and update only the changed graphs of the store.
    ``wait``: seconds to wait for another build writing into ``out`` before raising
    :class:`~kgraph.buildlock.BuildLocked` (E401); two builds never write one folder at once.
    ``full``: resolve entities over the whole corpus again (an incremental build otherwise
    resolves only the parts of it that changed, with the same result).
    """
    out_dir = Path(out)
    fresh = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir, wait=wait), fewer_collections():
        return _build(Path(corpus), out_dir, base_iri=base_iri, progress=progress, jobs=jobs,
                      dask_scheduler=dask_scheduler, incremental=incremental, fresh=fresh, full=full)


def _build(corpus: Path, out_dir: Path, *, base_iri: str, progress: Progress | None, jobs: int | None,
           dask_scheduler: object | None, incremental: bool, fresh: bool, full: bool = False) -> KnowledgeGraph:
    """The build itself, under the lock; ``fresh``: ``out_dir`` did not exist before."""
    cache_dir = out_dir / CACHE_DIR / "extract" if incremental else None
    result = run_build(corpus, base_iri=base_iri, progress=progress, jobs=jobs,
                       dask_scheduler=dask_scheduler, cache_dir=cache_dir, full=full)
    if not result.extractions:  # nothing usable (E002 or every article skipped): no empty build is
        if fresh:  # written, and a previous one is left as it was
            shutil.rmtree(out_dir, ignore_errors=True)
        return KnowledgeGraph(out_dir, Store(), result)
    contexts = GraphContexts(out_dir / CACHE_DIR / "contexts.json") if incremental else None
    formats = output_formats()
    chunks = out_dir / CACHE_DIR / "chunks" if incremental else None
    with graph_files(out_dir, chunks, output_pieces(formats)) as files:
        graphs = result.graphs
        workers = parallel.resolve_jobs(jobs, len(graphs))
        made = _graphs_in_workers(files, graphs, contexts, workers)

        def add(name: str, extraction: ArticleExtraction) -> str:
            found = made.get(name)
            return files.take(name, *found) if found else files.add(name, graphs.quads_of(extraction))

        for extraction in graphs.extractions:  # one article's quads at a time
            name = graphs.iris.graph(extraction.article.id).value
            if contexts is None:
                add(name, extraction)
                continue
            context = graphs.context_digest(extraction)
            known = contexts.known(name, context)
            if known is None or not files.reuse(name, known):
                contexts.remember(name, context, add(name, extraction))
            else:
                contexts.remember(name, context, known)
        result = dataclasses.replace(result, graphs_reused=files.reused)
        if contexts is not None:
            contexts.save(files.digests)
        # every registered output (the store, the RDF files, the views, VoID), from the graphs' files
        # (the earlier versions of changed graphs are pruned after: a spliced output reads them)
        written = write_outputs(files, out_dir, base_iri=base_iri, incremental=incremental, formats=formats,
                                workers=workers)
        files.prune()
    stats = written.get(VOID_OUTPUT.name)
    triples = stats.triples if isinstance(stats, VoidStats) else 0
    return KnowledgeGraph(out_dir, open_store(out_dir), dataclasses.replace(result, triple_count=triples))


def _graphs_in_workers(files: GraphFiles, graphs: ArticleGraphs, contexts: GraphContexts | None,
                       workers: int) -> dict[str, tuple[str, int]]:
    """With several workers, the graphs this build makes (not kept from an earlier one) are made
    and serialised by processes forked from this one (:func:`kgraph.forked.fork_map`): graph IRI
    -> (digest, files written), for :meth:`GraphFiles.take`; empty with one worker."""
    if workers <= 1:
        return {}
    todo = [(graphs.iris.graph(e.article.id).value, e) for e in graphs.extractions]
    if contexts is not None:
        todo = [(name, e) for name, e in todo if contexts.known(name, graphs.context_digest(e)) is None]

    def write(i: int) -> tuple[str, int]:
        name, extraction = todo[i]
        return files.write(name, graphs.quads_of(extraction))

    costs = [len(e.article.text) for _, e in todo]
    done = fork_map(write, len(todo), workers, costs=costs)
    return {name: found for (name, _), found in zip(todo, done)}


def open_graph(out: str | Path) -> KnowledgeGraph:
    """Open a folder that ``kgraph build`` wrote."""
    out_dir = Path(out)
    return KnowledgeGraph(out_dir, open_store(out_dir))
