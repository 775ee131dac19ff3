"""Czech bodies' lower-case prepositional tails ('Úřad pro …'), on sentences written for them."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_) for e in pipeline_for("cs")(text).ents}


def test_a_body_keeps_its_tail_up_to_the_verb():
    assert ("Agentura pro rozvoj venkova", "ORG") in ents("Včera Agentura pro rozvoj venkova zahájila nový program.")
    assert ("Úřad pro ochranu půdy", "ORG") in ents("Úřad pro ochranu půdy zveřejnil, že plochy ubývají.")


def test_a_tail_ends_at_a_stop_word_or_a_mark_and_before_another_body():
    assert ("Centrum pro výzkum lesů", "ORG") in ents("Zprávu vydalo Centrum pro výzkum lesů, které sídlí v Brně.")
    assert ("Institut pro výzkum půdy", "ORG") in ents("Zprávu vydal Institut pro výzkum půdy a vláda ji přijala.")


def test_an_event_word_in_the_tail_does_not_make_the_body_an_event():
    assert ("Institut pro výzkum revoluce", "ORG") in ents("Včera Institut pro výzkum revoluce zveřejnil archiv.")


def test_a_tail_that_reaches_no_clear_end_is_not_taken():
    found = ents("Včera Agentura pro rozvoj malých horských obcí venkova zemědělců oznámila změny.")
    assert not any(text.endswith("zemědělců") for text, _ in found)


def test_a_capitalised_word_after_the_tail_is_another_name():
    found = ents("Mluvčí Úřadu pro bezpečnost silničního provozu Norvex Dalla uvedl, že nehod ubylo.")
    assert ("Úřadu pro bezpečnost silničního provozu", "ORG") in found
    assert not any(text.startswith("Úřadu") and text.endswith("Dalla") for text, _ in found)
