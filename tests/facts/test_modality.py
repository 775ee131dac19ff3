"""Whether a trigger states a fact (kgraph/facts/modality.py): an event in a condition ('if the
flight is cancelled') or only possible ('possible sanctions') is hypothetical, not stated as having
happened, and joins no event of another article. Sentences and names invented for the tests."""
from __future__ import annotations

import pytest

from kgraph.model import EventStatus

from .helpers import run


def _status(text: str, lang: str, kind: str) -> list[EventStatus | None]:
    _, events, _, _ = run(text, lang)
    return [e.status for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "If Nordair cancelled the flight, the passenger gets compensation.", "FlightSuspension"),
    ("ru", "Если рейс авиакомпании «Нордэйр» был отменен за день до вылета, пассажир может рассчитывать на компенсацию.",
     "FlightSuspension"),
    ("ru", "Газопровод достроят даже в случае введения американских санкций против Ростана.", "Sanction"),
    ("uk", "Якщо Нордейр скасує рейс, пасажир отримає компенсацію.", "FlightSuspension"),
    ("pl", "Jeśli lot Nordairu zostanie odwołany, pasażer dostanie odszkodowanie.", "FlightSuspension"),
    ("pl", "Ministrowie omówili sprawę możliwych amerykańskich sankcji przeciw Rostanowi.", "Sanction"),
    ("bg", "Компанията ще отмени полети, ако пилотите на Нордеър обявят стачка.", "Strike"),
    ("cs", "Pokud piloti Nordairu vyhlásí stávku, firma zruší lety.", "Strike"),
    ("sl", "Če bodo piloti Nordaira napovedali stavko, bo družba odpovedala lete.", "Strike"),
])
def test_an_event_in_a_condition_or_only_possible_is_hypothetical(lang: str, text: str, kind: str) -> None:
    assert _status(text, lang, kind) == [EventStatus.HYPOTHETICAL]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("ru", "Авиакомпания «Нордэйр» отменила рейс за день до вылета.", "FlightSuspension"),
    ("pl", "Nordair odwołał lot dzień przed startem.", "FlightSuspension"),
    ("uk", "Авіакомпанія «Нордейр» скасувала рейс до Києва.", "FlightSuspension"),
])
def test_an_event_stated_outright_has_no_status(lang: str, text: str, kind: str) -> None:
    assert _status(text, lang, kind) == [None]
