"""Where Cyrillic names begin and end (kgraph/nlp/cyrillic_bounds.py), through the real Ukrainian and
Russian pipelines, on sentences written for them (invented people and companies)."""
import pytest

from kgraph.lang import pipeline_for
from kgraph.nlp.inflection import nominative


def ents(lang, text):
    return {(e.text, e._.normal) for e in pipeline_for(lang)(text).ents}


def texts(lang, text):
    return {e.text for e in pipeline_for(lang)(text).ents}


@pytest.mark.parametrize("lang, text, name", [
    ("uk", 'Компанія ПАТ "Зоряне" подала позов до суду.', "Зоряне"),
    ("uk", "Апеляція НАК «Світанок України» триває.", "Світанок України"),
    ("ru", 'Компания ПАО "Зоряное" подала иск в суд.', "Зоряное"),
])
def test_a_name_in_quotes_is_what_the_quotes_hold(lang, text, name):
    found = texts(lang, text)
    assert name in found
    assert not any('"' in t or "«" in t for t in found)


@pytest.mark.parametrize("lang, text, names", [
    ("uk", "Зустріч відбулася у Брюсселі та Лондоні.", {("Брюсселі", "Брюссель"), ("Лондоні", "Лондон")}),
    ("ru", "Встреча прошла в Брюсселе и Лондоне.", {("Брюсселе", "Брюссель"), ("Лондоне", "Лондон")}),
])
def test_two_places_joined_by_a_conjunction_are_two_places(lang, text, names):
    assert names <= ents(lang, text)


@pytest.mark.parametrize("lang, text, name, normal", [
    ("uk", "Попит країн Західної та Східної Європи зростає.", "Західної та Східної Європи", "Західна та Східна Європа"),
    ("ru", "Спрос стран Западной и Восточной Европы растёт.", "Западной и Восточной Европы", "Западная и Восточная Европа"),
])
def test_adjectives_sharing_one_noun_name_one_region(lang, text, name, normal):
    assert (name, normal) in ents(lang, text)


def test_a_conjunction_between_adjectives_stays_in_the_base_form():
    assert nominative("Західної та Східної Європи", "LOC", "uk") == "Західна та Східна Європа"
    assert nominative("Міністерства освіти і науки", "ORG", "uk") == "Міністерство освіти і науки"


@pytest.mark.parametrize("lang, text, wrong, right", [
    ("uk", "Раніше Гордієнко повідомляв, що переговори тривають.", "Раніше Гордієнко", "Гордієнко"),
    ("uk", "Чоловік Оксани Петрук повідомив, що він шокований.", "Чоловік Оксани Петрук", "Оксани Петрук"),
    ("ru", "Ранее Гордиенко сообщал, что переговоры продолжаются.", "Ранее Гордиенко", "Гордиенко"),
])
def test_a_sentence_initial_common_word_is_no_part_of_the_name_after_it(lang, text, wrong, right):
    found = texts(lang, text)
    assert right in found and wrong not in found


def test_a_sentence_initial_common_noun_alone_is_no_name_but_a_country_is():
    found = texts("uk", "Дані про ефективність опублікують завтра. Вакцини прибули до Тернополя. "
                        "Швейцарія затвердила нові правила.")
    assert not {"Дані", "Вакцини"} & found
    assert {"Тернополя", "Швейцарія"} <= found
    assert "Кожна країна" not in texts("uk", "Кожна країна ЄС має право голосу.")


@pytest.mark.parametrize("lang, text, names", [
    ("uk", "За даними видання, Гордієнко направив владі Польщі лист.", {"Гордієнко", "Польщі"}),
    ("ru", "По данным издания, Гордиенко направил властям Польши письмо.", {"Гордиенко", "Польши"}),
])
def test_a_lowercase_verb_ends_the_name_before_it(lang, text, names):
    found = texts(lang, text)
    assert names <= found
    assert not any(" " in t for t in found)


def test_bodies_keep_their_head_word_at_a_sentence_start():
    assert "Міністерство оборони України" in texts("uk", "Міністерство оборони України повідомило про навчання.")


def test_a_name_in_quotes_is_one_name_though_a_country_ends_it():
    found = ents("uk", 'Представники партії "Соборна Сила Пакистан" закликали до протестів.')
    assert ("Соборна Сила Пакистан", "Соборна Сила Пакистан") in found
    assert "Пакистан" not in {t for t, _ in found}


def test_a_quotation_is_no_name():
    found = texts("uk", "«Україна готова до переговорів», — заявив він.")
    assert "Україна" in found and not any(" " in t for t in found)


def test_a_word_after_a_colon_opens_what_follows():
    from kgraph.nlp.cyrillic_bounds import opens_sentence

    doc = pipeline_for("uk")("Новина дня: Чоловік виправданої жінки просить притулку.")
    at = next(t.i for t in doc if t.text == "Чоловік")
    assert opens_sentence(doc, at)
    assert "Чоловік" not in {e.text for e in doc.ents}


def test_common_words_with_an_adjective_name_a_thing_not_a_person():
    from kgraph.nlp.cyrillic_bounds import names_a_thing

    doc = pipeline_for("uk")("Газопровід Західний шлях і депутат Олег Білий.")
    at = next(t.i for t in doc if t.text == "Західний")
    assert names_a_thing(doc, at, at + 2, "uk")
    oleg = next(t.i for t in doc if t.text == "Олег")
    assert not names_a_thing(doc, oleg, oleg + 2, "uk")


