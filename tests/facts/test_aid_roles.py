"""Who gives and who gets aid (kgraph/facts/events.py): the country named right after the noun in
the genitive gives it ('помощи США'), one in the dative gets it ('помощи Молдове'), and the subject
of a verb of receiving ('Молдова получит помощь', ``receiving_verbs`` of events.json) is the one
aided, not its giver. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _aid(text: str, lang: str) -> list[tuple[str, str | None]]:
    _, events, _, name = run(text, lang)
    found = [e for e in events if e.kind == "Aid"]
    assert found, (lang, events)
    return [(role.value, name(ref)) for role, ref in found[0].participants]


@pytest.mark.parametrize(("lang", "text", "giver", "aided"), [
    ("ru", "Новый пакет военной помощи США для армии Молдовы включает артиллерию.", "США", "Молдовы"),
    ("uk", "Новий пакет військової допомоги США для армії Молдови включає артилерію.", "США", "Молдови"),
    ("pl", "Nowy pakiet pomocy USA dla Mołdawii obejmuje artylerię.", "USA", "Mołdawii"),
])
def test_the_country_in_the_genitive_after_aid_gives_it(lang: str, text: str, giver: str, aided: str) -> None:
    assert _aid(text, lang) == [("agent", giver), ("affected", aided)]


def test_the_country_in_the_dative_after_aid_gets_it() -> None:
    assert _aid("Пакет помощи Молдове объявили в понедельник.", "ru") == [("affected", "Молдове")]


@pytest.mark.parametrize(("lang", "text", "aided"), [
    ("ru", "Помимо поставок оружия, Молдова получит экономическую помощь в размере 100 млн долларов.", "Молдова"),
    ("uk", "Молдова отримає економічну допомогу в розмірі 100 млн доларів.", "Молдова"),
    ("pl", "Mołdawia otrzyma pomoc gospodarczą w wysokości 100 mln dolarów.", "Mołdawia"),
    ("bg", "Молдова ще получи икономическа помощ от 100 милиона долара.", "Молдова"),
    ("cs", "Moldavsko dostane ekonomickou pomoc ve výši 100 milionů dolarů.", "Moldavsko"),
    ("sl", "Moldavija bo prejela gospodarsko pomoč v višini 100 milijonov dolarjev.", "Moldavija"),
    ("en", "Moldova will receive economic aid next year.", "Moldova"),
])
def test_who_receives_aid_is_aided_not_its_giver(lang: str, text: str, aided: str) -> None:
    assert _aid(text, lang) == [("affected", aided)]
