"""A part of a country named by a compass word is one place across languages ('Zachodnia
Ukraina', 'Західна Україна', 'Západní Ukrajina'), its compass words known from the CLDR names of
the gazetteer's world regions; another direction, or another country, is another place."""
from __future__ import annotations

import pytest

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType
from kgraph.resolve.compass import compass_key
from kgraph.resolve.gazetteer_link import Linker

from .helpers import Doc, entity_of, mentions, same

PLACE = EntityType.PLACE


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "lang"), [
    ("Zachodnia Ukraina", "pl"), ("Західна Україна", "uk"), ("Западная Украина", "ru"),
    ("Западна Украйна", "bg"), ("Západní Ukrajina", "cs"), ("Zahodna Ukrajina", "sl"),
])
def test_a_compass_word_and_a_country_are_one_key_in_every_language(gaz: Gazetteer, text: str, lang: str) -> None:
    assert compass_key(text, lang, Linker(gaz)) == ("western", "wd:Q212")


def test_no_key_without_a_compass_word_or_a_country(gaz: Gazetteer) -> None:
    linker = Linker(gaz)
    assert compass_key("Nowa Ukraina", "pl", linker) is None
    assert compass_key("Західна Тарвела", "uk", linker) is None
    assert compass_key("Західна Україна сьогодні", "uk", linker) is None


def test_a_countrys_part_is_one_place_across_languages_and_not_the_country(gaz: Gazetteer) -> None:
    docs = [Doc("pl1", "pl").m("Zachodniej Ukrainie", PLACE, "Zachodnia Ukraina"),
            Doc("uk1", "uk").m("Західної України", PLACE, "Західна Україна"),
            Doc("cs1", "cs").m("Západní Ukrajině", PLACE, "Západní Ukrajina"),
            Doc("bg1", "bg").m("Източна Украйна", PLACE),
            Doc("ru1", "ru").m("Украины", PLACE, "Украина")]
    entities = resolve(mentions(*docs), gaz)
    assert same(entities, ("pl1", "Zachodniej Ukrainie"), ("uk1", "Західної України"), ("cs1", "Západní Ukrajině"))
    west = entity_of(entities, "pl1", "Zachodniej Ukrainie")
    assert west.type == PLACE and not west.wikidata
    assert not same(entities, ("pl1", "Zachodniej Ukrainie"), ("bg1", "Източна Украйна"))
    assert not same(entities, ("pl1", "Zachodniej Ukrainie"), ("ru1", "Украины"))
