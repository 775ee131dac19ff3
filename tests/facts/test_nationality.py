"""Nationality from a from-phrase between a noun and a name ("a doctor from Iceland, Anna Nowak",
"lekarka z Islandii Anna Nowak"), also where the language has no parser (Polish). Names invented
for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _nationals(text: str, lang: str) -> set[str | None]:
    facts, _, _, name = run(text, lang)
    return {name(f.subject) for f in facts if f.predicate == "nationality"}


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Wśród gości była lekarka z Islandii Anna Nowak, która przyjechała do Gdańska.", "Anna Nowak"),
    ("pl", "Na konferencji przemawiał inżynier z Islandii Jan Kowal.", "Jan Kowal"),
])
def test_a_noun_from_a_country_before_a_name_is_its_national(lang: str, text: str, person: str) -> None:
    assert person in _nationals(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Jan Kowal wrócił z Islandii Anna Nowak czekała na niego w Gdańsku."),  # a verb's from-phrase
    ("pl", "Jan Kowal przyleciał do Gdańska z Islandii."),
])
def test_a_verb_from_a_country_gives_no_nationality(lang: str, text: str) -> None:
    assert not _nationals(text, lang)
