"""What SGJP says of a Polish word (kgraph.nlp.morfeusz): a past verb that morfeusz splits from its
person and mood endings ('rozmawiali|śmy', 'zrobił|by|m') has the verb's lemma; the Polish
pipeline gives it, so a trigger in the first or second person is found. Sentences written for the tests."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for
from kgraph.nlp.morfeusz import analyse

from tests.facts.helpers import run


@pytest.mark.parametrize(("word", "lemma"), [
    ("rozmawialiśmy", "rozmawiać"), ("zatrzymaliście", "zatrzymać"), ("powiedziałem", "powiedzieć"),
    ("widziałaś", "widzieć"), ("zrobiłbym", "zrobić"), ("spotkalibyśmy", "spotkać"),
])
def test_a_past_verb_with_its_endings_has_the_verbs_lemma(word: str, lemma: str) -> None:
    info = analyse(word)
    assert info.lemmas == (lemma,) and "praet" in info.classes


def test_a_word_of_several_words_keeps_no_lemma() -> None:
    assert analyse("Onet.pl").lemmas == ()  # Onet + . + pl: a segment's lemma is not the word's


def test_the_polish_pipeline_lemmatises_them() -> None:
    doc = pipeline_for("pl")("Wczoraj rozmawialiśmy z ministrem, a potem zatrzymaliście dwóch ludzi.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["rozmawialiśmy"] == "rozmawiać" and lemmas["zatrzymaliście"] == "zatrzymać"


def test_a_meeting_told_in_the_first_person_is_found() -> None:
    _, events, _, name = run('"Rozmawialiśmy kilka razy z prezydentem Litwy Tomasem Vainorasem" – przekazał '
                             "premier Jan Borowiec.", "pl")
    assert any(e.kind == "Meeting" and any((name(r) or "").startswith("Tomas") for _, r in e.participants)
               for e in events)
