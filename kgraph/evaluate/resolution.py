"""Entity resolution scored on the matched mentions: B-cubed, cross-lingual unity, one node per entity.

B-cubed (Bagga & Baldwin 1998): for each matched mention, the share of the mentions in its graph
entity that share its gold entity (precision) and the share of the mentions of its gold entity
that share its graph entity (recall), averaged over the mentions.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kgraph.evaluate.figures import f1, ratio
from kgraph.evaluate.graph import Node
from kgraph.evaluate.mentions import Match

__all__ = ["Resolution", "resolve"]

Item = tuple[str, str]  # (article id, text): one matched mention


@dataclass
class Resolution:
    """How the graph groups the matched mentions, against how the gold groups them."""

    precision: float = 0.0
    recall: float = 0.0
    mentions: int = 0
    multilingual: int = 0  # gold entities matched in two or more languages
    unified: int = 0  # ... of which the graph gives all mentions one node
    split: list[tuple[str, list[str]]] = field(default_factory=list)  # (entity, its texts) not unified
    node_of: dict[str, Node] = field(default_factory=dict)  # gold entity -> its majority graph node

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def unity(self) -> float:
        return ratio(self.unified, self.multilingual)


def resolve(matches: list[Match], lang_of: dict[str, str]) -> Resolution:
    """Score the grouping of ``matches``; ``lang_of``: article id -> the gold document's language."""
    by_gold: dict[str, set[Item]] = defaultdict(set)
    by_node: dict[Node, set[Item]] = defaultdict(set)
    entity_of: dict[Item, str] = {}
    node_of: dict[Item, Node] = {}
    for m in matches:
        item = (m.doc, m.text)
        entity_of[item], node_of[item] = m.entity, m.node
        by_gold[m.entity].add(item)
        by_node[m.node].add(item)
    out = Resolution(mentions=len(matches))
    precision = recall = 0.0
    for item, entity in entity_of.items():
        same_node, same_entity = by_node[node_of[item]], by_gold[entity]
        both = len(same_node & same_entity)
        precision += both / len(same_node)
        recall += both / len(same_entity)
    out.precision, out.recall = ratio(precision, len(entity_of)), ratio(recall, len(entity_of))
    for entity, items in sorted(by_gold.items()):
        out.node_of[entity] = _majority([node_of[i] for i in sorted(items)])
        if len({lang_of[doc] for doc, _ in items}) < 2:
            continue
        out.multilingual += 1
        if len({node_of[i] for i in items}) == 1:
            out.unified += 1
        else:
            out.split.append((entity, sorted({text for _, text in items})))
    return out


def _majority(nodes: list[Node]) -> Node:
    """The most frequent node; a tie goes to the one seen first."""
    counts: dict[Node, int] = {}
    for node in nodes:
        counts[node] = counts.get(node, 0) + 1
    return max(counts, key=lambda node: counts[node])  # max keeps the first of equals, in insertion order
