"""A toll's count (issue 13): 'Four people were killed', 'загинули троє людей', 'zginęło pięć osób' state how
many died or were hurt; the event carries the number (kg:casualtyCount). Sentences written for this test."""
from __future__ import annotations

import pytest
from pyoxigraph import Literal

import kgraph
from kgraph.rdf.namespaces import KG, XSD

from .helpers import run


def _counts(text: str, lang: str) -> dict[str, int | None]:
    _, events, _, _ = run(text, lang)
    return {e.kind: e.casualties for e in events}


@pytest.mark.parametrize("text, lang, kind, count", [
    ("Four people were killed in Brindale on Sunday.", "en", "Killing", 4),
    ("Two people died in Brindale after the storm.", "en", "Death", 2),
    ("У Брінделі загинули троє людей.", "uk", "Death", 3),
    ("Трое человек погибли в Бринделе.", "ru", "Death", 3),
    ("W Brindale zginęło pięć osób.", "pl", "Death", 5),
    ("В результате обстрела Бринделя погибли 7 человек.", "ru", "Death", 7),
])
def test_the_dead_are_counted(text, lang, kind, count) -> None:
    assert _counts(text, lang).get(kind) == count, lang


def test_each_toll_of_a_sentence_takes_its_own_clause_s_number() -> None:
    counts = _counts("Внаслідок обстрілу Брінделя загинули троє людей, ще одинадцятеро поранені.", "uk")
    assert counts.get("Death") == 3 and counts.get("Casualties") == 11, counts


@pytest.mark.parametrize("text, lang, kind", [
    ("A farmer was killed in Brindale on Sunday.", "en", "Killing"),
    ("У Брінделі у 2021 загинув фермер.", "uk", "Death"),
])
def test_no_number_no_count(text, lang, kind) -> None:
    counts = _counts(text, lang)
    assert kind in counts and counts[kind] is None, counts


def test_the_count_is_in_the_graph(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "en.txt").write_text("Four people were killed in Brindale on Sunday, the police said.\n", encoding="utf-8")
    store = kgraph.build(corpus, tmp_path / "out").store
    counts = [q.object for q in store.quads_for_pattern(None, KG.casualtyCount, None)]
    assert Literal("4", datatype=XSD.integer) in counts, counts
