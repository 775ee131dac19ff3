"""A full name left inflected by one language's reader ('Салимом Назиром Бахри', instrumental, in
Russian; 'Саліма Назіра Бахра', a genitive misread as the base form, in Ukrainian) is one person
when the words agree by their deep stems: a base form that ends like a case ending ('Салим': one
cut leaves 'sal', while 'Салима' leaves 'salim') meets its inflected forms. A man's and a woman's
given name of one surname stay apart."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType
from kgraph.resolve.names import deep_stem

from .helpers import Doc, mentions, same

PER = EntityType.PERSON


def test_deep_stems_meet_where_one_cut_of_a_case_ending_does_not() -> None:
    assert deep_stem("salim") == deep_stem("salima") == deep_stem("salimom")
    assert deep_stem("bahri") == deep_stem("bahriego") == deep_stem("bahriho")


def test_an_inflected_three_word_name_is_one_person_across_languages() -> None:
    docs = [Doc("ru1", "ru").m("Салимом Назиром Бахри", PER, "Салим Назир Бахри"),
            Doc("uk1", "uk").m("Саліма Назіра Бахрі", PER, "Саліма Назіра Бахра")]
    entities = resolve(mentions(*docs))
    assert same(entities, ("ru1", "Салимом Назиром Бахри"), ("uk1", "Саліма Назіра Бахрі"))


def test_a_bare_surname_meets_its_full_name_by_deep_stem() -> None:
    """'Hakima', a genitive read as the base form: one cut gives 'hakim', the full name's 'hak'."""
    docs = [Doc("cs1", "cs").m("Tarik Hakim", PER), Doc("pl1", "pl").m("Hakima", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "Tarik Hakim"), ("pl1", "Hakima"))


def test_a_mans_and_a_womans_given_name_of_one_surname_stay_apart() -> None:
    docs = [Doc("pl1", "pl").m("Salim Nowak", PER), Doc("cs1", "cs").m("Salima Nowak", PER)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("pl1", "Salim Nowak"), ("cs1", "Salima Nowak"))


def test_a_two_word_name_meets_the_longer_name_left_in_the_genitive_by_deep_stems() -> None:
    ru = Doc("ru1", "ru").m("Рахим Далви", EntityType.PERSON)
    uk = Doc("uk1", "uk").m("Рахіма Карима Далві", EntityType.PERSON, "Рахіма Карим Далві")
    entities = resolve(mentions(ru, uk))
    assert same(entities, ("ru1", "Рахим Далви"), ("uk1", "Рахіма Карима Далві"))
