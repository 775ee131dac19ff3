"""Facts (issue 13) measured on real news nobody here wrote, beside the seeds, in the same run.

    .venv/bin/python bench/bench_facts.py SLAVICNER_PATH [--gold bench/facts_gold] [--no-seeds]
        [--audit N --audit-file FILE] [--seed S] [--jobs 1] [--json FILE] [--misses FILE] [--keep DIR]

SLAVICNER_PATH is a SlavicNER repository (a checkout, or a bare git directory read at HEAD). The
documents are the ones the gold folder annotates (bench/facts_gold/, each naming its text by its
SlavicNER path; the topic us_election_2020 is refused). They are written to a temporary corpus
under those paths, built with ``kgraph.build``, and scored with ``kgraph.evaluate`` (the seeds'
scorer); the seed corpus is built and scored the same way in the same run. Printed: relation
recall, event recall, event place and date, entity links per entity, beside the issue's goals.
``--audit N`` draws N facts of the benchmark build at random (seeded) and writes them with their
evidence sentences to ``--audit-file`` (keep it outside the repository: it quotes the texts).
``--misses FILE`` lists every gold relation of the set that the build missed, with the reason, its
document, predicate and evidence span (outside the repository too); ``--keep DIR`` keeps the build.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from facts_bench import audit, documents  # noqa: E402  (after the sys.path line)
from slavicner import corpus  # noqa: E402  (after the sys.path line)

GOALS = {"relation_recall": (0.80, ">="), "event_recall": (0.85, ">="), "event_place": (0.85, ">="),
         "event_date": (0.90, ">="), "links_per_entity": (2.5, "<=")}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a SlavicNER checkout or bare git directory")
    parser.add_argument("--gold", type=Path, default=HERE / "facts_gold", help="the facts gold folder")
    parser.add_argument("--seeds", type=Path, default=ROOT / "corpus", help="the seed corpus")
    parser.add_argument("--seeds-gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    parser.add_argument("--no-seeds", action="store_true", help="do not build and score the seeds")
    parser.add_argument("--audit", type=int, default=0, metavar="N", help="draw N facts for a precision audit")
    parser.add_argument("--audit-file", type=Path, default=Path("facts_audit.md"))
    parser.add_argument("--seed", type=int, default=0, help="the audit's random seed")
    parser.add_argument("--jobs", type=int, default=1, help="kgraph's extraction processes")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--misses", type=Path, help="write the missed gold relations here, with their evidence")
    parser.add_argument("--keep", type=Path, help="copy the benchmark's corpus and build here")
    return parser.parse_args(argv)


def figures(scores) -> dict[str, float | int]:
    """The issue's figures of one scored build, with the counts behind them."""
    rel, ev = scores.relations, scores.events
    why = Counter(reason for _, _, reason in rel.missed)
    return {"relation_recall": rel.recall, "event_recall": ev.recall, "event_place": ev.place, "event_date": ev.date,
            "links_per_entity": rel.links_per_entity, "mention_f1": scores.mentions.total.f1,
            "relations_found": rel.found, "relations_gold": rel.gold, "events_found": ev.found, "events_gold": ev.gold,
            "place_right": ev.place_right, "place_gold": ev.place_gold,
            "date_right": ev.date_right, "date_gold": ev.date_gold,
            "own_place_right": ev.own_place_right, "own_date_right": ev.own_date_right,
            "relations_missed_entity_not_found": why["entity not found"],
            "relations_missed_no_link": why["no link"], "relations_missed_merged": why["merged"]}


def build_and_score(corpus_dir: Path, gold: Path, out: Path, jobs: int, *, by_path: bool):
    """Build ``corpus_dir`` into ``out`` and score it against ``gold``; (KnowledgeGraph, Scores, names)."""
    import kgraph
    from kgraph.evaluate.score import corpus_article_ids, score

    kg = kgraph.build(corpus_dir, out, jobs=jobs, incremental=False)
    ids = corpus_article_ids(corpus_dir) if by_path else None
    scores = score(out, gold, article_ids=ids)
    return kg, scores, {article: path for path, article in (ids or {}).items()}


