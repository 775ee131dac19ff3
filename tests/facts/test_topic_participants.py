"""A thing discussed is no party (kgraph/facts/events.py): in 'the ministers discussed projects such
as X at the meeting' the pipeline X is the meeting's topic, not its participant. Sentences and
names invented for the tests."""
from __future__ import annotations

from .helpers import run


def test_a_project_discussed_at_a_meeting_takes_no_part() -> None:
    _, events, _, name = run("Podczas spotkania ministrowie omówili takie projekty jak Baltic Link 3.", "pl")
    assert not any(name(r) == "Baltic Link 3" for e in events if e.kind == "Meeting" for _, r in e.participants)


def test_the_parties_of_a_meeting_stay() -> None:
    _, events, _, name = run("Jan Kowalski spotkał się w Warszawie z Piotrem Nowakiem.", "pl")
    parties = [name(r) for e in events if e.kind == "Meeting" for _, r in e.participants]
    assert "Jan Kowalski" in parties and "Piotrem Nowakiem" in parties
