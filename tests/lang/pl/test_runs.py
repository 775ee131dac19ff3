"""Where a Polish name starts and ends (kgraph/lang/pl/runs.py), on sentences written for them."""
from kgraph.lang import pipeline_for


def ents(text):
    return {(e.text, e.label_, e._.normal) for e in pipeline_for("pl")(text).ents}


def texts(text):
    return {t for t, _, _ in ents(text)}


def test_a_body_named_with_its_seat_keeps_the_preposition_and_the_place():
    found = ents("Wyrok wydał wczoraj Sąd Okręgowy w Lublinie, a obrona zapowiada apelację.")
    assert ("Sąd Okręgowy w Lublinie", "ORG", "Sąd Okręgowy w Lublinie") in found
    assert "Lublinie" not in texts("Wyrok wydał wczoraj Sąd Okręgowy w Lublinie.")


def test_the_seat_stays_in_the_locative_while_the_body_takes_the_nominative():
    found = ents("Pacjentkę przewieziono do Szpitala Wojewódzkiego w Wrzosowie Dolnym.")
    assert any(t == "Szpitala Wojewódzkiego w Wrzosowie Dolnym" and n == "Szpital Wojewódzki w Wrzosowie Dolnym"
               for t, _, n in found)


def test_a_body_not_named_by_its_seat_stays_apart_from_the_place():
    found = texts("Komisja Europejska w Brukseli przyjęła wniosek.")
    assert "Komisja Europejska" in found and "Brukseli" in found


def test_a_seat_word_in_a_genitive_tail_or_a_name_with_a_place_takes_no_seat():
    found = texts("Koncert Orkiestry Teatru Zimowego w Lublinie odwołano.")
    assert "Orkiestry Teatru Zimowego" in found and "Lublinie" in found
    found = texts("Badacze Uniwersytetu Wisconsin w Kanadzie potwierdzili to.")
    assert "Uniwersytetu Wisconsin" in found and "Kanadzie" in found


def test_a_lone_capital_letter_is_no_name():
    found = texts("Białko S wiąże się z receptorem, a witamina C nie, mówi Adam Lisowicz.")
    assert "S" not in found and "C" not in found and "Adam Lisowicz" in found


def test_a_dictionary_noun_the_text_always_capitalises_is_a_name():
    text = ("Zarząd uważa, że Wiertarka potrzebuje nowych hal. Jak dodał wiceprezes, nowe fabryki "
            "zbuduje Wiertarka w Chełmie.")
    assert "Wiertarka" in texts(text)
    assert "Wiertarka" not in texts("Zarząd uważa, że Wiertarka potrzebuje nowych hal.")  # once: no evidence


def test_a_noun_the_text_also_writes_in_lower_case_stays_common():
    text = "Każda wiertarka hałasuje, a firma mówi, że Wiertarka jest cicha, bo Wiertarka ma tłumik."
    assert "Wiertarka" not in texts(text)


def test_a_numbered_name_loses_the_case_ending_before_its_number():
    text = "Spółka buduje gazociąg Baltic Stream 2. Ułożono już 20 km pierwszej nitki Baltic Streamu 2 na dnie."
    assert ("Baltic Streamu 2", "PRO", "Baltic Stream 2") in ents(text)
