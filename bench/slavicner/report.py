"""The printed tables (kgraph beside the raw models, with the issue's goals), the JSON figures,
and the per-language error files for developers (written outside the repository)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from . import metrics
from .metrics import CLASSES, MISSED, OTHER, SPURIOUS, Alignment, Scores, normal

GOAL_F1 = {"ru": 0.90, "pl": 0.90, "uk": 0.90, "bg": 0.80, "cs": 0.80, "sl": 0.80}
GOALS = {"margin_over_raw": 0.03, "typed_f1": 0.88, "lemma_accuracy": 0.90, "b3_f1": 0.93, "unity": 0.85,
         "throughput_ratio": 0.8}


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [title, _row(header, widths), _row(["-" * w for w in widths], widths)]
    lines += [_row(r, widths) for r in rows]
    return "\n".join(lines)


def _f(x: float) -> str:
    return f"{x:.3f}"


def mention_table(kg: dict[str, Scores], raw: dict[str, Scores]) -> str:
    rows = []
    for lang in kg:
        k, r = kg[lang].mentions, raw[lang].mentions
        goal = max(GOAL_F1.get(lang, 0.0), r.f1 + GOALS["margin_over_raw"]) if lang != "all" else None
        rows.append([lang, str(kg[lang].documents), str(k.gold), _f(k.precision), _f(k.recall), _f(k.f1),
                     _f(r.precision), _f(r.recall), _f(r.f1), f"{k.f1 - r.f1:+.3f}",
                     _f(goal) if goal is not None else "", met(k.f1, goal)])
    return table("Mentions (exact spans; capitalised or digit-initial; no demonyms)",
                 ["lang", "docs", "gold", "kg P", "kg R", "kg F1", "raw P", "raw R", "raw F1", "dF1", "goal", "met"],
                 rows)


def met(value: float, goal: float | None) -> str:
    """"yes" or "no" against a goal; empty where there is none."""
    return "" if goal is None else ("yes" if value >= goal else "no")


def typed_table(kg: dict[str, Scores], raw: dict[str, Scores]) -> str:
    rows = [[lang, _f(kg[lang].typed.precision), _f(kg[lang].typed.recall), _f(kg[lang].typed.f1),
             _f(raw[lang].typed.f1), _f(GOALS["typed_f1"]), met(kg[lang].typed.f1, GOALS["typed_f1"])] for lang in kg]
    return table("Typed F1 (PER -> schema:Person, ORG -> schema:Organization, LOC -> schema:Place)",
                 ["lang", "kg P", "kg R", "kg F1", "raw F1", "goal", "met"], rows)


def confusion_table(scores: Scores, title: str) -> str:
    """Gold class (rows, and the spurious spans) by predicted kind (columns, and the misses)."""
    columns = [*CLASSES, OTHER, MISSED]
    rows = []
    for gold in [*CLASSES, SPURIOUS]:
        counts = [scores.confusion.get((gold, kind), 0) for kind in columns]
        rows.append([gold, *map(str, counts), str(sum(counts))])
    total = [sum(scores.confusion.get((gold, kind), 0) for gold in [*CLASSES, SPURIOUS]) for kind in columns]
    rows.append(["all", *map(str, total), str(sum(total))])
    return table(title, ["gold \\ kg", *columns, "all"], rows)


def confusion_tables(kg: dict[str, Scores], languages: list[str]) -> str:
    return "\n\n".join(confusion_table(kg[lang], f"Types, {lang}: gold class by kgraph's kind on the same span "
                                                  "(missed: no prediction there; spurious: no gold span)")
                        for lang in languages)


def lemma_table(kg: dict[str, Scores], raw: dict[str, Scores]) -> str:
    rows = [[lang, str(kg[lang].lemma.total), _f(kg[lang].lemma.value), _f(kg[lang].lemma_ceiling.value),
             _f(kg[lang].lemma_ceiling_gold.value), _f(kg[lang].mention_lemma.value), _f(kg[lang].named_lemma.value),
             str(raw[lang].lemma.total),
             _f(raw[lang].lemma.value), _f(GOALS["lemma_accuracy"]), met(kg[lang].lemma.value, GOALS["lemma_accuracy"])]
            for lang in kg]
    return table("Lemma accuracy (matched mentions whose entity's rdfs:label@lang is the gold lemma; "
                 "raw: the surface form; ceiling: the best one label per entity and language can do, "
                 "over kgraph's entities and over the gold's; mention: each phrase's own nif:lemma; "
                 "entailed: among the entity's rdfs:label and skos:altLabel@lang, SKOS's sub-properties of rdfs:label)",
                 ["lang", "kg matched", "kg acc", "ceiling", "ceiling gold", "kg mention", "kg entailed", "raw matched", "raw acc", "goal", "met"],
                 rows)


def linking_table(kg: dict[str, Scores], raw: dict[str, Scores]) -> str:
    rows = [[lang, _f(kg[lang].b3_precision), _f(kg[lang].b3_recall), _f(kg[lang].b3_f1), _f(raw[lang].b3_f1),
             f"{kg[lang].unity.hits}/{kg[lang].unity.total}", _f(kg[lang].unity.value),
             _f(raw[lang].unity.value), met(kg[lang].b3_f1, GOALS["b3_f1"]), met(kg[lang].unity.value, GOALS["unity"])]
            for lang in kg]
    return table("Cross-document linking (B3 over matched mentions: gold ids vs kgraph IRIs; raw: exact string) "
                 f"and cross-lingual unity; goals B3 F1 >= {GOALS['b3_f1']}, unity >= {GOALS['unity']}",
                 ["lang", "kg B3 P", "kg B3 R", "kg B3 F1", "raw B3 F1", "united", "kg unity", "raw unity",
                  "B3 met", "unity met"], rows)


CONTEXT = re.compile(r"[.!?\n]")


def context(text: str, begin: int, end: int, limit: int = 160) -> str:
    """The sentence around [begin, end) (cut at . ! ? or a newline), the span in [[ ]]."""
    left = max((m.end() for m in CONTEXT.finditer(text, max(0, begin - limit), begin)), default=max(0, begin - limit))
    found = CONTEXT.search(text, end, min(len(text), end + limit))
    right = found.end() if found else min(len(text), end + limit)
    return " ".join(f"{text[left:begin]}[[{text[begin:end]}]]{text[end:right]}".split())


def write_errors(aligned: dict[str, Alignment], texts: dict[str, str], folder: Path) -> list[Path]:
    """Per language ``<lang>.tsv``: false negatives, false positives, wrong types and lemmas."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for lang, al in sorted(aligned.items()):
        lines = ["error\tdocument\tbegin\tend\tsurface\tgold\tpredicted\tcontext"]
        for span in sorted(al.gold.keys() - al.predicted.keys()):
            g = al.gold[span]
            lines.append(_line("missed", span, g.surface, f"{g.cls} {g.gid} {g.lemma}", "", texts))
        for span in sorted(al.predicted.keys() - al.gold.keys()):
            p = al.predicted[span]
            lines.append(_line("spurious", span, p.surface, "", f"{p.kind} {p.cluster}", texts))
        for m in al.matched:
            span, g, p = (m.doc.path, m.gold.begin, m.gold.end), m.gold, m.predicted
            if p.kind != g.cls and (g.cls in metrics.TYPED or p.kind in metrics.TYPED):  # each costs typed F1
                lines.append(_line("type", span, g.surface, g.cls, str(p.kind), texts))
            if normal(g.lemma) not in {normal(x) for x in p.labels}:
                lines.append(_line("lemma", span, g.surface, g.lemma, " | ".join(sorted(p.labels)), texts))
        path = folder / f"{lang}.tsv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    written.append(write_splits(aligned, folder))
    return written


