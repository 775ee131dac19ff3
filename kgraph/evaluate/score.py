"""All the scores of one graph against one gold set, and the figures they sum up to."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kgraph.errors import make_problem
from kgraph.evaluate.events import EventScores, score_events
from kgraph.evaluate.gold import Gold, GoldDoc, load_gold
from kgraph.evaluate.graph import GraphIndex, read_graph
from kgraph.evaluate.links import LinkScores, score_links
from kgraph.evaluate.mentions import MentionScores, match_mentions
from kgraph.evaluate.relations import RelationScores, score_relations
from kgraph.evaluate.resolution import Resolution, resolve
from kgraph.model import Problem

__all__ = ["Scores", "score", "score_index", "corpus_article_ids"]


@dataclass
class Scores:
    """Every score of a graph against a gold set, and the gold files that could not be used."""

    mentions: MentionScores
    resolution: Resolution
    links: LinkScores
    relations: RelationScores
    events: EventScores
    problems: tuple[Problem, ...] = ()

    def summary(self) -> dict[str, float]:
        """The headline figures by name (rounded to 3 places), as tests/kgscore_floors.json names them."""
        figures = {f"mention_f1_{lang}": counts.f1 for lang, counts in self.mentions.per_language.items()}
        figures |= {
            "mention_f1_all": self.mentions.total.f1,
            "type_accuracy": self.mentions.type_accuracy,
            "b3_f1": self.resolution.f1,
            "crosslingual_unity": self.resolution.unity,
            "wikidata_precision": self.links.precision,
            "wikidata_recall": self.links.recall,
            "relation_recall": self.relations.recall,
            "event_recall": self.events.recall,
            "event_place": self.events.place,
            "event_date": self.events.date,
        }
        return {name: round(value, 3) for name, value in sorted(figures.items())}


def score(graph: Path, gold: Path | Gold, *, article_ids: Mapping[str, str] | None = None) -> Scores:
    """Score the graph at ``graph`` (a file, a store, a build folder) against the gold set ``gold``.

    ``article_ids`` maps a gold document's ``doc`` path to the id kgraph gave that text (see
    ``corpus_article_ids``); without it a document's article is the one named by its file stem.
    """
    gold_set = gold if isinstance(gold, Gold) else load_gold(Path(gold))
    return score_index(read_graph(Path(graph)), gold_set, article_ids=article_ids)


def score_index(graph: GraphIndex, gold: Gold, *, article_ids: Mapping[str, str] | None = None) -> Scores:
    """Score an indexed graph against a gold set."""
    docs, problems = _docs_by_article(gold, article_ids)
    mentions = match_mentions(gold, graph, docs)
    resolution = resolve(mentions.matches, {article: doc.lang for article, doc in docs.items()})
    scored = Gold(gold.entities, tuple(docs.values()))
    return Scores(mentions, resolution, score_links(gold, graph, resolution.node_of),
                  score_relations(scored, graph, resolution.node_of),
                  score_events(scored, graph, resolution.node_of, {doc.source: a for a, doc in docs.items()}),
                  gold.problems + tuple(problems))


def _docs_by_article(gold: Gold, article_ids: Mapping[str, str] | None) -> tuple[dict[str, GoldDoc], list[Problem]]:
    """Article id -> gold document; documents naming no article, or one already taken, are reported."""
    out: dict[str, GoldDoc] = {}
    problems: list[Problem] = []
    for doc in gold.docs:
        article = doc.stem if article_ids is None else article_ids.get(Path(doc.doc).as_posix())
        if article is None:
            problems.append(make_problem("E503", doc.source, doc=doc.doc))
        elif article in out:
            problems.append(make_problem("E504", doc.source, article_id=article, other=out[article].source.name))
        else:
            out[article] = doc
    return out, problems


def corpus_article_ids(corpus: Path) -> dict[str, str]:
    """Each text's path under ``corpus`` (POSIX, relative) -> the article id kgraph gives it there."""
    from kgraph.corpus import read_corpus

    root = Path(corpus)
    return {article.path.relative_to(root).as_posix(): article.id for article in read_corpus(root).articles}
