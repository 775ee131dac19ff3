"""A short number after a name is the name's where the text writes the name with that number again,
whatever word follows it ('Baltic Link 2 spojí …'); a count or a day after a place does not come back."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def names(lang: str, text: str) -> list[str]:
    return [e.text for e in pipeline_for(lang)(text).ents]


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Plynovod Baltic Link 2 spojí obě země do roku 2030. Vláda projekt Baltic Link 2 podpořila."),
    ("cs", "Baltic Link 2 dánského koncernu stojí miliardy. Kritici Baltic Link 2 odmítají."),
    ("sl", "Projekt Baltic Link 2 povezuje obe državi. Vlada podpira Baltic Link 2 že leta."),
    ("pl", "Po wybudowaniu Baltic Link 2 tranzyt przez Danię wzrośnie. Rząd popiera Baltic Link 2 od lat."),
])
def test_a_name_written_again_with_its_number_keeps_it(lang: str, text: str) -> None:
    assert names(lang, text).count("Baltic Link 2") == 2


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("cs", "V Praze 12 lidí zemřelo. V Brně 12 lidí přežilo.", "Praze"),
    ("sl", "V Mariboru 12 ljudi čaka na operacijo. V Celju 12 ljudi čaka na zdravnika.", "Mariboru"),
])
def test_a_count_after_a_place_stays_out(lang: str, text: str, place: str) -> None:
    found = names(lang, text)
    assert place in found
    assert not any(name.endswith(" 12") for name in found)
