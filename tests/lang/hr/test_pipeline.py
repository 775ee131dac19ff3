"""Croatian through the capitalisation reader: sentences written for each class of error of issue 12."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("hr")(text).ents}


def texts(text):
    return {t for t, _, _ in ents(text)}


def test_croatian_has_its_own_pipeline_and_data():
    assert pipeline_for("hr") is not pipeline_for("sl")


def test_a_common_word_opening_a_sentence_is_no_name_but_a_name_inside_is():
    found = texts("Jučer poslijepodne u Split je stigao novi veleposlanik. Danas ujutro je otputovao.")
    assert "Jučer" not in found and "Danas" not in found and "Split" in found


def test_body_names_keep_their_lowercase_words():
    found = ents("Ministarstvo vanjskih i europskih poslova to je objavilo, a Europska komisija se složila. "
                 "Hrvatski sabor izglasao je zakon.")
    assert ("Ministarstvo vanjskih i europskih poslova", "ORG", "Ministarstvo vanjskih i europskih poslova") in found
    assert ("Europska komisija", "ORG", "Europska komisija") in found
    assert ("Hrvatski sabor", "ORG", "Hrvatski sabor") in found


def test_a_given_name_and_an_unknown_surname_are_one_person():
    assert ("Marija Kovačević", "PERSON", "Marija Kovačević") in ents(
        "Na sjednici je govorila zastupnica Marija Kovačević iz Osijeka.")


def test_particles_stay_inside_a_person_and_a_given_name_keeps_its_form():
    found = ents("Predsjednica komisije Helga van der Berg doputovala je u Rijeku.")
    assert ("Helga van der Berg", "PERSON", "Helga van der Berg") in found


def test_names_in_oblique_cases_get_their_base_form():
    found = ents("Ministar je razgovarao u Zagrebu s Ivanom Horvatom.")
    assert ("Zagrebu", "LOC", "Zagreb") in found
    assert ("Ivanom Horvatom", "PERSON", "Ivan Horvat") in found


def test_a_lone_surname_after_the_full_name_is_the_person():
    found = ents("Senator Zoran Vrbanić stigao je kasno. Vrbaniću je potom zahvalio župan.")
    assert ("Vrbaniću", "PERSON", "Vrbanić") in found
