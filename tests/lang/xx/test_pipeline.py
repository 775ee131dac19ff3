"""The fallback for languages kgraph has no model for, on text written for these tests."""
from kgraph.lang import pipeline_for

GERMAN = ("Am Montag empfing Bundespräsidentin Angela Brandt in Warschau den Außenminister. "
          "Die Regierung in Kasachstan bat nach den Unruhen die Nachbarn um Hilfe. Laut der "
          "Nachrichtenagentur Reuters wurden Dutzende Menschen verletzt, und die Polizei sperrte "
          "die Straßen der Stadt für den Verkehr.")
SPANISH = ("Ayer la ministra Carmen Ruiz Delgado visitó la ciudad con el alcalde y habló con los "
           "periodistas sobre las obras del puerto durante la tarde.")


def ents(text):
    doc = pipeline_for("xx")(text)
    return doc, {(e.text, e.label_) for e in doc.ents}


def test_german_noun_capitalisation_is_detected_and_titles_left_out():
    doc, found = ents(GERMAN)
    assert doc._.capitalises_nouns
    assert ("Angela Brandt", "PERSON") in found
    assert ("Kasachstan", "LOC") in found and ("Reuters", "ORG") in found
    texts = {t for t, _ in found}
    assert not texts & {"Dutzende Menschen", "Nachrichtenagentur", "Regierung", "Außenminister"}


def test_spanish_capitalised_runs_are_people():
    doc, found = ents(SPANISH)
    assert not doc._.capitalises_nouns
    assert ("Carmen Ruiz Delgado", "PERSON") in found


def test_hyphenated_given_names_stay_whole():
    _, found = ents("Ayer el presidente Jean-Luc Morel visitó la ciudad y habló con la prensa local.")
    assert ("Jean-Luc Morel", "PERSON") in found


def test_german_runs_need_a_given_name_not_a_surname_like_word():
    doc, found = ents(GERMAN.replace("Am Montag", "Am Sonntag haben Hunderte Menschen demonstriert und"))
    assert not any("Sonntag" in text for text, _ in found)
