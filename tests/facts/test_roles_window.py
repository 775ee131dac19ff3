"""Roles where no parser reads the clause (issue 13, precision): a verbal noun's names are the ones
it governs, an impersonal form has no agent, only persons are detained, the officer named after
an organisation speaks, and "напомним" is the outlet's voice. Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _roles(text: str, lang: str, kind: str) -> list[tuple[str, str | None]]:
    _, events, _, name = run(text, lang)
    return [(role, name(ref)) for e in events if e.kind == kind for role, ref in e.participants]


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Tydzień temu sąd oczyścił Annę Nowak z zarzutu, jednak do dziś nie dotarły rozkazy umożliwiające jej "
           "uwolnienie - mówił minister Jan Kowal.", "Annę Nowak"),
    ("uk", "Суд ухвалив рішення про звільнення Івана Коваленка.", "Івана Коваленка"),
])
def test_the_person_a_release_noun_governs_is_released(lang: str, text: str, person: str) -> None:
    roles = _roles(text, lang, "Release")
    assert ("affected", person) in roles and not any(role == "agent" for role, _ in roles)


def test_a_husband_waiting_for_her_release_is_not_its_agent() -> None:
    roles = _roles("Její manžel Jan Novák se vrátil do země, aby zde čekal na její propuštění.", "cs", "Release")
    assert not any(role == "agent" for role, _ in roles)


@pytest.mark.parametrize("lang, text, person", [
    ("pl", "Jana Kowala aresztowano w zeszłym roku za wypowiedzi na Facebooku.", "Jana Kowala"),
    ("uk", "Івана Коваленка затримано у Львові за дописи у Facebook.", "Івана Коваленка"),
])
def test_an_impersonal_detention_has_no_agent_and_no_platform_detainee(lang: str, text: str, person: str) -> None:
    roles = _roles(text, lang, "Detention")
    assert roles == [("affected", person)]


def test_the_officer_named_after_the_company_speaks() -> None:
    _, _, claims, name = run("Jak poinformował prezes spółki Orzeł Jan Kowal, loty zostaną wznowione.", "pl")
    assert [name(c.source) for c in claims] == ["Jan Kowal"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Напомним, ранее компания Ростэнерго отменила 22 рейса."),
    ("uk", "Нагадаємо, 25 липня компанія Укренергобуд скасувала 300 рейсів."),
    ("pl", "Przypomnijmy, że firma Orzeł odwołała 40 lotów."),
])
def test_the_outlets_reminder_is_no_claim_of_the_company(lang: str, text: str) -> None:
    _, _, claims, _ = run(text, lang)
    assert claims == []
