"""Positions stated by the verb (issue 13): "X is the chief executive of Y", "X является
председателем Y", "X jest prezesem Y", "X heads Y", "X входит в совет директоров Y"; a past copula
makes a former position, a verb of becoming does not; another's title or a ranking is no position.
The people and companies are invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _positions(text: str, lang: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object), f.title, f.qualifier) for f in facts if f.predicate == "holdsPosition"}


@pytest.mark.parametrize(("lang", "text", "row"), [
    ("en", "John Marlow is the chief executive of Voltaro.", ("John Marlow", "Voltaro", "Chief Executive", None)),
    ("ru", "Иван Морозов является председателем правления компании «Вольтаро».",
     ("Иван Морозов", "Вольтаро", "Chairman", None)),
    ("uk", "Петро Гнатюк є головою правління компанії «Укрнафта».", ("Петро Гнатюк", "Укрнафта", "Chairman", None)),
    ("pl", "Jan Kowalczyk jest prezesem spółki Voltaro.", ("Jan Kowalczyk", "Voltaro", "Chairman", None)),
], ids=["en", "ru", "uk", "pl"])
def test_a_title_after_a_copula(lang: str, text: str, row: tuple) -> None:
    assert row in _positions(text, lang)


@pytest.mark.parametrize(("lang", "text", "row"), [
    ("en", "Maria Olsen was the mayor of Bergen until 2019.", ("Maria Olsen", "Bergen", "Mayor", "former")),
    ("ru", "Иван Морозов был министром энергетики России.", ("Иван Морозов", "России", "Minister", "former")),
    ("uk", "Петро Гнатюк був головою наглядової ради «Укрнафти».", ("Петро Гнатюк", "Укрнафти", "Chairman", "former")),
    ("pl", "Jan Kowalczyk był prezesem spółki Voltaro.", ("Jan Kowalczyk", "Voltaro", "Chairman", "former")),
], ids=["en", "ru", "uk", "pl"])
def test_a_past_copula_makes_a_former_position(lang: str, text: str, row: tuple) -> None:
    assert row in _positions(text, lang)


def test_a_verb_of_becoming_is_not_former() -> None:
    assert ("Maria Olsen", "Bergen", "Mayor", None) in _positions("Maria Olsen became the mayor of Bergen in 2019.", "en")


@pytest.mark.parametrize(("lang", "text", "row"), [
    ("en", "Anna Wexley heads the board of Voltaro.", ("Anna Wexley", "Voltaro", "Head", None)),
    ("en", "Anna Wexley, who heads Voltaro, said the plant would close.", ("Anna Wexley", "Voltaro", "Head", None)),
    ("ru", "Иван Морозов возглавляет совет директоров компании «Вольтаро».", ("Иван Морозов", "Вольтаро", "Head", None)),
    ("uk", "Іван Морозов очолює правління компанії «Вольтаро».", ("Іван Морозов", "Вольтаро", "Head", None)),
    ("pl", "Jan Kowalczyk kieruje spółką Voltaro od 2019 roku.", ("Jan Kowalczyk", "Voltaro", "Head", None)),
], ids=["en", "en-who", "ru", "uk", "pl"])
def test_a_verb_of_heading(lang: str, text: str, row: tuple) -> None:
    assert row in _positions(text, lang)


@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("ru", "Иван Морозов входит в совет директоров «Вольтаро».", "Иван Морозов", "Вольтаро"),
    ("pl", "Jan Kowalczyk zasiada w radzie nadzorczej spółki Voltaro.", "Jan Kowalczyk", "Voltaro"),
], ids=["ru", "pl"])
def test_a_seat_on_a_board_is_membership(lang: str, text: str, person: str, org: str) -> None:
    facts, _, _, name = run(text, lang)
    assert (person, org) in {(name(f.subject), name(f.object)) for f in facts if f.predicate == "memberOf"}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Сын Ивана Морозова возглавляет компанию «Вольтаро»."),  # the son heads it, not Morozov
    ("ru", "Иван Морозов возглавил список богатейших людей по версии Forbes."),  # a ranking, not a body
    ("en", "Anna Wexley is the wife of President Ivan Dorn."),  # another's title
    ("ru", "Иван Морозов входит в «Вольтаро»."),  # no organ of the company named
], ids=["relation-word", "ranking", "another-title", "no-organ"])
def test_no_position_from_what_is_not_one(lang: str, text: str) -> None:
    rows = _positions(text, lang)
    assert not any(r[0] and r[0].startswith(("Иван", "Ивана", "Anna")) for r in rows), rows


def test_a_town_s_head_in_ukrainian_is_its_mayor_not_a_chairman() -> None:
    """'міський голова' (literally 'town head') is the mayor; 'голова' alone stays a chairman."""
    facts, _, _, name = run("Міський голова Ужгорода Іван Петрик відкрив міст.", "uk")
    assert ("Іван Петрик", "Ужгорода", "Mayor") in {(name(f.subject), name(f.object), f.title) for f in facts
                                                    if f.predicate == "holdsPosition"}
