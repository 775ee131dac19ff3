"""Inside one article: a body named by its head noun alone after its full name."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions, same

ORG = EntityType.ORGANIZATION


def test_a_body_named_by_its_head_noun_alone_is_the_one_body_of_that_noun_in_its_article() -> None:
    docs = [Doc("pl1", "pl").m("Unia Celna Bałtycka", ORG).m("Unii", ORG, "Unia"),
            Doc("cs1", "cs").m("Baltská celní unie", ORG).m("unie", ORG).m("Unie", ORG),
            Doc("ru1", "ru").m("Балтийский таможенный союз", ORG).m("Союза", ORG, "Союз"),
            Doc("sl1", "sl").m("Baltska carinska unija", ORG).m("Unija", ORG)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("pl1", "Unia Celna Bałtycka"), ("pl1", "Unii"))
    assert same(entities, ("cs1", "Baltská celní unie"), ("cs1", "Unie"))
    assert same(entities, ("ru1", "Балтийский таможенный союз"), ("ru1", "Союза"))
    assert same(entities, ("sl1", "Baltska carinska unija"), ("sl1", "Unija"))


def test_a_head_noun_two_bodies_of_its_article_share_or_a_partnership_leaves_alone() -> None:
    docs = [Doc("pl1", "pl").m("Komisja Wyborcza", ORG).m("Komisja Etyki", ORG).m("Komisja", ORG),
            Doc("uk1", "uk").m("Medivo-Farmex", ORG).m("Medivo", ORG).m("Farmex", ORG)]
    entities = resolve(mentions(*docs))
    assert not same(entities, ("pl1", "Komisja Wyborcza"), ("pl1", "Komisja"))
    assert not same(entities, ("pl1", "Komisja Etyki"), ("pl1", "Komisja"))
    assert not same(entities, ("uk1", "Medivo"), ("uk1", "Farmex"))


def test_an_acronym_joins_the_body_beside_it_that_a_model_read_as_a_person() -> None:
    for lang, name in (("pl", "Verband Luftwerk"), ("cs", "Verband Luftwerk"), ("sl", "Združenje Letalcev")):
        doc = Doc("a", lang).m(name, EntityType.PERSON).m("VL" if lang != "sl" else "ZL", ORG, gap=2)
        entities = resolve(mentions(doc))
        assert same(entities, ("a", name), ("a", "VL" if lang != "sl" else "ZL")), lang


def test_an_acronym_beside_a_person_it_does_not_spell_stays_apart() -> None:
    doc = Doc("a", "pl").m("Jan Borowik", EntityType.PERSON).m("NATO", ORG, gap=2)
    entities = resolve(mentions(doc))
    assert not same(entities, ("a", "Jan Borowik"), ("a", "NATO"))
