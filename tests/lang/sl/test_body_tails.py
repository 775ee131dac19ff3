"""Slovene bodies' lower-case prepositional tails ('Agencija za …'), on sentences written for them."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_) for e in pipeline_for("sl")(text).ents}


def test_a_body_keeps_its_tail_up_to_the_verb_or_a_stop_word():
    assert ("Agencija za varnost hrane", "ORG") in ents("Agencija za varnost hrane sporoča, da je vse v redu.")
    assert ("Inštitut za raziskave gozdov", "ORG") in ents("Včeraj je Inštitut za raziskave gozdov objavil poročilo.")


def test_a_conjunction_joins_two_words_of_the_tail():
    found = ents("Urad za intelektualno lastnino in patente je sprejel vlogo.")
    assert ("Urad za intelektualno lastnino in patente", "ORG") in found


def test_a_disease_word_before_a_body_does_not_make_it_an_event():
    found = ents("Vodja oddelka za nalezljive bolezni Inštituta za zdravje živali Janez Kovač je zaskrbljen.")
    assert ("Inštituta za zdravje živali", "ORG") in found
