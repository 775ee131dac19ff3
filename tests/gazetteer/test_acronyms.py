"""A short acronym is matched only as written: it is no shortened form of a town's name ('РИГ' is
no case of 'Рига', 'LiM' no reading of 'Lima'), while a short word in capitals that is a case of a
name ('РИМЕ', a headline's 'in Rome') still is."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def _ents(lang: str, text: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.label_, e._.gazetteer_id) for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize("lang,text,acronym", [
    ("ru", "Об этом сообщает РИГ со ссылкой на свои источники.", "РИГ"),
    ("uk", "Про це повідомляє РИГ з посиланням на власні джерела.", "РИГ"),
    ("pl", "Jak podaje RIG, rozmowy trwały do wieczora.", "RIG"),
])
def test_an_acronym_is_no_town_it_shortens(lang, text, acronym):
    label, linked = _ents(lang, text).get(acronym, ("", None))
    assert linked is None and label != "LOC"


@pytest.mark.parametrize("lang,text", [
    ("pl", "Posłowie LiM zagłosowali przeciw ustawie."),
    ("cs", "Poslanci LiM podpořili návrh zákona."),
])
def test_a_mixed_case_acronym_is_a_body(lang, text):
    assert _ents(lang, text)["LiM"] == ("ORG", None)


def test_a_capitalised_case_form_still_names_its_place():
    assert _ents("ru", "Лидеры двух стран встретились в РИМЕ.")["РИМЕ"][1] == "wd:Q220"
