"""Person-to-person relations a copula states: "X is his close friend" (knows the person the
possessive stands for, named before X, never X). Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _relations(text: str, lang: str, predicate: str) -> set[tuple[str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == predicate}


@pytest.mark.parametrize(("lang", "text", "friend", "owner"), [
    ("cs", "Jan Novák je bohatý podnikatel. Sám tvrdí, že Petr Svoboda je jeho blízkým přítelem.", "Petr Svoboda", "Jan Novák"),
    ("ru", "Иван Петренко давно живёт в Москве. Он говорит, что Сергей Кузнецов является его близким другом.",
     "Сергей Кузнецов", "Иван Петренко"),
    ("uk", "Іван Петренко давно живе в Києві. Він каже, що Олег Бондаренко є його близьким другом.",
     "Олег Бондаренко", "Іван Петренко"),
    ("pl", "Jan Kowalczyk mieszka w Gdańsku. Twierdzi, że Piotr Nowak jest jego bliskim przyjacielem.", "Piotr Nowak", "Jan Kowalczyk"),
    ("bg", "Иван Петров живее в София. Той казва, че Георги Иванов е негов близък приятел.", "Георги Иванов", "Иван Петров"),
    ("sl", "Janez Novak živi v Ljubljani. Pravi, da je Marko Kovač njegov dober prijatelj.", "Marko Kovač", "Janez Novak"),
    ("en", "John Carver lives in Leeds. He says that Peter Doyle is his close friend.", "Peter Doyle", "John Carver"),
], ids=["cs", "ru", "uk", "pl", "bg", "sl", "en"])
def test_x_is_his_friend(lang: str, text: str, friend: str, owner: str) -> None:
    assert (friend, owner) in _relations(text, lang, "knows")


def test_no_copula_no_relation() -> None:
    """"Y saw his friend": the friend is unnamed, Y knows no one by this."""
    assert not _relations("Jan Novák je bohatý podnikatel. Petr Svoboda viděl jeho přítele v Praze.", "cs", "knows")


def test_the_possessive_is_not_the_subject() -> None:
    """With no one named before the subject, "X is his friend" names no second person."""
    assert not _relations("Пётр Смирнов является его близким другом.", "ru", "knows")


def test_an_outlet_named_between_is_not_the_owner() -> None:
    """'podle časopisu X': a name right after a media word is an outlet, whatever the reader typed it."""
    text = ("Jan Novák je podle časopisu Horizont nejbohatším mužem v zemi. "
            "Sám tvrdí, že Petr Svoboda je jeho blízkým přítelem.")
    assert ("Petr Svoboda", "Jan Novák") in _relations(text, "cs", "knows")
