"""Relation recall: is each gold fact's pair of entities linked in the graph, directly or through one node?

A gold relation ``s p o`` is found when the graph nodes of ``s`` and ``o`` are neighbours, or share
a neighbour (an event, a position, a claim, a statement) linked to at most ``HUB_LIMIT`` entities;
a node linked to more is a hub (a sentence, a list), not a fact. The predicate is not compared:
kgraph's vocabulary is its own. Only facts whose two entities some document names are scored.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.evaluate.figures import ratio
from kgraph.evaluate.gold import Gold
from kgraph.evaluate.graph import GraphIndex, Node

__all__ = ["RelationScores", "score_relations", "HUB_LIMIT"]

HUB_LIMIT = 8


@dataclass
class RelationScores:
    """Gold facts found, those missed with the reason, and how densely entities are linked."""

    found: int = 0
    gold: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (s, o, why)
    entity_links: int = 0  # links between two entities, each counted from both ends
    entities: int = 0

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def links_per_entity(self) -> float:
        return ratio(self.entity_links, self.entities)


def score_relations(gold: Gold, graph: GraphIndex, node_of: dict[str, Node]) -> RelationScores:
    """Look for each gold fact between named entities in the graph."""
    named = gold.named()
    pairs = sorted({(r.s, r.o) for d in gold.docs for r in d.relations if r.s in named and r.o in named})
    entities = graph.entities
    out = RelationScores(gold=len(pairs), entities=len(entities))
    for s, o in pairs:
        why = _why_missed(graph, node_of.get(s), node_of.get(o), entities)
        if why is None:
            out.found += 1
        else:
            out.missed.append((s, o, why))
    out.entity_links = sum(len(graph.neighbours(e) & entities) for e in entities)
    return out


def _why_missed(graph: GraphIndex, a: Node | None, b: Node | None, entities: set[Node]) -> str | None:
    """None when ``a`` and ``b`` are linked; else why not."""
    if a is None or b is None:
        return "entity not found"
    if a == b:
        return "merged"
    around = graph.neighbours(a)
    if b in around:
        return None
    for middle in around:
        beyond = graph.neighbours(middle)
        if b in beyond and len(beyond & entities) <= HUB_LIMIT:
            return None
    return "no link"
