"""The Ukrainian pipeline on sentences written for it: names, base forms, sentences, offsets."""
from kgraph.lang import pipeline_for
from kgraph.lang.uk.pipeline import sentences
from kgraph.nlp.inflection import nominative


def parse(text):
    return pipeline_for("uk")(text)


def names(doc):
    return {(e.text, e.label_, e._.normal) for e in doc.ents}


def test_a_given_name_and_an_unknown_surname_stay_one_person_in_the_nominative():
    doc = parse("Речниця відомства Оксана Гриценюк заявила, що зустріч відбудеться наступного тижня.")
    assert any(text == "Оксана Гриценюк" and label == "PERSON" for text, label, _ in names(doc))


def test_oblique_cases_of_people_are_brought_to_the_nominative():
    assert nominative("Марії Захаровою", "PERSON", "uk") == "Марія Захарова"
    assert nominative("Володимира Зеленського", "PERSON", "uk") == "Володимир Зеленський"
    assert nominative("Ольги Стефанішиної", "PERSON", "uk") == "Ольга Стефанішина"


def test_a_bodys_genitive_tail_is_kept_and_only_the_head_inflected():
    assert nominative("Міністерства оборони України", "ORG", "uk") == "Міністерство оборони України"
    assert nominative("Верховної Ради", "ORG", "uk") == "Верховна Рада"
    assert nominative("Харківській області", "LOC", "uk") == "Харківська область"
    assert nominative("Сполучених Штатів", "LOC", "uk") == "Сполучені Штати"
    assert nominative("НАТО", "ORG", "uk") == "НАТО"


def test_a_ministry_with_its_country_is_one_organisation():
    doc = parse("Як повідомило Міністерство оборони України, навчання триватимуть до кінця місяця.")
    assert any(text == "Міністерство оборони України" and label == "ORG" for text, label, _ in names(doc))


def test_sentences_keep_abbreviations_and_exact_offsets():
    text = "Зустріч призначили на 5 вересня, див. п. 3 угоди. Сторони погодились.\nНовий абзац."
    found = list(sentences(text))
    assert [s.text for s in found] == ["Зустріч призначили на 5 вересня, див. п. 3 угоди.", "Сторони погодились.", "Новий абзац."]
    assert all(text[s.start:s.stop] == s.text for s in found)
    doc = parse(text)
    assert doc.text == text and len(list(doc.sents)) == 3


def test_lemmas_come_from_the_ukrainian_dictionary():
    doc = parse("Депутати ухвалили закон.")
    assert [t.lemma_ for t in doc][:3] == ["депутат", "ухвалити", "закон"]


def test_a_pronoun_or_preposition_opening_a_sentence_is_no_name():
    from kgraph.nlp.inflection import is_function_word

    assert is_function_word("Вона", "uk") and is_function_word("У", "uk") and is_function_word("Чи", "uk")
    assert not is_function_word("Україна", "uk") and not is_function_word("Марія", "uk")
    doc = parse("Вона прибула до Львова. У Львові її зустріли.")
    assert not {"Вона", "У"} & {e.text for e in doc.ents}


def test_places_spelt_with_ukrainian_letters_are_places():
    # Natasha's embeddings are Russian words: 'Європі', 'Швейцарія' are read through Russian letters
    doc = parse("Споживання газу в Європі знижується. Швейцарія затвердила нові правила.")
    assert ("Європі", "LOC") in {(e.text, e.label_) for e in doc.ents}
    assert ("Швейцарія", "LOC") in {(e.text, e.label_) for e in doc.ents}


def test_a_sentence_initial_verb_or_common_noun_is_no_name():
    doc = parse("Нагадаємо, що депутати зібралися у Львові. Чоловік відмовився від коментарів.")
    assert not {"Нагадаємо", "Чоловік"} & {e.text for e in doc.ents}


def test_a_capitalised_adjective_names_with_the_place_or_noun_after_it():
    doc = parse("Вибори у Північній Ірландії завершилися.")
    assert ("Північній Ірландії", "LOC") in {(e.text, e.label_) for e in doc.ents}
    assert {e._.normal for e in doc.ents if e.text == "Північній Ірландії"} == {"Північна Ірландія"}


def test_a_country_left_by_a_trimmed_verb_is_the_gazetteer_place():
    """The model runs the country on into the verb ('Польщі очолить', an organisation); the name
    left once the verb is trimmed is the gazetteer's country, typed and linked as such."""
    doc = parse("Делегацію України до Польщі очолить міністр Іван Петренко.")
    assert ("Польщі", "LOC", "wd:Q36") in {(e.text, e.label_, e._.gazetteer_id) for e in doc.ents}


def test_adjective_and_noun_agree_in_the_nominative_though_the_dictionary_omits_sing_and_nomn():
    # the Ukrainian dictionary tags no 'sing' and leaves the case off a lexeme's first form
    assert nominative("Сполученого Королівства", "LOC", "uk") == "Сполучене Королівство"
    assert nominative("Стокгольмського арбітражу", "ORG", "uk") == "Стокгольмський арбітраж"
    assert nominative("Міжнародним газовим союзом", "ORG", "uk") == "Міжнародний газовий союз"
    assert nominative("Західній Європі", "LOC", "uk") == "Західна Європа"
    assert nominative("Петром Марченком", "PERSON", "uk") == "Петро Марченко"


def test_a_foreign_surname_takes_the_case_of_the_given_name_before_it():
    assert nominative("Йенса Шпана", "PERSON", "uk") == "Йенс Шпан"  # 'шпана' is also a common noun
    assert nominative("Ричарда Гренелла", "PERSON", "uk") == "Ричард Гренелл"
    assert nominative("Івана Петренка", "PERSON", "uk") == "Іван Петренко"


def test_a_numbered_name_inflects_its_word_and_keeps_its_number():
    assert nominative("Східного коридору-3", "ORG", "uk") == "Східний коридор-3"
    assert nominative("Новим мостом-2", "LOC", "uk") == "Новий міст-2"
    doc = parse("Запуск газопроводу «Балтійський шлях-2» відклали, а оператор «Балтійського шляху-2» подав позов.")
    assert {e._.normal for e in doc.ents} == {"Балтійський шлях-2"}


def test_a_plural_name_already_in_the_nominative_stays_plural():
    assert nominative("Зелені закупівлі", "ORG", "uk") == "Зелені закупівлі"
    assert nominative("Зелених закупівель", "ORG", "uk") == "Зелені закупівлі"
    assert nominative("Нові ініціативи", "ORG", "uk") == "Нові ініціативи"
