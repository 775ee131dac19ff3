"""A person named by one word only takes its gender from the word as a given name
(kgraph/facts/coref.py, ``person_gender_of``): 'her release' after 'blasphemy against the prophet
Elijah' is the woman's, not the prophet's. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "woman", "man"), [
    ("pl", "Sąd uniewinnił nauczycielkę Annę Nowak skazaną za obrazę proroka Eliasza, nakazując jej uwolnienie.",
     "Annę Nowak", "Eliasza"),
    ("ru", "Суд оправдал учительницу Анну Петрову, осуждённую за оскорбление пророка Ильи. Её освобождение ожидается в пятницу.",
     "Анну Петрову", "Ильи"),
    ("uk", "Суд виправдав вчительку Анну Петренко, засуджену за образу пророка Іллі. Її звільнення очікується в п'ятницю.",
     "Анну Петренко", "Іллі"),
])
def test_her_release_is_the_womans_not_the_one_word_mans(lang: str, text: str, woman: str, man: str) -> None:
    _, events, _, name = run(text, lang)
    released = [name(ref) for e in events if e.kind == "Release" for _, ref in e.participants]
    assert man not in released
    assert woman in released
