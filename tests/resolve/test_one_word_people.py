"""A one-word name read as a person in one article and as an organisation elsewhere is one entity
(the same company across languages), unless a full person name or a gazetteer entry explains it."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, entity_of, mentions, same

ORG, PER, PLACE = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE


def test_a_company_read_as_a_person_in_slovene_joins_the_company_of_other_languages() -> None:
    a = Doc("a", "pl").m("Norvella", ORG).m("Norvelly", ORG, "Norvella")
    b = Doc("b", "ru").m("Norvella", ORG)
    c = Doc("c", "sl").m("Norvella", PER).m("Norvelli", PER, "Norvella")
    entities = resolve(mentions(a, b, c))
    assert same(entities, ("a", "Norvella"), ("b", "Norvella"), ("c", "Norvella"), ("c", "Norvelli"))
    assert entity_of(entities, "c", "Norvelli").type == ORG


def test_a_company_read_as_a_person_in_czech_joins_the_company() -> None:
    a = Doc("a", "cs").m("Elektrum", PER)
    b = Doc("b", "uk").m("Elektrum", ORG).m("Elektrum", ORG)
    entities = resolve(mentions(a, b))
    assert same(entities, ("a", "Elektrum"), ("b", "Elektrum"))
    assert entity_of(entities, "a", "Elektrum").type == ORG


def test_a_bare_surname_of_a_full_name_stays_the_person() -> None:
    a = Doc("a", "pl").m("Henry Ford", PER).m("Ford", PER)
    b = Doc("b", "pl").m("Ford", ORG).m("Ford", ORG)
    entities = resolve(mentions(a, b))
    assert not same(entities, ("a", "Ford"), ("b", "Ford"))
    assert entity_of(entities, "a", "Ford").type == PER


def test_a_bare_surname_never_joins_a_gazetteer_place() -> None:
    a = Doc("a", "en").m("Jordan", PER)
    b = Doc("b", "en").m("Jordan", PLACE, "Jordan", gid="wd:Q810")
    entities = resolve(mentions(a, b))
    assert not same(entities, ("a", "Jordan"), ("b", "Jordan"))


def test_one_name_read_as_a_place_in_one_language_and_an_organisation_in_others_is_one() -> None:
    a = Doc("a", "bg").m("Соларвинд", PLACE).m("Соларвинд", PLACE)
    b = Doc("b", "ru").m("Соларвинд", ORG)
    entities = resolve(mentions(a, b))
    assert same(entities, ("a", "Соларвинд"), ("b", "Соларвинд"))


def test_within_one_language_a_place_and_an_organisation_of_one_name_stay_apart() -> None:
    a = Doc("a", "pl").m("Wisłoka", PLACE)
    b = Doc("b", "pl").m("Wisłoka", ORG)
    entities = resolve(mentions(a, b))
    assert not same(entities, ("a", "Wisłoka"), ("b", "Wisłoka"))


def test_inflected_forms_left_as_written_join_too() -> None:
    a = Doc("a", "cs").m("Norvella", PER).m("Norvelly", PER)
    b = Doc("b", "pl").m("Norvella", ORG).m("Norvella", ORG)
    entities = resolve(mentions(a, b))
    assert same(entities, ("a", "Norvella"), ("a", "Norvelly"), ("b", "Norvella"))


def test_one_badly_cut_full_name_does_not_make_a_frequent_company_a_person() -> None:
    """'Norvella Jan Kos' (an airline and its chief cut as one name) once; 'Norvella' alone in
    many mentions: still the airline of the other languages."""
    a = Doc("a", "pl").m("Norvella", ORG).m("Norvelli", ORG, "Norvella").m("Norvella", ORG)
    b = Doc("b", "ru").m("Norvella", ORG).m("Norvella", ORG)
    c = Doc("c", "sl").m("Norvella Jan Kos", PER)
    d = Doc("d", "sl").m("Norvella", PER).m("Norvelli", PER, "Norvella").m("Norvella", PER)
    e = Doc("e", "cs").m("Norvella", PER).m("Norvelly", PER, "Norvella").m("Norvella", PER)
    entities = resolve(mentions(a, b, c, d, e))
    assert same(entities, ("a", "Norvella"), ("b", "Norvella"), ("d", "Norvelli"), ("e", "Norvelly"))
    assert entity_of(entities, "e", "Norvella").type == ORG
    assert entity_of(entities, "c", "Norvella Jan Kos").type == PER


def test_a_full_name_as_frequent_as_the_word_alone_still_explains_it() -> None:
    a = Doc("a", "pl").m("Norvella", ORG).m("Norvella", ORG)
    b = Doc("b", "sl").m("Ana Norvella", PER).m("Ane Norvelle", PER, "Ana Norvella")
    c = Doc("c", "sl").m("Norvella", PER)
    entities = resolve(mentions(a, b, c))
    assert entity_of(entities, "c", "Norvella").type == PER


def test_a_rare_other_reading_does_not_block_the_company_in_czech() -> None:
    a = Doc("a", "uk").m("Norvella", ORG).m("Norvella", ORG).m("Norvella", ORG).m("Norvella", ORG).m("Norvella", ORG)
    b = Doc("b", "pl").m("Norvella", PLACE)
    c = Doc("c", "cs").m("Norvella", PER).m("Norvelly", PER, "Norvella")
    entities = resolve(mentions(a, b, c))
    assert same(entities, ("a", "Norvella"), ("c", "Norvelly"))
    assert entity_of(entities, "c", "Norvella").type == ORG


def test_a_company_named_throughout_is_not_the_person_of_a_span_cut_badly_once() -> None:
    """'Norvella Jan Kos' (the airline and its chief read as one name) in one Slovene article;
    'Norvella' alone, read as a person there and in another article, is still the airline that
    Polish and Czech articles name a dozen times ('Henry Ford' and 'Ford' are left as they are)."""
    docs = [Doc(f"pl{k}", "pl").m("Norvella", ORG).m("Norvelli", ORG, "Norvella") for k in range(6)]
    docs.append(Doc("sl1", "sl").m("Norvella Jan Kos", PER).m("Norvella", PER).m("Norvelli", PER, "Norvella"))
    docs.append(Doc("sl2", "sl").m("Norvella", PER).m("Norvella", PER))
    docs.append(Doc("cs1", "cs").m("Norvella", ORG))
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl0", "Norvella"), ("sl1", "Norvella"), ("sl2", "Norvella"), ("cs1", "Norvella"))
    assert not same(entities, ("sl1", "Norvella Jan Kos"), ("sl1", "Norvella"))