def write_splits(aligned: dict[str, Alignment], folder: Path) -> Path:
    """``unity.tsv``: each gold id matched in 2+ languages whose languages' majority clusters
    differ, one line per language: its cluster, how many of the id's mentions it has, surfaces."""
    every = [m for al in aligned.values() for m in al.matched]
    majority = metrics.majority_clusters(every)
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in every:
        surfaces[(m.gold.gid, m.doc.lang)][f"{m.predicted.surface}={m.predicted.kind}"] += 1
    lines = ["gold\tlang\tcluster\tmentions\tsurfaces"]
    for gid, langs in sorted(majority.items()):
        if len(langs) < 2 or len(set(langs.values())) == 1:
            continue
        for lang, cluster in sorted(langs.items()):
            c = surfaces[(gid, lang)]
            lines.append("\t".join((gid, lang, cluster.rsplit("/", 1)[-1], str(sum(c.values())),
                                    "; ".join(f"{s} {n}" for s, n in c.most_common(6)))))
    path = folder / "unity.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(kind: str, span: tuple[str, int, int], surface: str, gold: str, predicted: str,
          texts: dict[str, str]) -> str:
    path, begin, end = span
    cells = [kind, path, str(begin), str(end), surface, gold, predicted, context(texts[path], begin, end)]
    return "\t".join(c.replace("\t", " ") for c in cells)
