"""A part of a country named by a compass word is one place across languages ('Zachodnia
Ukraina', 'Західна Україна', 'Západní Ukrajina'), its compass words known from the CLDR names of
the gazetteer's world regions; another direction, or another country, is another place."""
from __future__ import annotations

import pytest

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType
from kgraph.resolve.compass import compass_key, compass_noun
from kgraph.resolve.gazetteer_link import Linker

from .helpers import Doc, entity_of, mentions, same

PLACE, ORG, PER = EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON


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


@pytest.mark.parametrize(("text", "lang"), [
    ("Zachód", "pl"), ("Zachodu", "pl"), ("Západ", "cs"), ("Запад", "ru"), ("Запада", "bg"),
    ("Zahod", "sl"), ("Захід", "uk"), ("Заходу", "uk"),
])
def test_the_noun_of_a_direction_is_its_direction_in_every_language(gaz: Gazetteer, text: str, lang: str) -> None:
    assert compass_noun(text, lang, Linker(gaz)) == "western"


def test_an_adjectives_k_before_its_suffix_gives_the_noun(gaz: Gazetteer) -> None:
    assert compass_noun("Восток", "ru", Linker(gaz)) == "eastern"
    assert compass_noun("Východ", "cs", Linker(gaz)) == "eastern"
    assert compass_noun("Zachodnia Ukraina", "pl", Linker(gaz)) is None
    assert compass_noun("Tarvela", "pl", Linker(gaz)) is None


def test_the_west_is_one_thing_whatever_type_each_language_gave_it(gaz: Gazetteer) -> None:
    docs = [Doc("pl1", "pl").m("Zachodu", ORG, "Zachód").m("Zachodem", ORG, "Zachód"),
            Doc("cs1", "cs").m("Západ", PER),
            Doc("ru1", "ru").m("Запада", PLACE, "Запад"),
            Doc("sl1", "sl").m("Vzhod", PLACE),
            Doc("uk1", "uk").m("Заходу", ORG, "Захід")]
    entities = resolve(mentions(*docs), gaz)
    assert same(entities, ("pl1", "Zachodu"), ("cs1", "Západ"), ("ru1", "Запада"), ("uk1", "Заходу"))
    assert not same(entities, ("pl1", "Zachodu"), ("sl1", "Vzhod"))


def test_a_direction_word_in_a_persons_full_name_is_no_compass_noun(gaz: Gazetteer) -> None:
    docs = [Doc("cs1", "cs").m("Ivo Sever", PER).m("Sever", PER),
            Doc("ru1", "ru").m("Север", PLACE)]
    entities = resolve(mentions(*docs), gaz)
    assert not same(entities, ("cs1", "Sever"), ("ru1", "Север"))
