from pathlib import Path

import pytest

from kgraph.lang import pipeline_for


def parse(text):
    return pipeline_for("ru")(text)


def test_names_with_nominative_normal_forms():
    doc = parse("Вчера министр встретился с Ольгой Ветровой в Новосибирске.")
    found = {(e.text, e.label_, e._.normal) for e in doc.ents}
    assert ("Ольгой Ветровой", "PERSON", "Ольга Ветрова") in found
    assert any(text == "Новосибирске" and normal == "Новосибирск" for text, _, normal in found)


def test_latin_name_glued_to_russian_word_is_split():
    doc = parse("Видео разошлось по YouTube-каналам и было удалено.")
    assert "YouTube-каналам" not in {e.text for e in doc.ents}
    assert any(t.text == "YouTube" for t in doc)


def test_syntax_and_lemmas_come_from_natasha():
    doc = parse("Президент подписал указ.")
    assert doc[1].lemma_ == "подписать"
    assert doc[1].dep_ == "ROOT"
    assert doc[0].head.i == 1


def test_sentences_are_natashas_whatever_the_tree():
    text = "Первого числа со мной созвонились незнакомые люди и предложили деньги. Я согласился."
    doc = parse(text)
    assert [s.text for s in doc.sents] == ["Первого числа со мной созвонились незнакомые люди и предложили деньги.", "Я согласился."]


def test_double_spaces_do_not_split_a_sentence():
    doc = parse("Министр  заявил об этом вчера.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", ["\xa0 ", "Министр приехал в столицу.\n\xa0\nОн встретился с послом."])
def test_lines_of_no_break_spaces_are_no_sentences_for_the_parser(text):
    from kgraph.model import Article
    from kgraph.parse import parse_all

    parsed = list(parse_all([Article(id="nbsp", path=Path("nbsp.txt"), text=text, lang="ru")]))
    assert len(parsed) == 1 and parsed[0].doc.text == text  # Natasha's parser saw no empty sentence


def test_a_given_name_the_gazetteer_knows_as_a_town_stays_in_the_person():
    doc = parse("На брифинге выступила представитель ведомства Мария Ключарёва.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Мария Ключарёва" in people and "Мария" not in {e.text for e in doc.ents if e.label_ == "LOC"}


def test_a_place_with_its_common_noun_is_one_name_and_an_acronym_is_a_body():
    doc = parse("Газопровод проложат по дну Балтийского моря, сообщили в МИД.")
    found = {(e.text, e._.normal) for e in doc.ents}
    assert ("Балтийского моря", "Балтийское море") in found
    assert "МИД" in {e.text for e in doc.ents if e.label_ == "ORG"}


def test_a_bodys_genitive_tail_and_parentheses_and_sentence_openers():
    from kgraph.lang import pipeline_for

    doc = pipeline_for("ru")("Ранее МИД Германии вызвал посла. С критикой выступил Йенс Мюллер (Jens Müller).")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("МИД Германии", "ORG") in found
    assert {("Йенс Мюллер", "PERSON"), ("Jens Müller", "PERSON")} <= found
    assert not any(e.text.startswith("Ранее") for e in doc.ents)


def test_a_foreign_surname_takes_the_case_of_the_given_name_before_it():
    doc = parse("Журналисты дождались Доминика Рааба и Ричарда Гренелла у входа.")
    found = {e.text: e._.normal for e in doc.ents}
    assert found.get("Доминика Рааба") == "Доминик Рааб"
    assert found.get("Ричарда Гренелла") == "Ричард Гренелл"


def test_a_known_surname_is_not_cut_by_the_given_names_ending():
    doc = parse("Журналисты дождались Ивана Петрова у входа.")
    assert {e.text: e._.normal for e in doc.ents}.get("Ивана Петрова") == "Иван Петров"


def test_an_organisation_natasha_leaves_inflected_is_brought_to_the_nominative():
    doc = parse("Об этом сообщили «Известиям» в пресс-службе компании.")
    assert {e.text: e._.normal for e in doc.ents}.get("Известиям") == "Известия"


def test_a_numbered_name_inflects_its_word_and_keeps_its_number():
    doc = parse("Оператор «Балтийского моста-2» подал иск, а строительство «Восточного коридора-3» продолжилось.")
    assert {e._.normal for e in doc.ents} == {"Балтийский мост-2", "Восточный коридор-3"}


def test_the_base_form_keeps_the_yo_the_text_writes():
    doc = parse("Канцлер встретился с Гербертом Шрёдлером и Артёмом Сёминым в Подольске.")
    assert {e._.normal for e in doc.ents} >= {"Герберт Шрёдлер", "Артём Сёмин"}


def test_a_plural_name_already_in_the_nominative_stays_plural():
    from kgraph.nlp.inflection import nominative

    assert nominative("Волжские новости", "ORG", "ru") == "Волжские новости"
    assert nominative("Волжских новостей", "ORG", "ru") == "Волжские новости"
