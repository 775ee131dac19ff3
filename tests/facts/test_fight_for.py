"""'bojovat za X', 'walczyć o X' (to fight for someone or something: to stand up for them) state no
Fighting (`idioms` of cs and pl events.json); fighting stated without the preposition still is.
Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "„Potřebuji zůstat naživu, abych mohl bojovat za Janu Novákovou,“ uvedl právník."),
    ("cs", "Advokát Petr Dvořák řekl, že bude bojovat za její propuštění."),
    ("pl", "Adwokat Jan Kowal zapowiedział, że będzie walczyć o uwolnienie Marii Nowak."),
    ("pl", "Związkowcy walczą o wyższe płace dla pilotów."),
])
def test_fighting_for_someone_is_no_fighting(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert not [e for e in events if e.kind == "Fighting"], [(e.kind, e.trigger) for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Vojáci bojovali celou noc u města Lipno."),
    ("pl", "Żołnierze walczyli całą noc pod miastem Lipno."),
])
def test_fighting_stays_fighting(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    assert [e for e in events if e.kind == "Fighting"], [(e.kind, e.trigger) for e in events]
