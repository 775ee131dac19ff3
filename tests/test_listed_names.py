"""Names in a list (commas and 'and' only between) share the type the list shows
(kgraph/listed_names.py): a one-word 'person' in a list of places is a place, so is a long one
where the list names three places or more; a surname the article gives a full name for, or a full
name with a given name, stays a person. The names after a company's or a town's noun are of its kind."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityType
from kgraph.parse import parse


def types(lang: str, text: str) -> dict[str, EntityType]:
    return {m.text: m.type for m in mentions_of(parse(Article(id="t", path=Path("t.txt"), text=text, lang=lang)))}


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("sl", "Letala bodo letela v Ljubljano, Maribor, Kastelo in Dunaj.", "Kastelo"),
    ("sl", "Italija: Brendola, Palermo, Kastela, Neapelj", "Kastela"),
])
def test_a_person_read_in_a_list_of_places_is_a_place(lang: str, text: str, town: str) -> None:
    assert types(lang, text)[town] is EntityType.PLACE


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("sl", "Angela Vrbnik je obiskala Slovenijo. Srečanja so se udeležili Vrbnik, Avstrija in Hrvaška.", "Vrbnik"),
])
def test_a_surname_of_the_article_in_a_list_of_places_stays_a_person(lang: str, text: str, person: str) -> None:
    assert types(lang, text)[person] is EntityType.PERSON


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("sl", "Italija: Monte Brendola, Palermo, Kastela, Neapelj, Rim", "Monte Brendola"),
    ("ru", "Рейсы в Москву, Казань, Самару, Гран Канарию и Тенерифе отменены.", "Гран Канарию"),
])
def test_a_long_name_read_as_a_person_in_a_list_of_places_is_a_place(lang: str, text: str, town: str) -> None:
    assert types(lang, text)[town] is EntityType.PLACE


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("pl", "W spotkaniu udział wzięli Paryż, Londyn, Berlin, Rzym i Jan Brendola.", "Jan Brendola"),
    ("sl", "Na srečanju so bili Pariz, London in Marko Brendola.", "Marko Brendola"),
])
def test_a_full_name_with_a_given_name_in_a_list_of_places_stays_a_person(lang: str, text: str, person: str) -> None:
    assert types(lang, text)[person] is EntityType.PERSON


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("sl", "Združenje zastopa koncerne Norvex, Tarvex Oil, Bisomet in Veltra.", ("Tarvex Oil", "Bisomet", "Veltra")),
    ("cs", "Na projektu se podílejí firmy Norvex, Tarvex, Bisomet a Kalprom.", ("Tarvex", "Bisomet", "Kalprom")),
    ("pl", "W koalicji są firmy Norvex, Tarvex, Bisomet i Kalprom.", ("Tarvex", "Bisomet", "Kalprom")),
    ("ru", "В проекте участвуют компании Норвекс, Тарвекс, Бисомет и Калпром.", ("Тарвекс", "Бисомет", "Калпром")),
    ("uk", "У проекті беруть участь компанії Норвекс, Тарвекс, Бісомет і Калпром.", ("Тарвекс", "Бісомет", "Калпром")),
    ("bg", "В проекта участват компаниите Норвекс, Тарвекс, Бисомет и Калпром.", ("Тарвекс", "Бисомет", "Калпром")),
])
def test_the_names_listed_after_a_company_noun_are_organisations(lang: str, text: str, names: tuple[str, ...]) -> None:
    found = types(lang, text)
    assert {n: found[n] for n in names} == {n: EntityType.ORGANIZATION for n in names}


def test_a_full_name_listed_after_a_company_noun_stays_a_person() -> None:
    assert types("pl", "W koalicji są firmy Norvex, Tarvex, Bisomet i Jan Brendola.")["Jan Brendola"] is EntityType.PERSON


def test_a_list_after_no_cue_keeps_its_types() -> None:
    found = types("pl", "Na spotkanie przyszli Jan Brendola, Anna Kastela i Piotr Wierzbicki.")
    assert {found[n] for n in ("Jan Brendola", "Anna Kastela", "Piotr Wierzbicki")} == {EntityType.PERSON}
