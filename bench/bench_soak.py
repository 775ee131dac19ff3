"""Soak: consecutive incremental builds with random edits, additions and deletions of articles;
after each, the store, graph.ttl and the pages must equal a clean build's.

The corpus is made of the seed corpus's sentences (bench_build.make_corpus). Each round applies
1-4 random operations (edit an article: a sentence of another article added, one dropped; add a
new article; delete one), rebuilds ``--out`` incrementally, builds the same corpus afresh into
an empty folder (the baseline, in the same run), and compares: graph.ttl, graph.trig and every
page byte for byte, and the store's quads. Prints per round the operations, both build times and
the mismatches (must be none), then the medians and the load average.

    .venv/bin/python bench/bench_soak.py [--articles 40] [--rounds 20] [--seed 17]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import make_corpus  # noqa: E402

PAGES = ("*.html", "entity/*.html", "article/*.html")


def _sentences(path: Path) -> list[str]:
    return [s for s in path.read_text(encoding="utf-8").replace("\n", " ").split(". ") if s.strip()]


def mutate(corpus: Path, rng: random.Random, serial: int) -> list[str]:
    """1-4 random operations on the corpus; what was done, for the log."""
    done = []
    for _ in range(rng.randint(1, 4)):
        files = sorted(corpus.glob("*.txt"))
        op = rng.choice(["edit", "edit", "add", "delete"] if len(files) > 5 else ["add"])
        if op == "edit":
            target, donor = rng.sample(files, 2)
            sentences = _sentences(target)
            if len(sentences) > 2:
                sentences.pop(rng.randrange(len(sentences)))
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(_sentences(donor)))
            target.write_text(". ".join(sentences) + "\n", encoding="utf-8")
            done.append(f"edit {target.stem}")
        elif op == "add":
            donors = rng.sample(files, min(3, len(files)))
            text = ". ".join(rng.choice(_sentences(d)) for d in donors)
            path = corpus / f"new_{serial:02d}_{len(done)}.txt"
            path.write_text(text + f". Round {serial}.\n", encoding="utf-8")
            done.append(f"add {path.stem}")
        else:
            victim = rng.choice(files)
            victim.unlink()
            done.append(f"delete {victim.stem}")
    return done


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(out: Path) -> dict[str, str]:
    """Digest of graph.ttl, graph.trig, every page, and the store's sorted quads."""
    import kgraph

    found = {name: _digest(out / name) for name in ("graph.ttl", "graph.trig")}
    for pattern in PAGES:
        found.update({str(p.relative_to(out)): _digest(p) for p in sorted(out.glob(pattern))})
    kg = kgraph.open_graph(out)
    quads = sorted(str(q) for q in kg.store.quads_for_pattern(None, None, None, None))
    del kg
    found["store"] = hashlib.sha256("\n".join(quads).encode()).hexdigest()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    import kgraph

    rng = random.Random(args.seed)
    incremental, clean, failures = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(args.articles, Path(tmp) / "corpus", seed=args.seed)
        out = Path(tmp) / "out"
        kgraph.build(corpus, out)
        for round_ in range(1, args.rounds + 1):
            ops = mutate(corpus, rng, round_)
            started = time.perf_counter()
            kgraph.build(corpus, out)
            incremental.append(time.perf_counter() - started)
            fresh = Path(tmp) / "clean"
            shutil.rmtree(fresh, ignore_errors=True)
            started = time.perf_counter()
            kgraph.build(corpus, fresh, incremental=False)
            clean.append(time.perf_counter() - started)
            mine, theirs = fingerprint(out), fingerprint(fresh)
            differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
            failures += bool(differ)
            print(f"round {round_:2d}: {len(list(corpus.glob('*.txt'))):3d} articles, {', '.join(ops)}; "
                  f"incremental {incremental[-1]:.2f} s, clean {clean[-1]:.2f} s; "
                  f"{'equal' if not differ else 'DIFFER: ' + ', '.join(differ[:5])}", flush=True)
    print(f"rounds {args.rounds}, rounds whose build differed from a clean one: {failures}")
    print(f"median incremental build {statistics.median(incremental):.2f} s vs clean build (baseline) "
          f"{statistics.median(clean):.2f} s ({statistics.median(incremental) / statistics.median(clean):.0%})")
    print("load average", " ".join(f"{v:.2f}" for v in os.getloadavg()))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
