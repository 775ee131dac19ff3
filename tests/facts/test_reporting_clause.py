"""Without a parse (pl, uk, cs), a reporting verb's statement takes its date and place only from its
own clause, between the punctuation or clause break on each side of it: what it reports ('Jak podaje
X, 28 września odwołano loty', 'Раніше X повідомляв, що … 30 березня', 'Як повідомляло X, газогін з
Норвегії …') tells of the reported event, not of when or where the words were said. A date or place
in the verb's own clause stays, and so does one of a verbless opening phrase before a comma
('Виступаючи на прес-конференції у Львові, X заявив'). Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run


def _statement(text: str, lang: str):
    _, events, _, name = run(text, lang)
    found = [e for e in events if e.kind == "Statement"]
    assert found, [(e.kind, e.trigger) for e in events]
    return found[0], name


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Jak podaje Jan Kowal, rzecznik związku pilotów, 28 września ma zostać odwołanych ponad 600 lotów."),
    ("pl", "Wcześniej Jan Kowal poinformował, że okres przejściowy rozpocznie się 30 marca."),
    ("uk", "Раніше Іван Коваленко повідомляв, що перехідний період розпочнеться 30 березня."),
    ("uk", "Як повідомив Іван Коваленко, 28 вересня буде скасовано понад 600 рейсів."),
    ("cs", "Jak uvedl Jan Novák, 28. září bude zrušeno více než 600 letů."),
    ("pl", "Rozmowy potrwają do 28 września, powiedział Jan Kowal."),
])
def test_the_reported_clause_dates_no_statement(lang: str, text: str) -> None:
    statement, _ = _statement(text, lang)
    assert statement.date not in (dt.date(2023, 9, 28), dt.date(2023, 3, 30)), statement


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("pl", "Jan Kowal powiedział w poniedziałek, że rozmowy były owocne.", dt.date(2023, 3, 13)),
    ("uk", "Іван Коваленко заявив у понеділок, що переговори були корисними.", dt.date(2023, 3, 13)),
])
def test_a_date_of_the_verbs_own_clause_stays(lang: str, text: str, day: dt.date) -> None:
    statement, _ = _statement(text, lang)
    assert statement.date == day, statement


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "Jak informowała agencja Nordpress, gazociąg z Norwegii do Danii zostanie zbudowany w tym roku.", "Norwegii"),
    ("uk", "Як повідомляло агентство Нордпрес, газогін з Норвегії до Данії збудують цього року.", "Норвегії"),
])
def test_a_place_of_the_reported_clause_is_not_the_statements(lang: str, text: str, place: str) -> None:
    statement, name = _statement(text, lang)
    assert name(statement.place) != place, statement


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "Jan Kowal powiedział w Gdańsku, że rozmowy były owocne.", "Gdańsku"),
    ("uk", "Іван Коваленко заявив у Львові, що переговори були корисними.", "Львові"),
    ("uk", "Виступаючи на прес-конференції у Львові, директор компанії Іван Коваленко заявив, що страйк триває.",
     "Львові"),
    ("pl", "Przemawiając na konferencji prasowej w Gdańsku, Jan Kowal powiedział, że strajk trwa.", "Gdańsku"),
])
def test_a_place_of_the_verbs_own_clause_stays(lang: str, text: str, place: str) -> None:
    statement, name = _statement(text, lang)
    assert name(statement.place) == place, statement
