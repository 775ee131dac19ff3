"""A ruling's judge: a person the ruling's sentence names after a judge's title is its agent
(``agent_titles`` of ontology/facts/triggers.json), wherever he stands ('wyrok ... ogłosił sędzia X')."""
from __future__ import annotations

import pytest

from kgraph.model import Role

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "judge", "defendant"), [
    ("pl", "Rzecznik powiedział, że wyrok w sprawie 40-letniego Jana Kowalskiego ogłosił w piątek w małopolskim "
           "mieście Tarnów sędzia Adam Nowak.", "Adam Nowak", None),
    ("ru", "Приговор Ивану Петрову огласила в пятницу в Твери судья Анна Смирнова.", "Анна Смирнова", "Ивану Петрову"),
    ("uk", "Вирок Івану Петренку оголосив у п'ятницю в Тернополі суддя Олег Сидоренко.", "Олег Сидоренко",
     "Івану Петренку"),
    ("cs", "Rozsudek nad Janem Novákem vynesl v pátek v Brně soudce Petr Svoboda.", "Petr Svoboda", "Janem Novákem"),
])
def test_the_judge_named_with_a_ruling_is_its_agent(lang: str, text: str, judge: str, defendant: str | None) -> None:
    _, events, _, name = run(text, lang)
    ruling = [e for e in events if e.kind == "CourtRuling"]
    assert ruling
    roles = {name(ref): role for role, ref in ruling[0].participants}
    assert roles.get(judge) is Role.AGENT
    if defendant is not None:
        assert roles.get(defendant) is Role.AFFECTED


def test_a_judge_of_another_kind_of_event_is_not_made_its_agent() -> None:
    _, events, _, name = run("Policja zatrzymała w piątek w Tarnowie sędziego Adama Nowaka.", "pl")
    detention = [e for e in events if e.kind == "Detention"]
    assert detention and all(role is not Role.AGENT for role, ref in detention[0].participants
                             if name(ref) == "Adama Nowaka")
