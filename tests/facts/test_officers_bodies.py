"""An officer's body is no party of what the officer does (kgraph/facts/scopes.py,
``officers_bodies``): in 'the meeting of Nordgaz's CEO X with minister Y' X met Y, the firm only
says whose CEO he is. Sentences and names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _parties(text: str, lang: str, kind: str) -> list[str | None]:
    _, events, _, name = run(text, lang)
    return [name(r) for e in events if e.kind == kind for role, r in e.participants]


@pytest.mark.parametrize(("lang", "text", "body", "officer"), [
    ("pl", "W Warszawie odbyło się spotkanie prezesa Nordgazu Jana Kowalskiego z ministrem Piotrem Nowakiem.",
     "Nordgazu", "Jana Kowalskiego"),
    ("uk", "Голова правління «Нордгазу» Петро Коваль зустрівся з міністром Іваном Бондарем.", "Нордгазу", "Петро Коваль"),
])
def test_the_body_of_an_officer_who_met_is_no_party(lang: str, text: str, body: str, officer: str) -> None:
    parties = _parties(text, lang, "Meeting")
    assert officer in parties and body not in parties
