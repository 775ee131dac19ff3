"""Mentions matched by their normalised text per article: exact counts on graphs written for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.evaluate import load_gold
from kgraph.evaluate.mentions import match_mentions

from .helpers import article, doc, graph_of, node, write_gold

ENTITIES = {"Mara_Velin": {"type": "Person", "wikidata": None},
            "Orsk": {"type": "Place", "wikidata": None},
            "Tide_Council": {"type": "Organization", "wikidata": None}}


def _scores(tmp_path: Path, docs: list[dict], *turtle: str):
    gold = load_gold(write_gold(tmp_path, ENTITIES, *docs))
    return match_mentions(gold, graph_of(*turtle), {d.stem: d for d in gold.docs})


def test_precision_recall_and_overlaps(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "en", [("Mara_Velin", "Mara Velin"), ("Orsk", "Orsk"),
                                                     ("Tide_Council", "Tide Council")])],
                     article("a", ("Mara Velin", "mara"), ("Orsk", "orsk"), ("Council", "council"), ("Velin", "mara")))
    counts = scores.per_language["en"]
    assert (counts.matched, counts.predicted, counts.gold) == (2, 4, 3)
    assert counts.precision == 0.5 and counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(4 / 7)
    # "Council" is inside "Tide Council", "Velin" inside "Mara Velin": every mention overlaps one
    assert counts.overlap_precision == 1.0 and counts.overlap_recall == 1.0
    assert scores.missed == [("a", "Tide Council")]
    assert sorted(scores.spurious) == [("a", "Council"), ("a", "Velin")]


def test_white_space_and_unicode_composition_do_not_matter(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "de", [("Orsk", "Orsk-Müller  Bahnhof")])],
                     article("a", ("Orsk-Mu\u0308ller Bahnhof", "orsk")))
    assert scores.per_language["de"].matched == 1


def test_languages_are_counted_apart_and_together(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "en", [("Orsk", "Orsk")]), doc("b.txt", "ru", [("Orsk", "Орск"),
                                                                                            ("Mara_Velin", "Мара")])],
                     article("a", ("Orsk", "orsk")), article("b", ("Орск", "orsk")))
    assert scores.per_language["en"].f1 == 1.0
    assert scores.per_language["ru"].recall == 0.5 and scores.per_language["ru"].precision == 1.0
    total = scores.total
    assert (total.matched, total.predicted, total.gold) == (2, 2, 3)


def test_articles_without_gold_are_not_counted(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "en", [("Orsk", "Orsk")])],
                     article("a", ("Orsk", "orsk")), article("zzz", ("Tide Council", "council")))
    assert scores.total.predicted == 1 and scores.spurious == []


def test_a_text_goes_to_the_entity_most_of_its_phrases_name_and_its_type_is_checked(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "en", [("Orsk", "Orsk"), ("Mara_Velin", "Mara Velin")])],
                     article("a", ("Orsk", "orsk-town"), ("Orsk", "orsk-club"), ("Orsk", "orsk-town"),
                             ("Mara Velin", "mara")),
                     "ex:orsk-town a schema:Place . ex:orsk-club a schema:Organization . ex:mara a schema:Organization .")
    assert {m.text: m.node for m in scores.matches} == {"Orsk": node("orsk-town"), "Mara Velin": node("mara")}
    assert scores.typed == 1 and scores.type_accuracy == 0.5  # Mara Velin is a Person, typed an Organization


def test_quotation_marks_around_a_whole_name_do_not_matter(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "ru", [("Tide_Council", "«Тайдсовет»"), ("Orsk", "„Orsk“")])],
                     article("a", ("Тайдсовет", "council"), ("Orsk", "orsk")))
    assert scores.per_language["ru"].matched == 2


def test_a_quotation_mark_inside_a_name_is_kept(tmp_path: Path) -> None:
    scores = _scores(tmp_path, [doc("a.txt", "ru", [("Tide_Council", "«Тайд» совет")])],
                     article("a", ("Тайд совет", "council")))
    assert scores.per_language["ru"].matched == 0
