"""Labels: per language the base form most supported by the mentions, not the most frequent
inflected form the pipeline left as it was."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from kgraph.gazetteer import Gazetteer

from .helpers import Doc, entity_of, mentions

ORG, PER, PLACE = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE


def test_the_form_several_inflections_lead_to_is_the_label_in_russian() -> None:
    a = (Doc("a", "ru").m("Известиям", ORG).m("Известиям", ORG).m("Известиям", ORG)
         .m("Известий", ORG, "Известия").m("Известия", ORG))
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"ru": "Известия"}


def test_the_form_several_inflections_lead_to_is_the_label_in_polish() -> None:
    a = Doc("a", "pl").m("Lenfilmu", ORG).m("Lenfilmu", ORG)
    b = Doc("b", "pl").m("Lenfilmem", ORG, "Lenfilm").m("Lenfilm", ORG)
    (entity,) = resolve(mentions(a, b))
    assert entity.labels == {"pl": "Lenfilm"}


def test_each_language_keeps_its_own_label() -> None:
    a = Doc("a", "cs").m("Brexitu", ORG).m("Brexitem", ORG, "Brexit").m("Brexit", ORG)
    b = Doc("b", "bg").m("Брексит", ORG)
    c = Doc("c", "sl").m("Brexit", ORG)
    (entity,) = resolve(mentions(a, b, c))
    assert entity.labels == {"cs": "Brexit", "bg": "Брексит", "sl": "Brexit"}


def test_the_text_s_base_form_stays_the_label_beside_a_gazetteer_entry() -> None:
    """An entry's label in one language does not replace the base form the articles give in it;
    it fills the languages the articles do not name the entity in."""
    gaz = Gazetteer.load()
    a = Doc("a", "ru").m("Белоруссии", PLACE, "Белоруссия", gid="wd:Q184").m("Белоруссию", PLACE, "Белоруссия", gid="wd:Q184")
    b = Doc("b", "pl").m("ONZ", ORG, "ONZ", gid="wd:Q1065")
    c = Doc("c", "uk").m("ЄС", ORG, "ЄС", gid="wd:Q458")
    entities = resolve(mentions(a, b, c), gaz)
    belarus = entity_of(entities, "a", "Белоруссии")
    assert belarus.wikidata == "Q184" and belarus.labels["ru"] == "Белоруссия"
    assert belarus.labels["pl"] == "Białoruś" and belarus.labels["en"] == "Belarus"
    assert "Беларусь" in belarus.alt_labels["ru"]
    assert entity_of(entities, "b", "ONZ").labels["pl"] == "ONZ"
    eu = entity_of(entities, "c", "ЄС")
    assert eu.labels["uk"] == "ЄС" and eu.labels["ru"] == "Европейский союз"


def test_the_entry_s_label_wins_where_the_text_writes_it_too() -> None:
    gaz = Gazetteer.load()
    a = Doc("a", "ru").m("Белоруссии", PLACE, "Белоруссия", gid="wd:Q184").m("Беларусь", PLACE, "Беларусь", gid="wd:Q184")
    (entity,) = resolve(mentions(a), gaz)
    assert entity.labels["ru"] == "Беларусь" and "Белоруссия" in entity.alt_labels["ru"]


def test_a_word_the_text_never_inflects_stays_as_written_in_ukrainian() -> None:
    a = (Doc("a", "uk").m("Амалії Нгозі", PER, "Амалія Нгоза").m("Амалію Нгозі", PER, "Амалія Нгоза")
         .m("Амалія Нгозі", PER, "Амалія Нгоза"))
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"uk": "Амалія Нгозі"}


def test_a_word_the_text_never_inflects_stays_as_written_in_russian() -> None:
    a = Doc("a", "ru").m("Амалии Нгози", PER, "Амалия Нгоза").m("Амалия Нгози", PER, "Амалия Нгоза")
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"ru": "Амалия Нгози"}


def test_a_surname_alike_in_the_oblique_cases_is_still_brought_to_the_nominative() -> None:
    a = Doc("a", "ru").m("Марии Кольцовой", PER, "Мария Кольцова").m("Марией Кольцовой", PER, "Мария Кольцова")
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"ru": "Мария Кольцова"}


def test_an_acronym_the_text_writes_throughout_is_the_label_over_its_expansion_given_once() -> None:
    for lang, full, normal, acronym in (("ru", "Народного совета Тарвии", "Народный совет Тарвии", "НСТ"),
                                        ("pl", "Rady Narodowej Tarwii", "Rada Narodowa Tarwii", "RNT"),
                                        ("uk", "Народної ради Тарвії", "Народна рада Тарвії", "НРТ")):
        a = Doc("a", lang).m(full, ORG, normal).m(acronym, ORG, gap=2).m(acronym, ORG).m(acronym, ORG)
        (entity,) = resolve(mentions(a))
        assert entity.labels == {lang: acronym} and normal in entity.alt_labels[lang]


def test_the_name_most_mentions_use_is_the_label_of_a_person() -> None:
    a = (Doc("a", "ru").m("Ивана Тарасюка", PER, "Иван Тарасюк").m("Тарасюк", PER).m("Тарасюка", PER, "Тарасюк")
         .m("Тарасюк", PER))
    b = Doc("b", "cs").m("Jana Tarasjuka", PER, "Jan Tarasjuk").m("Tarasjukem", PER, "Tarasjuk").m("Tarasjuk", PER)
    entities = resolve(mentions(a, b))
    assert entity_of(entities, "a", "Ивана Тарасюка").labels["ru"] == "Тарасюк"
    assert entity_of(entities, "b", "Tarasjuk").labels["cs"] == "Tarasjuk"
    assert "Иван Тарасюк" in entity_of(entities, "a", "Тарасюк").alt_labels["ru"]


def test_a_form_written_across_a_line_break_is_no_other_written_form() -> None:
    """Spacing is no inflection: 'Олена  Коваль' over two lines does not vote again for the full name."""
    a = (Doc("a", "uk").m("Олена Коваль", PER).m("Коваль", PER).m("Коваль", PER).m("Олена \n Коваль", PER, "Олена Коваль")
         .m("Коваль", PER))
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"uk": "Коваль"}
