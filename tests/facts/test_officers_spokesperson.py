"""The spokesperson of an officer ('пресс-секретарь президента X', 'rzecznik prezydenta X') speaks
for the officer, not for the country named after the officer's title (issue 13: the country for
the president's spokesman); a ministry's spokesperson speaks for the ministry. The names are
invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _spoken_for(text: str, lang: str, holder: str) -> list[str]:
    facts, _, _, name = run(text, lang)
    return [name(f.object) or "" for f in facts if f.predicate == "spokespersonOf" and name(f.subject) == holder]


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("ru", "Об этом сообщил пресс-секретарь президента Эстонии Март Кукк.", "Март Кукк"),
    ("uk", "Про це повідомив речник президента Естонії Март Кукк.", "Март Кукк"),
    ("pl", "Poinformował o tym rzecznik prezydenta Estonii Mart Kukk.", "Mart Kukk"),
], ids=["ru", "uk", "pl"])
def test_the_presidents_spokesman_does_not_speak_for_the_country(lang: str, text: str, holder: str) -> None:
    assert not [o for o in _spoken_for(text, lang, holder) if o.startswith(("Эстони", "Естоні", "Estoni"))]


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("ru", "Об этом сообщил пресс-секретарь МИД Эстонии Март Кукк.", "Март Кукк"),
    ("pl", "Poinformował o tym rzecznik MSZ Estonii Mart Kukk.", "Mart Kukk"),
], ids=["ru", "pl"])
def test_a_ministrys_spokesman_speaks_for_it(lang: str, text: str, holder: str) -> None:
    assert _spoken_for(text, lang, holder)


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("ru", "Пресс-секретарь президента Франции Пьер Дюбуа заявил, что переговоры продолжатся.", "Пьер Дюбуа"),
    ("pl", "Rzecznik prezydenta Francji Pierre Dubois powiedział, że rozmowy będą kontynuowane.", "Pierre Dubois"),
], ids=["ru", "pl"])
def test_the_presidents_spokesman_speaks_for_the_office_holder(lang: str, text: str, holder: str) -> None:
    spoken = _spoken_for(text, lang, holder)
    assert spoken and all(o.startswith("g:") and not o.endswith("Q142") for o in spoken)  # a person, not France
