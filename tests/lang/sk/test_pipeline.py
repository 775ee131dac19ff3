"""Slovak through the capitalisation reader: sentences written for each class of error of issue 12."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("sk")(text).ents}


def texts(text):
    return {t for t, _, _ in ents(text)}


def test_slovak_has_its_own_pipeline_and_data():
    assert pipeline_for("sk") is not pipeline_for("cs")


def test_a_common_word_opening_a_sentence_is_no_name_but_a_name_inside_is():
    found = texts("Včera popoludní prišiel do Košíc nový veľvyslanec. Dnes ráno odišiel.")
    assert "Včera" not in found and "Dnes" not in found and "Košíc" in found


def test_body_names_keep_their_lowercase_words():
    found = ents("Ministerstvo zahraničných vecí to v pondelok oznámilo a Európska komisia súhlasila.")
    assert ("Ministerstvo zahraničných vecí", "ORG", "Ministerstvo zahraničných vecí") in found
    assert ("Európska komisia", "ORG", "Európska komisia") in found


def test_a_given_name_and_an_unknown_surname_are_one_person():
    assert ("Zuzana Hrablíková", "PERSON", "Zuzana Hrablíková") in ents(
        "Na schôdzi vystúpila poslankyňa Zuzana Hrablíková z Prešova.")


def test_particles_stay_inside_a_person_and_a_given_name_keeps_its_form():
    found = ents("Predsedníčka komisie Helga van der Berg priletela do Žiliny.")
    assert ("Helga van der Berg", "PERSON", "Helga van der Berg") in found


def test_names_in_oblique_cases_get_their_base_form():
    found = ents("Minister rokoval v Bratislave s Tomášom Kováčom.")
    assert ("Bratislave", "LOC", "Bratislava") in found
    assert ("Tomášom Kováčom", "PERSON", "Tomáš Kováč") in found


def test_a_lone_surname_after_the_full_name_is_the_person():
    found = ents("Senátor Radoslav Vrbovský prišiel neskoro. Vrbovskému potom poďakoval župan.")
    assert ("Vrbovskému", "PERSON", "Vrbovský") in found


def test_unknown_single_name_after_v_is_a_place():
    assert ("Kelmsbury", "LOC") in {(t, lab) for t, lab, _ in ents("Nová továreň funguje v Kelmsbury už rok.")}
