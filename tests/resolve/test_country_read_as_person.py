"""A country the reader took for a one-word person ('Гърция' tagged PER) is the country, when no
full person name explains the word; a word of a full name stays the person's."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType

from .helpers import Doc, entity_of, mentions

PER, PLACE = EntityType.PERSON, EntityType.PLACE


def test_a_country_read_as_a_person_is_the_country_in_bulgarian_and_czech() -> None:
    gaz = Gazetteer.load()
    a = Doc("a", "bg").m("Гърция", PER).m("Гърция", PER)
    b = Doc("b", "cs").m("Řecko", PER)
    c = Doc("c", "uk").m("Греція", PLACE, gid="wd:Q41")
    entities = resolve(mentions(a, b, c), gaz)
    greece = entity_of(entities, "a", "Гърция")
    assert greece.type == PLACE and greece.wikidata == "Q41"
    assert entity_of(entities, "b", "Řecko") is greece


def test_a_country_word_of_a_full_name_stays_the_person() -> None:
    gaz = Gazetteer.load()
    a = Doc("a", "pl").m("Francja Tarwel", PER).m("Francja", PER)
    entities = resolve(mentions(a), gaz)
    person = entity_of(entities, "a", "Francja")
    assert person.type == PER and not person.wikidata
