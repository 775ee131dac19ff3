"""Two countries' names written as one ('Исландия-Норвегия', the two countries' dispute) read as a
person's name do not make the countries named alone in that article words of a person's name:
they keep their gazetteer entries (kgraph/resolve/local.py, names_countries)."""
from __future__ import annotations

import pytest

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType, Mention
from kgraph.resolve.gazetteer_link import Linker
from kgraph.resolve.local import names_countries

from .helpers import Doc, entity_of, mentions

PER, PLACE = EntityType.PERSON, EntityType.PLACE


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Исландия-Норвегия", "bg", True), ("Finlandia–Estonia", "pl", True), ("Ісландія Норвегія", "uk", True),
    ("Исландия", "bg", False), ("Марко Норвегия", "bg", False), ("Ivo Novak", "sl", False),
])
def test_a_name_all_of_whose_words_are_countries(gaz: Gazetteer, text: str, lang: str, pair: bool) -> None:
    assert names_countries(Mention("a", lang, 0, len(text), text, PER, text), Linker(gaz)) is pair


@pytest.mark.parametrize(("lang", "pair", "alone"), [
    ("bg", "Исландия-Норвегия", "Исландия"), ("pl", "Finlandia-Estonia", "Finlandia"),
])
def test_a_country_beside_a_pair_of_countries_read_as_a_person_keeps_its_entry(
        gaz: Gazetteer, lang: str, pair: str, alone: str) -> None:
    doc = Doc("a", lang).m(alone, PLACE).m(pair, PER).m(alone, PLACE)
    entities = resolve(mentions(doc), gaz)
    country = entity_of(entities, "a", alone)
    assert country.type == PLACE and country.wikidata
    assert all(m.text == alone for m in country.mentions)
