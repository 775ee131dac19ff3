"""Wikidata links: of the gold entities with a Q-id that the graph has, how many it links, and rightly."""
from __future__ import annotations

from dataclasses import dataclass

from kgraph.evaluate.figures import ratio
from kgraph.evaluate.gold import Gold
from kgraph.evaluate.graph import WD, GraphIndex, Node

__all__ = ["LinkScores", "score_links"]


@dataclass(frozen=True)
class LinkScores:
    """Counts over the gold entities with a Q-id that were found (through their mentions)."""

    right: int  # linked to the gold Q-id (perhaps among others)
    linked: int  # linked to some Q-id
    with_qid: int

    @property
    def precision(self) -> float:
        return ratio(self.right, self.linked)

    @property
    def recall(self) -> float:
        return ratio(self.right, self.with_qid)


def score_links(gold: Gold, graph: GraphIndex, node_of: dict[str, Node]) -> LinkScores:
    """Compare each found entity's ``owl:sameAs wd:`` links with its gold Q-id."""
    right = linked = with_qid = 0
    for entity, node in node_of.items():
        qid = gold.entities[entity].wikidata if entity in gold.entities else None
        if not qid:
            continue
        with_qid += 1
        links = graph.same_as.get(node, set())
        if links:
            linked += 1
            right += WD + qid in links
    return LinkScores(right, linked, with_qid)
