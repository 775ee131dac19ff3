"""End-to-end build throughput on synthetic corpora, beside the language pipelines alone.

Synthetic corpora are recombined from the sentences of corpus/: sentences are shuffled per
language into new articles (6–14 sentences each). For each size, in the same run and on the same
files: the whole ``kgraph.build`` (read, parse, extract, resolve, RDF, exports, store) and the
language pipelines alone (``pipeline_for(lang).pipe`` — the NER models and their small wrappers,
no reading, resolution or writing). Each runs in a child process, so its peak RSS is its own.

    .venv/bin/python bench/bench_build.py [--sizes 1000,10000] [--jobs 1] [--runs 3] [--skip-ner]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SENTENCE_END = re.compile(r"(?<=[.!?…»\"])\s+(?=[A-ZА-ЯЁŁŚŻŹĆŃÓ«\"“])")


def sentences_by_language() -> dict[str, list[str]]:
    from kgraph.corpus import read_corpus

    out: dict[str, list[str]] = {}
    for article in read_corpus(ROOT / "corpus").articles:
        body = article.text[article.body_start:]
        parts = [s.strip() for para in body.split("\n") for s in SENTENCE_END.split(para)]
        out.setdefault(article.lang, []).extend(s for s in parts if len(s) > 25)
    return out


def make_corpus(n: int, folder: Path, seed: int = 7, sentences: tuple[int, int] = (6, 14)) -> Path:
    """``n`` articles of shuffled sentences (``sentences``: how many each, at least and at most),
    languages in the seed corpus's proportions."""
    rng = random.Random(seed)
    pools = sentences_by_language()
    langs = sorted(pools)
    weights = [len(pools[lang]) for lang in langs]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lang = rng.choices(langs, weights)[0]
        chosen = rng.sample(pools[lang], min(len(pools[lang]), rng.randint(*sentences)))
        paragraphs = [" ".join(chosen[j:j + 3]) for j in range(0, len(chosen), 3)]
        (folder / f"syn_{i:05d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def child_build(corpus: Path, out: Path, jobs: int) -> dict:
    import kgraph

    start = time.perf_counter()
    kg = kgraph.build(corpus, out, jobs=jobs, incremental=False)
    return {"seconds": time.perf_counter() - start, "articles": len(kg.report.extractions),
            "triples": kg.report.triple_count}


def child_ner(corpus: Path) -> dict:
    from kgraph.corpus import read_corpus
    from kgraph.parse import parse_all

    articles = sorted(read_corpus(corpus).articles, key=lambda a: (a.lang, a.id))
    start = time.perf_counter()
    ents = sum(len(p.doc.ents) for p in parse_all(articles))
    return {"seconds": time.perf_counter() - start, "articles": len(articles), "ents": ents}


class TreeMemory:
    """The peak of the summed RSS of a process and all its descendants (a build may extract in a
    worker process while it holds memory itself), sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                total = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.05)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def run_child(*args: str) -> tuple[dict, float]:
    """Run this script as a child; its JSON result and its peak memory in MiB: the largest of its
    own peak RSS (and any one descendant's) and the sampled peak of them all together."""
    process = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, cwd=ROOT)
    tree = TreeMemory(process.pid)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    together = tree.stop()
    if status != 0:
        raise RuntimeError(f"child {args} failed with status {status}")
    return json.loads(output.decode().strip().splitlines()[-1]), max(usage.ru_maxrss / 1024, together)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--child", nargs="+")
    parser.add_argument("--runs", type=int, default=1, help="builds per size (figures: medians)")
    parser.add_argument("--skip-ner", action="store_true", help="only the whole build, not the pipelines alone")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = child_build(Path(rest[0]), Path(rest[1]), int(rest[2])) if kind == "build" else child_ner(Path(rest[0]))
        print(json.dumps(result))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = make_corpus(n, Path(tmp) / f"c{n}")
            runs = [run_child("build", str(corpus), str(Path(tmp) / f"o{n}-{i}"), str(args.jobs)) for i in range(args.runs)]
            for built, rss in runs:
                print(f"{n:6d} articles: build {built['seconds']:7.1f} s, peak RSS {rss:6.0f} MiB "
                      f"(load {' '.join(f'{v:.2f}' for v in os.getloadavg())})", flush=True)
            built = {**runs[0][0], "seconds": statistics.median(b["seconds"] for b, _ in runs)}
            rss = statistics.median(r for _, r in runs)
            if args.skip_ner:
                rows.append((n, built, rss, None, None))
                print(f"{n:6d} articles (jobs={args.jobs}, median of {args.runs}): end-to-end {built['seconds']:7.1f} s, "
                      f"{built['seconds'] / n * 1000:6.1f} ms/article, peak RSS {rss:6.0f} MiB, {built['triples']:,} triples",
                      flush=True)
                continue
            ner, ner_rss = run_child("ner", str(corpus))
            rows.append((n, built, rss, ner, ner_rss))
            e2e, ner_rate = built["articles"] / built["seconds"], ner["articles"] / ner["seconds"]
            print(f"{n:6d} articles (jobs={args.jobs}): end-to-end {built['seconds']:7.1f} s = {e2e:6.1f} art/s, "
                  f"{built['seconds'] / n * 1000:6.1f} ms/article, peak RSS {rss:6.0f} MiB, {built['triples']:,} triples | "
                  f"pipelines alone {ner['seconds']:7.1f} s = {ner_rate:6.1f} art/s (RSS {ner_rss:.0f} MiB) | "
                  f"ratio {e2e / ner_rate:.2f}", flush=True)
    if len(rows) >= 2:
        (n1, b1, *_), (n2, b2, *_) = rows[0], rows[-1]
        print(f"scaling: {n2 / n1:.0f}× articles in {b2['seconds'] / b1['seconds']:.1f}× time "
              f"(target ≤ {1.1 * n2 / n1:.0f}×); targets: ratio ≥ 0.8, peak RSS ≤ 1.5 GB at 10,000")


if __name__ == "__main__":
    main()
