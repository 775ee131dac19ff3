"""``kgraph build --watch`` latency: from an article landing in the corpus folder to its graph being
in the store (queryable), on a built corpus (default: the synthetic one of bench_build.py).

    .venv/bin/python bench/bench_watch.py [--articles 1000] [--out OUT] [--runs 3]

With ``--corpus`` and ``--out`` of an earlier build the first (catch-up) build is incremental.
Prints each latency, their median (goal ≤ 3 s) and the load average.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import make_corpus  # noqa: E402

QUERY = 'SELECT ?g WHERE {{ GRAPH ?g {{ ?a schema:identifier "{}" }} }}'


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from kgraph.watch import watch

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or make_corpus(args.articles, Path(tmp) / "corpus")
        out = args.out or Path(tmp) / "out"
        extra = sorted(make_corpus(args.runs, Path(tmp) / "extra", seed=23).iterdir())
        stop, built = threading.Event(), threading.Event()
        done: list[tuple[float, float, set[str]]] = []
        names = [f"watch_{os.getpid()}_{i}" for i in range(len(extra))]

        def on_build(kg, seconds: float) -> None:  # the store is released once this returns
            present = {n for n in names if kg.query(QUERY.format(n))}
            done.append((time.perf_counter(), seconds, present))
            built.set()

        thread = threading.Thread(target=watch, args=(corpus, out), daemon=True,
                                  kwargs={"stop": stop, "on_build": on_build, "debounce": 0.2, "poll": 0.05})
        thread.start()
        built.wait()
        print(f"first build of {len(list(corpus.iterdir()))} articles: {done[-1][1]:.1f} s", flush=True)
        latencies = []
        for i, source in enumerate(extra):
            built.clear()
            name = names[i]
            landed = time.perf_counter()
            (corpus / f"{name}.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            while True:
                built.wait()
                built.clear()
                finished, seconds, present = done[-1]
                if name in present:
                    break
            latencies.append(finished - landed)
            print(f"  {name}: queryable {finished - landed:.2f} s after it landed (rebuild {seconds:.2f} s, "
                  f"load {' '.join(f'{v:.2f}' for v in os.getloadavg())})", flush=True)
        stop.set()
        thread.join()
        for name in names:
            (corpus / f"{name}.txt").unlink(missing_ok=True)
        print(f"--watch latency: median {statistics.median(latencies):.2f} s (goal ≤ 3 s)")


if __name__ == "__main__":
    main()
