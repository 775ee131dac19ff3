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
