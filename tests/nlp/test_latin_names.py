"""The Latin-script capitalisation reader (kgraph/nlp/latin_names.py): names whose first word
alone is capitalised, on sentences written for them in Slovene and Czech."""
from kgraph.lang import pipeline_for


def labelled(code, text):
    return {(e.text, e.label_) for e in pipeline_for(code)(text).ents}


def texts(code, text):
    return {t for t, _ in labelled(code, text)}


def test_a_capitalised_adjective_inside_a_sentence_opens_a_name_of_common_words_sl():
    found = labelled("sl", "Moskvi pa bo Južni plinovod 3 omogočil pritisk, je dejal Janez Lovrenčič.")
    assert ("Južni plinovod 3", "PRO") in found and "Janez Lovrenčič" in {t for t, _ in found}  # numbered: a product
    assert "Južni" not in {t for t, _ in found}


def test_the_adjectives_between_go_on_and_a_noun_ends_the_name():
    assert "Svetovne trgovinske organizacije" in texts("sl", "Po načelih Svetovne trgovinske organizacije bodo trgovali.")
    assert "Skotská národní strana" in texts("cs", "Řekla, že její Skotská národní strana nebude blokovat.")
    assert "Dolní sněmovna" in texts("cs", "Poslanci, které zvolila Dolní sněmovna minulý týden, jednali.")


def test_a_noun_that_ends_like_an_adjective_takes_no_lowercase_word():
    # 'vojske' (of 'vojska') is a noun: the adjective-and-noun name stops at it, it does not go on
    assert "Slovenske vojske" in texts("sl", "S predstavniki Slovenske vojske so prišli gasilci.")


def test_a_sentence_initial_adjective_is_no_name():
    assert "Južni plinovod" not in texts("sl", "Južni plinovod je dolg.")
    assert not any(t.startswith("Severní") for t in texts("cs", "Severní vítr dnes zesílí."))


def test_a_preposition_before_a_lowercase_head_opens_no_body():
    # 'Podle agentury X', 'Po poročanju agencije X': the name is X alone, the preposition and the
    # head it governs are no words of it; an adjective before a head still opens one
    assert texts("cs", "Podle agentury Nordpress je most zavřený.") == {"Nordpress"}
    assert texts("sl", "Po poročanju agencije Nordpress je most zaprt.") == {"Nordpress"}
    assert "Evropská komise" in texts("cs", "Evropská komise návrh odmítla.")
    assert "Evropska komisija" in texts("sl", "Evropska komisija je predlog zavrnila.")


def test_a_generic_head_opening_the_sentence_is_no_word_of_the_acronym_after_it():
    assert "KNT" in texts("cs", "Agentura KNT uvedla, že most je zavřený.")
    assert not any(t.startswith("Agentura") for t in texts("cs", "Agentura KNT uvedla, že most je zavřený."))
    assert "The Morning Ledger" in texts("sl", "Časopis The Morning Ledger je objavil članek.")
    assert "Rada Evropy" in texts("cs", "Rada Evropy včera jednala.")  # a head before a proper name is its name


def test_a_given_name_and_surname_after_an_acronym_are_a_person():
    found = labelled("cs", "Šéf odborů KVRS Manuel Ferreira to včera potvrdil.")
    assert ("KVRS", "ORG") in found and ("Manuel Ferreira", "PERSON") in found
    found = labelled("sl", "Predsednik sindikata KVRS Antonio Ferreira je to potrdil.")
    assert ("KVRS", "ORG") in found and ("Antonio Ferreira", "PERSON") in found
    found = labelled("cs", "Předseda firmy KVRiG Piotr Nowacki to oznámil.")
    assert ("KVRiG", "ORG") in found and ("Piotr Nowacki", "PERSON") in found


def test_a_person_in_the_nominative_after_a_name_in_an_oblique_case_is_a_name_of_its_own():
    """'kandidát do Senátu Tomáš Brandl': a body in the genitive, then the person in the nominative."""
    for code, text, before, person in (
            ("cs", "Nemocnici včera navštívil kandidát do Senátu Tomáš Brandl se svým týmem.", "Senátu", "Tomáš Brandl"),
            ("cs", "Zprávu potvrdil mluvčí Corvaxu Martin Kerrin ve středu večer.", "Corvaxu", "Martin Kerrin"),
            ("sl", "Pogodbo je podpisal direktor Velmoru Albert Kerrin iz Kranja.", "Velmoru", "Albert Kerrin")):
        found = labelled(code, text)
        assert (person, "PERSON") in found and before in texts(code, text), found


def test_the_words_of_a_name_in_one_case_stay_one_name():
    """'v Muzeu Karla Zemana': the person's words after a body's are its genitive, of its name."""
    assert "Muzeu Karla Zemana" in texts("cs", "Výstava v Muzeu Karla Zemana potrvá do června.")
    assert "Univerzity Tomáše Bati" in texts("cs", "Studenti z Univerzity Tomáše Bati vyhráli soutěž.")


def test_a_name_the_article_writes_alone_ends_before_a_given_name():
    """'firmy Corvax Michael Kerrin' where the article names 'Corvax' alone too: two names."""
    for code, text in (
            ("sl", "Pri Corvaxu so dobiček povečali. Na to je opozoril šef družbe Corvax Michael Kerrin v sredo."),
            ("cs", "Akcie společnosti Corvax klesly. Podle šéfa firmy Corvax Michael Kerrin varoval před ztrátami.")):
        found = labelled(code, text)
        assert ("Michael Kerrin", "PERSON") in found and ("Corvax", "ORG") in found, found
    assert "Anna Marie Brendel" in texts("sl", "Anna Marie Brendel je včeraj obiskala Kranj. Anna je dejala, da bo prišla spet.")
