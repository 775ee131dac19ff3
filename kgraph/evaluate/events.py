"""Event recall: does each gold event have an event node linked to one of its participants?

Each gold event (with a participant some document names) is given the graph's best event node:
most participants shared, then its place linked, then its date stated (an ``xsd`` date literal
starting with the gold date). Of the events found, the place and date are scored where the gold
gives them.

That node may be another article's report of a similar event, so the place and date are also
scored on the gold document's own nodes (``own_place_right``, ``own_date_right``): the best of
the event nodes derived (``prov:wasDerivedFrom``) from its article, a node merged across articles
being derived from each of them; where none of them shares a participant, the graph's best as
above. The floors (tests/kgscore_floors.json) are on the first figures.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kgraph.evaluate.figures import ratio
from kgraph.evaluate.gold import Gold, GoldEvent
from kgraph.evaluate.graph import GraphIndex, Node

__all__ = ["EventScores", "score_events"]

Fit = tuple[int, bool, bool]  # (participants shared, place linked, date stated)


@dataclass
class EventScores:
    """Gold events found, with their place and date, and those missed."""

    found: int = 0
    gold: int = 0
    place_right: int = 0
    place_gold: int = 0
    date_right: int = 0
    date_gold: int = 0
    own_place_right: int = 0  # the place right on the document's own best node
    own_date_right: int = 0
    missed: list[str] = field(default_factory=list)  # gold event ids

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def place(self) -> float:
        return ratio(self.place_right, self.place_gold)

    @property
    def date(self) -> float:
        return ratio(self.date_right, self.date_gold)

    @property
    def own_place(self) -> float:
        return ratio(self.own_place_right, self.place_gold)

    @property
    def own_date(self) -> float:
        return ratio(self.own_date_right, self.date_gold)


def score_events(gold: Gold, graph: GraphIndex, node_of: dict[str, Node],
                 articles: Mapping[Path, str] | None = None) -> EventScores:
    """Find a graph event for each gold event that has a named participant; ``articles`` maps a
    gold file (``GoldDoc.source``) to its article's id, for the figures on its own nodes."""
    named = gold.named()
    events = [(d, e) for d in gold.docs for e in d.events if named & set(e.participants)]
    nodes = {n: graph.neighbours(n) for n in graph.nodes_of_type("Event")}
    out = EventScores(gold=len(events))
    for doc, event in events:
        fit = _best(event, nodes, graph, node_of)
        if not fit[0]:
            out.missed.append(event.id)
            continue
        article = (articles or {}).get(doc.source)
        own = _best(event, {n: linked for n, linked in nodes.items()
                            if article is not None and article in graph.sources.get(n, ())}, graph, node_of)
        if not own[0]:
            own = fit
        out.found += 1
        if event.place:
            out.place_gold += 1
            out.place_right += fit[1]
            out.own_place_right += own[1]
        if event.date:
            out.date_gold += 1
            out.date_right += fit[2]
            out.own_date_right += own[2]
    return out


def _best(event: GoldEvent, nodes: dict[Node, set[Node]], graph: GraphIndex, node_of: dict[str, Node]) -> Fit:
    return max((_fit(event, linked, graph.dates.get(n, set()), node_of) for n, linked in nodes.items()),
               default=(0, False, False))


def _fit(event: GoldEvent, linked: set[Node], dates: set[str], node_of: dict[str, Node]) -> Fit:
    """How well a graph event with these neighbours and dates fits the gold event."""
    participants = {node_of[p] for p in event.participants if p in node_of}
    place = node_of.get(event.place) if event.place else None
    return (len(participants & linked), place is not None and place in linked,
            event.date is not None and event.date != "" and any(d.startswith(event.date) for d in dates))
