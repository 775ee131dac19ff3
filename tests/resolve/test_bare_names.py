"""A person named by one word only, in every language that names them, is one person across
languages spelt as each writes it (rule 3h, kgraph/resolve/bare_names.py); a woman's form of a
surname, or a second spelling within one language, stays apart."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions, same

PER = EntityType.PERSON


def test_one_word_spelt_by_each_language_is_one_person() -> None:
    cs = Doc("cs1", "cs").m("Moharbek", PER).m("Moharbeka", PER, "Moharbek")
    ru = Doc("ru1", "ru").m("Мухарбек", PER)
    bg = Doc("bg1", "bg").m("Мохарбек", PER)
    entities = resolve(mentions(cs, ru, bg))
    assert same(entities, ("cs1", "Moharbek"), ("ru1", "Мухарбек"), ("bg1", "Мохарбек"))


def test_a_mans_and_a_womans_surname_stay_apart() -> None:
    pl = Doc("pl1", "pl").m("Borowski", PER)
    sl = Doc("sl1", "sl").m("Borowska", PER)
    entities = resolve(mentions(pl, sl))
    assert not same(entities, ("pl1", "Borowski"), ("sl1", "Borowska"))


def test_two_spellings_in_one_language_stay_apart() -> None:
    a = Doc("ru1", "ru").m("Мухарбек", PER).m("Мухарбек", PER)
    b = Doc("ru2", "ru").m("Мохарбек", PER)
    entities = resolve(mentions(a, b))
    assert not same(entities, ("ru1", "Мухарбек"), ("ru2", "Мохарбек"))


def test_names_of_other_consonants_stay_apart() -> None:
    cs = Doc("cs1", "cs").m("Moharbek", PER)
    ru = Doc("ru1", "ru").m("Мохарбей", PER)
    entities = resolve(mentions(cs, ru))
    assert not same(entities, ("cs1", "Moharbek"), ("ru1", "Мохарбей"))


def test_a_surname_named_alone_in_one_language_meets_the_full_name_of_another() -> None:
    cs = Doc("cs1", "cs").m("Talír", PER).m("Talír", PER)
    pl = Doc("pl1", "pl").m("Imran Taleer", PER).m("Taleer", PER)
    entities = resolve(mentions(cs, pl))
    assert same(entities, ("cs1", "Talír"), ("pl1", "Imran Taleer"))


def test_a_word_of_another_first_letter_is_no_variant_of_a_surname() -> None:
    pl = Doc("pl1", "pl").m("Zlota", PER)
    sl = Doc("sl1", "sl").m("Ana Slota", PER)
    entities = resolve(mentions(pl, sl))
    assert not same(entities, ("pl1", "Zlota"), ("sl1", "Ana Slota"))
