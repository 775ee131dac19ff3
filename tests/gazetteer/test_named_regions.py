"""Regions no standard list has (named_regions.json): the Middle East is a place in every language,
inflected too, where the readers took an adjective and a noun for a body."""
import pytest

from kgraph.gazetteer import Gazetteer
from kgraph.lang import pipeline_for


def test_the_middle_east_is_one_entry_in_each_script() -> None:
    g = Gazetteer.load()
    for name in ("Middle East", "Bliski Wschód", "Blízký východ", "Ближний Восток", "Близький Схід"):
        assert [e.id for e in g.lookup(name)] == ["region:middle-east"], name


@pytest.mark.parametrize(("lang", "text", "region"), [
    ("uk", "Міністр Іван Петренко говорив про християн у країнах Близького Сходу.", "Близького Сходу"),
    ("ru", "Министр Иван Петренко говорил о христианах на Ближнем Востоке.", "Ближнем Востоке"),
    ("pl", "Minister Jan Wierzbicki mówił o chrześcijanach na Bliskim Wschodzie.", "Bliskim Wschodzie"),
    ("cs", "Ministr Jan Dvořák hovořil o křesťanech na Blízkém východě.", "Blízkém východě"),
    ("sl", "Minister Janez Kovač je govoril o kristjanih na Bližnjem vzhodu.", "Bližnjem vzhodu"),
    ("bg", "Министър Иван Петров говори за християните в Близкия изток.", "Близкия изток"),
    ("en", "Minister John Carver spoke about Christians in the Middle East.", "Middle East"),
])
def test_the_middle_east_is_a_place_in_the_text(lang: str, text: str, region: str) -> None:
    ents = {(e.text, e.label_) for e in pipeline_for(lang)(text).ents}
    assert (region, "LOC") in ents
