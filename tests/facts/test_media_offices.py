"""Media links, implicit organisations of titles, office holders, acquaintances and weekday dates
on sentences written for these tests (en, ru, pl)."""
from __future__ import annotations

import datetime as dt

import pytest

from .helpers import run


def _rel(facts, name, predicate):
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == predicate}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Видео опубликовали в Telegram-каналах и Instagram телеканала «Заря-24».",
     {("Заря-24", "Instagram"), ("Заря-24", "Telegram")}),
    ("pl", "Nagranie zamieszczono na kanale Telegramu Zaria.", {("Zaria", "Telegramu")}),
    # a lower-case platform word names no mention: the gazetteer entry stands for it
    ("en", "The independent telegram channel Lesnik wrote about it.", {("Lesnik", "g:org:telegram")}),
], ids=["ru-platforms", "pl-channel", "en-lowercase-platform"])
def test_an_outlet_publishes_on_platforms(lang: str, text: str, expected: set) -> None:
    facts, _, _, name = run(text, lang)
    assert expected <= _rel(facts, name, "publishesOn")


def test_en_state_television_owned_by_country() -> None:
    facts, _, _, name = run("Russia's state television channels Rodina TV and Zvezda Plus posted a video of the suspect.", "en")
    assert {("Rodina TV", "Russia"), ("Zvezda Plus", "Russia")} <= _rel(facts, name, "ownedBy")


def test_pl_person_before_appears_on_outlet_of_recording() -> None:
    facts, _, _, name = run("Przemówił Jan Wolski. Nagranie zamieszczono na kanale Telegramu Zaria.", "pl")
    assert ("Jan Wolski", "Zaria") in _rel(facts, name, "appearedOn")


def test_ru_deputy_minister_takes_ministry_named_before() -> None:
    facts, _, _, name = run("Министерство иностранных дел Молдовы вызвало посла. Замминистра Иван Петренко передал ноту.", "ru")
    assert ("Иван Петренко", "Министерство иностранных дел Молдовы") in _rel(facts, name, "holdsPosition")  # its genitive tail is its name


def test_pl_deputy_minister_takes_ministry_named_before() -> None:
    facts, _, _, name = run("Ministerstwo Spraw Zagranicznych Mołdawii wezwało ambasadora. Wiceminister Jan Kowalski przekazał notę.", "pl")
    # the body's name keeps its genitive tail (issue 12): the ministry is Moldova's
    assert ("Jan Kowalski", "Ministerstwo Spraw Zagranicznych Mołdawii") in _rel(facts, name, "holdsPosition")


def test_en_minister_without_a_ministry_before_gets_no_position() -> None:
    facts, _, _, name = run("Deputy Minister Ivan Petrenko handed over a note.", "en")
    assert not _rel(facts, name, "holdsPosition")


def test_pl_weekday_in_article_without_publication_day_follows_latest_date() -> None:
    _, events, _, _ = run("Jan Wolski spotkał się w środę (5 stycznia 2022) z Olafem Scholzem. "
                          "W czwartek Macron zatrzymał się w Berlinie.", "pl", date=None)
    dates = {e.date for e in events}
    assert dt.date(2022, 1, 6) in dates


def test_pl_night_from_wednesday() -> None:
    _, events, _, _ = run("Macron powiedział, że całą noc ze środy na czwartek trwały konsultacje z Olafem Scholzem.", "pl",
                          date=dt.date(2022, 1, 7))
    assert dt.date(2022, 1, 5) in {e.date for e in events}
