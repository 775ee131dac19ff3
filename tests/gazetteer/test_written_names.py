"""A gazetteer match's base form is the entry's name the text wrote (its acronym, its short
name, in the text's language), not the entry's preferred label: the text names the entity by
what it writes, and resolution chooses each language's label from those base forms."""
from __future__ import annotations

import pytest

from kgraph.gazetteer import Gazetteer, TokenForms
from kgraph.lang import pipeline_for


def normals(lang: str, text: str) -> dict[str, str]:
    return {e.text: e._.normal for e in pipeline_for(lang)(text).ents if e._.gazetteer_id}


def test_the_matcher_says_which_names_of_the_entry_the_tokens_matched() -> None:
    gaz = Gazetteer.load()
    (match,) = gaz.match([TokenForms(0, 3, "США")])
    assert match.names == ("США",) and match.entry.wikidata == "Q30"


@pytest.mark.parametrize(("lang", "text", "written", "normal"), [
    ("ru", "Посол США встретился с министром Тарвии.", "США", "США"),
    ("bg", "Посланикът на САЩ пристигна в столицата на Тарвия.", "САЩ", "САЩ"),
    ("sl", "Veleposlanik ZDA je včeraj obiskal Tarvijo.", "ZDA", "ZDA"),
    ("pl", "Ambasador USA przyjechał wczoraj do Tarwii.", "USA", "USA"),
    ("uk", "Представник ЄС заявив про нові санкції проти Тарвії.", "ЄС", "ЄС"),
])
def test_an_acronym_keeps_its_own_written_form(lang: str, text: str, written: str, normal: str) -> None:
    assert normals(lang, text)[written] == normal


def test_a_short_name_in_an_oblique_case_is_brought_to_that_name_in_ukrainian() -> None:
    found = normals("uk", "Делегація Тарвії прибула до Бельгії, а потім до Великобританії.")
    assert found["Великобританії"] == "Великобританія"  # not the label 'Велика Британія'
    assert found["Бельгії"] == "Бельгія"  # not the Russian 'Бельгия' that shares its stem


def test_a_short_name_in_an_oblique_case_is_brought_to_that_name_in_czech_and_slovene() -> None:
    assert normals("cs", "Ministr Tarvie odletěl do Velké Británie.")["Velké Británie"] == "Velká Británie"
    assert normals("sl", "Minister Tarvije je odpotoval v Veliko Britanijo.")["Veliko Britanijo"] == "Velika Britanija"
