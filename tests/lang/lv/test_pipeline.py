"""Latvian through the capitalisation reader: sentences written for each class of error of issue 12.
Every person is invented."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("lv")(text).ents}


def texts(text):
    return {t for t, _, _ in ents(text)}


def test_a_common_word_or_a_title_opening_a_sentence_is_no_name():
    found = texts("Vakar uz Jelgavu ieradās ministrs. Premjerministrs Andris Vītols aizbrauca agrāk.")
    assert "Vakar" not in found and not any(t.startswith("Premjerministrs") for t in found)
    assert {"Jelgavu", "Andris Vītols"} <= found


def test_a_body_whose_head_comes_last_is_one_organisation_with_its_head_in_the_nominative():
    found = ents("Ārlietu ministrija publicēja paziņojumu. To parakstīja Ministru kabineta pārstāvis.")
    assert ("Ārlietu ministrija", "ORG", "Ārlietu ministrija") in found
    assert ("Ministru kabineta", "ORG", "Ministru kabinets") in found


def test_a_place_in_an_oblique_case_gets_its_base_form():
    found = ents("Protestētāji pulcējās Rīgā, bet vēlāk devās uz Liepāju.")
    assert ("Rīgā", "LOC", "Rīga") in found and ("Liepāju", "LOC", "Liepāja") in found


def test_a_given_name_and_an_oblique_surname_are_one_person_in_the_nominative():
    found = ents("Policija aizturēja žurnālistu Jāni Kalnbērziņu.")
    assert ("Jāni Kalnbērziņu", "PERSON", "Jānis Kalnbērziņš") in found


def test_a_guessed_surname_ending_is_not_forced_on_the_given_name():
    """'Ozoliņu' -> 'Ozoliņš' is read from the surname endings alone; the given name beside it
    declines otherwise and keeps its form rather than take 'š' ('Raimondš')."""
    found = ents("Policija aizturēja žurnālistu Raimondu Ozoliņu.")
    normal = next(n for text, label, n in found if text == "Raimondu Ozoliņu")
    assert normal.endswith("Ozoliņš") and not normal.startswith("Raimondš")
