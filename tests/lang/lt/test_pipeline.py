"""Lithuanian through the capitalisation reader: sentences written for each class of error of issue 12.
Every person is invented."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("lt")(text).ents}


def texts(text):
    return {t for t, _, _ in ents(text)}


def test_lithuanian_has_its_own_pipeline_and_data():
    assert pipeline_for("lt") is not pipeline_for("lv")


def test_a_common_word_or_a_title_opening_a_sentence_is_no_name():
    found = texts("Vakar į Šiaulius atvyko ministras. Premjeras Tomas Gintautas išvyko anksčiau.")
    assert "Vakar" not in found and "Premjeras" not in found
    assert {"Šiaulius", "Tomas Gintautas"} <= found


def test_a_body_whose_head_comes_last_is_one_organisation_with_its_head_in_the_nominative():
    found = ents("Užsienio reikalų ministerija paskelbė pranešimą. Jį pasirašė Lietuvos Respublikos Seimo narys.")
    assert ("Užsienio reikalų ministerija", "ORG", "Užsienio reikalų ministerija") in found
    assert ("Lietuvos Respublikos Seimo", "ORG", "Lietuvos Respublikos Seimas") in found


def test_a_body_s_head_ends_its_name_before_a_place():
    found = ents("Teismas nusprendė, o Vyriausybė Kaune susitiko su ūkininkais.")
    assert ("Kaune", "LOC", "Kaunas") in found
    assert not any(text.endswith("Kaune") and label == "ORG" for text, label, _ in found)


def test_a_place_in_an_oblique_case_gets_its_base_form():
    found = ents("Protestuotojai susirinko Vilniuje, o vėliau nuvyko į Klaipėdą.")
    assert ("Vilniuje", "LOC", "Vilnius") in found and ("Klaipėdą", "LOC", "Klaipėda") in found


def test_an_oblique_surname_with_a_surname_ending_is_a_person_in_the_nominative():
    found = ents("Policija sulaikė žurnalistą Rimantą Vaitkūną ir jo brolį Mindaugą Kairaitį.")
    assert ("Rimantą Vaitkūną", "PERSON", "Rimantas Vaitkūnas") in found
    assert any(text == "Mindaugą Kairaitį" and label == "PERSON" and normal.endswith("Kairaitis")
               for text, label, normal in found)


def test_particles_stay_inside_a_person():
    assert "Helga van der Berg" in texts("Komisijos pirmininkė Helga van der Berg atvyko į Kauną.")
