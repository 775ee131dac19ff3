"""Who takes part in 'it' (kgraph/facts/implicit.py ``taking_part``) and the firm whose staff
act (kgraph/facts/args.py ``nominal_args``), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run


def _strikes(text: str, lang: str) -> list[tuple[dt.date | None, set[str]]]:
    _, events, _, name = run(text, lang, date=dt.date(2023, 3, 1))
    return [(e.date, {name(r) for _, r in e.participants}) for e in events if e.kind == "Strike"]


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("pl", "Związki zawodowe zapowiedziały na 20 marca 2023 roku strajk. Wezmą w nim udział piloci z Włoch, "
           "Hiszpanii i Belgii.", {"Włoch", "Hiszpanii", "Belgii"}),
    ("ru", "Профсоюзы объявили забастовку на 20 марта 2023 года. В ней примут участие пилоты из Италии, "
           "Испании и Бельгии.", {"Италии", "Испании", "Бельгии"}),
    ("uk", "Профспілки оголосили страйк на 20 березня 2023 року. У ньому візьмуть участь пілоти з Італії, "
           "Іспанії та Бельгії.", {"Італії", "Іспанії", "Бельгії"}),
    ("en", "The unions called a strike for 20 March 2023. Pilots from Italy, Spain and Belgium will take part in it.",
     {"Italy", "Spain", "Belgium"}),
])
def test_the_names_that_take_part_in_it_join_the_event_before(lang: str, text: str, names: set[str]) -> None:
    assert [(d, found & names) for d, found in _strikes(text, lang)] == [(dt.date(2023, 3, 20), names)]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Związki zawodowe zapowiedziały na 20 marca 2023 roku strajk.\n\nWezmą w nim udział piloci z Włoch."),
    ("pl", "Związki zawodowe zapowiedziały na 20 marca 2023 roku strajk. Piloci z Włoch wezmą udział w proteście."),
    ("en", "The unions called a strike for 20 March 2023. Pilots from Italy took part in the talks."),
])
def test_another_paragraph_or_a_named_event_is_no_it(lang: str, text: str) -> None:
    """A new paragraph, or a sentence naming what is taken part in, adds nothing to the strike."""
    assert all(not {"Włoch", "Italy"} & found for _, found in _strikes(text, lang))


def test_pl_the_firm_whose_crews_announce_a_strike_is_in_it() -> None:
    """No parse: 'piloci linii X zapowiedzieli strajk' is a strike against X, however far X is from the noun."""
    text = "Piloci oraz personel pokładowy linii Velaro Air zapowiedzieli na 20 marca 2023 roku strajk."
    assert _strikes(text, "pl") == [(dt.date(2023, 3, 20), {"Velaro Air"})]


def test_uk_a_window_cut_between_two_names_of_one_phrase_takes_both() -> None:
    """'перехідний період … виходу Британії | з ЄС': the window's tenth word is the 'з' between them."""
    text = ("Раніше Іван Петренко повідомляв, що перехідний період тривалістю в 21 місяць з урахуванням виходу "
            "Британії з ЄС 29 березня розпочнеться 30 березня 2024 року.")
    _, events, _, name = run(text, "uk", date=dt.date(2023, 3, 1))
    assert [(e.date, {name(r) for _, r in e.participants}) for e in events if e.kind == "Transition"] == [
        (dt.date(2024, 3, 30), {"Британії", "ЄС"})]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("ru", "Компания Velaro Air сообщила о планах. Инвесторы Velaro Air недовольны. Фонд Norvik рассчитывает, что "
           "требования будут выполнены на следующем ежегодном собрании акционеров, которое состоится в сентябре "
           "2023 года.", dt.date(2023, 9, 1)),
    ("en", "Velaro Air announced its plans. Investors in Velaro Air are unhappy. The fund Norvik expects the demands "
           "to be met at the next annual meeting of shareholders, which will take place in September 2023.",
     dt.date(2023, 9, 1)),
    ("uk", "Компанія Velaro Air оголосила плани. Інвестори Velaro Air незадоволені. Фонд Norvik розраховує, що "
           "вимоги будуть виконані на наступних загальних зборах акціонерів.", None),
])
def test_a_meeting_of_shareholders_is_the_company_the_article_is_about(lang: str, text: str, date) -> None:
    """'собрание акционеров' names no company: the one the article names most (not the fund)."""
    _, events, _, name = run(text, lang, date=dt.date(2023, 3, 1))
    assert [(e.date, {name(r) for _, r in e.participants}) for e in events if e.kind == "Meeting"] == [
        (date, {"Velaro Air"})]


@pytest.mark.parametrize(("lang", "text", "other"), [
    ("ru", "Собрание акционеров Velaro Air прошло в сентябре 2022 года. На собрании акционеров треть инвесторов "
           "проголосовали против.", False),
    ("ru", "Собрание акционеров Velaro Air прошло в сентябре 2022 года. На последнем собрании акционеров треть "
           "инвесторов проголосовали против.", True),
    ("en", "The meeting of shareholders of Velaro Air took place in September 2022. At the previous meeting of "
           "shareholders, Velaro Air lost the vote.", True),
])
def test_the_last_or_next_occasion_takes_no_date_from_the_dated_one(lang: str, text: str, other: bool) -> None:
    _, events, _, _ = run(text, lang, date=dt.date(2023, 3, 1))
    dates = [e.date for e in events if e.kind == "Meeting"]
    assert dates[0] == dt.date(2022, 9, 1) and dates[1:] == ([None] if other else [dt.date(2022, 9, 1)])


def test_pl_the_person_whose_lawyer_speaks_is_no_party_of_the_noun() -> None:
    """'Zdaniem prawnika X, zakaz …': a person after a member noun is not made the ban's party."""
    text = "Zdaniem prawnika Anny Kowal, zakaz opuszczania kraju oznacza dla jego klientki zagrożenie."
    _, events, _, name = run(text, "pl")
    assert not [e for e in events if e.kind == "Sanction" and "Anny Kowal" in {name(r) for _, r in e.participants}]
