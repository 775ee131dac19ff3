"""A body named after a 'to' preposition of a complaint ('скаргу до суду', 'skargę do Trybunału') is
where the charge is brought, not the one charged (issue 13: roles; triggers.json ``addressed``);
a firm charged still is. The names are invented for these tests."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


def _charged(text: str, lang: str) -> list[str]:
    _, events, _, name = run(text, lang)
    return [name(ref) or "" for e in events if e.kind == "Charge" for role, ref in e.participants
            if role == Role.AFFECTED]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Екологічна організація Naturfreunde подала скаргу до Федерального конституційного суду в Карлсруе "
           "на будівництво газопроводу Skyline 3."),
    ("pl", "Organizacja Naturfreunde złożyła skargę do Trybunału Konstytucyjnego w Karlsruhe na budowę gazociągu "
           "Skyline 3."),
], ids=["uk", "pl"])
def test_the_court_a_complaint_goes_to_is_not_charged(lang: str, text: str) -> None:
    assert not [c for c in _charged(text, lang) if "суд" in c.lower() or "trybuna" in c.lower()]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Prokuratura postawiła zarzuty firmie Skyjet."),
    ("uk", "Прокуратура висунула звинувачення компанії Skyjet."),
], ids=["pl", "uk"])
def test_a_firm_charged_is_affected(lang: str, text: str) -> None:
    assert "Skyjet" in _charged(text, lang)
