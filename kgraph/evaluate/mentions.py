"""Mentions matched by their surface form, per article: precision, recall, type accuracy.

A gold mention is one distinct (entity, text) pair of a document; the graph's are the distinct
``nif:anchorOf`` texts of the article's phrases that point to an entity. They match when their
normalised texts are equal; an *overlap* match is one text inside the other.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kgraph.evaluate.figures import f1, ratio
from kgraph.evaluate.gold import Gold, GoldDoc
from kgraph.evaluate.graph import GraphIndex, Node

__all__ = ["Match", "Counts", "MentionScores", "match_mentions"]


@dataclass(frozen=True)
class Match:
    """A gold mention found in the graph, and the entity the graph gives it."""

    doc: str  # the article id
    text: str
    entity: str  # gold entity id
    node: Node  # the graph's entity


@dataclass
class Counts:
    """Mention counts of one language (or of all)."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    gold_overlapped: int = 0  # gold mentions a predicted one overlaps
    predicted_overlapped: int = 0  # predicted mentions a gold one overlaps

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        self.gold_overlapped += other.gold_overlapped
        self.predicted_overlapped += other.predicted_overlapped

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def overlap_precision(self) -> float:
        return ratio(self.predicted_overlapped, self.predicted)

    @property
    def overlap_recall(self) -> float:
        return ratio(self.gold_overlapped, self.gold)


@dataclass
class MentionScores:
    """The mentions matched, the counts per language, and what was missed or spurious."""

    per_language: dict[str, Counts] = field(default_factory=dict)
    matches: list[Match] = field(default_factory=list)
    typed: int = 0  # matches whose graph entity carries the gold entity's type
    missed: list[tuple[str, str]] = field(default_factory=list)  # (article id, text)
    spurious: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        out = Counts()
        for counts in self.per_language.values():
            out.add(counts)
        return out

    @property
    def type_accuracy(self) -> float:
        return ratio(self.typed, len(self.matches))


def match_mentions(gold: Gold, graph: GraphIndex, docs: dict[str, GoldDoc]) -> MentionScores:
    """Match the mentions of each gold document (``docs``: article id -> document) in the graph."""
    scores = MentionScores()
    per_language: dict[str, Counts] = defaultdict(Counts)
    for article, doc in docs.items():
        wanted = _gold_texts(doc)
        found = graph.mentions.get(article, {})
        counts = per_language[doc.lang]
        counts.predicted += len(found)
        counts.gold += len(wanted)
        for text, entity in wanted.items():
            if text in found:
                node = _most_frequent(found[text])
                scores.matches.append(Match(article, text, entity, node))
                counts.matched += 1
                gold_type = gold.entities[entity].type if entity in gold.entities else None
                scores.typed += gold_type in graph.types.get(node, set())
            else:
                scores.missed.append((article, text))
            counts.gold_overlapped += any(_overlap(text, other) for other in found)
        for text in found:
            if text not in wanted:
                scores.spurious.append((article, text))
            counts.predicted_overlapped += any(_overlap(text, other) for other in wanted)
    scores.per_language = dict(per_language)
    return scores


def _gold_texts(doc: GoldDoc) -> dict[str, str]:
    """Text -> entity; a text given to two entities keeps the first."""
    out: dict[str, str] = {}
    for mention in doc.mentions:
        out.setdefault(mention.text, mention.entity)
    return out


def _most_frequent(entities: Counter[Node]) -> Node:
    """The entity most phrases of a text point to (ties: the least IRI)."""
    return min(entities, key=lambda node: (-entities[node], str(node)))


def _overlap(a: str, b: str) -> bool:
    return a in b or b in a
