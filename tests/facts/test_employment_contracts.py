"""Employment contracts are no Agreement between parties (``other_senses`` of events.json, kind
Agreement): 'umowy o pracę', 'pracovní smlouvy', 'трудові договори' are the terms people work on.
A deal between bodies stays one. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _agreements(text: str, lang: str) -> list:
    _, events, _, _ = run(text, lang)
    return [e for e in events if e.kind == "Agreement"]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Związki zawodowe domagają się, by w całej Europie umowy o pracę były zawierane według prawa lokalnego."),
    ("cs", "Odbory požadují, aby v celé Evropě byly pracovní smlouvy uzavírány podle místního práva."),
    ("sl", "Sindikati zahtevajo, da se v vsej Evropi pogodbe o zaposlitvi sklepajo po lokalnem pravu."),
    ("bg", "Синдикатите искат в цяла Европа трудовите договори да се сключват според местното право."),
    ("uk", "Профспілки вимагають, щоб у всій Європі трудові договори укладалися за місцевим правом."),
    ("ru", "Профсоюзы требуют, чтобы во всей Европе трудовые договоры заключались по местному праву."),
])
def test_employment_contracts_are_no_agreement(lang: str, text: str) -> None:
    assert _agreements(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Rząd Polski i Norwegia podpisały w poniedziałek umowę o współpracy gospodarczej."),
    ("uk", "Україна та Польща підписали угоду про співпрацю в енергетиці."),
])
def test_a_deal_between_parties_stays_an_agreement(lang: str, text: str) -> None:
    assert _agreements(text, lang)
