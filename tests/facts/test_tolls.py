"""Tolls (issue 13): 'Four people were killed in Odesa' names no one, but the deaths are the news; a
killing, death or casualties event with no named victim is stated where the sentence, or else the
dateline, places it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize("text, lang, kind, place", [
    ("Four people were killed when a drone hit a block of flats in Mykolaiv overnight.", "en", "Killing", "Mykolaiv"),
    ("В Николаеве погибли четыре человека.", "ru", "Death", "Николаеве"),
    ("У Миколаєві загинули четверо людей.", "uk", "Death", "Миколаєві"),
    ("W Mikołajowie zginęły cztery osoby.", "pl", "Death", "Mikołajowie"),
    ("У Миколаєві поранено дев'ятьох людей.", "uk", "Casualties", "Миколаєві"),
])
def test_a_toll_with_no_named_victim_is_placed(text, lang, kind, place) -> None:
    _, events, _, name = run(text, lang)
    found = [e for e in events if e.kind == kind]
    assert found and name(found[0].place) == place, (lang, events)


def test_a_toll_takes_the_dateline_s_place_when_the_sentence_names_none() -> None:
    _, events, _, name = run("MYKOLAIV, 2 May 2026 — Four people were killed overnight, officials said.", "en")
    found = [e for e in events if e.kind == "Killing"]
    assert found and name(found[0].place) == "MYKOLAIV", events


def test_a_toll_with_no_place_at_all_is_no_event() -> None:
    _, events, _, _ = run("Four people were killed overnight, officials said.", "en")
    assert not [e for e in events if e.kind in ("Killing", "Death")], events


def test_where_the_toll_was_reported_is_not_where_it_happened() -> None:
    text = "На пресс-конференции в Николаеве губернатор заявил, что четыре человека погибли."
    _, events, _, name = run(text, "ru")
    assert not [e for e in events if e.kind == "Death" and name(e.place) == "Николаеве"], events
