"""German through the capitalisation reader: every German noun is capitalised, so a word the
dictionary knows is a name only as a surname after a given name (or through the gazetteer).
Every person is invented."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_) for e in pipeline_for("de")(text).ents}


def texts(text):
    return {t for t, _ in ents(text)}


def test_german_has_a_pipeline_of_its_own():
    assert pipeline_for("de") is not pipeline_for("xx")


def test_a_capitalised_noun_is_no_name_nor_part_of_one():
    found = texts("Die Europäische Union forderte die Freilassung des Journalisten Tomas Brenner.")
    assert "Tomas Brenner" in found
    assert not any(t.startswith(("Freilassung", "Journalisten")) for t in found)


def test_a_title_before_a_person_stays_out_of_the_name():
    found = ents("Der estnische Ministerpräsident Liisa Koppel traf am Freitag in Riga ein.")
    assert ("Liisa Koppel", "PERSON") in found and ("Riga", "LOC") in found


def test_a_surname_that_is_also_a_word_stays_with_its_given_name():
    """'Brandner', 'Koppel' are German words too; after a given name they are the surname."""
    assert ("Olaf Brandner", "PERSON") in ents("Bundeskanzler Olaf Brandner sagte am Montag, dass Berlin Hilfe schicke.")


def test_a_noun_after_a_number_is_no_surname():
    found = texts("Vor dem Rathaus demonstrierten etwa 300 Bürger und rund 40 Studenten gegen die Reform.")
    assert not any(t.startswith(("Bürger", "Studenten")) for t in found)
