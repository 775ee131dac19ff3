"""kgraph.dates.parse_value: the date of a metadata value, in any language kgraph has date words for."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import parse_value

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-11 10:00:00", (D(2022, 1, 11), "day")),
        ("2022-01-11T10:00:00+02:00", (D(2022, 1, 11), "day")),
        ("2022-01", (D(2022, 1, 1), "month")),
        ("11.01.2022", (D(2022, 1, 11), "day")),
        ("11 January 2022", (D(2022, 1, 11), "day")),
        ("Jan 11, 2022", (D(2022, 1, 11), "day")),
        ("Tuesday, January 11, 2022", (D(2022, 1, 11), "day")),
        ("Tue, 11 Jan 2022 10:00:00 GMT", (D(2022, 1, 11), "day")),
        ("12 Jan 2022 10:00 UTC", (D(2022, 1, 12), "day")),
        ("11 stycznia 2022", (D(2022, 1, 11), "day")),  # pl
        ("5 января 2021 г.", (D(2021, 1, 5), "day")),  # ru
        ("Вівторок, 5 січня 2021, 16:10", (D(2021, 1, 5), "day")),  # uk
        ("5. Januar 2021", (D(2021, 1, 5), "day")),  # de
    ],
)
def test_a_metadata_value_in_any_language_gives_its_date(value: str, expected: tuple[dt.date, str]) -> None:
    assert parse_value(value) == expected


@pytest.mark.parametrize("value", ["11 January", "Tuesday", "вчера", "hello", "", "2022-13-40", "w czwartek"])
def test_a_value_without_its_own_year_or_no_date_at_all_is_none(value: str) -> None:
    assert parse_value(value) is None
