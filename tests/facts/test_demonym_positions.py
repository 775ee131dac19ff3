"""A country's adjective before a title names the country the office is of, for countries whose
demonyms the gazetteer gained ('watykański sekretarz stanu', 'индонезийский министр'). Names
invented for the tests."""
from __future__ import annotations

import pytest

from kgraph.facts.world import world

from .helpers import run


@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("pl", "Na uroczystości był watykański sekretarz stanu kardynał Jan Kowalski.", "Jan Kowalski", "Q237"),
    ("ru", "В переговорах участвовал индонезийский министр Иван Петренко.", "Иван Петренко", "Q252"),
    ("uk", "У переговорах брав участь нігерійський міністр Іван Петренко.", "Іван Петренко", "Q1033"),
    ("cs", "Jednání se zúčastnil kubánský ministr Petr Svoboda.", "Petr Svoboda", "Q241"),
], ids=["pl", "ru", "uk", "cs"])
def test_a_demonym_before_a_title(lang: str, text: str, person: str, country: str) -> None:
    facts, _, _, name = run(text, lang)
    assert any(name(f.subject) == person and f.predicate == "holdsPosition" and str(f.object).endswith(country)
               for f in facts), [(name(f.subject), f.predicate, str(f.object)) for f in facts]


@pytest.mark.parametrize(("word", "english"), [
    ("watykańskiego", "Vatican City"), ("тайского", "Thailand"), ("chilijskiej", "Chile"), ("ливанский", "Lebanon"),
])
def test_demonyms_are_known(word: str, english: str) -> None:
    found = world().demonym(word)
    assert found is not None and found.labels["en"] == english


def test_a_region_adjective_is_no_country() -> None:
    """'кубанский' (of the Kuban region) is not 'кубинский' (Cuban)."""
    assert world().demonym("кубанский") is None
