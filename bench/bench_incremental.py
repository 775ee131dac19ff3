"""Incremental rebuild after changing one article of N (default 1,000), against the full build.

Same synthetic corpus as bench_build.py. Each build runs in a fresh child process, as
``kgraph build`` would (imports and model loading included), and its wall time and peak RSS are
taken from outside. A full build into an empty folder, then ``--runs`` rebuilds, each after one
more article was edited (a different one each time), a rebuild with nothing changed, and one
after ``--add`` new articles arrived, one after an article was deleted. Prints every figure,
the medians, the ratios (targets at 10,000 articles: adding 10 ≤ 2 %, changing one ≤ 1 %) and
the load average; under each build, its stages: how many graphs changed ("outputs: ..."), each output's write time (the store's runs in a thread, beside the
others), the store's update ("store: ... replaced"; no such line when it was loaded afresh) and
the read/extract/resolve time.

    .venv/bin/python bench/bench_incremental.py [--articles 1000] [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import make_corpus  # noqa: E402


def child(corpus: Path, out: Path, jobs: int) -> None:
    import logging

    import kgraph

    logging.basicConfig(level=logging.WARNING, format="%(message)s")  # to stderr, read by timed()
    for name in ("kgraph.output.formats", "kgraph.store"):
        logging.getLogger(name).setLevel(logging.INFO)
    started = time.perf_counter()
    result = kgraph.build(corpus, out, jobs=jobs)
    seconds = result.report.seconds if result.report else 0.0
    print(f"read, extract, resolve {seconds:.2f} s; whole build in-process "
          f"{time.perf_counter() - started:.2f} s", file=sys.stderr)


def timed(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one build in a child process; prints its stage figures
    (the outputs' write times, the store's update) and its CPU seconds (user and system: steadier
    than wall time on a loaded machine)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        process = subprocess.Popen([sys.executable, __file__, "--child", str(corpus), str(out), str(jobs)],
                                   stdout=subprocess.DEVNULL, stderr=log, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        log.seek(0)
        lines = [line.strip() for line in log if line.startswith(("output", "store", "read, "))]
    if status != 0:
        raise RuntimeError(f"build failed with status {status}")
    print(f"    cpu {usage.ru_utime + usage.ru_stime:.2f} s; " + "; ".join(lines), flush=True)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--add", type=int, default=10, help="articles added in the last rebuild")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(args.articles, Path(tmp) / "corpus")
        out = Path(tmp) / "out"
        full, rss = timed(corpus, out, args.jobs)
        print(f"full build of {args.articles} articles: {full:.1f} s, peak RSS {rss:.0f} MiB (load {load()})", flush=True)
        files = sorted(corpus.iterdir())
        rebuilds = []
        for run in range(args.runs):
            victim = files[(args.articles // 2 + 97 * run) % len(files)]
            victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more sentence was added here today.\n",
                              encoding="utf-8")
            seconds, rss = timed(corpus, out, args.jobs)
            rebuilds.append(seconds)
            print(f"  rebuild after changing {victim.name}: {seconds:.2f} s = {seconds / full:.1%}, "
                  f"peak RSS {rss:.0f} MiB (load {load()})", flush=True)
        same, _ = timed(corpus, out, args.jobs)
        pools = make_corpus(args.add, Path(tmp) / "more", seed=11)
        for i, extra in enumerate(sorted(pools.iterdir())):
            extra.rename(corpus / f"added_{i:05d}.txt")
        added, rss = timed(corpus, out, args.jobs)
        print(f"rebuild after adding {args.add} articles: {added:.2f} s = {added / full:.1%} of the full build, "
              f"peak RSS {rss:.0f} MiB (load {load()})", flush=True)
        gone = files[len(files) // 3]
        gone.unlink()
        deleted, rss = timed(corpus, out, args.jobs)
        print(f"rebuild after deleting {gone.name}: {deleted:.2f} s = {deleted / full:.1%} of the full build, "
              f"peak RSS {rss:.0f} MiB (load {load()})", flush=True)
        median = statistics.median(rebuilds)
        print(f"rebuild after changing one article: median {median:.2f} s = {median / full:.1%} of the full build "
              f"(target ≤ 1 % at 10,000)")
        print(f"rebuild, nothing changed: {same:.2f} s = {same / full:.1%} of the full build")


if __name__ == "__main__":
    main()
