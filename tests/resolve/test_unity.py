"""One thing across languages: one name under several types, and names transcribed into Cyrillic
by how they sound (the vowels of English speech, not of its spelling)."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions, same

PER, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE
EVT, PRO = EntityType.EVENT, EntityType.PRODUCT


def test_one_coinage_read_as_an_event_and_an_organisation_in_the_same_languages_is_one() -> None:
    docs = [Doc("ru1", "ru").m("Даникзит", EVT), Doc("ru2", "ru").m("Даникзит", ORG),
            Doc("bg1", "bg").m("Даникзит", EVT), Doc("bg2", "bg").m("Даникзит", ORG),
            Doc("cs1", "cs").m("Danixit", PRO), Doc("sl1", "sl").m("Danixit", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("ru1", "Даникзит"), ("ru2", "Даникзит"), ("bg1", "Даникзит"), ("bg2", "Даникзит"))
    assert same(entities, ("cs1", "Danixit"), ("sl1", "Danixit"))


def test_a_latin_name_keyed_by_czech_orthography_meets_its_english_reading_under_another_type() -> None:
    docs = [Doc("cs1", "cs").m("Cordavir", EVT), Doc("ru1", "ru").m("Cordavir", ORG).m("Cordavir", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "Cordavir"), ("ru1", "Cordavir"))


def test_a_rare_place_reading_of_an_organisation_in_its_own_language_joins_it() -> None:
    """An airline read as a place once beside many readings as an organisation in Polish: a
    tagging slip, not a second thing (a place and a body of equal standing stay apart)."""
    docs = [Doc(f"pl{k}", "pl").m("Skyvalo", ORG) for k in range(6)] + [Doc("pl9", "pl").m("Skyvalo", LOC)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl0", "Skyvalo"), ("pl9", "Skyvalo"))


def test_an_english_surname_transcribed_by_its_sound_is_one_person() -> None:
    """'Gray' is Грей in Russian and Bulgarian: its vowels are those of English speech."""
    docs = [Doc("sl1", "sl").m("Helena Gray", PER), Doc("pl1", "pl").m("Helena Gray", PER),
            Doc("ru1", "ru").m("Хелена Грей", PER), Doc("bg1", "bg").m("Хелена Грей", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("sl1", "Helena Gray"), ("ru1", "Хелена Грей"), ("bg1", "Хелена Грей"))


def test_a_company_transcribed_by_its_sound_is_one_organisation() -> None:
    docs = [Doc("pl1", "pl").m("Skylair", ORG), Doc("cs1", "cs").m("Skylair", ORG),
            Doc("bg1", "bg").m("Скайлеър", ORG), Doc("bg2", "bg").m("Скайлеър", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl1", "Skylair"), ("bg1", "Скайлеър"), ("bg2", "Скайлеър"))


def test_across_scripts_names_of_other_consonants_or_too_few_stay_apart() -> None:
    docs = [Doc("pl1", "pl").m("Helena Gray", PER), Doc("ru1", "ru").m("Хелена Грин", PER),
            Doc("cs1", "cs").m("Mara", ORG), Doc("bg1", "bg").m("Мору", ORG),
            Doc("sl1", "sl").m("Anna Petrova", PER), Doc("uk1", "uk").m("Анна Петров", PER)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("pl1", "Helena Gray"), ("ru1", "Хелена Грин"))
    assert not same(entities, ("cs1", "Mara"), ("bg1", "Мору"))
    assert not same(entities, ("sl1", "Anna Petrova"), ("uk1", "Анна Петров"))


def test_a_second_cyrillic_spelling_does_not_keep_a_transcription_from_its_latin_name() -> None:
    """Each name meets its closest variant in its own script and its closest in the other:
    'Скайлер', nearest to 'Скайлеър', does not hide 'Skylair' from it, nor 'Skylairu' the other."""
    docs = [Doc("pl1", "pl").m("Skylair", ORG), Doc("sl1", "sl").m("Skylair", ORG), Doc("cs1", "cs").m("Skylairu", ORG),
            Doc("bg1", "bg").m("Скайлеър", ORG), Doc("bg2", "bg").m("Скайлеър", ORG),
            Doc("uk1", "uk").m("Скайлер", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl1", "Skylair"), ("cs1", "Skylairu"), ("bg1", "Скайлеър"), ("uk1", "Скайлер"))


def test_a_surname_two_spellings_of_one_full_name_held_joins_that_person() -> None:
    """A Russian article names 'Хайке Бранд' and quotes 'Heike Brand': 'Бранд' alone was
    ambiguous in the article until the corpus joined the two spellings."""
    docs = [Doc("ru1", "ru").m("Хайке Бранд", PER).m("Heike Brand", PER).m("Бранд", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("ru1", "Хайке Бранд"), ("ru1", "Heike Brand"), ("ru1", "Бранд"))


def test_a_surname_joins_the_person_named_throughout_not_a_span_cut_badly_once() -> None:
    """'Самият Скорвел' ('Skorvel himself' read as a name) once beside 'Иво Скорвел' of many
    articles: the bare 'Скорвел' of that article is Ivo Skorvel. 'Скорвел към Дамянов'
    ('Skorvel to Damyanov', two names cut as one) does not take 'Скорвел' from him either."""
    docs = [Doc(f"bg{k}", "bg").m("Иво Скорвел", PER) for k in range(6)]
    docs.append(Doc("bg9", "bg").m("Иво Скорвел", PER).m("Самият Скорвел", PER).m("Скорвел", PER))
    docs.append(Doc("bg8", "bg").m("Иво Скорвел", PER).m("Скорвел към Дамянов", PER).m("Скорвел", PER)
                .m("Петър Дамянов", PER).m("Дамянов", PER))
    docs += [Doc(f"cs{k}", "cs").m("Petr Damjanov", PER) for k in range(9)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("bg0", "Иво Скорвел"), ("bg9", "Скорвел"), ("bg8", "Скорвел"))


def test_an_english_name_read_by_slovene_or_czech_spelling_meets_its_transcription() -> None:
    """'Jeremy Calvert' read as Slovene is 'eremi tsalvert'; Cyrillic transcribes the English
    reading, where c before a is k: 'Джеръми Калвърт', 'Джеремі Калверт'."""
    docs = [Doc("sl1", "sl").m("Jeremy Calvert", PER), Doc("cs1", "cs").m("Jeremy Calvert", PER),
            Doc("bg1", "bg").m("Джеръми Калвърт", PER), Doc("uk1", "uk").m("Джеремі Калверт", PER),
            Doc("pl1", "pl").m("Cobalto", ORG), Doc("ru1", "ru").m("Кобальто", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("sl1", "Jeremy Calvert"), ("cs1", "Jeremy Calvert"), ("bg1", "Джеръми Калвърт"),
                ("uk1", "Джеремі Калверт"))
    assert same(entities, ("pl1", "Cobalto"), ("ru1", "Кобальто"))


def test_a_polish_c_is_not_read_as_k() -> None:
    docs = [Doc("pl1", "pl").m("Marek Cichowicz", PER), Doc("ru1", "ru").m("Марек Кихович", PER)]
    assert not same(resolve(mentions(*docs)), ("pl1", "Marek Cichowicz"), ("ru1", "Марек Кихович"))


def test_a_full_name_left_in_an_oblique_case_is_the_man_of_its_base_form() -> None:
    """'Tarika Nadiriego' (Polish genitive), 'Pierru Garnierovi' (Czech dative), 'Omar Haluka'
    (Slovene genitive): the surname's ending is no woman's, so the given name's '-a' is the case
    too; 'Ivana Petrova' may be a woman and stays apart from 'Ivan Petrov'."""
    docs = [Doc("cs1", "cs").m("Tarik Nadiri", PER), Doc("pl1", "pl").m("Tarika Nadiriego", PER),
            Doc("pl2", "pl").m("Pierre Garnier", PER), Doc("cs2", "cs").m("Pierru Garnierovi", PER),
            Doc("pl3", "pl").m("Omar Haluk", PER), Doc("sl1", "sl").m("Omara Haluka", PER),
            Doc("ru1", "ru").m("Иван Петров", PER), Doc("ru2", "ru").m("Ивана Петрова", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "Tarik Nadiri"), ("pl1", "Tarika Nadiriego"))
    assert same(entities, ("pl2", "Pierre Garnier"), ("cs2", "Pierru Garnierovi"))
    assert same(entities, ("pl3", "Omar Haluk"), ("sl1", "Omara Haluka"))
    assert not same(entities, ("ru1", "Иван Петров"), ("ru2", "Ивана Петрова"))


def test_a_name_without_its_first_given_name_is_the_one_person_of_the_longer_name() -> None:
    docs = [Doc("ru1", "ru").m("Ахмад Реза Карими", PER), Doc("uk1", "uk").m("Ахмад Реза Карімі", PER),
            Doc("pl1", "pl").m("Reza Karimi", PER), Doc("bg1", "bg").m("Реза Карими", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("ru1", "Ахмад Реза Карими"), ("pl1", "Reza Karimi"), ("bg1", "Реза Карими"))


def test_a_shorter_name_joins_no_span_cut_badly_nor_one_of_two_longer_names() -> None:
    docs = [Doc("pl1", "pl").m("Skyvalo Omar Tafari", PER), Doc("pl2", "pl").m("Omar Tafari", PER),
            Doc("pl3", "pl").m("Skyvalo", ORG), Doc("pl4", "pl").m("Skyvalo", ORG),
            Doc("cs1", "cs").m("Ali Hasan Moradi", PER), Doc("cs2", "cs").m("Reza Hasan Moradi", PER),
            Doc("sl1", "sl").m("Hasan Moradi", PER)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("pl1", "Skyvalo Omar Tafari"), ("pl2", "Omar Tafari"))
    assert not same(entities, ("cs1", "Ali Hasan Moradi"), ("sl1", "Hasan Moradi"))
    assert not same(entities, ("cs2", "Reza Hasan Moradi"), ("sl1", "Hasan Moradi"))


def test_a_transcription_read_once_as_a_place_joins_the_company_named_often() -> None:
    """'Хайнмарк' read as a place in one Bulgarian article is the company 'Heinmark' of many."""
    docs = [Doc(f"pl{k}", "pl").m("Heinmark", ORG) for k in range(5)] + [Doc("bg1", "bg").m("Хайнмарк", LOC)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl0", "Heinmark"), ("bg1", "Хайнмарк"))


def test_a_place_and_a_body_of_like_standing_stay_apart_across_languages() -> None:
    docs = [Doc("pl1", "pl").m("Heinmark", ORG), Doc("pl2", "pl").m("Heinmark", ORG), Doc("bg1", "bg").m("Хайнмарк", LOC)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("pl1", "Heinmark"), ("bg1", "Хайнмарк"))
