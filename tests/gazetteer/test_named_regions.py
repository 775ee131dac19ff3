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


@pytest.mark.parametrize(("lang", "text", "region"), [
    ("ru", "Санкции Запада не остановили торговлю с портом.", "Запада"),
    ("uk", "Україна закликала Захід надати більше зброї.", "Захід"),
    ("uk", "Санкції Заходу не зупинили торгівлю з портом.", "Заходу"),
    ("pl", "Celem Zachodu jest osłabienie gospodarki.", "Zachodu"),
    ("cs", "Ukrajina vyzvala Západ k dodávkám zbraní.", "Západ"),
    ("sl", "Sankcije Zahoda niso ustavile trgovine.", "Zahoda"),
    ("bg", "Санкциите на Запада не спряха търговията.", "Запада"),
])
def test_the_west_is_a_place_in_the_text(lang: str, text: str, region: str) -> None:
    """'the West' of world politics is a region (a place), not a body a reader took it for."""
    ents = {(e.text, e.label_, e._.gazetteer_id) for e in pipeline_for(lang)(text).ents}
    assert (region, "LOC", "region:the-west") in ents


def test_western_europe_stays_its_own_region() -> None:
    ents = {(e.text, e._.gazetteer_id) for e in pipeline_for("bg")("Проектът засяга Западна Европа.").ents}
    assert ("Западна Европа", "region:western-europe") in ents
