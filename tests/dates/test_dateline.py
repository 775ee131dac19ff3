"""kgraph.dates.find_dateline: the date line near a text's top, and the place it was filed from."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import find_dateline

D = dt.date


@pytest.mark.parametrize(
    ("lang", "text", "line", "date", "place"),
    [
        ("uk", "Місто Орськ закрило міст\n\nВівторок, 5 січня 2021, 16:10\n\nУ вівторок мер Орська Ірена Валко сказала",
         "Вівторок, 5 січня 2021, 16:10", D(2021, 1, 5), None),
        ("en", "Bridge closed\n\nKYIV, 3 May 2021 — Police detained five people.", "KYIV, 3 May 2021 — ", D(2021, 5, 3), "KYIV"),
        ("en", "Bridge closed\n\nKYIV, 3 May 2021 (Agency) - Police detained five people.",
         "KYIV, 3 May 2021 (Agency) - ", D(2021, 5, 3), "KYIV"),
        ("ru", "Мост закрыт\n\nВаршава, 3 мая 2021 г. Полиция задержала пятерых.", "Варшава, 3 мая 2021 г. ", D(2021, 5, 3), "Варшава"),
        ("pl", "Most zamknięty\n\nWarszawa, 3 maja 2021 r. - Policja zatrzymała pięć osób.",
         "Warszawa, 3 maja 2021 r. - ", D(2021, 5, 3), "Warszawa"),
        ("de", "Brücke gesperrt\n\nBERLIN, 3. Mai 2021 - Die Polizei nahm fünf Menschen fest.",
         "BERLIN, 3. Mai 2021 - ", D(2021, 5, 3), "BERLIN"),
        # a day without a year: the place, never a date (a year is not borrowed from elsewhere)
        ("uk", "Міст закрито\n\nКИЇВ. 8 серпня. Поліція затримала п'ятьох у 2019 році.", "КИЇВ. 8 серпня. ", None, "КИЇВ"),
        ("ru", "Мост закрыт\n\nЛОНДОН, 10 июля, Агентство. Полиция задержала пятерых.", "ЛОНДОН, 10 июля, ", None, "ЛОНДОН"),
    ],
)
def test_a_dateline_gives_the_date_and_the_place(lang: str, text: str, line: str, date: dt.date | None,
                                                 place: str | None) -> None:
    found = find_dateline(text, lang)
    assert found is not None
    assert text[found.begin:found.end] == line
    assert found.date == date
    assert (text[found.place[0]:found.place[1]] if found.place else None) == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Strike on 3 May 2021\n\nPolice detained five people."),  # a headline naming a date
        ("en", "Bridge closed\n\nOn 3 May 2021 police detained five people in the city."),
        ("en", "Bridge closed\n\n3 May 2021, police detained five people in the city."),
        ("en", "Bridge closed\n\nIn Orsk, 3 May 2021 was a quiet day."),
        ("pl", "Most zamknięty\n\nW czwartek policja zatrzymała pięć osób."),
        ("ru", "Мост закрыт\n\nВ 2019 году полиция задержала пятерых."),
    ],
)
def test_a_sentence_that_names_a_date_is_no_dateline(lang: str, text: str) -> None:
    assert find_dateline(text, lang) is None
