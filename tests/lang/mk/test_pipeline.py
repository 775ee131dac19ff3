"""Macedonian through the capitalisation reader with simplemma's Macedonian dictionary, which also
takes the definite article off a word. Every person is invented."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("mk")(text).ents}


def test_macedonian_has_a_pipeline_of_its_own():
    assert pipeline_for("mk") is not pipeline_for("be") and pipeline_for("mk") is not pipeline_for("bg")


def test_a_title_with_its_article_opening_a_sentence_is_no_name():
    found = ents("Премиерот Никола Стојановски го посети Куманово.")
    assert ("Никола Стојановски", "PERSON", "Никола Стојановски") in found
    assert ("Куманово", "LOC", "Куманово") in found
    assert not any(text.startswith("Премиерот") for text, _, _ in found)


def test_a_body_s_head_loses_its_article_in_the_base_form():
    found = ents("Министерството за надворешни работи објави соопштение.")
    assert ("Министерството за надворешни работи", "ORG", "Министерство за надворешни работи") in found
