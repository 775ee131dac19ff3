"""Without a parse (pl, uk), a person named in an oblique case right after a nominative member noun
('Mąż Marii Nowak - Jan Nowak', 'Адвокат Івана Коваленка Петро Мельник') is whose husband or lawyer
acts, not a doer; a nominative name after the noun is the noun's own ('Adwokat Jan Kowal').
Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _agents(text: str, lang: str, kind: str) -> list[str | None]:
    _, events, _, name = run(text, lang)
    return [name(r) for e in events if e.kind == kind for role, r in e.participants if role.name == "AGENT"]


@pytest.mark.parametrize(("lang", "text", "client", "actor"), [
    ("pl", "Mąż Marii Nowak - Jan Nowak zwrócił się do zachodnich krajów z prośbą o azyl dla rodziny.",
     "Marii Nowak", "Jan Nowak"),
    ("uk", "Адвокат Івана Коваленка Петро Мельник звернувся до суду з проханням про звільнення.",
     "Івана Коваленка", "Петро Мельник"),
])
def test_the_kin_or_client_is_no_doer(lang: str, text: str, client: str, actor: str) -> None:
    agents = _agents(text, lang, "Appeal")
    assert actor in agents and client not in agents, agents


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("pl", "Adwokat Jan Kowal zwrócił się do sądu z prośbą o uwolnienie klientki.", "Jan Kowal"),
    ("uk", "Адвокат Іван Коваленко звернувся до суду з проханням про звільнення клієнтки.", "Іван Коваленко"),
])
def test_the_nouns_own_name_acts(lang: str, text: str, actor: str) -> None:
    assert actor in _agents(text, lang, "Appeal")
