"""An entity's type across articles: the majority of its mentions, and no person named with a
number."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, entity_of, mentions, same

PER, ORG, PRO = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PRODUCT


def _repeated(doc: Doc, text: str, kind: EntityType, times: int) -> Doc:
    for _ in range(times):
        doc.m(text, kind)
    return doc


def test_a_numbered_product_read_as_a_person_in_one_article_stays_a_product() -> None:
    docs = [_repeated(Doc("pl1", "pl"), "Baltic Link 2", PRO, 3), _repeated(Doc("pl2", "pl"), "Baltic Link 2", PRO, 2),
            _repeated(Doc("cs1", "cs"), "Baltic Link 2", PER, 2)]
    entities = resolve(mentions(*docs))
    assert entity_of(entities, "pl1", "Baltic Link 2").type == PRO
    assert entity_of(entities, "pl2", "Baltic Link 2").type == PRO


def test_a_person_read_as_an_organisation_in_one_article_joins_the_person() -> None:
    entities = resolve(mentions(Doc("cs1", "cs").m("Jana Vrbová", ORG),
                                _repeated(Doc("cs2", "cs"), "Jana Vrbová", PER, 2)))
    assert same(entities, ("cs1", "Jana Vrbová"), ("cs2", "Jana Vrbová"))
    assert entity_of(entities, "cs1", "Jana Vrbová").type == PER


def test_the_majority_of_mentions_types_a_name_read_two_ways() -> None:
    """Without a retyping by the person's side: three organisation mentions outvote one person's."""
    entities = resolve(mentions(_repeated(Doc("pl1", "pl"), "Norvik Brelmax", ORG, 3),
                                Doc("pl2", "pl").m("Norvik Brelmax", PER)))
    assert entity_of(entities, "pl1", "Norvik Brelmax").type == ORG
