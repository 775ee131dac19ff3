"""The scores as text: a table of figures with their counts, then one summary line; or JSON."""
from __future__ import annotations

import json

from kgraph.evaluate.score import Scores

__all__ = ["table_rows", "as_text", "as_json", "details"]


def table_rows(scores: Scores) -> list[tuple[str, str]]:
    """(what, figures) rows, one per score."""
    m, r, w, rel, ev = scores.mentions, scores.resolution, scores.links, scores.relations, scores.events
    rows = []
    for lang, c in [*sorted(m.per_language.items()), ("all", m.total)]:
        rows.append((f"mentions {lang}", f"P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f}   "
                                         f"(overlap P {c.overlap_precision:.2f} R {c.overlap_recall:.2f})   "
                                         f"gold {c.gold} predicted {c.predicted}"))
    rows += [
        ("types", f"{m.typed}/{len(m.matches)} matched mentions carry the gold type ({m.type_accuracy:.2f})"),
        ("entity merging (B-cubed)", f"P {r.precision:.2f} R {r.recall:.2f} F1 {r.f1:.2f} "
                                     f"over {r.mentions} matched mentions"),
        ("cross-lingual unity", f"{r.unified}/{r.multilingual} entities seen in 2+ languages have one IRI "
                                f"({r.unity:.2f})"),
        ("Wikidata links", f"P {w.precision:.2f} R {w.recall:.2f} ({w.right} right, {w.linked} linked, "
                           f"{w.with_qid} gold entities with a Q-id found)"),
        ("relations", f"recall {rel.recall:.2f} ({rel.found}/{rel.gold} gold facts linked); "
                      f"{rel.links_per_entity:.1f} entity links per entity"),
        ("events", f"recall {ev.recall:.2f} ({ev.found}/{ev.gold} gold events have an event node linked to a "
                   f"participant); place right {ev.place_right}/{ev.place_gold}, date right "
                   f"{ev.date_right}/{ev.date_gold}"),
    ]
    return rows


def details(scores: Scores) -> list[str]:
    """What was missed, spurious or split, as lines under headings."""
    m = scores.mentions
    sections = [
        ("missed mentions", [f"{d}: {t}" for d, t in m.missed]),
        ("spurious mentions", [f"{d}: {t}" for d, t in m.spurious]),
        ("entities split across languages", [f"{e}: {t}" for e, t in scores.resolution.split]),
        ("relations missed", [f"{s} -> {o} ({why})" for s, o, why in scores.relations.missed]),
        ("events missed", list(scores.events.missed)),
    ]
    lines: list[str] = []
    for heading, items in sections:
        lines += ["", f"{heading}:", *(f"  {item}" for item in items)]
    return lines


def as_text(scores: Scores, *, verbose: bool = False) -> str:
    """The table, the details when ``verbose``, and the summary line."""
    rows = table_rows(scores)
    width = max(len(what) for what, _ in rows)
    lines = [f"{what:<{width}}  {figures}" for what, figures in rows]
    if verbose:
        lines += details(scores)
    summary = " · ".join(f"{name} {value}" for name, value in scores.summary().items())
    return "\n".join([*lines, "", f"summary: {summary}"]) + "\n"


def as_json(scores: Scores) -> str:
    """The summary figures as one JSON object (sorted keys)."""
    return json.dumps(scores.summary(), sort_keys=True) + "\n"
