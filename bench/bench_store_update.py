"""The store's two ways of writing a build, timed on the same synthetic graphs: a full load and
an update of a share of the graphs (some changed, some removed, some added), each forced, then
the way ``write_store_files`` chooses. Prints the seconds, the bytes each way moves and the
per-byte cost of an update relative to a full load (what ``kgraph.store.UPDATE_COST`` stands for).

    .venv/bin/python bench/bench_store_update.py [--graphs 3000] [--triples 60] [--shares 0.01,0.1,0.3,0.6]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyoxigraph import Literal, NamedNode, Quad  # noqa: E402

import kgraph.store as store_module  # noqa: E402
from kgraph.output import graph_files  # noqa: E402

EX = "https://example.org/bench/"


def graph_quads(i: int, triples: int, version: int) -> list[Quad]:
    """One article's graph: its own triples, and a few shared with other graphs (the union dedups)."""
    g = NamedNode(f"{EX}graph/{i}")
    own = [Quad(NamedNode(f"{EX}a/{i}/{j}"), NamedNode(f"{EX}p/{j % 7}"), Literal(f"value {i}.{j} v{version}"), g)
           for j in range(triples)]
    shared = [Quad(NamedNode(f"{EX}entity/{(i + k) % 500}"), NamedNode(f"{EX}label"), Literal(f"entity {(i + k) % 500}"), g)
              for k in range(5)]
    return own + shared


def write(out: Path, graphs: dict[int, int], triples: int, *, force: str | None) -> tuple[float, bool]:
    """Write the store for ``graphs`` (index -> version) and time it; ``force``: "full" or "update"."""
    original = store_module._update_is_cheaper
    if force is not None:
        store_module._update_is_cheaper = lambda *args: force == "update"  # type: ignore[assignment]
    out.mkdir(parents=True, exist_ok=True)
    try:
        with graph_files(out) as files:
            for i, version in sorted(graphs.items()):
                files.add(f"{EX}graph/{i}", graph_quads(i, triples, version))
            start = time.perf_counter()
            update = store_module.write_store_files(files, out)
            return time.perf_counter() - start, update.full
    finally:
        store_module._update_is_cheaper = original


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--graphs", type=int, default=3000)
    parser.add_argument("--triples", type=int, default=60)
    parser.add_argument("--shares", default="0.01,0.1,0.3,0.6")
    args = parser.parse_args()
    base = {i: 0 for i in range(args.graphs)}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        seconds, _ = write(out, base, args.triples, force="full")
        print(f"full load of {args.graphs} graphs × {args.triples + 5} triples: {seconds:.2f} s")
        for share in (float(s) for s in args.shares.split(",")):
            step = max(1, round(1 / share))
            after = {i: (1 if i % step == 0 else 0) for i in base if i % (step * 4) != 1}  # changed, removed
            after.update({args.graphs + i: 0 for i in range(args.graphs // (step * 4))})  # added
            figures = {}
            for way in ("full", "update", None):
                shutil.rmtree(out, ignore_errors=True)
                write(out, base, args.triples, force="full")
                figures[way or "chosen"] = write(out, after, args.triples, force=way)
            moved = sum(1 for i in after if after[i] != base.get(i)) + sum(1 for i in base if after.get(i) != base[i])
            ratio = figures["update"][0] / figures["full"][0] / (moved / len(after))
            print(f"  {share:.0%} of the graphs touched ({moved} graphs removed or added): full {figures['full'][0]:.2f} s, "
                  f"update {figures['update'][0]:.2f} s; update per graph moved = {ratio:.2f}× a full load's "
                  f"per graph; chosen: {'full' if figures['chosen'][1] else 'update'} {figures['chosen'][0]:.2f} s",
                  flush=True)


if __name__ == "__main__":
    main()
