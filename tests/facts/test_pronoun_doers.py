"""A pronoun after a preposition before an event noun ('делото срещу нея', the case against her) is
none of the event's doers. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "woman"), [
    ("bg", "Съдът оправда Мария Петрова. Делото срещу нея стана причина за убийството на двама политици.",
     "Мария Петрова"),
    ("uk", "Суд виправдав Марію Петренко. Справа проти неї стала причиною вбивства двох політиків.", "Марію Петренко"),
    ("pl", "Sąd uniewinnił Marię Nowak. Sprawa przeciwko niej stała się przyczyną zabójstwa dwóch polityków.",
     "Marię Nowak"),
])
def test_a_pronoun_after_a_preposition_is_no_doer(lang: str, text: str, woman: str) -> None:
    _, events, _, name = run(text, lang)
    doers = [name(r) for e in events if e.kind == "Killing" for role, r in e.participants if role.name == "AGENT"]
    assert woman not in doers, [(e.kind, e.participants) for e in events]
