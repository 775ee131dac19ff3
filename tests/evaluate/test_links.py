"""Wikidata link precision and recall over the gold entities with a Q-id that the graph has."""
from __future__ import annotations

import pytest

from kgraph.evaluate.gold import Gold, GoldEntity
from kgraph.evaluate.links import score_links

from .helpers import graph_of, node

GOLD = Gold({"Mara": GoldEntity("Mara", "Person", "Q101"), "Orsk": GoldEntity("Orsk", "Place", "Q202"),
             "Tide": GoldEntity("Tide", "Organization", "Q303"), "Vel": GoldEntity("Vel", "Place", None)}, ())


def test_right_wrong_and_missing_links() -> None:
    graph = graph_of("ex:mara owl:sameAs wd:Q101 , <http://sws.geonames.org/1/> .",
                     "ex:orsk owl:sameAs wd:Q999 .",
                     "ex:vel owl:sameAs wd:Q404 .")  # no gold Q-id: not scored
    scores = score_links(GOLD, graph, {"Mara": node("mara"), "Orsk": node("orsk"), "Tide": node("tide"),
                                       "Vel": node("vel")})
    assert (scores.right, scores.linked, scores.with_qid) == (1, 2, 3)
    assert scores.precision == 0.5 and scores.recall == pytest.approx(1 / 3)


def test_entities_the_graph_does_not_have_are_not_counted() -> None:
    scores = score_links(GOLD, graph_of("ex:mara owl:sameAs wd:Q101 ."), {"Mara": node("mara")})
    assert (scores.right, scores.linked, scores.with_qid) == (1, 1, 1)
