"""Continents and world regions (world_regions.json, from CLDR) are places of the gazetteer in
every language, inflected forms included, so that 'Europie' and 'Європі' name one entry."""
import pytest

from kgraph.gazetteer import Gazetteer
from kgraph.lang import pipeline_for


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.load()


def test_a_continent_is_one_entry_in_each_script(g: Gazetteer) -> None:
    for name in ("Europe", "Europa", "Evropa", "Европа", "Європа"):
        assert [e.id for e in g.lookup(name)] == ["region:europe"], name
    assert [e.id for e in g.lookup("Azja Środkowa")] == ["region:central-asia"]


def test_the_americas_are_left_out_as_the_name_of_the_united_states(g: Gazetteer) -> None:
    assert all(e.id != "region:americas" for name in ("Америка", "Ameryka") for e in g.lookup(name))


@pytest.mark.parametrize(("lang", "text", "continent"), [
    ("pl", "Minister Jan Wierzbicki mówił o gospodarce w Europie.", "Europie"),
    ("ru", "Министр Иван Петренко говорил о беженцах в Европе.", "Европе"),
    ("uk", "Міністр Іван Петренко говорив про біженців у Європі.", "Європі"),
    ("cs", "Ministr Jan Dvořák hovořil o uprchlících v Evropě.", "Evropě"),
    ("sl", "Minister Janez Kovač je govoril o beguncih v Evropi.", "Evropi"),
    ("bg", "Министър Иван Петров говори за бежанците в Европа.", "Европа"),
])
def test_an_inflected_continent_is_the_gazetteer_place(lang: str, text: str, continent: str) -> None:
    doc = pipeline_for(lang)(text)
    assert (continent, "LOC", "region:europe") in {(e.text, e.label_, e._.gazetteer_id) for e in doc.ents}
