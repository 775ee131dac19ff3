"""Where a build's time goes: the seconds of each stage of ``kgraph.build``, one run, no profiler,
and the process's peak RSS (VmHWM) when each stage ended. Each stage's wall seconds and the CPU
seconds of the thread that ran it (on a loaded machine, compare CPU: wall time waits for others).

    .venv/bin/python bench/bench_stages.py CORPUS OUT [--jobs 1] [--incremental] [--warm-up SMALL_CORPUS]
        [--dask-scheduler tcp://HOST:PORT]

``--dask-scheduler``: extraction on that dask.distributed cluster (bench/bench_dask.py starts one).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> float:
    """This process's peak resident set so far (Linux VmHWM), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Stages:
    """Wall and thread-CPU seconds of the build's stages, and the peak RSS when each ended,
    taken by wrapping the functions that run them (:meth:`install`)."""

    def __init__(self) -> None:
        self.figures: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peaks: dict[str, float] = {}

    def timed(self, module: object, name: str, quiet: bool = False, label: str | None = None) -> None:
        original = getattr(module, name)
        key = label or name

        def wrapper(*a, **k):
            start, thread_start = time.perf_counter(), time.thread_time()
            try:
                return original(*a, **k)
            finally:
                self.figures[key] = self.figures.get(key, 0.0) + time.perf_counter() - start
                self.cpu[key] = self.cpu.get(key, 0.0) + time.thread_time() - thread_start
                self.peaks[key] = peak_rss_mib()
                if not quiet:
                    print(f"  ... {key} done: {self.figures[key]:.2f} s, peak RSS so far {self.peaks[key]:.0f} MiB",
                          file=sys.stderr, flush=True)
        setattr(module, name, wrapper)

    def install(self) -> None:
        """Wrap every stage of ``kgraph.build``."""
        import kgraph.api as api
        import kgraph.output.graphs as graphs
        import kgraph.parallel as parallel
        import kgraph.pipeline as pipeline
        from kgraph.output import output_formats

        for name in ("run_build", "open_store"):
            self.timed(api, name)
        for output in output_formats():  # each output plugin's write (the store's in its own thread)
            self.timed(type(output), "write", label=f"output {output.name}")
        for name in ("build_graph", "propagate_names", "read_corpus", "resolve", "merge_events", "publisher_mentions"):
            if hasattr(pipeline, name):
                self.timed(pipeline, name)
        self.timed(pipeline.ArticleGraphs, "quads_of", quiet=True)  # every graph's quads, made as the writers ask
        self.timed(graphs.GraphFiles, "add", quiet=True)  # the per-graph chunk files (serialised when changed)
        self.timed(parallel, "extract_articles")

    def clear(self) -> None:
        self.figures.clear()
        self.cpu.clear()

    def report(self, total: float, total_cpu: float) -> None:
        print(f"{'stage':20} {'wall':>7}   {'CPU':>7}   (the CPU of the stage's thread)")
        for name, seconds in self.figures.items():
            print(f"{name:20} {seconds:7.2f} s {self.cpu[name]:7.2f} s   peak RSS after: {self.peaks[name]:6.0f} MiB")
        print(f"{'total':20} {total:7.2f} s {total_cpu:7.2f} s   peak RSS: {peak_rss_mib():6.0f} MiB  (CPU: every thread)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--incremental", action="store_true")
    parser.add_argument("--warm-up", type=Path, help="a small corpus built first (not timed), to load the models")
    parser.add_argument("--dask-scheduler", help="extract on this dask.distributed scheduler")
    args = parser.parse_args()
    import kgraph.api as api

    stages = Stages()
    stages.install()
    if args.warm_up is not None:  # the models loaded first, as bench_slavicner's timed build has them
        api.build(args.warm_up, args.out / "warm-up", jobs=args.jobs, incremental=False)
        stages.clear()
    start, cpu_start = time.perf_counter(), time.process_time()
    api.build(args.corpus, args.out, jobs=args.jobs, incremental=args.incremental, dask_scheduler=args.dask_scheduler)
    stages.report(time.perf_counter() - start, time.process_time() - cpu_start)


if __name__ == "__main__":
    main()
