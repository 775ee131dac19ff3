"""An Agreement verb that also means 'approve' ('погодити', 'дати згоду', 'согласовать',
'uzgodnić'), with no partner and one party, is a body approving its own plan or position: a Vote,
no Agreement (issue 13: a cabinet approving its plan as an Agreement). With a partner the verb
governs ('з X', 'с X', 'z X') or two parties it stays an Agreement. The names are invented."""
from __future__ import annotations

import pytest

from .helpers import run


def _kinds(text: str, lang: str) -> dict[str, list[str]]:
    _, events, _, name = run(text, lang)
    return {e.kind: [name(ref) or "" for _, ref in e.participants] for e in events}


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Ще влітку Кабінет міністрів Естонії погодив план створення вільної торгової зони між Естонією та Латвією."),
    ("uk", "У середу кабінет міністрів Естонії дав згоду на затвердження угоди, узгодженої з Латвією."),
    ("ru", "За день до этого кабинет министров Эстонии согласовал коллективную позицию по будущим переговорам с Латвией."),
    ("pl", "Rząd Estonii uzgodnił wspólne stanowisko w sprawie granicy."),
], ids=["uk-plan", "uk-consent", "ru-position", "pl-position"])
def test_a_body_approving_its_own_plan_votes(lang: str, text: str) -> None:
    kinds = _kinds(text, lang)
    assert "Vote" in kinds
    assert not [p for p in kinds["Vote"] if p.startswith(("Латв", "Łotw"))]  # the deal's or talks' partner


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Rząd Estonii uzgodnił z Łotwą wspólne stanowisko w sprawie granicy."),
    ("uk", "Естонія та Латвія погодили текст угоди про кордон."),
    ("ru", "Эстония согласовала с Латвией условия поставок газа."),
], ids=["pl-partner", "uk-two-parties", "ru-partner"])
def test_an_approval_with_a_partner_is_an_agreement(lang: str, text: str) -> None:
    kinds = _kinds(text, lang)
    assert "Agreement" in kinds and len(kinds["Agreement"]) == 2
