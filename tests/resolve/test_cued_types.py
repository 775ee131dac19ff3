"""A one-word name cued as a thing in one article of a language ('linie lotnicze Norvata') is
that thing where another article of the language reads the bare word as a person's (rule 3i,
kgraph/resolve/cued_types.py); a full person name holding the word keeps the person."""
from __future__ import annotations

import pytest

from kgraph.entities import resolve
from kgraph.model import EntityType, Mention

from .helpers import Doc, entity_of, mentions, same

ORG, PER = EntityType.ORGANIZATION, EntityType.PERSON

# (language, cued article's surface, uncued article's surface, the same word in a full person name)
CASES = [
    ("pl", "Norvata", "Norvata", "Jan Norvata"),
    ("cs", "Velkora", "Velkora", "Petr Velkora"),
    ("ru", "Тарвел", "Тарвел", "Иван Тарвел"),
    ("uk", "Кримтек", "Кримтек", "Олег Кримтек"),
]


def _cued(article_id: str, lang: str, text: str, kind: EntityType) -> Mention:
    return Mention(article_id, lang, 30, 30 + len(text), text, kind, text, None, True)


@pytest.mark.parametrize("lang,cued,bare,_full", CASES)
def test_a_bare_word_read_as_a_person_joins_the_thing_its_cue_said(lang: str, cued: str, bare: str, _full: str) -> None:
    said = Doc("a1", lang)
    said.mentions.append(_cued("a1", lang, cued, ORG))
    other = Doc("a2", lang).m(bare, PER).m(bare, PER)
    entities = resolve([*mentions(said, other)])
    assert same(entities, ("a1", cued), ("a2", bare))
    assert entity_of(entities, "a2", bare).type == ORG


@pytest.mark.parametrize("lang,cued,bare,full", CASES)
def test_a_full_person_name_holding_the_word_keeps_the_person(lang: str, cued: str, bare: str, full: str) -> None:
    said = Doc("a1", lang)
    said.mentions.append(_cued("a1", lang, cued, ORG))
    other = Doc("a2", lang).m(bare, PER)
    third = Doc("a3", lang).m(full, PER)
    entities = resolve([*mentions(said, other, third)])
    assert entity_of(entities, "a3", full).type == PER
    assert not same(entities, ("a1", cued), ("a3", full))


# (language, an organisation's cued long name, its first word named alone, another place named so)
FIRST_WORDS = [
    ("pl", "Norvata Air", "Norvata", "Norvata"),
    ("cs", "Velkora Holding", "Velkora", "Velkora"),
    ("ru", "Тарвел Групп", "Тарвел", "Тарвел"),
    ("uk", "Кримтек Енерджі", "Кримтек", "Кримтек"),
]


@pytest.mark.parametrize("lang,long,bare,place", FIRST_WORDS)
def test_the_first_word_of_a_cued_body_named_alone_is_that_body(lang: str, long: str, bare: str, place: str) -> None:
    said = Doc("a1", lang)
    said.mentions.append(_cued("a1", lang, long, ORG))
    other = Doc("a2", lang).m(bare, PER).m(bare, PER)
    third = Doc("a3", lang).m(place, EntityType.PLACE)  # a place of that name: the person has two things to join
    entities = resolve([*mentions(said, other, third)])
    assert entity_of(entities, "a2", bare).type == ORG


@pytest.mark.parametrize("lang,long,bare,_place", FIRST_WORDS)
def test_a_first_word_a_full_person_name_holds_stays_a_person(lang: str, long: str, bare: str, _place: str) -> None:
    said = Doc("a1", lang)
    said.mentions.append(_cued("a1", lang, long, ORG))
    other = Doc("a2", lang).m(bare, PER)
    full = {"pl": "Jan Norvata", "cs": "Petr Velkora", "ru": "Иван Тарвел", "uk": "Олег Кримтек"}[lang]
    third = Doc("a3", lang).m(full, PER)
    entities = resolve([*mentions(said, other, third)])
    assert entity_of(entities, "a2", bare).type == PER


@pytest.mark.parametrize("lang,long", [(lang, long) for lang, long, _, _ in FIRST_WORDS])
def test_a_long_name_cued_as_a_body_is_that_body_where_read_as_a_person(lang: str, long: str) -> None:
    said = Doc("a1", lang)
    said.mentions.append(_cued("a1", lang, long, ORG))
    other = Doc("a2", lang).m(long, PER)
    third = Doc("a3", lang).m(long, EntityType.PLACE)
    entities = resolve([*mentions(said, other, third)])
    assert same(entities, ("a1", long), ("a2", long))
    assert entity_of(entities, "a2", long).type == ORG
