"""uk 'з' is both 'from' and 'with': a country after it in talks, an agreement or fighting
('на переговорах з Польщею і ЄС') is a party, not where they were held; a place after 'у', 'в'
stays the place. Sentences and names written for these tests."""
from __future__ import annotations

from .helpers import run


def _meeting(text: str):
    _, events, _, name = run(text, "uk")
    found = [e for e in events if e.kind == "Meeting"]
    assert found, [(e.kind, e.trigger) for e in events]
    return found[0], name


def test_a_country_talked_with_is_a_party() -> None:
    meeting, name = _meeting("Делегацію України на переговорах з Польщею і ЄС очолить міністр Іван Коваленко.")
    assert name(meeting.place) != "Польщею"
    assert "Польщею" in [name(r) for _, r in meeting.participants]


def test_the_place_of_talks_stays() -> None:
    meeting, name = _meeting("Переговори міністра Івана Коваленка з ЄС відбулися у Варшаві.")
    assert name(meeting.place) == "Варшаві"