def write_misses(missed: list[tuple[str, str, str]], gold: Path, path: Path) -> None:
    """One line per gold relation of a missed pair: why, document, ``s p o`` and the evidence span."""
    why = {(s, o): reason for s, o, reason in missed}
    lines = []
    for file in sorted(gold.rglob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "relations" not in data:
            continue
        for rel in data["relations"]:
            reason = why.get((rel["s"], rel["o"]))
            if reason is not None:
                lines.append(f"{reason}\t{data['doc']}\t{rel['s']} {rel['p']} {rel['o']}\t{rel.get('evidence', '')}")
    path.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")


def _met(value: float, goal: tuple[float, str]) -> str:
    bound, sense = goal
    return "met" if (value >= bound if sense == ">=" else value <= bound) else "NOT met"


def table(runs: dict[str, dict]) -> str:
    """The figures of each run side by side, with the goals."""
    names = list(runs)
    lines = [f"{'figure':<18}" + "".join(f"{n:>16}" for n in names) + "   goal"]
    for key, goal in GOALS.items():
        cells = "".join(f"{runs[n][key]:>16.3f}" for n in names)
        verdicts = ", ".join(f"{n} {_met(runs[n][key], goal)}" for n in names)
        lines.append(f"{key:<18}{cells}   {goal[1]} {goal[0]} ({verdicts})")
    for found, total in (("relations_found", "relations_gold"), ("events_found", "events_gold"),
                         ("place_right", "place_gold"), ("date_right", "date_gold"),
                         ("own_place_right", "place_gold"), ("own_date_right", "date_gold")):
        lines.append(f"{found + '/gold':<18}" + "".join(f"{str(runs[n][found]) + '/' + str(runs[n][total]):>16}"
                                                        for n in names))
    for key in ("relations_missed_entity_not_found", "relations_missed_no_link", "relations_missed_merged"):
        lines.append(f"{key[len('relations_missed_'):]:<18}" + "".join(f"{runs[n][key]:>16}" for n in names)
                     + "   (relations missed, by reason)")
    lines.append("(own_*: the place and date on the document's own event nodes, not another article's)")
    lines.append(f"{'mention_f1':<18}" + "".join(f"{runs[n]['mention_f1']:>16.3f}" for n in names))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    from kgraph.evaluate.gold import load_gold

    gold = load_gold(args.gold)
    try:
        paths = documents.gold_paths(gold)
    except corpus.HeldOutTopic as refused:
        raise SystemExit(str(refused)) from None
    runs: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kgraph-facts-") as tmp:
        work = Path(tmp)
        texts = documents.write_corpus(corpus.Repository(args.path), paths, work / "corpus")
        kg, scores, names = build_and_score(texts, args.gold, work / "out", args.jobs, by_path=True)
        runs["slavicner"] = figures(scores) | {"documents": len(paths)}
        for problem in scores.problems:
            print(f"{problem.code} {problem.message}", file=sys.stderr)
        if args.misses:
            write_misses(scores.relations.missed, args.gold, args.misses)
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
        if args.audit:
            drawn = audit.draw_facts(kg, args.audit, args.seed)
            audit.write_audit(drawn, args.audit_file, names)
            print(f"{len(drawn)} facts drawn (seed {args.seed}) for the audit: {args.audit_file}")
        if not args.no_seeds:
            _, seed_scores, _ = build_and_score(args.seeds, args.seeds_gold, work / "seeds", args.jobs, by_path=False)
            runs["seeds"] = figures(seed_scores) | {"documents": len(load_gold(args.seeds_gold).docs)}
    print(f"{len(paths)} SlavicNER documents of {args.gold}")
    print(table(runs))
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    return runs


if __name__ == "__main__":
    main()
