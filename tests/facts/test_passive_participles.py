"""A passive participle trigger acts on the one it describes (pl, ru, uk by the dictionary): 'X,
обвиненная в ...' is charged, 'X, zatrzymany w ...' detained, not the one who charged or detained;
an active participle's noun is the doer ('X, обвинившая министра'). Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _roles(text: str, lang: str, kind: str) -> list[tuple[str, str | None]]:
    _, events, _, name = run(text, lang)
    found = [e for e in events if e.kind == kind]
    assert found, (lang, events)
    return [(role.value, name(ref)) for role, ref in found[0].participants]


@pytest.mark.parametrize(("lang", "text", "kind", "who"), [
    ("ru", "Правительство обещало, что Анна Петрова, обвиненная в мошенничестве, останется в стране.", "Charge",
     "Анна Петрова"),
    ("pl", "Jan Kowal, zatrzymany w Krakowie przez policję, trafił do aresztu.", "Detention", "Jan Kowal"),
    ("pl", "Jan Kowal, aresztowany w Krakowie, trafił do więzienia.", "Detention", "Jan Kowal"),
    ("uk", "Іван Петренко, затриманий у Києві, вийшов на волю.", "Detention", "Іван Петренко"),
])
def test_a_passive_participles_noun_is_affected(lang: str, text: str, kind: str, who: str) -> None:
    assert _roles(text, lang, kind) == [("affected", who)]


def test_an_active_participles_noun_is_the_agent() -> None:
    assert ("agent", "Анна Петрова") in _roles("Анна Петрова, обвинившая министра во лжи, покинула страну.", "ru", "Charge")
