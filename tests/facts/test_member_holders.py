"""A body (or a country) is a shareholder or member of another by a copula or a participle after
its name: "X, являющийся акционером Y", "X, który/který je akcjonariuszem/akcionářem Y", "X is a
shareholder of Y"; never the holder of a person's office. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _positions(text: str, lang: str) -> set[tuple[str | None, str, str | None, str | None]]:
    facts, _, _, name = run(text, lang)
    return {(name(f.subject), f.predicate, name(f.object) or str(f.object), f.title) for f in facts
            if f.predicate in ("memberOf", "holdsPosition")}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Пенсионный фонд Tarvex Capital, являющийся миноритарным акционером авиакомпании Skyway Air, требует перемен."),
    ("uk", "Пенсійний фонд Tarvex Capital, який є міноритарним акціонером авіакомпанії Skyway Air, вимагає змін."),
    ("pl", "Fundusz emerytalny Tarvex Capital Group, będący mniejszościowym akcjonariuszem linii lotniczej Skyway Air, "
           "domaga się zmian."),
    ("pl", "Fundusz Tarvex Capital Group jest akcjonariuszem linii lotniczej Skyway Air."),
    ("cs", "Penzijní fond Tarvex Capital, který je menšinovým akcionářem aerolinky Skyway Air, požaduje změny."),
    ("en", "The pension fund Tarvex Capital is a minority shareholder of Skyway Air."),
], ids=["ru-participle", "uk-relative", "pl-participle", "pl-copula", "cs-relative", "en"])
def test_a_body_is_a_shareholder(lang: str, text: str) -> None:
    found = _positions(text, lang)
    assert any(s and "Tarvex Capital" in s and p == "memberOf" and o == "Skyway Air" and t == "Shareholder"
               for s, p, o, t in found), found
    assert not any(s and "Tarvex Capital" in s and p == "holdsPosition" for s, p, _, _ in found)  # no job


def test_a_person_after_a_participle_holds_the_office() -> None:
    found = _positions("Иван Петренко, являющийся министром финансов Польши, подал в отставку.", "ru")
    assert ("Иван Петренко", "holdsPosition", "Польши", "Minister") in found


def test_a_body_holds_no_persons_office() -> None:
    """'Компания X, являющаяся министром': only a membership or a shareholding fits a body."""
    found = _positions("Компания Skyway Air, являющаяся министром Tarvex Capital, требует перемен.", "ru")
    assert not any(s == "Skyway Air" for s, *_ in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Фонд Tarvex Capital Partners (TCP), являющийся акционером авиакомпании Skyway Air, требует перемен."),
    ("pl", "Fundusz Tarvex Capital Partners (TCP), będący akcjonariuszem linii lotniczej Skyway Air, domaga się zmian."),
], ids=["ru", "pl"])
def test_an_acronym_in_brackets_after_the_name(lang: str, text: str) -> None:
    found = _positions(text, lang)
    assert any(s and "Tarvex Capital" in s and p == "memberOf" and o == "Skyway Air" for s, p, o, _ in found), found
