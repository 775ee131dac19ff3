"""SPARQL cookbook (ontology/queries/*.rq) on ~1 M triples: pyoxigraph on-disk store vs rdflib Graph.

The synthetic graph has the shape of a real build: the seed corpus is built once and its quads are
replicated with renamed article/text/fact/graph IRIs (and article identifiers), entity IRIs drawn
from a shared pool (so entities are merged across copies as resolution merges them). Copy 0 keeps
the seed's own names, so a cookbook query parameterised by a seed article or entity finds it. Both
engines get the same triples in the same run: pyoxigraph as kgraph serves it (the on-disk store,
read-only, default graph = union), rdflib as an in-memory Graph. Per query: rows, p50 and p95 of
each engine (warm runs: one untimed run first), the ratio; then a summary line. rdflib runs in a
forked child per query, killed past ``--rdflib-cap`` seconds: it then counts as "> cap" and the ratio as a lower bound. Never a test.

    .venv/bin/python bench/bench_query.py [--triples 1000000] [--runs 20] [--rdflib-runs 3]
        [--rdflib-cap 25] [--oxigraph-cap 0] [--only 02,11] [--no-rdflib] [--keep DIR] [--queries DIR]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BASE = "https://w3id.org/kgraph/id/"
IDENTIFIER = NamedNode("https://schema.org/identifier")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
TARGET_MS, TARGET_RATIO = 50.0, 30.0

__all__ = ["synthetic", "main"]


def seed_quads(base: str) -> list[Quad]:
    """The quads of a fresh build of corpus/, read back from its store (those of the named graphs)."""
    import kgraph

    with tempfile.TemporaryDirectory() as tmp:
        kgraph.build(ROOT / "corpus", tmp, base_iri=base, incremental=False)
        store = Store.read_only(str(Path(tmp) / "store"))
        quads = [q for q in store.quads_for_pattern(None, None, None, None)
                 if not isinstance(q.graph_name, DefaultGraph)]
        del store
        return quads


def _rename(term, base: str, copy: int, pool: int):
    if not isinstance(term, NamedNode) or not term.value.startswith(base) or copy == 0:
        return term
    rest = term.value[len(base):]
    kind, _, tail = rest.partition("/")
    if kind == "entity":
        return NamedNode(f"{base}entity/{tail}-{copy % pool}") if copy % pool else term
    head, hash_, fragment = tail.partition("#")
    return NamedNode(f"{base}{kind}/{head}-c{copy}{hash_}{fragment}")


def _copy(quad: Quad, base: str, copy: int, pool: int) -> Quad:
    obj = quad.object
    if copy and quad.predicate == IDENTIFIER and isinstance(obj, Literal):
        obj = Literal(f"{obj.value}-c{copy}")
    else:
        obj = _rename(obj, base, copy, pool)
    return Quad(_rename(quad.subject, base, copy, pool), quad.predicate, obj,
                _rename(quad.graph_name, base, copy, pool))


def synthetic(seed: list[Quad], base: str, triples: int, pool: int = 20) -> list[Quad]:
    """Copies of the seed build until ~``triples`` distinct triples."""
    per_copy = len({q.triple for q in seed})
    copies = max(1, round(triples / per_copy * 1.05))
    return [_copy(q, base, c, pool) for c in range(copies) for q in seed]


def timings(run: Callable[[], int], runs: int, budget: float) -> tuple[list[float], int]:
    """Seconds per warm run (``runs`` of them after an untimed one, fewer once ``budget`` seconds are spent)."""
    run()
    times, rows, spent = [], 0, 0.0
    for _ in range(runs):
        start = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - start)
        spent += times[-1]
        if spent > budget:
            break
    return times, rows


def pct(times: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of ``times``."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def capped_times(run: Callable[[], int], runs: int, cap: float) -> tuple[list[float], int]:
    """Seconds per warm run of ``run`` (after one untimed) in a forked child (a query cannot be interrupted),
    killed after ``cap`` s."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()

    def work() -> None:
        run()
        for _ in range(runs):
            start = time.perf_counter()
            rows = run()
            child.send((time.perf_counter() - start, rows))

    process = context.Process(target=work)
    process.start()
    deadline, times, rows = time.monotonic() + cap, [], -1
    while len(times) < runs and parent.poll(max(0.0, deadline - time.monotonic())):
        seconds, rows = parent.recv()
        times.append(seconds)
    process.kill()
    process.join()
    return times, rows


def open_or_build(keep: Path | None, triples: int, tmp: Path) -> tuple[Store, float]:
    """The on-disk store of the synthetic graph (built in ``keep`` once and reused), and its build time."""
    from kgraph.store import STORE_DIR, open_store, write_store

    folder = keep or tmp
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    if not (folder / STORE_DIR).is_dir():
        write_store(synthetic(seed_quads(BASE), BASE, triples), folder)
    return open_store(folder), time.perf_counter() - start


