"""Belarusian through the capitalisation reader with Belarusian words and their case forms (no
Belarusian dictionary ships on PyPI). Every person is invented."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("be")(text).ents}


def texts(text):
    return {t for t, _, _ in ents(text)}


def test_belarusian_has_a_pipeline_of_its_own():
    assert pipeline_for("be") is not pipeline_for("ru") and pipeline_for("be") is not pipeline_for("kk")


def test_a_common_word_or_a_title_opening_a_sentence_is_no_name():
    found = texts("Учора ў Магілёве пратэставалі фермеры. Прэзідэнт Аляксандр Петрашэвіч наведаў Брэст.")
    assert {"Магілёве", "Аляксандр Петрашэвіч", "Брэст"} <= found
    assert not any(t.startswith(("Учора", "Прэзідэнт")) for t in found)


def test_a_name_does_not_run_on_into_the_verb_or_the_next_name():
    """Natasha, trained on Russian, read 'Прэзідэнт … наведаў Брэст' as one person."""
    found = ents("Прэзідэнт Аляксандр Петрашэвіч наведаў Брэст.")
    assert ("Аляксандр Петрашэвіч", "PERSON", "Аляксандр Петрашэвіч") in found
    assert ("Брэст", "LOC", "Брэст") in found


def test_a_body_keeps_its_lowercase_words():
    found = ents("Міністэрства замежных спраў Беларусі выступіла з заявай.")
    assert any(t == "Міністэрства замежных спраў Беларусі" and label == "ORG" for t, label, _ in found)
