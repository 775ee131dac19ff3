"""A person who was an outlet's guest ('X, który był gościem Y', 'X, який був гостем Y') spoke; the
outlet hosted him and reports his words (its claim quotes his), it is no author of them. Sentences
and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "guest", "host"), [
    ("pl", "Jan Kowal, który był w poniedziałek gościem Radia Meridian pytany o ceny ocenił je jako wysokie.",
     "Jan Kowal", "Radia Meridian"),
    ("pl", "Jan Kowal, który był w poniedziałek gościem Radia Meridian, ocenił rozmowy jako trudne.",
     "Jan Kowal", "Radia Meridian"),
    ("uk", "Іван Петренко, який був у понеділок гостем телеканалу ТВН-8, заявив, що ціни зростуть.",
     "Іван Петренко", "ТВН-8"),
    ("ru", "Иван Петров, который был в понедельник гостем телеканала ТВН-8, заявил, что цены вырастут.",
     "Иван Петров", "ТВН-8"),
])
def test_the_guest_speaks_and_the_host_reports(lang: str, text: str, guest: str, host: str) -> None:
    _, events, claims, name = run(text, lang)
    agents = [name(r) for e in events if e.kind == "Statement" for role, r in e.participants if role.name == "AGENT"]
    assert agents == [guest], agents
    by_source = {name(c.source): c for c in claims}
    key_of = {name(c.source): c.key for c in claims}
    assert by_source[host].quotes == key_of[guest]
