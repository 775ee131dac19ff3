"""index.html: the whole network as columns of numbers and strings the page's script reads.

Every node is drawn (none is folded away): entities and articles, placed by
:func:`~kgraph.views.network.overview_layout`. People, organisations and places show by default,
with their relations as labelled edges; events show as edges between their participants (or,
toggled, as nodes), articles when toggled. Articles carry what the filters ask (day, language,
outlet); an entity passes a filter through the articles that mention it.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from itertools import combinations
from typing import Any

from kgraph.views.data import ENTITY_TYPES, ViewData
from kgraph.views.labels import DEFAULT_LANG, Labels, kind_name, phrases
from kgraph.views.network import OverviewLayout, publisher_links

__all__ = ["TYPE_COLOURS", "TYPE_TITLES", "NODE_TYPES", "SHOWN_TYPES", "index_context", "day_number", "EDGE_CLASSES",
           "MORE_COLUMNS"]

# Okabe & Ito's palette, safe for the common colour-vision deficiencies (events: Paul Tol's wine, as
# Okabe-Ito orange has too little contrast on white; products: Tol's indigo); checked by tests/views/test_views_access.py
TYPE_COLOURS = {"Person": "#D55E00", "Organization": "#0072B2", "Place": "#009E73", "Event": "#882255",
                "Product": "#332288", "NewsArticle": "#7A7A7A"}
TYPE_TITLES = {"Person": "People", "Organization": "Organizations", "Place": "Places", "Event": "Events",
               "Product": "Products", "NewsArticle": "Articles"}
NODE_TYPES = (*(t for t in ENTITY_TYPES if t != "Product"), "NewsArticle", "Product")  # indices are in shared
# addresses (#show=0,1,4): a new type goes last, so that links made before it keep their meaning
SHOWN_TYPES = ("Person", "Organization", "Place")  # what the overview shows before any toggle
EDGE_CLASSES = ("relation", "mention", "role", "event")  # fact; article–entity; event–participant; via an event
MORE_COLUMNS = ("h", "k", "L", "d", "g", "o")  # not needed to draw the first frame
_EPOCH = dt.date(1970, 1, 1)
_DAY = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def day_number(value: str) -> int | None:
    """Days since 1970-01-01 of a date value (a month or year counts from its first day); None if none."""
    m = _DAY.match(value or "")
    if not m:
        return None
    try:
        return (dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1)) - _EPOCH).days
    except ValueError:
        return None


def _humanize(predicate: str) -> str:
    """``memberOf`` → "member of"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", predicate).lower()


def _size(degree: int) -> float:
    return round(min(3.0 + 2.2 * math.log2(1 + degree), 22.0), 1)


class _EdgeLabels:
    """Edge labels as indexes into one list (a label per language for the events' kinds)."""

    def __init__(self, languages: list[str]) -> None:
        self.languages = languages
        self.index: dict[tuple[str, str], int] = {}
        self.texts: dict[str, list[str]] = {lang: [] for lang in languages}

    def of(self, key: tuple[str, str]) -> int:
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.index)
            kind, value = key
            for lang in self.languages:
                self.texts[lang].append(kind_name(value, lang) if kind == "event" else _humanize(value))
        return found


def _edges(data: ViewData, node_id: dict[str, int], labels: _EdgeLabels) -> list[int]:
    """Flat [u, v, label, class, ...]: each pair once per class, its first label in a fixed order."""
    found: dict[tuple[int, int, int], int] = {}

    def add(a: str, b: str, cls: int, key: tuple[str, str]) -> None:
        if a in node_id and b in node_id and a != b:
            u, v = sorted((node_id[a], node_id[b]))
            found.setdefault((u, v, cls), labels.of(key))

    events = {e.iri for e in data.events}
    for link in data.links:
        cls = 2 if link.source in events or link.target in events else 0
        add(link.source, link.target, cls, ("predicate", link.predicate))
    for entity in data.entity_list():
        for article in entity.articles:
            add(article, entity.iri, 1, ("predicate", "mentions"))
    for article_iri, outlet in publisher_links(data):  # (an outlet passes a filter through the articles it published)
        add(article_iri, outlet, 1, ("predicate", "publisher"))
    for event in data.events:
        actors = sorted({iri for _, iri in event.participants} | set(event.places))
        for role, iri in event.participants:
            add(event.iri, iri, 2, ("predicate", role))
        for place in event.places:
            add(event.iri, place, 2, ("predicate", "location"))
        for a, b in combinations(actors, 2):
            add(a, b, 3, ("event", event.kind or "Event"))
    flat: list[int] = []
    for (u, v, cls), label in sorted(found.items()):
        flat += (u, v, label, cls)
    return flat


