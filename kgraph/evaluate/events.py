"""Event recall: does each gold event have an event node linked to one of its participants?

Each gold event (with a participant some document names) is given the graph's best event node:
most participants shared, then its place linked, then its date stated (an ``xsd`` date literal
starting with the gold date). Of the events found, the place and date are scored where the gold
gives them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

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


def score_events(gold: Gold, graph: GraphIndex, node_of: dict[str, Node]) -> EventScores:
    """Find a graph event for each gold event that has a named participant."""
    named = gold.named()
    events = [e for d in gold.docs for e in d.events if named & set(e.participants)]
    nodes = {n: graph.neighbours(n) for n in graph.nodes_of_type("Event")}
    out = EventScores(gold=len(events))
    for event in events:
        fit = max((_fit(event, linked, graph.dates.get(n, set()), node_of) for n, linked in nodes.items()),
                  default=(0, False, False))
        if not fit[0]:
            out.missed.append(event.id)
            continue
        out.found += 1
        if event.place:
            out.place_gold += 1
            out.place_right += fit[1]
        if event.date:
            out.date_gold += 1
            out.date_right += fit[2]
    return out


def _fit(event: GoldEvent, linked: set[Node], dates: set[str], node_of: dict[str, Node]) -> Fit:
    """How well a graph event with these neighbours and dates fits the gold event."""
    participants = {node_of[p] for p in event.participants if p in node_of}
    place = node_of.get(event.place) if event.place else None
    return (len(participants & linked), place is not None and place in linked,
            event.date is not None and event.date != "" and any(d.startswith(event.date) for d in dates))
