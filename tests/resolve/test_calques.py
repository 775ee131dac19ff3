"""A name translated word for word (a calque) is one entity across languages: its words map,
by stem, to the concepts of ontology/nlp/calques.json, in any order, its numbers equal; a name
with a word outside the table, a person, or another number is not joined."""
from __future__ import annotations

import pytest

from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import EntityType
from kgraph.resolve.calques import calque_key

from .helpers import Doc, mentions, same

PLACE, ORG, PER, PROD = EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "lang"), [
    ("Supreme Court", "en"), ("Верховный суд", "ru"), ("Верховного суда", "ru"), ("Верховний суд", "uk"),
    ("Sąd Najwyższy", "pl"), ("Sądu Najwyższego", "pl"), ("Nejvyšší soud", "cs"), ("Nejvyššího soudu", "cs"),
    ("Vrhovno sodišče", "sl"), ("Vrhovnega sodišča", "sl"), ("Върховният съд", "bg"), ("Oberster Gerichtshof", "de"),
])
def test_a_translated_name_has_one_key_in_every_language(text: str, lang: str) -> None:
    assert calque_key(text, lang) == ("court", "supreme", "#")


@pytest.mark.parametrize(("text", "lang"), [
    ("Green Bridge 3", "en"), ("Зелёный мост-3", "ru"), ("Зелений міст 3", "uk"), ("Zielony Most 3", "pl"),
    ("Zelený most 3", "cs"), ("Zeleni most 3", "sl"), ("Зелен мост 3", "bg"), ("Grüne Brücke 3", "de"),
])
def test_numbers_are_part_of_the_key(text: str, lang: str) -> None:
    assert calque_key(text, lang) == ("bridge", "green", "#", "3")


def test_connectors_are_skipped_and_a_chamber_is_a_house() -> None:
    assert calque_key("House of Lords", "en") == calque_key("Палата лордов", "ru") == calque_key("Izba Lordów", "pl")


def test_no_key_for_one_word_or_a_word_outside_the_table() -> None:
    assert calque_key("Суд", "ru") is None
    assert calque_key("Tarvel Court", "en") is None
    assert calque_key("Верховный суд Тарвелии", "ru") is None
    assert calque_key("Sąd Najwyższy 2", "pl") != calque_key("Supreme Court", "en")


def test_a_calqued_name_is_one_entity_across_languages(gaz: Gazetteer) -> None:
    docs = [Doc("en1", "en").m("Green Bridge 3", PROD),
            Doc("ru1", "ru").m("Зелёного моста-3", PROD, "Зелёный мост-3"),
            Doc("pl1", "pl").m("Zielonego Mostu 3", PROD, "Zielony Most 3"),
            Doc("sl1", "sl").m("Zeleni most 3", PROD),
            Doc("cs1", "cs").m("Zelený most 4", PROD),
            Doc("uk1", "uk").m("Червоний міст 3", PROD)]
    entities = resolve(mentions(*docs), gaz)
    assert same(entities, ("en1", "Green Bridge 3"), ("ru1", "Зелёного моста-3"), ("pl1", "Zielonego Mostu 3"),
                ("sl1", "Zeleni most 3"))
    assert not same(entities, ("en1", "Green Bridge 3"), ("cs1", "Zelený most 4"))
    assert not same(entities, ("en1", "Green Bridge 3"), ("uk1", "Червоний міст 3"))


def test_an_adjective_after_its_noun_and_a_chamber_join(gaz: Gazetteer) -> None:
    docs = [Doc("en1", "en").m("Upper House", ORG),
            Doc("pl1", "pl").m("Izba Wyższa", ORG),
            Doc("ru1", "ru").m("Верхняя палата", ORG),
            Doc("cs1", "cs").m("Dolní sněmovna", ORG)]
    entities = resolve(mentions(*docs), gaz)
    assert same(entities, ("en1", "Upper House"), ("pl1", "Izba Wyższa"), ("ru1", "Верхняя палата"))
    assert not same(entities, ("en1", "Upper House"), ("cs1", "Dolní sněmovna"))


def test_a_kind_of_state_body_is_left_to_its_country(gaz: Gazetteer) -> None:
    docs = [Doc("ru1", "ru").m("Верховный суд", ORG), Doc("bg1", "bg").m("Върховен съд", ORG),
            Doc("en1", "en").m("White House", ORG), Doc("pl1", "pl").m("Białego Domu", ORG, "Biały Dom")]
    entities = resolve(mentions(*docs), gaz)
    assert not same(entities, ("ru1", "Верховный суд"), ("bg1", "Върховен съд"))
    assert same(entities, ("en1", "White House"), ("pl1", "Białego Domu"))


def test_other_types_and_one_language_stay_apart(gaz: Gazetteer) -> None:
    docs = [Doc("en1", "en").m("Black Sea", PLACE),
            Doc("ru1", "ru").m("Чёрного моря", PLACE, "Чёрное море"),
            Doc("ru2", "ru").m("Чёрная гора", PLACE),
            Doc("pl1", "pl").m("Czarne Morze", ORG),
            Doc("cs1", "cs").m("Nový Černý", PER)]
    entities = resolve(mentions(*docs), gaz)
    assert same(entities, ("en1", "Black Sea"), ("ru1", "Чёрного моря"))
    assert not same(entities, ("en1", "Black Sea"), ("pl1", "Czarne Morze"))
    assert not same(entities, ("en1", "Black Sea"), ("ru2", "Чёрная гора"))
