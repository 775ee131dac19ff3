"""Products and events named like brands: a product's noun before a quoted or numbered name, an
outbreak's noun before a name, a coinage on '-exit', a model number; titles are no people."""
from __future__ import annotations

import pytest

from kgraph.lang import pipeline_for


def labels(lang: str, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in pipeline_for(lang)(text).ents]


@pytest.mark.parametrize("lang, text", [
    ("pl", "Rząd zapowiedział, że gazociąg Baltic Link 2 zostanie ukończony w maju. Baltic Link 2 połączy Polskę z Danią."),
    ("cs", "Vláda podpořila plynovod Baltic Link 2. Baltic Link 2 má vést přes Dánsko."),
    ("sl", "Plinovod Baltic Link 2 bo dokončan maja. Baltic Link 2 bo povezal Poljsko in Dansko."),
])
def test_a_product_noun_types_the_name_wherever_the_article_repeats_it(lang, text):
    assert [label for name, label in labels(lang, text) if name == "Baltic Link 2"] == ["PRO", "PRO"]


def test_a_name_with_a_model_number_is_a_product():
    assert ("Aerion A320", "PRO") in labels("pl", "Linie Aerolot kupiły dwa samoloty Aerion A320.")


def test_an_outbreak_noun_makes_the_name_an_event():
    found = labels("pl", "Lekarze z Poznania badają przebieg pandemii Ravid-23. Ravid-23 przenosi się szybko.")
    assert [label for name, label in found if name == "Ravid-23"] == ["EVENT", "EVENT"]


@pytest.mark.parametrize("lang, text, word", [
    ("pl", "Po Polexicie nic nie będzie takie samo, mówił Jan Wrona.", "Polexicie"),
    ("cs", "Deník The Morning Sentinel napsal, že Czexit nehrozí.", "Czexit"),
    ("uk", "Під час пандемії уряд закрив кордони. Після Данекзиту крона впала.", "Данекзиту"),
])
def test_a_coinage_on_exit_is_an_event(lang, text, word):
    assert (word, "EVENT") in labels(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Jak napisał dziennik The Morning Sentinel, minister podał się do dymisji."),
    ("cs", "Deník The Morning Sentinel napsal, že Czexit nehrozí."),
])
def test_a_title_after_a_media_word_is_no_person(lang, text):
    assert ("The Morning Sentinel", "ORG") in labels(lang, text)


def test_a_headline_ending_in_an_outbreak_noun_types_nothing_on_the_next_line():
    found = labels("ru", "Эпидемия охватила страны коронавируса\n\nЕвропу захлестнула вторая волна. Европа закрывает границы.")
    assert all(label != "EVENT" for _, label in found)


@pytest.mark.parametrize("lang, text, name", [
    ("cs", "Smlouvu podepsala společnost Norvata a také firma Brelmax.", "Norvata"),
    ("pl", "Badanie przygotowała firma Brelmax na zlecenie rządu.", "Brelmax"),
    ("ru", "Договор подписала компания Норвата, а исследование провела фирма Брелмакс.", "Норвата"),
    ("uk", "Договір підписала компанія Норвата.", "Норвата"),
    ("bg", "Договорът беше подписан от компанията Норвата.", "Норвата"),
    ("sl", "Pogodbo je podpisalo podjetje Norvata.", "Norvata"),
])
def test_a_company_noun_before_a_bare_name_makes_it_an_organisation(lang, text, name):
    assert (name, "ORG") in labels(lang, text)


@pytest.mark.parametrize("lang, text, name", [
    ("cs", "Rusové dobyli město Kamenar u řeky. Kamenar leží na východě.", "Kamenar"),
    ("pl", "Rosjanie zajęli miasto Kamenar.", "Kamenar"),
    ("uk", "Росіяни захопили місто Каменар. Каменар лежить на сході.", "Каменар"),
    ("sl", "Rusi so zavzeli mesto Kamenar.", "Kamenar"),
])
def test_a_town_noun_before_a_bare_name_makes_it_a_place_wherever_the_article_repeats_it(lang, text, name):
    found = [label for n, label in labels(lang, text) if n == name]
    assert found and set(found) == {"LOC"}


@pytest.mark.parametrize("lang, text, name", [
    ("uk", "Вищий суд кантону Вербер скасував рішення.", "Вербер"),
    ("uk", "Рибалки повернулися на острів Вербер.", "Вербер"),
    ("pl", "Turyści wypoczywali na wyspie Verber.", "Verber"),
    ("cs", "Vláda kantonu Verber to oznámila.", "Verber"),
    ("sl", "Na otoku Verber je bilo vroče.", "Verber"),
])
def test_a_canton_island_or_province_noun_before_a_bare_name_makes_it_a_place(lang, text, name):
    assert (name, "LOC") in labels(lang, text)


@pytest.mark.parametrize("lang, text, name", [
    ("pl", "Partia Jarosława Wrony wygrała wybory.", "Jarosława Wrony"),
    ("cs", "Zakázku získala firma Petra Fialy z Brna.", "Petra Fialy"),
    ("sl", "Pogodbo je podpisalo podjetje Janeza Novaka.", "Janeza Novaka"),
    ("cs", "Lety mají zpoždění, řekl ředitel brněnského letiště Tomáš Vrba.", "Tomáš Vrba"),
    ("uk", "Комерційний директор компанії Олег Бондар заявив про це.", "Олег Бондар"),
])
def test_a_full_name_after_a_company_noun_stays_a_person(lang, text, name):
    assert (name, "PERSON") in labels(lang, text)


