"""Deals with a firm's assets or property ('угоди з активами', 'сделки с имуществом') are
transactions, not an Agreement between parties (`other_senses` of uk and ru events.json); an
agreement signed between two firms still is. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _kinds(text: str, lang: str) -> list[str]:
    _, events, _, _ = run(text, lang)
    return [e.kind for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Суд у Лондоні заборонив будь-які угоди з активами компанії Нордтранс."),
    ("ru", "Суд в Лондоне запретил любые сделки с активами компании Нордтранс."),
    ("uk", "Слідчі перевіряють угоди з майном компанії Нордтранс."),
])
def test_deals_with_assets_are_no_agreement(lang: str, text: str) -> None:
    assert "Agreement" not in _kinds(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Компанія Нордтранс підписала угоду з компанією Вестлайн."),
    ("ru", "Компания Нордтранс подписала соглашение с компанией Вестлайн."),
])
def test_an_agreement_between_firms_stays(lang: str, text: str) -> None:
    assert "Agreement" in _kinds(text, lang)
