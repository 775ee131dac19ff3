"""A company noun in the plural ('firmom', 'компаній', 'компаний': firms) stands for no one company
named before: possible sanctions against firms in a project do not hit the last firm named. The
singular still does ('Firma odwołała loty'). Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _affected(text: str, lang: str) -> list[str | None]:
    _, events, _, name = run(text, lang)
    return [name(r) for e in events if e.kind == "Sanction" for role, r in e.participants]


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("pl", "Spółka Nordlot ogłosiła wyniki. Rząd omówił sprawę możliwych sankcji przeciw firmom zaangażowanym "
           "w budowę gazociągu.", "Nordlot"),
    ("uk", "Компанія Нордтранс оголосила результати. Уряд обговорив можливі санкції проти компаній, залучених до "
           "будівництва газогону.", "Нордтранс"),
    ("ru", "Компания Нордтранс объявила итоги года. Правительство обсудило возможные санкции против компаний, "
           "участвующих в строительстве газопровода.", "Нордтранс"),
])
def test_firms_are_no_one_firm(lang: str, text: str, firm: str) -> None:
    assert firm not in _affected(text, lang)


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("pl", "Spółka Nordlot ogłosiła wyniki. Rząd nałożył sankcje na firmę.", "Nordlot"),
])
def test_the_firm_is_the_firm_named_before(lang: str, text: str, firm: str) -> None:
    assert firm in _affected(text, lang)
