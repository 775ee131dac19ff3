"""A lead that names a body only by its noun ("A German organisation filed a complaint. This is
reported by X. The German organisation Y filed ..."): the bare noun stands for the one body the
article later introduces with that noun, and the report on the sentence before is about it.
Names invented for the tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _concerns(text: str, lang: str, source: str) -> list[str | None]:
    _, _, claims, name = run(text, lang)
    return [name(x) for c in claims if name(c.source) == source for x in c.concerns]


@pytest.mark.parametrize(("lang", "text", "outlet", "body"), [
    ("uk", "КИЇВ. 3 липня. УНН. Німецька екологічна організація подала скаргу до суду на будівництво заводу. Про це "
           "повідомляє УНН. Німецька екологічна організація Grüne Ufer подала скаргу до Федерального суду.",
     "УНН", "Grüne Ufer"),
    ("ru", "В понедельник экологическая организация подала жалобу в суд на строительство завода. Об этом сообщает ТАСС. "
           "Экологическая организация Grønn Kyst подала жалобу в Верховный суд.", "ТАСС", "Grønn Kyst"),
    ("pl", "Niemiecka organizacja ekologiczna złożyła skargę do sądu na budowę fabryki. Poinformowała o tym agencja "
           "Reutex. Niemiecka organizacja ekologiczna Greenwatch złożyła skargę do Sądu Najwyższego.",
     "Reutex", "Greenwatch"),
], ids=["uk", "ru", "pl"])
def test_a_report_on_a_lead_is_about_the_body_named_later(lang: str, text: str, outlet: str, body: str) -> None:
    assert body in _concerns(text, lang, outlet)


def test_a_dateline_agency_is_no_body_acting() -> None:
    """'КИЇВ. 3 липня. УНН.': the agency alone in its sentence is not the organisation that filed."""
    text = ("КИЇВ. 3 липня. УНН. Німецька екологічна організація подала скаргу до суду на будівництво заводу. "
            "Німецька екологічна організація Grüne Ufer подала скаргу до Федерального суду.")
    _, events, _, name = run(text, "uk")
    assert not any(name(r) == "УНН" for e in events for _, r in e.participants)


def test_two_bodies_introduced_by_the_noun_leave_it_unresolved() -> None:
    text = ("В понедельник экологическая организация подала жалобу в суд. Об этом сообщает ТАСС. "
            "Экологическая организация Grønn Kyst и экологическая организация Blå Fjord подали жалобы.")
    concerns = _concerns(text, "ru", "ТАСС")
    assert "Grønn Kyst" not in concerns and "Blå Fjord" not in concerns


def test_a_noun_with_adjectives_after_it_classifies_the_name() -> None:
    """'przez organizację terrorystyczną X': the noun is X's classifier, not the body named before."""
    text = ("Konferencję zorganizowało Stowarzyszenie Pomocy Wdowom. Wśród gości była kobieta, która przez dwa lata "
            "była więziona przez islamistyczną organizację terrorystyczną Czarny Sztandar.")
    _, events, _, name = run(text, "pl")
    assert [{name(r) for _, r in e.participants} for e in events if e.kind == "Detention"] == [{"Czarny Sztandar"}]
