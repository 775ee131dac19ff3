"""Names in every Slavic language (issue 12), measured on SlavicNER's real news, beside the raw models.

    .venv/bin/python bench/bench_slavicner.py PATH [--per-language N] [--seed S] [--languages ru,pl]
        [--topics brexit,ryanair] [--jobs 1] [--json FILE] [--errors DIR]

PATH is a SlavicNER repository (a checkout, or a bare git directory read at HEAD). The documents
are those of SPLIT_single_out_topic_train.txt (or N per language, stratified over the topics and
seeded); the topic us_election_2020 is held out and always refused. kgraph builds them through
``kgraph.build`` in a temporary folder (the language is not given: detection is measured too), its
mentions are read back from the graph with SPARQL; the raw models (Natasha for Cyrillic, spaCy's
English model otherwise) run in the same process on the same texts. Printed: mention and typed
P/R/F1 on exact spans (and the types' confusion table), lemma accuracy, B3 and cross-lingual unity, articles/s of both, kgraph's
peak memory, per language and overall, beside the issue's goals. Metrics: bench/slavicner/metrics.py.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_build import TreeMemory  # noqa: E402  (the build's whole process tree, sampled)
from slavicner import corpus, metrics, predict_kgraph, predict_raw, report  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a SlavicNER checkout or bare git directory")
    parser.add_argument("--per-language", type=int, help="N documents per language, stratified over topics")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--languages", help="comma-separated, e.g. ru,pl")
    parser.add_argument("--topics", help=f"comma-separated; {corpus.HELD_OUT} is refused")
    parser.add_argument("--jobs", type=int, default=1, help="kgraph's extraction processes")
    parser.add_argument("--no-warmup", action="store_true",
                        help="time kgraph's model loading too (by default a small build loads them first)")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--errors", type=Path, help="write <lang>.tsv error files and confusion.txt here (outside the repository)")
    return parser.parse_args(argv)


def _set(value: str | None) -> set[str] | None:
    return {v.strip() for v in value.split(",") if v.strip()} if value else None


def choose(args: argparse.Namespace) -> list:
    repo = corpus.Repository(args.path)
    paths = corpus.select(corpus.split_paths(repo), languages=_set(args.languages), topics=_set(args.topics),
                          per_language=args.per_language, seed=args.seed)
    if not paths:
        raise SystemExit("no document matches the languages and topics asked for")
    return corpus.load_documents(repo, paths)


def warm_up(documents: list, work: Path, jobs: int) -> None:
    """Build one document per language first, so that the timed build does not load the models."""
    firsts = list({d.lang: d for d in reversed(documents)}.values())
    predict_kgraph.build_and_read(firsts, work / "warmup", jobs=jobs)


def run_kgraph(documents: list, args: argparse.Namespace, work: Path) -> tuple:
    if not args.no_warmup:
        warm_up(documents, work, args.jobs)
    tree = TreeMemory(os.getpid())
    run = predict_kgraph.build_and_read(documents, work / "timed", jobs=args.jobs)
    peak = max(tree.stop(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return run, peak


def speed_table(documents: list, kg_run, raw_run, peak: float) -> tuple[str, dict]:
    n = len(documents)
    raw_seconds = sum(raw_run.seconds.values())
    figures = {"articles": n, "kgraph_build_seconds": kg_run.seconds, "kgraph_extract_seconds": kg_run.extract_seconds,
               "kgraph_articles_per_s": n / kg_run.seconds, "kgraph_extract_articles_per_s": n / kg_run.extract_seconds,
               "raw_seconds": raw_run.seconds, "raw_articles": raw_run.articles, "raw_load_seconds": raw_run.load_seconds,
               "raw_articles_per_s": n / raw_seconds if raw_seconds else 0.0, "kgraph_peak_mib": peak}
    ratio = figures["kgraph_articles_per_s"] / figures["raw_articles_per_s"] if raw_seconds else 0.0
    figures["throughput_ratio"] = ratio
    raw_cpu = sum(raw_run.cpu_seconds.values())
    figures.update(kgraph_cpu_seconds=kg_run.cpu_seconds, raw_cpu_seconds=raw_run.cpu_seconds,
                   cpu_ratio=raw_cpu / kg_run.cpu_seconds if kg_run.cpu_seconds else 0.0)
    rows = [["kgraph.build (whole: extraction, graph, exports, store, views)", f"{kg_run.seconds:.1f}",
             f"{kg_run.cpu_seconds:.1f}", f"{figures['kgraph_articles_per_s']:.2f}"],
            ["kgraph extraction stage (start to last article extracted)", f"{kg_run.extract_seconds:.1f}", "",
             f"{figures['kgraph_extract_articles_per_s']:.2f}"]]
    for model, seconds in raw_run.seconds.items():
        count = raw_run.articles[model]
        rows.append([f"raw {model} ({count} documents)", f"{seconds:.1f}", f"{raw_run.cpu_seconds.get(model, 0.0):.1f}",
                     f"{count / seconds:.2f}" if seconds else "-"])
    rows.append(["raw models together (loading excluded)", f"{raw_seconds:.1f}", f"{raw_cpu:.1f}",
                 f"{figures['raw_articles_per_s']:.2f}"])
    text = report.table(f"Speed ({n} documents; goal kgraph >= {report.GOALS['throughput_ratio']}x raw: "
                        f"{ratio:.2f}x {report.met(ratio, report.GOALS['throughput_ratio'])}); "
                        f"CPU {figures['cpu_ratio']:.2f}x; kgraph peak memory {peak:.0f} MiB",
                        ["run", "seconds", "CPU s", "articles/s"], rows)
    return text, figures


def detection_line(documents: list, kg_run) -> tuple[str, dict]:
    """Per language, how many documents kgraph gave SlavicNER's language, and what it gave the others."""
    given: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        given[doc.lang][str(kg_run.detected.get(doc.path))] += 1
    figures = {lang: c[lang] / sum(c.values()) for lang, c in sorted(given.items())}
    parts = []
    for lang, c in sorted(given.items()):
        others = ", ".join(f"{k} {n}" for k, n in c.most_common() if k != lang)
        parts.append(f"{lang} {c[lang]}/{sum(c.values())}" + (f" ({others})" if others else ""))
    return "Language detected by kgraph = SlavicNER's: " + "  ".join(parts), figures


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        documents = choose(args)
    except corpus.HeldOutTopic as refused:
        raise SystemExit(str(refused)) from None
    langs = sorted({d.lang for d in documents})
    print(f"{len(documents)} documents: " + ", ".join(f"{lang} {sum(d.lang == lang for d in documents)}"
                                                      for lang in langs), flush=True)
    with tempfile.TemporaryDirectory(prefix="kgraph-slavicner-") as tmp:
        kg_run, peak = run_kgraph(documents, args, Path(tmp))
    raw_run = predict_raw.run_raw(documents)
    kg = metrics.score(documents, kg_run.predictions)
    raw = metrics.score(documents, raw_run.predictions)
    speed, speed_figures = speed_table(documents, kg_run, raw_run, peak)
    detection, detection_figures = detection_line(documents, kg_run)
    notes = [f"kgraph: {len(kg_run.missing)} documents not built, {len(kg_run.shifted)} with offsets shifted, "
             f"{len(kg_run.unmatched)} whose graph text differs from the file (their mentions left out)"]
    for text in [report.mention_table(kg, raw), report.typed_table(kg, raw), report.confusion_tables(kg, ["all"]),
                 report.lemma_table(kg, raw),
                 report.linking_table(kg, raw), speed, detection, *notes]:
        print(text + "\n", flush=True)
    if args.json:
        args.json.write_text(json.dumps({
            "documents": [d.path for d in documents], "kgraph": {k: v.as_dict() for k, v in kg.items()},
            "raw": {k: v.as_dict() for k, v in raw.items()}, "speed": speed_figures,
            "language_detection": detection_figures, "goals": {"mention_f1": report.GOAL_F1, **report.GOALS},
            "kgraph_missing": kg_run.missing, "kgraph_unmatched": kg_run.unmatched, "kgraph_problems": kg_run.problems,
        }, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.errors:
        texts = {d.path: d.text for d in documents}
        report.write_errors(metrics.align(documents, kg_run.predictions), texts, args.errors)
        (args.errors / "confusion.txt").write_text(report.confusion_tables(kg, list(kg)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"benchmark wall time {time.perf_counter() - started:.0f} s")
