"""Names with numbers: a Roman numeral keys as its number, a numbered 'person' is a thing read as
one (also beside that thing in its own language), a name without the number is no part of it,
and a Latin original quoted beside its translation in a Cyrillic article is one thing with it."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType
from kgraph.resolve.calques import calque_key
from kgraph.translit import roman_number, word_key

from .helpers import Doc, mentions, same

ORG, PER, PROD = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT


def test_a_roman_numeral_keys_as_its_number() -> None:
    assert [roman_number(w) for w in ("II", "III", "IV", "IX", "XIV", "ІІ")] == ["2", "3", "4", "9", "14", "2"]
    assert word_key("II") == "2"
    assert calque_key("Zelený most II", "cs") == calque_key("Зелений міст-2", "uk") == ("bridge", "green", "#", "2")


def test_a_lone_letter_and_a_word_are_no_numerals() -> None:
    assert [roman_number(w) for w in ("I", "V", "X", "IIII", "Vi", "MIX", "VV")] == [None] * 7


def test_a_roman_numbered_name_meets_its_arabic_number() -> None:
    docs = [Doc("cs1", "cs").m("Zelený most II", PROD), Doc("uk1", "uk").m("Зелений міст-2", PROD),
            Doc("pl1", "pl").m("Zielony Most 3", PROD)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "Zelený most II"), ("uk1", "Зелений міст-2"))
    assert not same(entities, ("cs1", "Zelený most II"), ("pl1", "Zielony Most 3"))


def test_a_latin_original_beside_its_translation_is_one_thing() -> None:
    """A Ukrainian article quotes the Latin name beside its translation, another writes only the
    translation, a Czech one only the Latin, a Bulgarian one only its own translation: one thing."""
    docs = [Doc("uk1", "uk").m("Білий потік", ORG).m("White Stream", ORG),
            Doc("uk2", "uk").m("Білого потоку", ORG, "Білий потік"), Doc("cs1", "cs").m("White Stream", ORG),
            Doc("bg1", "bg").m("Бял поток", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("uk1", "White Stream"), ("uk1", "Білий потік"), ("cs1", "White Stream"), ("bg1", "Бял поток"))


def test_two_translations_in_one_script_of_one_language_stay_apart() -> None:
    docs = [Doc("uk1", "uk").m("Білий потік", ORG), Doc("uk2", "uk").m("Червоний потік", ORG),
            Doc("cs1", "cs").m("Bílý proud", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("uk1", "Білий потік"), ("cs1", "Bílý proud"))
    assert not same(entities, ("uk2", "Червоний потік"), ("cs1", "Bílý proud"))


def test_a_name_without_the_number_is_not_the_numbered_one() -> None:
    """'Varden Stream' and 'Varden Stream 2' read as people in one article are two things; a given
    name alone is still the king with a numeral."""
    docs = [Doc("cs1", "cs").m("Varden Stream 2", PER).m("Varden Stream", PER),
            Doc("pl1", "pl").m("Kazimierz IV", PER).m("Kazimierz", PER)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("cs1", "Varden Stream 2"), ("cs1", "Varden Stream"))
    assert same(entities, ("pl1", "Kazimierz IV"), ("pl1", "Kazimierz"))


def test_a_numbered_person_is_the_thing_of_its_own_language() -> None:
    docs = [Doc("cs1", "cs").m("Korvelo 7", PER), Doc("cs2", "cs").m("Korvelo 7", PROD).m("Korvelo 7", PROD)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "Korvelo 7"), ("cs2", "Korvelo 7"))


def test_a_thing_beside_a_numbered_person_without_its_number_is_not_it() -> None:
    docs = [Doc("cs1", "cs").m("Varden Stream 2", PER).m("Varden Stream", PROD),
            Doc("sl1", "sl").m("Varden Stream 2", PROD), Doc("pl1", "pl").m("Varden Stream", PROD)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("cs1", "Varden Stream 2"), ("cs1", "Varden Stream"))
    assert same(entities, ("cs1", "Varden Stream"), ("pl1", "Varden Stream"))
