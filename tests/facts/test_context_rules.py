"""Rules that take what a clause lacks from its context: recruitment told in the first person,
bare nouns with a date, a place in the previous sentence, a subject phrase standing for its
country, date fragments; acquaintances and spokespersons of office holders (en, ru, pl)."""
from __future__ import annotations

import datetime as dt

from .helpers import run


def _events(events, name, kind):
    return [(sorted(name(r) for _, r in e.participants), name(e.place), e.date) for e in events if e.kind == kind]


def _rel(facts, name, predicate):
    return {(name(f.subject), name(f.object)) for f in facts if f.predicate == predicate}


# -- recruitment: an offer to take part, the speaker as the one recruited -----------------------

def test_en_first_person_offer_to_take_part_is_recruitment_of_the_speaker() -> None:
    _, events, _, name = run("Erik Lindqvist told reporters about his trip. \"On 3 March strangers called me "
                             "and offered to take part in the rally for money,\" he said.", "en")
    assert (["Erik Lindqvist"], None, dt.date(2023, 3, 3)) in _events(events, name, "Recruitment")


def test_ru_first_person_offer_is_recruitment_of_the_main_person() -> None:
    _, events, _, name = run("Художник Олег Смирнов вернулся домой. «Третьего марта со мной созвонились "
                             "незнакомые люди и предложили участвовать в митинге», — рассказал он.", "ru")
    found = _events(events, name, "Recruitment")
    assert found and found[0][0] == ["Олег Смирнов"] and found[0][2] == dt.date(2023, 3, 3)


def test_pl_first_person_offer_is_recruitment() -> None:
    _, events, _, name = run("Malarz Piotr Nowak wrócił do domu. Trzeciego marca nieznajomi "
                             "zaproponowali mi udział w wiecu.", "pl")
    found = _events(events, name, "Recruitment")
    assert found and found[0][0] == ["Piotr Nowak"] and found[0][2] == dt.date(2023, 3, 3)


def test_offer_without_taking_part_is_no_recruitment() -> None:
    _, events, _, _ = run("Oleg Smirnov called me on 3 March and offered his condolences.", "en")
    assert not [e for e in events if e.kind == "Recruitment"]


# -- a bare noun with a date: the person the context points to, the place told before ---------

def test_ru_bare_detention_noun_takes_date_person_and_earlier_place() -> None:
    _, events, _, name = run("Художника Олега Смирнова задержали в Казани. Синяки появились еще 7 марта, "
                             "это было жесткое задержание.", "ru")
    assert (["Олега Смирнова"], "Казани", dt.date(2023, 3, 7)) in _events(events, name, "Detention")


def test_en_bare_detention_noun_takes_date_and_person() -> None:
    _, events, _, name = run("The painter Oleg Smirnov was detained in Kazan. The bruises appeared on 7 March, "
                             "it was a rough detention.", "en")
    assert (["Oleg Smirnov"], "Kazan", dt.date(2023, 3, 7)) in _events(events, name, "Detention")


def test_bare_noun_without_a_date_stays_out() -> None:
    _, events, _, _ = run("The painter Oleg Smirnov spoke. It was a rough detention.", "en")
    assert not [e for e in events if e.kind == "Detention"]


def test_plural_bare_noun_is_not_about_the_person() -> None:
    _, events, _, _ = run("The painter Oleg Smirnov spoke. Mass detentions began on 7 March.", "en")
    assert not [e for e in events if e.kind == "Detention"]


# -- a shutdown whose place the previous sentence names ------------------------------------------

def test_pl_shutdown_takes_place_from_previous_sentence() -> None:
    _, events, _, name = run("Z kolei w stolicy Oslo znów nie działa Internet. Sieć została wyłączona w czwartek rano.", "pl")
    assert _events(events, name, "InternetShutdown") == [([], "Oslo", dt.date(2023, 3, 9))]


def test_en_shutdown_takes_place_from_previous_sentence() -> None:
    _, events, _, name = run("In the capital Oslo the internet is down again. The network was switched off "
                             "on Thursday morning, a total shutdown.", "en")
    assert _events(events, name, "InternetShutdown") == [([], "Oslo", dt.date(2023, 3, 9))]


def test_ru_shutdown_takes_place_from_previous_sentence() -> None:
    _, events, _, name = run("В столице Осло снова не работает интернет. Связь отключили в четверг утром.", "ru")
    assert _events(events, name, "InternetShutdown") == [([], "Осло", dt.date(2023, 3, 9))]


