"""'popiera ideę rozejmu', 'підтримує ідею перемир'я': an event named as an idea someone supports
is only supposed, no truce that was agreed (issue 13: a supported truce as an Agreement); events.json
``hypothetical`` gains the noun 'idea'. The names are invented for these tests."""
from __future__ import annotations

import pytest

from kgraph.model import EventStatus

from .helpers import run


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Kardynał Jan Kowalczyk podkreślił, że Watykan popiera ideę humanitarnego rozejmu w Syrii."),
    ("uk", "Естонія підтримує ідею перемир'я в регіоні."),
], ids=["pl", "uk"])
def test_an_idea_of_a_truce_is_no_truce_agreed(lang: str, text: str) -> None:
    _, events, _, _ = run(text, lang)
    truces = [e for e in events if e.kind == "Agreement"]
    assert truces and all(e.status == EventStatus.HYPOTHETICAL for e in truces)


def test_pl_a_truce_signed_happened() -> None:
    _, events, _, _ = run("Estonia i Łotwa podpisały w piątek rozejm.", "pl")
    assert [e for e in events if e.kind == "Agreement" and e.status is None]