def rdflib_graph(store: Store):
    """An rdflib Graph holding the store's default graph (the union: each triple once)."""
    import rdflib

    from kgraph.rdf.namespaces import PREFIXES

    def term(t):
        if isinstance(t, NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, Literal):  # xsd:string as a plain literal: rdflib tells "a" and "a"^^xsd:string apart
            plain = t.language or t.datatype.value == XSD_STRING
            return rdflib.Literal(t.value, lang=t.language or None, datatype=None if plain else rdflib.URIRef(t.datatype.value))
        return rdflib.BNode(t.value)

    graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for q in store.quads_for_pattern(None, None, None, DefaultGraph()):
        graph.add((term(q.subject), term(q.predicate), term(q.object)))
    graph.query("ASK { ?s ?p ?o }")  # rdflib's SPARQL modules are imported once here, not in each forked child
    return graph


def selected(folder: Path, only: str) -> list[Path]:
    """The query files of ``folder``, those whose names start with one of ``only`` (comma-separated)."""
    names = [n for n in only.split(",") if n]
    return [p for p in sorted(folder.glob("*.rq")) if not names or any(p.stem.startswith(n) for n in names)]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20, help="pyoxigraph runs per query (fewer past 10 s)")
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--rdflib-cap", type=float, default=25.0, help="seconds of rdflib per query")
    parser.add_argument("--oxigraph-cap", type=float, default=0.0,
                        help="seconds of pyoxigraph per query, in a forked child (0: no cap, in process)")
    parser.add_argument("--only", default="", help="comma-separated query name prefixes")
    parser.add_argument("--no-rdflib", action="store_true", help="pyoxigraph only (no ratio)")
    parser.add_argument("--keep", type=Path, help="a folder to build the store in once and reuse")
    parser.add_argument("--queries", type=Path, default=ROOT / "ontology" / "queries",
                        help="a folder of .rq files (e.g. an older cookbook, to compare)")
    args = parser.parse_args()
    from kgraph.rdf.namespaces import PREFIXES

    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        store, built = open_or_build(args.keep, args.triples, Path(tmp))
        n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
        graph, loaded = None, 0.0
        if not args.no_rdflib:
            start = time.perf_counter()
            graph = rdflib_graph(store)
            loaded = time.perf_counter() - start
        print(f"graph: {n:,} distinct triples; store ready in {built:.1f} s"
              + ("" if graph is None else f", rdflib Graph loaded in {loaded:.1f} s"))
        print(f"{'query':30} {'rows':>6} {'ox p50':>9} {'ox p95':>9} {'rdflib p50':>11} {'rdflib p95':>11} {'ratio':>7}  (ms)")
        p50s, ratios, bounds = [], [], 0
        for path in selected(args.queries, args.only):
            text = path.read_text(encoding="utf-8")
            count = lambda text=text: sum(1 for _ in store.query(text, prefixes=PREFIXES))  # noqa: E731
            if args.oxigraph_cap:
                times, rows = capped_times(count, args.runs, args.oxigraph_cap)
            else:
                times, rows = timings(count, args.runs, 10.0)
            if not times:
                print(f"{path.stem[:30]:30} {'?':>6} {'> ' + format(args.oxigraph_cap, '.0f') + ' s':>9}", flush=True)
                continue
            ox = statistics.median(times)
            p50s.append(ox)
            line = f"{path.stem[:30]:30} {rows:6d} {_ms(ox)} {_ms(pct(times, 0.95))}"
            if graph is not None:
                rd, rd_rows = capped_times(lambda text=text: len(list(graph.query(text))), args.rdflib_runs, args.rdflib_cap)
                if rd:
                    ratios.append(statistics.median(rd) / ox)
                    line += f" {_ms(statistics.median(rd)):>11} {_ms(pct(rd, 0.95)):>11} {ratios[-1]:6.0f}×"
                    line += "" if rd_rows == rows else f"  (rdflib rows {rd_rows})"
                else:
                    bounds += 1
                    ratios.append(args.rdflib_cap / ox)
                    cap = f"> {args.rdflib_cap:.0f} s"
                    line += f" {cap:>11} {cap:>11} {'>' + format(ratios[-1], '.0f'):>6}×"
            print(line, flush=True)
        summary = (f"cookbook: {len(p50s)} queries, pyoxigraph median p50 {statistics.median(p50s) * 1000:.1f} ms, "
                   f"max {max(p50s) * 1000:.1f} ms, {sum(p <= TARGET_MS / 1000 for p in p50s)}/{len(p50s)} "
                   f"within {TARGET_MS:.0f} ms")
        if ratios:
            summary += (f"; rdflib/pyoxigraph median {statistics.median(ratios):.0f}×, min {min(ratios):.0f}×, "
                        f"{sum(r >= TARGET_RATIO for r in ratios)}/{len(ratios)} at ≥ {TARGET_RATIO:.0f}×"
                        + (f" ({bounds} rdflib runs past the cap count as the cap: lower bounds)" if bounds else ""))
        print(summary)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