def test_shutdown_in_a_new_paragraph_takes_no_place() -> None:
    _, events, _, _ = run("In the capital Oslo the internet is down again.\n\nThe network was switched off on Thursday.", "en")
    assert not [e for e in events if e.kind == "InternetShutdown"]


# -- "the parliament of X agreed to send": X sends ------------------------------------------------

def test_en_subject_phrase_of_controlling_verb_stands_for_its_country() -> None:
    _, events, _, name = run("On Friday, the parliament of Norway agreed to send Norwegian peacekeepers to Mali.", "en")
    assert _events(events, name, "Deployment") == [(["Norway"], "Mali", dt.date(2023, 3, 10))]


# -- acquaintances -------------------------------------------------------------------------------

def test_en_friend_of_named_person() -> None:
    facts, _, _, name = run("Tom Berger, a friend of Lena Vogt, said she was innocent.", "en")
    assert ("Tom Berger", "Lena Vogt") in _rel(facts, name, "knows")


def test_ru_friend_of_named_person() -> None:
    facts, _, _, name = run("Анна Ветрова, подруга Олега Смирнова, рассказала журналистам о нем.", "ru")
    assert any(o == "Олега Смирнова" and s.endswith("Ветрова") for s, o in _rel(facts, name, "knows"))


def test_en_friend_of_the_pianist_singer_named_after() -> None:
    facts, _, _, name = run("The pianist Oleg Smirnov was detained in Kazan. A friend of the pianist, "
                            "singer Mark Olsen, spoke to reporters.", "en")
    assert ("Mark Olsen", "Oleg Smirnov") in _rel(facts, name, "knows")


def test_pl_friend_of_the_pianist_singer_named_after() -> None:
    facts, _, _, name = run("Pianista Piotr Nowak został zatrzymany w Krakowie. Przyjaciółka pianisty, "
                            "piosenkarka Ewa Malinowska, rozmawiała z dziennikarzami.", "pl")
    assert ("Ewa Malinowska", "Piotr Nowak") in _rel(facts, name, "knows")


def test_ru_friend_of_the_pianist_singer_named_after() -> None:
    facts, _, _, name = run("Пианиста Олега Смирнова задержали в Казани. Подруга пианиста, певица Ирина "
                            "Соколова, рассказала журналистам о нем.", "ru")
    assert any(s.startswith("Ирина") and o == "Олега Смирнова" for s, o in _rel(facts, name, "knows"))


# -- spokesperson of an office holder ------------------------------------------------------------

def test_en_press_secretary_of_the_president_of_a_country() -> None:
    facts, _, _, name = run("The press secretary of the French President Pierre Dubois said the talks would go on.", "en")
    pairs = _rel(facts, name, "spokespersonOf")
    assert pairs and all(s == "Pierre Dubois" and o.startswith("g:") for s, o in pairs)


def test_ru_press_secretary_of_the_president() -> None:
    facts, _, _, name = run("Пресс-секретарь президента Франции Пьер Дюбуа заявил, что переговоры продолжатся.", "ru")
    assert any(s == "Пьер Дюбуа" for s, _ in _rel(facts, name, "spokespersonOf"))


def test_pl_spokesman_of_the_president() -> None:
    facts, _, _, name = run("Rzecznik prezydenta Francji Pierre Dubois powiedział, że rozmowy będą kontynuowane.", "pl")
    assert any(s == "Pierre Dubois" for s, _ in _rel(facts, name, "spokespersonOf"))


# -- a date fragment carries its date to the next sentence ---------------------------------------

def test_date_fragment_carries_to_the_next_sentence() -> None:
    for text, lang in (("On 5 March. Police detained Oleg Smirnov in Kazan.", "en"),
                       ("5 марта. Полиция задержала Олега Смирнова в Казани.", "ru"),
                       ("5 marca. Policja zatrzymała Piotra Nowaka w Krakowie.", "pl")):
        _, events, _, _ = run(text, lang)
        assert [e.date for e in events if e.kind == "Detention"] == [dt.date(2023, 3, 5)], lang


def test_date_fragment_does_not_cross_a_paragraph() -> None:
    _, events, _, _ = run("On 5 March.\n\nPolice detained Oleg Smirnov in Kazan.", "en")
    assert [e.date for e in events if e.kind == "Detention"] == [None]
