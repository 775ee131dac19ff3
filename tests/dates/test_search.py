"""Tests for kgraph.dates: finding and resolving date expressions in text."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.dates import DateMention, find_dates, resolve_date

D = dt.date
ANCHOR = D(2022, 1, 11)  # a Tuesday


def found(text: str, lang: str, anchor: dt.date | None = ANCHOR, **kw: str) -> list[tuple[str, dt.date, str]]:
    mentions = find_dates(text, lang, anchor, **kw)
    for m in mentions:
        assert text[m.begin : m.end] == m.text
    return [(m.text, m.value, m.precision) for m in mentions]


# ---------------------------------------------------------------- absolute, per language

@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Встреча прошла 10 января в мэрии.", [("10 января", D(2022, 1, 10), "day")]),
        ("ru", "Указ подписан 3 марта 2020 года.", [("3 марта 2020 года", D(2020, 3, 3), "day")]),
        ("ru", "Суд назначен на 14 февраля 2022 г. в Омске.", [("14 февраля 2022 г.", D(2022, 2, 14), "day")]),
        ("ru", "Седьмого января мэр уехал.", [("Седьмого января", D(2022, 1, 7), "day")]),
        ("ru", "Завод закрыли 9-го января.", [("9-го января", D(2022, 1, 9), "day")]),
        ("en", "The mayor resigned on 1 Jan. after the vote.", [("1 Jan.", D(2022, 1, 1), "day")]),
        ("en", "Talks began January 9 in Geneva.", [("January 9", D(2022, 1, 9), "day")]),
        ("en", "The bridge opened Jan. 2, 2022, at noon.", [("Jan. 2, 2022", D(2022, 1, 2), "day")]),
        ("en", "It happened on January 2nd.", [("January 2nd", D(2022, 1, 2), "day")]),
        ("en", "Filed December 16, 2021 in court.", [("December 16, 2021", D(2021, 12, 16), "day")]),
        ("en", "Signed on 9 January 2022 by both sides.", [("9 January 2022", D(2022, 1, 9), "day")]),
        ("en", "On the evening of January 2 crowds gathered.", [("January 2", D(2022, 1, 2), "day")]),
        ("en", "By the 4th of January it was over.", [("4th of January", D(2022, 1, 4), "day")]),
        ("pl", "Protest odbył się 5 stycznia.", [("5 stycznia", D(2022, 1, 5), "day")]),
        ("pl", "Ustawa weszła w życie 5 stycznia 2022 r.", [("5 stycznia 2022 r.", D(2022, 1, 5), "day")]),
        ("pl", "Burmistrz (5 stycznia) odmówił.", [("5 stycznia", D(2022, 1, 5), "day")]),
        ("pl", "Drugiego stycznia spadł śnieg.", [("Drugiego stycznia", D(2022, 1, 2), "day")]),
        ("de", "Die Wahl fand am 5. Januar 2022 statt.", [("5. Januar 2022", D(2022, 1, 5), "day")]),
        ("de", "Er kam am 3. März 2021 an.", [("3. März 2021", D(2021, 3, 3), "day")]),
    ],
)
def test_absolute_dates(lang: str, text: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang", ["ru", "en", "pl", "de", "xx"])
def test_numeric_dates_in_every_language(lang: str) -> None:
    text = "Report 2022-01-05, update 05.01.2022."
    assert found(text, lang) == [
        ("2022-01-05", D(2022, 1, 5), "day"),
        ("05.01.2022", D(2022, 1, 5), "day"),
    ]


def test_numeric_non_dates() -> None:
    assert found("Version 1.2.3, score 45.67.2022 and 31.02.2022, IP 10.0.0.1", "en") == []


# ---------------------------------------------------------------- month and year precision

@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Цены выросли за январь 2022.", [("январь 2022", D(2022, 1, 1), "month")]),
        ("ru", "Это было в мае 2019 года.", [("мае 2019 года", D(2019, 5, 1), "month")]),
        ("ru", "Завод построен в 2015 году.", [("2015 году", D(2015, 1, 1), "year")]),
        ("pl", "Wybory odbyły się w styczniu 2022.", [("styczniu 2022", D(2022, 1, 1), "month")]),
        ("pl", "Most zbudowano w 2010 roku.", [("2010 roku", D(2010, 1, 1), "year")]),
        ("en", "Prices rose in March 2021.", [("March 2021", D(2021, 3, 1), "month")]),
        ("en", "The plant closed in 2019.", [("2019", D(2019, 1, 1), "year")]),
        ("de", "Das Werk schloss im Jahr 2018.", [("2018", D(2018, 1, 1), "year")]),
        ("ru", "Это случилось в декабре.", [("декабре", D(2021, 12, 1), "month")]),
        ("pl", "W grudniu było zimno.", [("grudniu", D(2021, 12, 1), "month")]),
    ],
)
def test_month_and_year_mentions(lang: str, text: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert found(text, lang) == expected


# ---------------------------------------------------------------- relative to the anchor

@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ru", "Вчера прошёл митинг.", D(2022, 1, 10)),
        ("ru", "Сегодня все спокойно.", D(2022, 1, 11)),
        ("ru", "Позавчера закрыли рынок.", D(2022, 1, 9)),
        ("en", "Yesterday the council met.", D(2022, 1, 10)),
        ("en", "The vote is today.", D(2022, 1, 11)),
        ("pl", "Wczoraj padało.", D(2022, 1, 10)),
        ("pl", "Dziś jest mróz.", D(2022, 1, 11)),
        ("pl", "Dzisiaj jest mróz.", D(2022, 1, 11)),
        ("de", "Gestern regnete es.", D(2022, 1, 10)),
        ("de", "Das Treffen ist morgen.", D(2022, 1, 12)),
    ],
)
def test_relative_words(lang: str, text: str, value: dt.date) -> None:
    [(_, got, precision)] = found(text, lang)
    assert (got, precision) == (value, "day")


@pytest.mark.parametrize(
    ("lang", "text", "word", "value"),
    [
        ("en", "The strike started on Friday.", "Friday", D(2022, 1, 7)),
        ("en", "Police arrived on Tuesday.", "Tuesday", D(2022, 1, 11)),  # same day as the anchor
        ("ru", "Задержания начались в пятницу.", "пятницу", D(2022, 1, 7)),
        ("ru", "Решение приняли во вторник.", "вторник", D(2022, 1, 11)),
        ("pl", "Spotkanie odbyło się w czwartek.", "czwartek", D(2022, 1, 6)),
        ("pl", "Rozmawiali w środę wieczorem.", "środę", D(2022, 1, 5)),
        ("de", "Am Donnerstag wurde gewählt.", "Donnerstag", D(2022, 1, 6)),
        ("de", "Am Sonntagabend kam er an.", "Sonntagabend", D(2022, 1, 9)),
    ],
)
def test_weekdays_are_the_latest_on_or_before_anchor(lang: str, text: str, word: str, value: dt.date) -> None:
    assert found(text, lang) == [(word, value, "day")]


def test_russian_environment_is_not_wednesday() -> None:
    assert found("Окружающая среда страдает.", "ru") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Первого числа цены выросли.", D(2022, 1, 1)),
        ("Платёж пришёл второго числа.", D(2022, 1, 2)),
        ("Платёж пришёл 2-го числа.", D(2022, 1, 2)),
        ("Это было двадцать пятого числа.", D(2021, 12, 25)),  # after the anchor → previous month
    ],
)
def test_day_of_month_words(text: str, value: dt.date) -> None:
    [(_, got, precision)] = found(text, "ru")
    assert (got, precision) == (value, "day")


# ---------------------------------------------------------------- year inference

@pytest.mark.parametrize(
    ("lang", "text", "anchor", "value"),
    [
        ("en", "Arrested December 16.", D(2022, 1, 11), D(2021, 12, 16)),
        ("ru", "Арестован 16 декабря.", D(2022, 1, 11), D(2021, 12, 16)),
        ("pl", "Aresztowany 30 grudnia.", D(2022, 1, 2), D(2021, 12, 30)),
        ("en", "Planned for January 3.", D(2021, 12, 28), D(2022, 1, 3)),
        ("en", "Held on March 1.", D(2022, 1, 11), D(2022, 3, 1)),
        ("de", "Am 29. Februar war es kalt.", D(2021, 3, 5), D(2020, 2, 29)),
    ],
)
def test_year_inference_across_boundary(lang: str, text: str, anchor: dt.date, value: dt.date) -> None:
    [(_, got, _)] = found(text, lang, anchor)
    assert got == value


def test_without_anchor_only_dated_expressions_resolve() -> None:
    text = "Вчера, 10 января, в пятницу и 3 марта 2020 года; в 2015 году."
    assert found(text, "ru", None) == [
        ("3 марта 2020 года", D(2020, 3, 3), "day"),
        ("2015 году", D(2015, 1, 1), "year"),
    ]


def test_month_precision_anchor() -> None:
    text = "В пятницу, вчера, 10 января и 16 декабря; второго числа."
    assert found(text, "ru", D(2022, 1, 1), anchor_precision="month") == [
        ("10 января", D(2022, 1, 10), "day"),
        ("16 декабря", D(2021, 12, 16), "day"),  # nearest month to the anchor's month
        ("второго числа", D(2022, 1, 2), "day"),
    ]


def test_month_precision_anchor_keeps_anchor_year_for_near_months() -> None:
    assert found("On March 3 and on Friday.", "en", D(2022, 1, 1), anchor_precision="month") == [
        ("March 3", D(2022, 3, 3), "day")
    ]


def test_bad_anchor_precision() -> None:
    with pytest.raises(ValueError):
        find_dates("today", "en", ANCHOR, anchor_precision="week")


# ---------------------------------------------------------------- false positives

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "She may come 5 minutes late."),
        ("en", "They march 5 miles every day."),
        ("en", "Protesters may march 10 blocks."),
        ("ru", "На площадь вышли 90 тысяч человек."),
        ("ru", "Погибли 12 человек, 2000 ранены."),
        ("pl", "Maja 5 razy dzwoniła."),
        ("pl", "Oni mają 5 kotów."),
        ("de", "Am Morgen war es kalt."),
        ("en", "The score was 3 to 1 and 2000 fans cheered."),
    ],
)
def test_no_false_positives(lang: str, text: str) -> None:
    assert found(text, lang) == []


def test_may_the_month_is_still_found() -> None:
    assert found("She may come on May 5.", "en") == [("May 5", D(2022, 5, 5), "day")]
    assert found("Polacy świętowali 3 maja.", "pl") == [("3 maja", D(2022, 5, 3), "day")]
    assert found("W maju 2021 było ciepło.", "pl") == [("maju 2021", D(2021, 5, 1), "month")]


def test_invalid_calendar_dates_are_skipped() -> None:
    assert found("Он родился 31 февраля 2020 года.", "ru") == []


# ---------------------------------------------------------------- offsets, case, API

def test_offsets_and_text_order_in_mixed_sentence() -> None:
    text = "ВЧЕРА (10 ЯНВАРЯ) власти, а 2022-01-05 — нет."
    mentions = find_dates(text, "ru", ANCHOR)
    assert [(m.begin, m.end, m.text) for m in mentions] == [
        (0, 5, "ВЧЕРА"),
        (7, 16, "10 ЯНВАРЯ"),
        (28, 38, "2022-01-05"),
    ]
    assert all(isinstance(m, DateMention) for m in mentions)


def test_language_codes_are_normalised() -> None:
    assert found("yesterday", "en-US") == [("yesterday", D(2022, 1, 10), "day")]


def test_resolve_date() -> None:
    m = resolve_date("on the evening of January 2", "en", ANCHOR)
    assert m is not None and (m.text, m.value, m.begin) == ("January 2", D(2022, 1, 2), 18)
    assert resolve_date("в пятницу", "ru", ANCHOR).value == D(2022, 1, 7)  # type: ignore[union-attr]
    assert resolve_date("nothing here", "en", ANCHOR) is None
    assert resolve_date("в пятницу", "ru", D(2022, 1, 1), anchor_precision="month") is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "It rained on Friday, Jan. 7, 2022.", [("Friday, Jan. 7, 2022", D(2022, 1, 7), "day")]),
        ("ru", "Это было в пятницу, 7 января.", [("пятницу, 7 января", D(2022, 1, 7), "day")]),
        ("de", "Am Freitag, 7. Januar, schneite es.", [("Freitag, 7. Januar", D(2022, 1, 7), "day")]),
    ],
)
def test_weekday_before_a_date_joins_it(lang: str, text: str, expected: list[tuple[str, dt.date, str]]) -> None:
    assert found(text, lang) == expected


def test_day_range_keeps_the_last_day() -> None:
    # known gap: the first day of a range is not reported
    assert found("Форум прошёл 10-11 января.", "ru") == [("11 января", D(2022, 1, 11), "day")]


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("pl", "Od 1 stycznia do 19 czerwca 2018 roku dostarczono gaz.", "1 stycznia"),
    ("ru", "С 1 января по 19 июня 2018 года поставлено газа.", "1 января"),
    ("uk", "З 1 січня до 19 червня 2018 року поставлено газ.", "1 січня"),
    ("en", "From 1 January to 19 June 2018 gas was delivered.", "1 January"),
    ("de", "Vom 1. Januar bis 19. Juni 2018 wurde Gas geliefert.", "1. Januar"),
])
def test_a_ranges_first_day_takes_the_year_of_its_end_which_is_no_when(lang: str, text: str, start: str) -> None:
    first, last = find_dates(text, lang, None)  # no base date: only the range gives the year
    assert (first.text, first.value, first.limit) == (start, D(2018, 1, 1), False)
    assert last.value == D(2018, 6, 19) and last.limit


def test_a_range_across_new_year_takes_the_year_before() -> None:
    first, _ = find_dates("Between 20 December and 5 January 2019 it snowed.", "en", None)
    assert first.value == D(2018, 12, 20)


def test_two_days_apart_are_no_range() -> None:
    assert [m.text for m in find_dates("On 1 January, and on 19 June 2018 later, it rained.", "en", None)] == ["19 June 2018"]



# ---------------------------------------------------------------- one text, several anchors

@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В пятницу, 14 января, мэр Орлов уехал, а вчера вернулся."),
    ("uk", "У п'ятницю, 14 січня, мер Орлик поїхав, а вчора повернувся."),
    ("pl", "W piątek, 14 stycznia, burmistrz Orlik wyjechał, a wczoraj wrócił."),
    ("en", "On Friday, January 14, mayor Orlin left, and yesterday he came back."),
])
def test_a_text_read_against_several_anchors_resolves_against_each(lang: str, text: str) -> None:
    """The facts stage reads a sentence's dates against several anchors: the patterns' matches of
    a text are found once (kgraph.dates.search._scan), each anchor resolves them anew."""
    for _ in range(2):  # the second time round, every match comes from the first
        assert [v for _, v, _ in found(text, lang, D(2022, 1, 18))] == [D(2022, 1, 14), D(2022, 1, 17)]
        assert [v for _, v, _ in found(text, lang, D(2023, 1, 18))] == [D(2023, 1, 14), D(2023, 1, 17)]
        assert found(text, lang, None) == []  # no year, no day to count back from
        assert [v for _, v, _ in found(text, lang, D(2023, 1, 1), anchor_precision="year")] == [D(2023, 1, 14)]
