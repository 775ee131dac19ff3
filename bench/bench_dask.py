"""A large synthetic corpus through the dask.distributed path: a LocalCluster of ``--workers``
worker processes (one thread each), started by this script in a process of its own, extracts;
the build (``bench_stages.py --dask-scheduler``, in another process) does the rest. Prints each
stage's wall and CPU seconds (read, extraction, resolution, each output, the store) and the peak
memory: of the building process (VmHWM, and its process tree sampled), and of the cluster's
processes (sampled, all together).

The articles are bench_build.make_corpus's: the seed corpus's sentences shuffled per language,
``--sentences`` of them each (short articles, default 2-4, make 100,000 of them affordable).

    .venv/bin/python bench/bench_dask.py [--articles 100000] [--workers 2] [--sentences 2,4] [--jobs 2]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import TreeMemory, make_corpus  # noqa: E402


def serve_cluster(workers: int) -> None:
    """Start a LocalCluster, print its address, keep it up until stdin closes."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0) as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()


def start_cluster(workers: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, __file__, "--cluster", str(workers)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True)
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    if not address:
        raise RuntimeError("the cluster did not start")
    return process, address


def run_build(corpus: Path, out: Path, address: str, jobs: int) -> tuple[int, float, float]:
    """bench_stages.py on the cluster (its table on stdout); exit status, wall seconds, sampled tree peak (MiB)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(ROOT / "bench" / "bench_stages.py"), str(corpus), str(out),
                                "--jobs", str(jobs), "--dask-scheduler", address], cwd=ROOT)
    tree = TreeMemory(process.pid)
    status = process.wait()
    return status, time.perf_counter() - started, tree.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2, help="the LocalCluster's worker processes")
    parser.add_argument("--sentences", default="2,4", help="sentences per article, at least and at most")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the stages after extraction")
    parser.add_argument("--keep", type=Path, help="build into this folder (kept) instead of a temporary one")
    parser.add_argument("--cluster", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cluster:
        serve_cluster(args.cluster)
        return
    low, high = (int(v) for v in args.sentences.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        corpus = make_corpus(args.articles, Path(tmp) / "corpus", sentences=(low, high))
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(f"corpus: {args.articles:,} articles of {low}-{high} sentences, {size / 2**20:.1f} MiB, "
              f"made in {time.perf_counter() - started:.1f} s", flush=True)
        cluster, address = start_cluster(args.workers)
        cluster_memory = TreeMemory(cluster.pid)
        try:
            out = args.keep or Path(tmp) / "out"
            load = os.getloadavg()
            status, wall, build_peak = run_build(corpus, out, address, args.jobs)
        finally:
            cluster_peak = cluster_memory.stop()
            assert cluster.stdin is not None
            cluster.stdin.close()
            cluster.wait(timeout=60)
        print(f"build: {wall:.1f} s wall = {args.articles / wall:.1f} articles/s, exit status {status}; peak memory: "
              f"build process tree {build_peak:.0f} MiB, cluster ({args.workers} workers) {cluster_peak:.0f} MiB; "
              f"load {load[0]:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
        if status != 0:
            sys.exit(status)


if __name__ == "__main__":
    main()