def test_a_place_opening_a_sentence_stays_though_the_dictionary_lists_it_as_a_common_noun():
    found = texts("uk", "Шотландія проголосувала за членство. Чоловік відмовився від коментарів.")
    assert "Шотландія" in found and "Чоловік" not in found


def test_an_apostrophe_inside_a_word_keeps_it_whole():
    from kgraph.nlp.cyrillic import token_offsets

    text = "Олів'є, Олівʼє і м’ясо, 'цитата'"
    assert [text[a:b] for a, b in token_offsets(text)] == ["Олів'є", ",", "Олівʼє", "і", "м’ясо", ",", "'", "цитата", "'"]


@pytest.mark.parametrize("lang, text, name", [
    ("uk", "Міністр охорони здоров'я Олів'є Маршан наголосив на цьому.", "Олів'є Маршан"),
    ("ru", "Министр Оливье Маршан подчеркнул это.", "Оливье Маршан"),
])
def test_a_given_name_and_a_surname_are_one_person(lang, text, name):
    assert name in texts(lang, text)


def test_a_person_in_the_locative_after_a_place_preposition_is_a_place():
    doc = pipeline_for("uk")("Центри працюють у Ньїредьгазі. У Коваленка немає машини.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Ньїредьгазі") == "LOC"
    assert labels.get("Коваленка") == "PERSON"


@pytest.mark.parametrize("lang, text, wrong, right", [
    ("uk", "Зустріч Мерца з керівниками земель у вівторок вирішить, як довго триватиме карантин.",
     "Зустріч Мерца", "Мерца"),
    ("uk", "Зустріч Пашиняна з головами областей у вівторок вирішить долю закону.", "Зустріч Пашиняна", "Пашиняна"),
    ("ru", "Встреча Пашиняна с главами областей во вторник решит судьбу закона.", "Встреча Пашиняна", "Пашиняна"),
])
def test_a_common_noun_opening_a_linked_name_is_no_part_of_it(lang, text, wrong, right):
    found = texts(lang, text)
    assert right in found and wrong not in found


@pytest.mark.parametrize("text, names", [
    ("Гринов към Делчев: няма да подпиша този договор.", {"Гринов", "Делчев"}),
    ("Вчера Марин Гринов каза, че ще подаде оставка.", {"Марин Гринов"}),
])
def test_a_bulgarian_function_word_inside_a_span_ends_the_name(text, names):
    """Bulgarian has no part-of-speech dictionary here: cues.json's prepositions, reporting verbs
    and clause words are no words of a name."""
    assert texts("bg", text) == names


def test_a_bulgarian_body_keeps_its_prepositions():
    """A head word before a function word ('агенция') keeps a body's span whole; a preposition
    before a lowercase word may join a name's words ('Европейски механизъм за стабилност')."""
    from kgraph.nlp.cyrillic_bounds import split_name
    from kgraph.nlp.cyrillic_names import _function_words, _head_words, _prepositions

    doc = pipeline_for("bg")("Агенция за защита на потребителите обяви проверка.")
    words, conj = _function_words("bg"), frozenset({"и"})
    assert split_name(doc, 0, 5, "bg", conj, words, _head_words("bg"), _prepositions("bg")) == [(0, 5)]
    assert split_name(doc, 0, 5, "bg", conj, words, frozenset(), _prepositions("bg")) == [(0, 5)]
    assert split_name(doc, 0, 5, "bg", conj, words, frozenset()) == [(0, 1)]


@pytest.mark.parametrize("text, names", [
    ("Според Делчев решението е грешно и трябва да бъде преразгледано.", {"Делчев"}),
    ("Според вестника министрите са разделени по въпроса.", set()),
])
def test_a_bulgarian_sentence_opening_preposition_is_no_part_of_a_name(text, names):
    assert texts("bg", text) == names


@pytest.mark.parametrize("lang, text", [
    ("bg", "Британското правителство категорично осъжда насилието."),
    ("uk", "Швейцарський суд відновив арешт активів компанії."),
])
def test_a_country_adjective_and_a_noun_opening_a_sentence_describe_a_body(lang, text):
    assert not texts(lang, text)


def test_a_body_opening_a_sentence_is_still_a_name():
    assert "Верховний суд" in texts("uk", "Верховний суд скасував вирок.")


@pytest.mark.parametrize("text", [
    "Осъдената жена беше освободена вчера.",
    "Ръководството на завода не коментира.",
])
def test_a_bulgarian_articled_common_word_opening_a_sentence_is_no_name(text):
    assert not texts("bg", text)


def test_a_bulgarian_auxiliary_after_a_name_is_no_word_of_it():
    found = pipeline_for("bg")("Делчев беше избран за председател на комисията.").ents
    assert [e.text for e in found] == ["Делчев"]


def test_a_person_a_place_noun_opens_is_a_place():
    """Natasha's 'person' 'Летище Велмора': the airport's common noun opening it makes it a place."""
    found = {(e.text, e.label_) for e in pipeline_for("bg")("Летище Велмора беше затворено заради мъглата.").ents}
    assert found == {("Летище Велмора", "LOC")}
