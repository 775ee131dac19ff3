"""A lone capitalised word the dictionary knows as a proper name is a place, unless it is a given
name ('sosed Ibrahima', 'synovce Davida'); after a locative preposition it stays a place."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def labels(lang: str, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("sl", "Zdravnik je v pogovoru večkrat omenil soseda Ibrahima, so dejali svojci.", "Ibrahima"),
    ("sl", "Tako je povedal Ibrahim, ko se je vrnil domov.", "Ibrahim"),
    ("sl", "Policisti so v torek zaslišali tudi nečaka Davida, so sporočili.", "Davida"),
    ("cs", "Lékař v rozhovoru několikrát zmínil synovce Abrahama, řekli příbuzní.", "Abrahama"),
])
def test_a_lone_given_name_is_a_person(lang: str, text: str, name: str) -> None:
    assert labels(lang, text).get(name) == "PERSON"


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("sl", "Šole so zaprli v Ljubljani in Mariboru že v ponedeljek.", "Mariboru"),
    ("cs", "Vláda jednala o dálnici, kterou chce Brno dostavět do roku 2030.", "Brno"),
])
def test_a_lone_place_stays_a_place(lang: str, text: str, place: str) -> None:
    assert labels(lang, text).get(place) == "LOC"
