"""Unions listed after a union noun, one with its acronym in brackets ('dwóch związków - Full Name
(FN) oraz Other'): the acronym is that body too, a strike's agent, and the list goes on past it
(a full name the reader typed otherwise is a body when an organisation's acronym follows it).
Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "W środę trwa strajk pilotów linii Skyjet. Jest to pierwszy wspólny strajk dwóch związków zawodowych - "
           "Vereinigung Flugdienst (VF) oraz Aerounion."),
    ("uk", "У середу триває страйк пілотів авіакомпанії Skyjet. Це перший спільний страйк двох профспілок - "
           "Vereinigung Flugdienst (VF) та Aerounion."),
    ("ru", "В среду продолжается забастовка пилотов авиакомпании Skyjet. Это первая совместная забастовка двух "
           "профсоюзов - Vereinigung Flugdienst (VF) и Aerounion."),
], ids=["pl", "uk", "ru"])
def test_bracketed_acronym_in_a_list_of_strikers(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    agents = [{name(r) for role, r in e.participants if role.value == "agent"} for e in events if e.kind == "Strike"]
    assert any({"Vereinigung Flugdienst", "VF", "Aerounion"} <= a for a in agents)
    assert not any("Skyjet" in a for a in agents)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "W środę trwa w Niemczech strajk pilotów linii Skyjet. Jest to pierwszy wspólny strajk dwóch związków "
           "zawodowych - Vereinigung Flugdienst (VF) oraz Aerounion.", "Niemczech"),
    ("ru", "В среду в Германии продолжается забастовка пилотов авиакомпании Skyjet. Это первая совместная забастовка "
           "двух профсоюзов - Vereinigung Flugdienst (VF) и Aerounion.", "Германии"),
], ids=["pl", "ru"])
def test_a_restated_event_keeps_the_place_told_before(lang: str, text: str, place: str) -> None:
    _, events, _, name = run(text, lang)
    assert [name(e.place) for e in events if e.kind == "Strike"] == [place, place]
