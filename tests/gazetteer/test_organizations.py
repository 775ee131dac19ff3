"""The European bodies are known by their names in every Slavic language of the region, not
only in en/ru/pl/de (ontology/gazetteer/organizations.json)."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


@pytest.mark.parametrize(("lang", "text", "name", "qid"), [
    ("bg", "Тарвия поиска помощ от Евросъюз още вчера.", "Евросъюз", "wd:Q458"),
    ("uk", "Тарвія попросила допомоги в Євросоюз ще вчора.", "Євросоюз", "wd:Q458"),
    ("bg", "Решението взе Европейска комисия в сряда.", "Европейска комисия", "wd:Q8880"),
    ("uk", "Рішення ухвалила Єврокомісія в середу.", "Єврокомісія", "wd:Q8880"),
    ("cs", "Rozhodnutí přijala Evropská komise ve středu.", "Evropská komise", "wd:Q8880"),
    ("sl", "Odločitev je sprejel Evropski parlament v sredo.", "Evropski parlament", "wd:Q8889"),
])
def test_a_european_body_named_in_its_own_language_is_the_gazetteer_entry(lang, text, name, qid) -> None:
    found = {e.text: e._.gazetteer_id for e in pipeline_for(lang)(text).ents}
    assert found.get(name) == qid


@pytest.mark.parametrize(("lang", "text", "name", "gid"), [
    ("sl", "Poročilo je včeraj objavila Svetovna zdravstvena organizacija.", "Svetovna zdravstvena organizacija", "wd:Q7817"),
    ("cs", "Zprávu včera zveřejnila Světová obchodní organizace.", "Světová obchodní organizace", "wd:Q7825"),
    ("bg", "Докладът е на Световната банка и излезе вчера.", "Световната банка", "wd:Q7164"),
    ("sl", "O tem so v ZN govorili že lani.", "ZN", "wd:Q1065"),
    ("cs", "O tom se v OSN mluvilo už loni.", "OSN", "wd:Q1065"),
    ("bg", "Според Ройтерс решението е взето.", "Ройтерс", "wd:Q130879"),
    ("cs", "Evropská rada se sejde v pátek.", "Evropská rada", "org:european-council"),
    ("sl", "Svet Evrope je o tem razpravljal v petek.", "Svet Evrope", "wd:Q8908"),
    ("bg", "Според Амнести интернешънъл затворите са препълнени.", "Амнести интернешънъл", "wd:Q42970"),
    ("uk", "Про це повідомив Інтерпол у середу.", "Інтерпол", "wd:Q47483"),
])
def test_international_bodies_and_agencies_are_known_in_bg_cs_sl_uk(lang, text, name, gid) -> None:
    found = {e.text: e._.gazetteer_id for e in pipeline_for(lang)(text).ents}
    assert found.get(name) == gid, found
