"""A company noun standing for a firm named before, right after a member noun ('пілоти компанії
страйкуватимуть'): the firm's staff strike, against it; the firm is no striker (issue 13: the
airline as the agent of its crews' strike). The names are invented for these tests."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Авіакомпанія Skyjet скасувала 200 рейсів. У п'ятницю пілоти компанії страйкуватимуть в Іспанії."),
    ("uk", "Авіакомпанія Skyjet скасувала 200 рейсів. В Італії бортпровідники проведуть страйк 25 липня, "
           "а співробітники компанії в Іспанії страйкуватимуть 48 годин."),
    ("pl", "Linia Skyjet odwołała 200 lotów. W piątek piloci przewoźnika będą strajkować w Hiszpanii."),
], ids=["uk", "uk-two-clauses", "pl"])
def test_the_firm_of_the_striking_staff_is_no_striker(lang: str, text: str) -> None:
    _, events, _, name = run(text, lang)
    strikes = [e for e in events if e.kind == "Strike"]
    assert strikes
    roles = [(role, name(ref) or "") for e in strikes for role, ref in e.participants]
    assert not [r for r in roles if r[0] == Role.AGENT and "Skyjet" in r[1]]
    assert [r for r in roles if r[0] == Role.AFFECTED and "Skyjet" in r[1]]


def test_uk_the_firm_itself_still_acts() -> None:
    _, events, _, name = run("Авіакомпанія Skyjet оголосила про нові рейси. Компанія скасувала 200 рейсів.", "uk")
    cancelled = [e for e in events if e.kind == "FlightSuspension"]
    assert cancelled and (Role.AGENT, "Skyjet") in [(r, name(x)) for e in cancelled for r, x in e.participants]
