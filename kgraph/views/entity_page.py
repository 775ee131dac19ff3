"""Entity pages: names, links out, ego network, facts, events and the sentences behind them."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kgraph.views.data import EntityView, Evidence, EventView, Link, ViewData
from kgraph.views.ego import EgoSelection

__all__ = ["EntityIndex", "entity_index", "entity_context", "MAX_MENTION_SENTENCES", "MAX_FACTS", "MAX_EVENTS"]

MAX_MENTION_SENTENCES = 40
MAX_FACTS = MAX_EVENTS = 200  # a hub's page (a country in every report) lists this many, then says how many more


@dataclass
class EntityIndex:
    """Per-entity lookups built once for all entity pages."""

    links: dict[str, list[Link]]
    events: dict[str, list[EventView]]
    sentences: dict[str, list[Evidence]]
    dated: set[str]  # the event records (dated or of a kind), shown under "Events" (not repeated under "Facts")
    records: dict[str, EventView]  # event IRI -> its record


def entity_index(data: ViewData) -> EntityIndex:
    links: dict[str, list[Link]] = defaultdict(list)
    for link in data.links:
        links[link.source].append(link)
        links[link.target].append(link)
    events: dict[str, list[EventView]] = defaultdict(list)
    for event in data.events:
        for iri in sorted({event.iri, *(p for _, p in event.participants), *event.places}):
            events[iri].append(event)
    sentences: dict[str, set[Evidence]] = defaultdict(set)
    for article in data.articles.values():
        for m in article.mentions:
            b, e = m.sentence or (m.begin, m.end)
            sentences[m.entity].add(Evidence(article.iri, b, e, article.text[b:e]))
    ordered = {k: sorted(v, key=lambda ev: (data.articles[ev.article].date, data.articles[ev.article].id, ev.begin))
               for k, v in sentences.items()}
    return EntityIndex(dict(links), dict(events), ordered, {e.iri for e in data.events}, {e.iri: e for e in data.events})


def _external(iri: str) -> tuple[str, str]:
    if iri.startswith("http://www.wikidata.org/entity/"):
        return "Wikidata", iri.rsplit("/", 1)[-1]
    if "geonames.org/" in iri:
        return "GeoNames", iri.rstrip("/").rsplit("/", 1)[-1]
    return "Same as", iri


def entity_context(data: ViewData, entity: EntityView, index: EntityIndex,
                   ego: EgoSelection | None) -> dict[str, Any]:
    """What the page shows; its network as ``ego``, the nodes to draw (placed by :func:`ego_layout` when rendered;
    ``None`` until they are selected)."""
    sentences = index.sentences.get(entity.iri, [])
    links = [link for link in index.links.get(entity.iri, [])
             if link.source not in index.dated and (link.via or link.target not in index.dated)]
    own = index.records.get(entity.iri)
    events = [e for e in index.events.get(entity.iri, []) if e.iri != entity.iri]
    events = [e for e in events if e.date] + [e for e in events if not e.date]  # the undated after the dated
    return {
        "event": own,
        "e": entity, "entities": data.entities, "articles": data.articles,
        "names": sorted(entity.labels.items()), "variants": entity.alt_labels,
        "external": [(*_external(iri), iri) for iri in entity.same_as if iri.startswith(("http://", "https://"))],
        "links": links[:MAX_FACTS], "more_links": max(0, len(links) - MAX_FACTS),
        "events": events[:MAX_EVENTS], "more_events": max(0, len(events) - MAX_EVENTS),
        "sentences": sentences[:MAX_MENTION_SENTENCES], "more_sentences": max(0, len(sentences) - MAX_MENTION_SENTENCES),
        "ego": ego, "root": "../", "nav": "entities",
    }
