"""A body named after a common noun of the reporting verb's object phrase owns that noun, it does
not speak (issue 13: roles): 'politicians criticised the EU's order' is no statement of the EU;
a body or person a title, body or staff noun introduces after the verb still speaks. The names are
invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import statement_agents


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("uk", "Опозиційні політики та деякі члени уряду розкритикували обережне замовлення ЮНЕСКО.", "ЮНЕСКО"),
    ("pl", "Politycy opozycji skrytykowali ostrożne zamówienie UNESCO.", "UNESCO"),
], ids=["uk", "pl"])
def test_the_owner_of_the_criticised_noun_does_not_speak(lang: str, text: str, body: str) -> None:
    assert body not in statement_agents(text, lang)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("uk", "Рішення розкритикувала прес-служба Corvax.", "Corvax"),
    ("pl", "Informację potwierdził rzecznik firmy Corvax.", "Corvax"),
    ("uk", "Цю інформацію підтвердили журналістам у компанії Corvax.", "Corvax"),
], ids=["uk-service", "pl-spokesman", "uk-company"])
def test_a_body_a_title_or_body_noun_introduces_still_speaks(lang: str, text: str, speaker: str) -> None:
    assert speaker in statement_agents(text, lang)
