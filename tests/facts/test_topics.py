"""An event noun that is another noun's topic states no event (issue 13): 'закон про вибори', 'ustawa o
wyborach', 'law on elections' — the law is about elections, none is held. In the languages no parser reads,
the noun after a topic preposition (cues.json ``topic_preps``) takes no party from before it. Sentences written
for this test."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize("text, lang", [
    ("Сейм схвалив закон про вибори до місцевих рад.", "uk"),
    ("Парламент Молдови ухвалив закон про місцеві вибори.", "uk"),
    ("Сейм принял закон о выборах в местные советы.", "ru"),
    ("Sejm przyjął ustawę o wyborach do rad gmin.", "pl"),
    ("Parliament passed a law on elections to local councils.", "en"),
])
def test_a_law_on_elections_states_no_election(text, lang) -> None:
    _, events, _, _ = run(text, lang)
    assert "Election" not in {e.kind for e in events}, (lang, events)


@pytest.mark.parametrize("text, lang, name_of", [
    ("Поліція повідомила про затримання Олега Марченка.", "uk", "Олега Марченка"),
    ("Policja poinformowała o zatrzymaniu Olega Marczenki.", "pl", "Olega Marczenki"),
])
def test_a_verb_s_topic_with_its_party_after_it_stays(text, lang, name_of) -> None:
    _, events, _, name = run(text, lang)
    held = [e for e in events if e.kind == "Detention"]
    assert held and name_of in {name(ref) for _, ref in held[0].participants}, (lang, events)
