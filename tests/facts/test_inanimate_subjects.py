"""A reported clause whose first noun is an inanimate nominative ('…, що англійський суд
заборонив …') has its own subject, though that noun's form is also its accusative: the name
before the complementiser is no dropped subject (issue 13: the firm as the one banning deals with
its own assets). The firm is invented for these tests."""
from __future__ import annotations

from kgraph.model import Role

from .helpers import run


def test_uk_the_court_not_the_firm_bans() -> None:
    _, events, _, name = run("Ще 22 червня компанія Skyjet дізналася, що англійський суд 18 червня заборонив "
                             "будь-які угоди з активами Skyjet.", "uk")
    roles = [(r, name(x)) for e in events if e.kind == "Sanction" for r, x in e.participants]
    assert (Role.AFFECTED, "Skyjet") in roles and (Role.AGENT, "Skyjet") not in roles


def test_uk_a_clause_with_no_subject_takes_the_name_before() -> None:
    _, events, _, name = run("Компанія Skyjet заявила, що скасувала 200 рейсів через страйк.", "uk")
    assert (Role.AGENT, "Skyjet") in [(r, name(x)) for e in events if e.kind == "FlightSuspension"
                                      for r, x in e.participants]
