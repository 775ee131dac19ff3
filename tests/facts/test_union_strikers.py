"""The unions named after a union noun strike, they are not struck (``agent_nouns`` of events.json,
``named_after_nouns`` in kgraph/facts/events.py): 'strajk dwóch związków zawodowych - X oraz Y' makes
X and Y the strike's agents; a preposition or a verb ends the noun's phrase ('strike against X': X is
the other side). Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _strike(text: str, lang: str) -> list[tuple[str, str | None]]:
    _, events, _, name = run(text, lang)
    found = [e for e in events if e.kind == "Strike"]
    assert found, (lang, events)
    return [(role.value, name(ref)) for role, ref in found[0].participants]


@pytest.mark.parametrize(("lang", "text", "unions"), [
    ("pl", "To pierwszy strajk dwóch związków zawodowych - Związku Pilotów Liniowych oraz OPZZ.",
     ["Związku Pilotów Liniowych", "OPZZ"]),
    ("ru", "Это первая совместная забастовка двух профсоюзов — «Аэрофлот-Союз» и ФНПР.", ["Аэрофлот-Союз", "ФНПР"]),
    ("uk", "Це перший спільний страйк двох профспілок — «Укрзалізниця-Профспілка» та Федерація профспілок України.",
     ["Укрзалізниця-Профспілка", "Федерація профспілок України"]),
    ("cs", "Jde o první společnou stávku dvou odborových svazů - ČMKOS a ASO.", ["ČMKOS", "ASO"]),
    ("sl", "Gre za prvo skupno stavko dveh sindikatov - ZSSS in KSJS.", ["ZSSS", "KSJS"]),
    ("bg", "Това е първата обща стачка на синдиката КНСБ.", ["КНСБ"]),
    ("en", "It is the first joint strike by two unions, the Transport Workers Union and the National Union of Rail Workers.",
     ["Transport Workers Union", "National Union of Rail Workers"]),
])
def test_unions_named_after_a_union_noun_strike(lang: str, text: str, unions: list[str]) -> None:
    assert _strike(text, lang) == [("agent", union) for union in unions]


@pytest.mark.parametrize(("lang", "text", "union", "firm"), [
    ("ru", "Профсоюз ФНПР объявил забастовку на заводе компании Росгаз.", "ФНПР", "Росгаз"),
    ("en", "The Transport Workers Union will strike against Metro Rail Corporation.", "Transport Workers Union",
     "Metro Rail Corporation"),
])
def test_the_firm_struck_against_stays_affected(lang: str, text: str, union: str, firm: str) -> None:
    assert _strike(text, lang) == [("agent", union), ("affected", firm)]


def test_a_preposition_ends_the_union_nouns_phrase() -> None:
    assert ("agent", "Lufthansa") not in _strike("Związek ogłosił strajk przeciwko Lufthansa.", "pl")


@pytest.mark.parametrize(("lang", "text", "unions"), [
    ("pl", "W piątek rozpoczął się wspólny strajk dwóch związków zawodowych - Pilot Forum (PF) oraz Solna.",
     {"Pilot Forum", "Solna"}),
    ("ru", "В пятницу началась забастовка двух профсоюзов - Pilot Forum (PF) и Solna.", {"Pilot Forum", "Solna"}),
    ("uk", "У п'ятницю почався страйк двох профспілок - Pilot Forum (PF) та Solna.", {"Pilot Forum", "Solna"}),
])
def test_a_listed_union_the_tagger_took_for_a_place_strikes(lang, text, unions) -> None:
    """'Solna' is a town's name too: listed after a union, it is one of the unions."""
    assert unions <= {n for role, n in _strike(text, lang) if role == "agent"}, lang