@pytest.mark.parametrize("lang, text, name", [
    ("cs", "Zakázku získala americká společnost Norvik Pharmaceutical.", "Norvik Pharmaceutical"),
    ("pl", "Umowę podpisała firma Norvik Energy Solutions.", "Norvik Energy Solutions"),
    ("sl", "Pogodbo je podpisala farmacevtska družba Norvik Pharmaceutical.", "Norvik Pharmaceutical"),
])
def test_an_undeclined_name_of_several_words_after_a_company_noun_is_an_organisation(lang, text, name):
    assert (name, "ORG") in labels(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Loty odwołały Norvik Airlines i Brelmax Air."),
    ("cs", "Lety zrušily Norvik Airlines a Brelmax Air."),
    ("sl", "Lete sta odpovedala Norvik Airlines in Brelmax Air."),
])
def test_an_english_head_word_makes_a_latin_name_an_organisation_in_any_language(lang, text):
    found = dict(labels(lang, text))
    assert found.get("Norvik Airlines") == "ORG" and found.get("Brelmax Air") == "ORG"


@pytest.mark.parametrize("lang, text", [
    ("pl", "Raport opublikowali Harlow Institution i Brelmax International."),
    ("cs", "Zprávu zveřejnili Harlow Institution a Brelmax International."),
    ("sl", "Poročilo sta objavila Harlow Institution in Brelmax International."),
])
def test_english_body_words_make_a_latin_name_an_organisation(lang, text):
    found = dict(labels(lang, text))
    assert found.get("Harlow Institution") == "ORG" and found.get("Brelmax International") == "ORG"


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уряд боїться, що Danexit ударить по експорту."),
    ("ru", "Эксперты считают, что Danexit ударит по экспорту."),
    ("bg", "Експертите смятат, че Danexit ще удари износа."),
])
def test_a_latin_coinage_on_exit_in_cyrillic_text_is_an_event(lang, text):
    assert ("Danexit", "EVENT") in labels(lang, text)


def test_a_latin_name_with_a_model_number_in_cyrillic_text_is_a_product():
    assert ("Aerion A320", "PRO") in labels("uk", "Авіакомпанія купила два літаки Aerion A320 минулого року.")


@pytest.mark.parametrize("lang, text, name", [
    ("bg", "Правителството подкрепи „Сребърен поток 3“, а Русия е против.", "Сребърен поток 3"),
    ("ru", "Правительство поддержало проект «Белый поток-3», а Польша против.", "Белый поток-3"),
])
def test_a_cyrillic_name_of_adjective_noun_and_number_is_a_product(lang, text, name):
    assert (name, "PRO") in labels(lang, text)


def test_a_preposition_and_a_number_after_a_place_are_no_part_of_its_name():
    found = labels("bg", "Изборите в Северна Ирландия на 26 май бяха спокойни.")
    assert ("Северна Ирландия", "LOC") in found and not any(name.endswith("26") for name, _ in found)


@pytest.mark.parametrize("lang, text, name", [
    ("cs", "Ceny zvýšila Kelsobank a lety zrušil Norvair.", "Norvair"),
    ("cs", "Ceny zvýšila Kelsobank a lety zrušil Norvair.", "Kelsobank"),
    ("sl", "Podjetje je kupilo delnice, Tarnoil pa je poslal pismo.", "Tarnoil"),
])
def test_a_one_word_coinage_on_a_company_ending_is_an_organisation(lang, text, name):
    assert (name, "ORG") in labels(lang, text)


def test_a_company_ending_leaves_the_surname_of_a_person_named_in_full():
    found = labels("sl", "Poslanec Mark Tenclair je dejal, da Tenclair ne bo odstopil.")
    assert ("Tenclair", "PERSON") in found


@pytest.mark.parametrize("lang, text, company, person", [
    ("pl", "Prezes Tarnoilu Wagit Kelperow zapowiedział inwestycje.", "Tarnoilu", "Wagit Kelperow"),
    ("sl", "Direktor Norvaira Michael Keary je dejal, da bo rasel.", "Norvaira", "Michael Keary"),
])
def test_a_company_coinage_before_a_full_name_is_the_persons_company(lang, text, company, person):
    found = pipeline_for(lang)(text).ents
    assert {(e.text, e.label_) for e in found} >= {(company, "ORG"), (person, "PERSON")}
    assert next(e for e in found if e.text == company)._.normal in {"Tarnoil", "Norvair"}


@pytest.mark.parametrize("lang, text, name", [
    ("sl", "Prvi mož družbe Michael Keary je povedal, da bodo rasli.", "Michael Keary"),
    ("cs", "Šéf společnosti Michael Keary uvedl, že porostou.", "Michael Keary"),
])
def test_a_full_name_after_a_company_noun_that_opens_on_a_given_name_is_its_head(lang, text, name):
    assert (name, "PERSON") in labels(lang, text)
