"""Without a parse, a name before the trigger that is in an oblique case by the dictionary, or that
follows a 'from/with' preposition, is no subject: 'За вихід Естонії з НАТО проголосувало 52%
виборців' — the voters voted, neither Estonia nor the alliance (issue 13: the EU of the exit as a
voter). A nominative name before the verb still acts. The alliance and countries are only there
as words of the tests' sentences."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


def _roles(text: str, lang: str, kind: str) -> list[tuple[Role, str]]:
    _, events, _, name = run(text, lang)
    return [(role, name(ref) or "") for e in events if e.kind == kind for role, ref in e.participants]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "За вихід країни з Північного альянсу проголосувало 52% виборців."),
    ("uk", "За вихід Естонії з НАТО проголосувало 52% виборців."),
    ("pl", "Za wyjściem Estonii z NATO głosowało 52 proc. wyborców."),
], ids=["uk-genitive", "uk-from", "pl"])
def test_a_name_in_the_voted_measure_is_no_voter(lang: str, text: str) -> None:
    roles = _roles(text, lang, "Vote")
    assert roles and not [r for r in roles if r[0] == Role.AGENT]


@pytest.mark.parametrize(("lang", "text", "kind", "role", "doer"), [
    ("uk", "Естонія підписала з Латвією угоду про кордон.", "Agreement", Role.PARTICIPANT, "Естонія"),
    ("uk", "Естонія запровадила санкції проти компанії Skyjet.", "Sanction", Role.AGENT, "Естонія"),
    ("pl", "W czwartek Estonia nałożyła sankcje na firmę Skyjet.", "Sanction", Role.AGENT, "Estonia"),
], ids=["uk-agreement", "uk-sanction", "pl-sanction"])
def test_a_nominative_name_before_the_verb_acts(lang: str, text: str, kind: str, role: Role, doer: str) -> None:
    assert (role, doer) in _roles(text, lang, kind)


def test_uk_an_accusative_before_a_relative_clause_is_acted_on() -> None:
    roles = _roles("Журналіста Івана Коваленка, який не хотів залишати місто, затримала поліція.", "uk", "Detention")
    assert (Role.AFFECTED, "Івана Коваленка") in roles and (Role.AGENT, "Івана Коваленка") not in roles


@pytest.mark.parametrize(("lang", "text", "kind", "place"), [
    ("pl", "Piloci w każdej z baz, w tym największej na Stansted, zgodzili się na podwyżki, które wielu odrzuciło "
           "w 2017 r.", "Vote", "Stansted"),
    ("pl", "W Skyjecie Airways od piątku strajkują piloci.", "Strike", "Skyjecie Airways"),
], ids=["pl-relative", "pl-before"])
def test_a_name_after_a_locative_preposition_is_no_doer(lang: str, text: str, kind: str, place: str) -> None:
    assert not [r for r in _roles(text, lang, kind) if r[0] == Role.AGENT and r[1].startswith(place.split()[0])]
