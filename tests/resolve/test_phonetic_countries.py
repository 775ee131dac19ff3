"""A one-word country name its language's data lacks ('Белорусия' in Bulgarian, 'Hollandia' in
Polish) is the one country whose name in some language has its phonetic key, read as a place or
as a one-word person; a key two countries share, or a short one, links nothing."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType, Mention
from kgraph.resolve.gazetteer_link import Linker

from .helpers import Doc, entity_of, mentions

PER, PLACE = EntityType.PERSON, EntityType.PLACE


def _place(text: str, lang: str) -> Mention:
    return Mention("a", lang, 0, len(text), text, PLACE, text)


def test_a_country_name_of_another_language_is_that_country() -> None:
    linker = Linker(Gazetteer.load())
    assert linker.find(_place("Белорусия", "bg")) == "wd:Q184"  # Russian 'Белоруссия'
    assert linker.find(_place("Hollandia", "pl")) == "wd:Q55"  # 'Holland', 'Holandia'
    assert linker.find(_place("Švajcarska", "sl")) is None  # no country has that key
    assert linker.find(_place("Irak", "sl")) == "wd:Q796"  # its own name: the exact lookup


def test_a_country_read_as_a_person_in_one_language_joins_the_country_named_elsewhere() -> None:
    gaz = Gazetteer.load()
    a = Doc("a", "bg").m("Белорусия", PER).m("Белорусия", PER)
    b = Doc("b", "ru").m("Белоруссия", PLACE)
    entities = resolve(mentions(a, b), gaz)
    country = entity_of(entities, "a", "Белорусия")
    assert country.type == PLACE and country.wikidata == "Q184"
    assert entity_of(entities, "b", "Белоруссия") is country


def test_a_word_of_a_full_name_is_no_country_by_its_sound() -> None:
    gaz = Gazetteer.load()
    a = Doc("a", "bg").m("Мира Белорусия", PER).m("Белорусия", PER)
    entities = resolve(mentions(a), gaz)
    person = entity_of(entities, "a", "Белорусия")
    assert person.type == PER and not person.wikidata
