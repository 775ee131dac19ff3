"""A 'person' that articles of other languages name as a thing is that thing (rule 3f,
kgraph/resolve/weak_people.py): a city, a newspaper, a thing mention outvoted in its own article.
A person something says is a person, a name of the same language, or a surname that a full name
explains stays apart."""
from __future__ import annotations

import pytest

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType, Mention
from kgraph.resolve.weak_people import thing_keys

from .helpers import Doc, entity_of, mentions, same

ORG, PER, PLACE, EVENT = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE, EntityType.EVENT


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_a_leading_english_article_is_no_part_of_the_key() -> None:
    assert ("nordic", "courier") in thing_keys(("the", "nordic", "courier"), ())
    assert ("courier",) not in thing_keys(("the", "courier"), ())


def test_a_city_read_as_a_person_in_polish_is_the_gazetteer_city_of_russian_articles(gaz: Gazetteer) -> None:
    pl = Doc("pl1", "pl").m("Pawłodar", PER)
    ru = Doc("ru1", "ru").m("Павлодаре", PLACE, "Павлодар").m("Павлодар", PLACE)
    entities = resolve(mentions(pl, ru), gaz)
    assert same(entities, ("pl1", "Pawłodar"), ("ru1", "Павлодар"))
    city = entity_of(entities, "pl1", "Pawłodar")
    assert city.type == PLACE and city.geonames == 1520240


def test_a_newspaper_read_as_a_person_in_polish_is_the_paper_of_czech_articles() -> None:
    cs = Doc("cs1", "cs").m("The Nordic Courier", ORG)
    pl = Doc("pl1", "pl").m("Nordic Courierem", PER, "Nordic Courier")
    entities = resolve(mentions(cs, pl))
    assert same(entities, ("cs1", "The Nordic Courier"), ("pl1", "Nordic Courierem"))


def test_an_event_outvoted_by_person_readings_in_its_article_joins_the_event() -> None:
    sl = Doc("sl1", "sl").m("Velbora-7", PER).m("Velbora-7", PER).m("Velbora-7", EVENT)
    ru = Doc("ru1", "ru").m("Velbora-7", EVENT).m("Velbora-7", EVENT).m("Velbora-7", EVENT)
    entities = resolve(mentions(sl, ru))
    assert same(entities, ("sl1", "Velbora-7"), ("ru1", "Velbora-7"))
    assert entity_of(entities, "sl1", "Velbora-7").type == EVENT


def test_a_person_said_to_be_one_stays_a_person() -> None:
    cs = Doc("cs1", "cs").m("The Nordic Courier", ORG)
    pl = Doc("pl1", "pl")
    pl.mentions.append(Mention("pl1", "pl", 5, 19, "Nordic Courier", PER, "Nordic Courier", None, True))
    entities = resolve(mentions(cs, pl))
    assert not same(entities, ("cs1", "The Nordic Courier"), ("pl1", "Nordic Courier"))


def test_a_city_and_a_person_of_one_language_stay_apart(gaz: Gazetteer) -> None:
    a = Doc("pl1", "pl").m("Pawłodar", PER)
    b = Doc("pl2", "pl").m("Pawłodarze", PLACE, "Pawłodar")
    entities = resolve(mentions(a, b), gaz)
    assert not same(entities, ("pl1", "Pawłodar"), ("pl2", "Pawłodarze"))


def test_a_surname_a_full_name_explains_stays_the_person(gaz: Gazetteer) -> None:
    pl = Doc("pl1", "pl").m("Pawłodar", PER)
    cs = Doc("cs1", "cs").m("Marek Pawłodar", PER)
    ru = Doc("ru1", "ru").m("Павлодар", PLACE)
    entities = resolve(mentions(pl, cs, ru), gaz)
    assert not same(entities, ("pl1", "Pawłodar"), ("ru1", "Павлодар"))


def test_a_transcription_read_as_a_person_joins_the_latin_name_of_its_own_language() -> None:
    bg = Doc("bg1", "bg").m("Велбора-7", PER).m("Велбора-7", PER)
    bg2 = Doc("bg2", "bg").m("Velbora-7", EVENT).m("Velbora-7", EVENT)
    ru = Doc("ru1", "ru").m("Velbora-7", EVENT)
    entities = resolve(mentions(bg, bg2, ru))
    assert same(entities, ("bg1", "Велбора-7"), ("bg2", "Velbora-7"), ("ru1", "Velbora-7"))
    assert entity_of(entities, "bg1", "Велбора-7").type == EVENT


def test_a_person_named_more_often_than_the_thing_stays_a_person() -> None:
    sl = Doc("sl1", "sl").m("Velbora-7", PER).m("Velbora-7", PER).m("Velbora-7", PER).m("Velbora-7", EVENT)
    ru = Doc("ru1", "ru").m("Velbora-7", EVENT)
    entities = resolve(mentions(sl, ru))
    assert not same(entities, ("sl1", "Velbora-7"), ("ru1", "Velbora-7"))


def test_a_person_named_as_a_thing_translated_word_for_word_is_that_thing() -> None:
    cs = Doc("cs1", "cs").m("Green Stream", PER).m("Green Stream", PER)
    bg = Doc("bg1", "bg").m("Зелен поток", ORG)
    sl = Doc("sl1", "sl").m("Zeleni tok", ORG).m("Zelenega toka", ORG, "Zeleni tok")
    entities = resolve(mentions(cs, bg, sl))
    assert same(entities, ("cs1", "Green Stream"), ("bg1", "Зелен поток"), ("sl1", "Zeleni tok"))
    assert entity_of(entities, "cs1", "Green Stream").type == ORG
