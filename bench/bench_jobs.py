"""`--jobs N` against one job: cold builds of one corpus into fresh folders, alternated, each in a
fresh process, with CPU accounting (issue 19: ``--jobs 2`` >= 1.7x a single process on 2 cores).

    .venv/bin/python bench/bench_jobs.py CORPUS [--jobs 2] [--runs 2]

Printed per run: wall seconds, the building process's CPU (getrusage SELF: its serial share,
threads included) and its workers' (getrusage CHILDREN), the load average at start and end. On a
loaded machine the wall figures mean little; the CPU figures still give an estimate of the wall
time on otherwise idle cores: the building process's CPU plus the workers' spread over N cores
(``parent + children / N``), against the one-job build's CPU. Both are printed. (The store's
writing thread runs beside the others in either build: the one-job CPU overstates its wall time a
little, and the building process's CPU overstates the serial part by as much.)
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(corpus: Path, out: Path, jobs: int) -> None:
    started = time.perf_counter()
    load = os.getloadavg()[0]
    sys.path.insert(0, str(ROOT))
    import kgraph

    kgraph.build(corpus, out, jobs=jobs, incremental=False)
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": time.perf_counter() - started, "parent": own.ru_utime + own.ru_stime,
                      "children": workers.ru_utime + workers.ru_stime, "load": [load, os.getloadavg()[0]]}))


def run(corpus: Path, out: Path, jobs: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(out), str(jobs)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path, nargs="?")  # (a --child run names its own)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))
        return
    if args.corpus is None:
        parser.error("the corpus folder is required")
    figures: dict[int, list[dict]] = {1: [], args.jobs: []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            for jobs in (1, args.jobs):
                found = run(args.corpus, Path(tmp) / f"out{jobs}", jobs)
                figures[jobs].append(found)
                print(f"run {i + 1} --jobs {jobs}: wall {found['wall']:6.1f} s  CPU here {found['parent']:6.1f} s, "
                      f"workers {found['children']:6.1f} s  (load {found['load'][0]:.1f} -> {found['load'][1]:.1f})",
                      flush=True)
    one = [f["parent"] + f["children"] for f in figures[1]]
    many = [f["parent"] + f["children"] / args.jobs for f in figures[args.jobs]]
    share = [f["parent"] / (f["parent"] + f["children"]) for f in figures[args.jobs]]
    walls = [a["wall"] / b["wall"] for a, b in zip(figures[1], figures[args.jobs])]
    print(f"--jobs {args.jobs} vs 1, from CPU: {sum(one) / len(one):.1f} s vs {sum(many) / len(many):.1f} s estimated "
          f"on {args.jobs} idle cores = {sum(one) / sum(many):.2f}x (serial share {min(share):.2f}-{max(share):.2f}); "
          f"wall: {min(walls):.2f}-{max(walls):.2f}x (counts only with load < 2)")


if __name__ == "__main__":
    main()
