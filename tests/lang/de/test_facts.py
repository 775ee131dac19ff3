"""German facts (issue 13): a separable verb is read with its particle at the clause's end, a
verb-final passive makes its names affected, 'wurde' (was) is no 'werden' (will), and a reported
clause does not take the speaker as its agent. Every name is invented."""
from __future__ import annotations

from tests.facts.helpers import run


def _events(text: str):
    _, events, _, name = run(text, "de")
    return {e.kind: ({(r.value, name(ref)) for r, ref in e.participants}, e.status) for e in events}


def test_a_separable_particle_makes_another_verb():
    """'traf … ein' is 'eintreffen' (arrived), not 'treffen' (met); 'nahm … fest' is 'festnehmen'."""
    arrived = _events("Der Minister Jan Kowalczyk traf am Freitag in Riga ein.")
    assert "Travel" in arrived and "Meeting" not in arrived
    assert "Detention" in _events("Die Polizei nahm am Montag den Aktivisten Tomas Brenner in Leipzig fest.")


def test_a_verb_final_passive_makes_its_person_affected_and_stays_past():
    found = _events("Der frühere Außenminister Jan Kowalczyk wurde in Warschau festgenommen.")
    participants, status = found["Detention"]
    assert ("affected", "Jan Kowalczyk") in participants and ("agent", "Jan Kowalczyk") not in participants
    assert status is None  # stated as past, not planned


def test_a_future_with_werden_is_planned():
    _, status = _events("Die Polizei wird den Aktivisten Tomas Brenner morgen festnehmen.")["Detention"]
    assert status is not None and status.value == "planned"


def test_the_speaker_of_a_reported_clause_is_not_its_agent():
    found = _events("Der Bürgermeister Ihor Petrenko sagte, der Soldat Jan Kowalczyk sei getötet worden.")
    assert all(("agent", "Ihor Petrenko") not in participants for kind, (participants, _) in found.items()
               if kind != "Statement")


def test_a_verb_final_participle_reaches_back_to_its_auxiliarys_subject():
    """'X hat sich am Dienstag in Y mit Z getroffen': the window of the participle reaches back past
    its ten words to the finite auxiliary 'hat' and the name before it."""
    participants, _ = _events("Bundesministerin Greta Holm hat sich am Donnerstag in Wien mit dem "
                              "slowakischen Außenminister Milan Hruška getroffen.")["Meeting"]
    assert {name for _, name in participants} >= {"Greta Holm", "Milan Hruška"}
