"""A modality cue inside a relative clause that modifies a noun tells of that clause's event, not
of the trigger outside it: 'dwóch polityków, którzy chcieli pomóc kobiecie, zostało zamordowanych'
(they wanted to help her; the murder is no plan), 'X, který nechtěl odejít, byl zatčen' (the arrest
is not negated). A cue in the trigger's own clause still counts. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import run


def _events(text: str, lang: str, kind: str):
    _, events, _, _ = run(text, lang)
    return [e for e in events if e.kind == kind]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("pl", "Sprawa podzieliła Polskę, gdzie dwóch polityków, którzy chcieli pomóc Marii Nowak, zostało zamordowanych.", "Killing"),
    ("pl", "Dziennikarz Jan Kowal, który nie chciał opuścić miasta, został zatrzymany przez policję.", "Detention"),
    ("cs", "Novinář Jan Novák, který nechtěl opustit město, byl zadržen policií.", "Detention"),
    ("uk", "Журналіста Івана Коваленка, який не хотів залишати місто, затримала поліція.", "Detention"),
])
def test_a_cue_of_a_relative_clause_is_not_the_triggers(lang: str, text: str, kind: str) -> None:
    found = _events(text, lang, kind)
    assert found and all(e.status is None for e in found), [(e.kind, e.status) for e in found]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("pl", "Policja chce zatrzymać dziennikarza Jana Kowala.", "Detention"),
    ("uk", "Поліція планує затримати журналіста Івана Коваленка.", "Detention"),
])
def test_a_cue_of_the_triggers_clause_counts(lang: str, text: str, kind: str) -> None:
    found = _events(text, lang, kind)
    assert found and all(e.status is not None for e in found), [(e.kind, e.status) for e in found]
