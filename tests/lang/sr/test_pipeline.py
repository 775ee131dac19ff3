"""Serbian Cyrillic through the capitalisation reader, its words looked up in simplemma's
Serbo-Croatian dictionary in their Latin spelling. Every person is invented."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("sr")(text).ents}


def test_serbian_has_a_pipeline_of_its_own_not_the_shared_cyrillic_reader():
    assert pipeline_for("sr") is not pipeline_for("be") and pipeline_for("sr") is not pipeline_for("hr")


def test_a_common_word_opening_a_sentence_is_no_name_but_a_place_inside_gets_its_base_form():
    found = ents("Јуче поподне у Нишу је стигао нови амбасадор. Данас је отпутовао.")
    assert ("Нишу", "LOC", "Ниш") in found
    assert not {text for text, _, _ in found} & {"Јуче", "Данас"}


def test_a_person_in_an_oblique_case_gets_the_nominative():
    found = ents("Министар је разговарао у Београду са Петром Јовановићем.")
    assert ("Петром Јовановићем", "PERSON", "Петар Јовановић") in found


def test_a_body_keeps_its_lowercase_words_its_head_in_the_nominative_and_its_country_as_written():
    found = ents("Новинари су се окупили испред Министарства спољних послова Србије.")
    assert ("Министарства спољних послова Србије", "ORG", "Министарство спољних послова Србије") in found


def test_a_word_after_a_dateline_s_dotted_year_opens_a_sentence():
    """'… 14. марта 2023. Бивши …': the tokenizer keeps the stop on the year; 'Бивши' (former) is no name."""
    found = ents("Београд, 14. марта 2023. Бивши председник Пољске Петар Јовановић допутовао је у Београд.")
    assert not any(text.startswith("Бивши") for text, _, _ in found)
    assert ("Петар Јовановић", "PERSON", "Петар Јовановић") in found
