"""B-cubed, cross-lingual unity and each gold entity's node, on matches written for the test."""
from __future__ import annotations

import pytest

from kgraph.evaluate.mentions import Match
from kgraph.evaluate.resolution import resolve

from .helpers import node

LANGS = {"a": "en", "b": "ru", "c": "pl"}


def test_an_entity_split_in_two_loses_recall_not_precision() -> None:
    out = resolve([Match("a", "Mara Velin", "Mara", node("m1")), Match("b", "Мара Велин", "Mara", node("m2")),
                   Match("a", "Orsk", "Orsk", node("o"))], LANGS)
    assert out.precision == 1.0 and out.recall == pytest.approx(2 / 3)
    assert (out.multilingual, out.unified) == (1, 0) and out.unity == 0.0
    assert out.split == [("Mara", ["Mara Velin", "Мара Велин"])]


def test_two_entities_merged_into_one_lose_precision_not_recall() -> None:
    out = resolve([Match("a", "Orsk", "Orsk", node("x")), Match("a", "Orsk Valley", "Orsk_Valley", node("x"))], LANGS)
    assert out.precision == 0.5 and out.recall == 1.0
    assert out.multilingual == 0 and out.unity == 0.0


def test_one_node_across_three_languages_is_unified() -> None:
    out = resolve([Match(d, t, "Mara", node("m")) for d, t in (("a", "Mara"), ("b", "Мара"), ("c", "Marze"))], LANGS)
    assert (out.precision, out.recall, out.multilingual, out.unified) == (1.0, 1.0, 1, 1)
    assert out.node_of == {"Mara": node("m")}


def test_the_majority_node_wins_and_a_tie_goes_to_the_first_mention_in_order() -> None:
    out = resolve([Match("b", "Мара", "Mara", node("m2")), Match("a", "Mara", "Mara", node("m1")),
                   Match("c", "Marze", "Mara", node("m2")), Match("c", "Orsk", "Orsk", node("o2")),
                   Match("a", "Orsk", "Orsk", node("o1"))], LANGS)
    assert out.node_of == {"Mara": node("m2"), "Orsk": node("o1")}  # ("a", "Orsk") sorts before ("c", "Orsk")


def test_no_matches_score_zero_without_dividing_by_zero() -> None:
    out = resolve([], LANGS)
    assert (out.precision, out.recall, out.unity, out.node_of) == (0.0, 0.0, 0.0, {})
