"""The Bulgarian pipeline on sentences written for it: names without their articles."""
from kgraph.lang import pipeline_for
from kgraph.lang.bg.pipeline import normal, without_article


def parse(text):
    return pipeline_for("bg")(text)


def test_the_definite_article_leaves_a_names_base_form():
    assert normal("Европейския съюз", "ORG") == "Европейски съюз"
    assert normal("Софийската община", "ORG") == "Софийска община"
    assert normal("Министерството на отбраната", "ORG") == "Министерство на отбраната"
    assert without_article("България") == "България"  # '-ия' of a noun is no article
    assert without_article("НАТО") == "НАТО"


def test_a_title_does_not_open_a_persons_name_and_a_town_like_surname_stays_in_it():
    doc = parse("Премиерът Стоян Борисов се срещна с министъра на отбраната в Пловдив.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Стоян Борисов" in people


def test_bulgarian_is_its_own_pipeline_not_russian():
    assert pipeline_for("bg") is not pipeline_for("ru")
    assert pipeline_for("bg")("Днес в София валя сняг.").text == "Днес в София валя сняг."


def test_an_articled_adjective_and_its_head_noun_are_one_name_and_openers_are_no_names():
    doc = parse("Според експертите решението на Европейската комисия е окончателно.")
    found = {(e.text, e.label_, e._.normal) for e in doc.ents}
    assert ("Европейската комисия", "ORG", "Европейска комисия") in found
    assert "Според" not in {e.text for e in doc.ents}


def test_a_place_ending_in_ia_keeps_it_and_countries_are_known_in_bulgarian():
    assert normal("Германия", "LOC") == "Германия"
    assert normal("Европейския съюз", "ORG") == "Европейски съюз"
    doc = parse("Сделката беше блокирана от Унгария и Полша.")
    assert {("Унгария", "LOC"), ("Полша", "LOC")} <= {(e.text, e.label_) for e in doc.ents}


def test_a_body_and_the_place_after_its_of_word_are_one_name_in_the_base_form():
    from kgraph.lang import pipeline_for

    doc = pipeline_for("bg")("Върховният съд на Пакистан отмени присъдата.")
    assert ("Върховният съд на Пакистан", "ORG", "Върховен съд на Пакистан") in {
        (e.text, e.label_, e._.normal) for e in doc.ents}


def test_masculine_adjectives_lose_their_article_as_the_dictionary_writes_them():
    from kgraph.lang.bg.pipeline import normal

    assert normal("Районния съд", "ORG") == "Районен съд"
    assert normal("Световния икономически форум", "ORG") == "Световен икономически форум"
    assert normal("Европейския съюз", "ORG") == "Европейски съюз"
    assert normal("Министерството на отбраната", "ORG") == "Министерство на отбраната"


def test_a_feminine_adjective_before_its_noun_keeps_its_ending():
    assert normal("Бяла телевизия", "ORG") == "Бяла телевизия"
    assert normal("Зелена партия", "ORG") == "Зелена партия"
    assert normal("Районния съд", "ORG") == "Районен съд"


def test_a_body_read_in_parts_takes_the_place_after_its_of_word():
    found = {(e.text, e.label_) for e in parse("Според Конституционния съд на Норвегия законът е валиден.").ents}
    assert ("Конституционния съд на Норвегия", "ORG") in found
    assert ("Норвегия", "LOC") not in found


def test_a_name_does_not_take_an_event_noun_across_a_preposition():
    found = {(e.text, e.label_) for e in parse("Това обяви премиерът Ханс Ерсен след среща с министъра.").ents}
    assert ("Ханс Ерсен", "PERSON") in found
    assert not any(text.endswith("среща") for text, _ in found)