def _search_key(data: ViewData, labels: Labels, iri: str) -> str:
    """The names of a node other than its labels (those are in the label columns already; the page joins them)."""
    shown = set(labels.of.get(iri, {}).values())
    names = set(data.entities[iri].names()) - shown if iri in data.entities else set()
    return " | ".join(sorted(names))


def _columns(data: ViewData, layout: OverviewLayout, labels: Labels) -> dict[str, Any]:
    nodes, events = layout.nodes, {e.iri: e for e in data.events}
    languages = sorted({a.lang for a in data.articles.values() if a.lang})
    outlets = sorted({a.publisher for a in data.articles.values() if a.publisher},
                     key=lambda iri: (labels.default(iri).casefold(), iri))
    lang_id, outlet_id = {lang: i for i, lang in enumerate(languages)}, {o: i for i, o in enumerate(outlets)}
    cols: dict[str, Any] = {k: [] for k in ("t", "x", "y", "s", "l", "h", "d", "g", "o", "k")}
    for iri in nodes:
        entity, article = data.entities.get(iri), data.articles.get(iri)
        kind = entity.type if entity else "NewsArticle"
        x, y = layout.positions[iri]
        date = article.date if article else events[iri].date if iri in events else ""
        cols["t"].append(NODE_TYPES.index(kind))
        cols["x"].append(x)
        cols["y"].append(-y)  # screen y grows downwards
        cols["s"].append(_size(layout.degree.get(iri, 0)))
        cols["l"].append(labels.default(iri))
        cols["h"].append(f"entity/{entity.slug}.html" if entity else f"article/{data.articles[iri].slug}.html")
        cols["d"].append(day_number(date))
        cols["g"].append(lang_id.get(article.lang, -1) if article else -1)
        cols["o"].append(outlet_id.get(article.publisher, -1) if article else -1)
        cols["k"].append(_search_key(data, labels, iri))
    node_id = {iri: i for i, iri in enumerate(nodes)}
    translated: dict[str, list] = {lang: [] for lang in labels.languages if lang != DEFAULT_LANG}
    for iri in nodes:
        for lang, text in labels.others(iri).items():
            translated[lang].append([node_id[iri], text])
    edge_labels = _EdgeLabels(labels.languages)
    cols["e"] = _edges(data, node_id, edge_labels)
    cols["el"] = edge_labels.texts
    cols["L"] = translated
    cols["langs"], cols["outlets"] = languages, [labels.of[o] for o in outlets]
    return cols


def index_context(data: ViewData, layout: OverviewLayout, labels: Labels) -> dict[str, Any]:
    """Everything index.html renders; ``payload`` is the JSON the script reads for the first frame, ``more`` the rest
    (links, search keys, translations, days, languages and outlets of the nodes), read once the frame is drawn."""
    payload = _columns(data, layout, labels)
    more = {key: payload.pop(key) for key in MORE_COLUMNS}
    counts = {t: sum(1 for e in data.entities.values() if e.type == t) for t in ENTITY_TYPES}
    counts["NewsArticle"] = len(data.articles)
    types = [{"name": t, "title": TYPE_TITLES[t], "colour": TYPE_COLOURS[t], "count": counts[t], "index": i,
              "shown": t in SHOWN_TYPES} for i, t in enumerate(NODE_TYPES)]
    edges = len(payload["e"]) // 4
    stats = f"{len(data.entities)} entities, {len(data.articles)} articles, {edges} links; every node drawn"
    payload |= {"types": list(NODE_TYPES), "colours": [TYPE_COLOURS[t] for t in NODE_TYPES],
                "shown": [NODE_TYPES.index(t) for t in SHOWN_TYPES], "edgeClasses": list(EDGE_CLASSES),
                "stats": stats, "readerLangs": labels.languages}
    outlets = [{"index": i, "label": label[DEFAULT_LANG]} for i, label in enumerate(payload["outlets"])]
    return {"payload": payload, "more": more, "types": types, "stats": stats, "languages": payload["langs"], "outlets": outlets,
            "entity_count": len(data.entities), "root": "", "nav": "index", **reader_context(labels)}


def reader_context(labels: Labels) -> dict[str, Any]:
    """The header's language switch: the reader languages with their names."""
    names = phrases().languages
    return {"reader_langs": [(lang, names[lang]["name"]) for lang in labels.languages]}
