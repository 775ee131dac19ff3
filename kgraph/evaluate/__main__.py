"""``python -m kgraph.evaluate GRAPH GOLD [--json] [--verbose] [--corpus CORPUS]``.

Exit codes: 0 scored (gold documents that could not be used are reported on stderr);
2 the graph or the gold registry cannot be read, or a bad option.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kgraph.errors import KgraphError
from kgraph.evaluate.report import as_json, as_text
from kgraph.evaluate.score import corpus_article_ids, score


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kgraph.evaluate",
                                     description="Score a kgraph graph against gold annotations.")
    parser.add_argument("graph", type=Path, help="graph.ttl (or .trig, .nt, .nq, .jsonld), a store, or a build folder")
    parser.add_argument("gold", type=Path, help="folder with entities.json and one DOC.json per article")
    parser.add_argument("--json", action="store_true", help="print the summary figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list misses and spurious mentions")
    parser.add_argument("--corpus", type=Path, help="the corpus folder the gold documents' paths are relative to")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        ids = corpus_article_ids(args.corpus) if args.corpus is not None else None
        scores = score(args.graph, args.gold, article_ids=ids)
    except KgraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in scores.problems:
        print(f"{problem.code} {problem.message}", file=sys.stderr)
    sys.stdout.write(as_json(scores) if args.json else as_text(scores, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
