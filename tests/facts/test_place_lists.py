"""Places listed under one locative preposition (kgraph/facts/args.py, ``place_preposition`` and
``_placed``): 'в Італії, Португалії та Бельгії' — every listed country is where the event is, none
of them acts or is acted on; the event's place is the first one. A nominative after the conjunction
('w Niemczech i Francja ogłosiła') is no part of the list. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run

_COUNTRIES = {"uk": ("Італії", "Португалії", "Іспанії", "Бельгії"),
              "ru": ("Италии", "Португалии", "Испании", "Бельгии"),
              "pl": ("Włoszech", "Portugalii", "Hiszpanii", "Belgii"),
              "bg": ("Италия", "Португалия", "Испания", "Белгия"),
              "cs": ("Itálii", "Portugalsku", "Španělsku", "Belgii"),
              "sl": ("Italiji", "Portugalski", "Španiji", "Belgiji"),
              "en": ("Italy", "Portugal", "Spain", "Belgium")}


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Бортпровідники лоукостера Skyjet в Італії, Португалії, Іспанії та Бельгії страйкуватимуть у п'ятницю."),
    ("ru", "Бортпроводники лоукостера Skyjet в Италии, Португалии, Испании и Бельгии будут бастовать в пятницу."),
    ("pl", "Stewardesy przewoźnika Skyjet we Włoszech, Portugalii, Hiszpanii i Belgii będą strajkować w piątek."),
    ("bg", "Стюардесите на Skyjet в Италия, Португалия, Испания и Белгия ще стачкуват в петък."),
    ("cs", "Stevardi dopravce Skyjet v Itálii, Portugalsku, Španělsku a Belgii budou v pátek stávkovat."),
    ("sl", "Stevardese prevoznika Skyjet v Italiji, Portugalski, Španiji in Belgiji bodo v petek stavkale."),
    ("en", "Cabin crews of Skyjet in Italy, Portugal, Spain and Belgium will strike on Friday."),
])
def test_countries_listed_after_in_are_places_not_parties(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    strikes = [e for e in events if e.kind == "Strike"]
    assert strikes, (lang, events)
    countries = _COUNTRIES[lang]
    assert not [name(ref) for _, ref in strikes[0].participants if name(ref) in countries]
    assert name(strikes[0].place) == countries[0]


def test_a_nominative_after_the_conjunction_is_no_listed_place() -> None:
    _, events, _, name = run("Kontrolerzy w Niemczech i Francja ogłosiła strajk.", "pl")
    strikes = [e for e in events if e.kind == "Strike"]
    assert strikes and ("agent", "Francja") in [(r.value, name(ref)) for r, ref in strikes[0].participants]
