"""Days named by reference to the text's last date (kgraph/dates/anaphora.py), on sentences written
for these tests (the events they date: tests/facts/test_when.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import anaphoric_dates, find_dates

BASE = dt.date(2023, 3, 15)


def _anaphoric(text: str, lang: str) -> list[dt.date]:
    every = [(d.begin, d.end) for d in find_dates(text, lang, dt.date(2000, 1, 1))]
    return [d.value for d in anaphoric_dates(text, lang, find_dates(text, lang, BASE), every)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police detained Ivan Petrov on 5 March. The next day a court released him."),
    ("ru", "Полиция задержала Ивана Петрова 5 марта. На следующий день суд его освободил."),
    ("uk", "Поліція затримала Івана Петренка 5 березня. Наступного дня суд його звільнив."),
    ("pl", "Policja zatrzymała Jana Kowalskiego 5 marca. Następnego dnia sąd go zwolnił."),
    ("de", "Die Polizei nahm Jan Kowalski am 5. März fest. Am Tag darauf kam er frei."),
])
def test_the_next_day_is_the_day_after_the_last_date_stated(lang: str, text: str) -> None:
    assert _anaphoric(text, lang) == [dt.date(2023, 3, 6)]


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("pl", "Policja zatrzymała Jana Kowalskiego 5 marca. Tego samego dnia sąd zwolnił Annę Nowak.", 5),
    ("uk", "Поліція затримала Івана Петренка 5 березня. Того ж дня суд звільнив Ганну Коваль.", 5),
    ("en", "Police released Ivan Petrov on 5 March. The day before he had been questioned.", 4),
])
def test_that_day_and_the_day_before(lang: str, text: str, day: int) -> None:
    assert _anaphoric(text, lang) == [dt.date(2023, 3, day)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The next day a court released Ivan Petrov."),  # no date before
    ("en", "Police detained Ivan Petrov on 5 March. The ban lasts until 20 May. The next day he was freed."),
    ("uk", "Поліція затримала Івана Петренка 5 березня. У травні суд засідав. Наступного дня його звільнили."),
])
def test_no_day_when_the_last_date_before_is_no_day_or_a_deadline(lang: str, text: str) -> None:
    assert _anaphoric(text, lang) == []


def test_an_undated_articles_weekday_is_no_base() -> None:
    """Without a publication day 'у середу' has no date: the next day after it has none either
    (not the day after an earlier date the text stated)."""
    text = "Поліція затримала Івана Петренка 5 березня 2023 року. У середу суд засідав. Наступного дня його звільнили."
    every = [(d.begin, d.end) for d in find_dates(text, "uk", dt.date(2000, 1, 1))]
    assert anaphoric_dates(text, "uk", find_dates(text, "uk", None), every) == []
