"""A number before a lowercase head word is a count ('86 letališč'), not a body or a place; a
capitalised word before a head still opens a body's name."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def names(lang: str, text: str) -> set[str]:
    return {e.text for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("sl", "Družba leti na 86 letališč v 37 državah.", {"86 letališč", "37 državah"}),
    ("sl", "Cepljenje izvaja 50 bolnišnic po vsej Sloveniji.", {"50 bolnišnic"}),
    ("cs", "Společnost létá na 19 letištích ve 29 státech.", {"19 letištích", "29 státech"}),
])
def test_a_number_before_a_head_word_is_a_count(lang: str, text: str, counts: set[str]) -> None:
    found = names(lang, text)
    assert not found & counts
    assert not any(name[:1].isdigit() for name in found)


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("sl", "Evropska komisija je sprejela sklep.", "Evropska komisija"),
    ("cs", "Evropská komise přijala rozhodnutí.", "Evropská komise"),
])
def test_an_adjective_before_a_head_word_opens_a_body(lang: str, text: str, body: str) -> None:
    assert body in names(lang, text)
