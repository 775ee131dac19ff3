"""What talks are about, named after a topic preposition ('rozmowy o X', 'переговори про X',
cues.json topic_preps), is no participant of them (issue 13: a pipeline as a participant of the
talks on it); the partners of the talks still are. The names are invented for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _meeting_parties(text: str, lang: str) -> list[str]:
    _, events, _, name = run(text, lang)
    return [name(ref) or "" for e in events if e.kind == "Meeting" for _, ref in e.participants]


@pytest.mark.parametrize(("lang", "text", "partner"), [
    ("pl", "Firma Gasvel rozmawia o Skyline 3 z ambasadorem Niemiec.", "Niemiec"),
    ("uk", "Естонія та Латвія провели переговори про Skyline 3.", "Латвія"),
], ids=["pl", "uk"])
def test_the_topic_of_talks_is_no_party(lang: str, text: str, partner: str) -> None:
    parties = _meeting_parties(text, lang)
    assert partner in parties and not [p for p in parties if p.startswith("Skyline")]
