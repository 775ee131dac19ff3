"""schema.org's vocabulary as it reads: schema:memberOf is a person's or an organisation's (a state
in an alliance is kg:stateMemberOf), schema:nationality points at a node typed schema:Country."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

import kgraph
from kgraph.model import Entity, EntityType
from kgraph.rdf.facts import _property
from kgraph.rdf.namespaces import KG, RDF, SCHEMA

ARTICLES = {  # sentences of our own, one per language the membership and nationality rules read
    "en.txt": "NATO, an alliance of France, Germany, Italy and Poland, met in Brussels on Monday.\n\n"
              "Peter Hansen, a Norwegian skier, won the race in Oslo.\n",
    "pl.txt": "NATO, sojusz Francji, Niemiec, Włoch i Polski, obradowało w Brukseli.\n\n"
              "Norweski narciarz Peter Hansen wygrał wyścig w Oslo.\n",
    "ru.txt": "НАТО, союз Франции, Германии, Италии и Польши, собралось в Брюсселе в понедельник.\n\n"
              "Норвежский лыжник Петер Хансен выиграл гонку в Осло.\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("vocabulary-corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return kgraph.build(corpus, tmp_path_factory.mktemp("vocabulary-build")).store


def _pairs(store, prop: NamedNode) -> list:
    return [(q.subject, q.object) for q in store.quads_for_pattern(None, prop, None)]


def test_no_place_is_a_schema_member(store):
    for member, _ in _pairs(store, SCHEMA.memberOf):
        assert not list(store.quads_for_pattern(member, RDF.type, SCHEMA.Place)), member


def test_states_in_an_alliance_are_state_members(store):
    members = _pairs(store, KG.stateMemberOf)
    assert members, "the alliances' member states are stated"
    for member, _ in members:
        assert list(store.quads_for_pattern(member, RDF.type, SCHEMA.Country)), member


def test_nationality_points_at_countries_only(store):
    found = _pairs(store, SCHEMA.nationality)
    assert found, "the demonyms give nationalities"
    for _, country in found:
        assert list(store.quads_for_pattern(country, RDF.type, SCHEMA.Country)), country


def _entity(kind: EntityType, geonames: int | None = None) -> Entity:
    return Entity(f"{kind.value}_x", kind, geonames=geonames)


def test_the_property_follows_the_types_of_its_ends():
    town, country = _entity(EntityType.PLACE, 3143244), _entity(EntityType.PLACE, 3144096)  # Oslo, Norway
    person, body = _entity(EntityType.PERSON), _entity(EntityType.ORGANIZATION)
    assert _property("memberOf", country, body) == KG.stateMemberOf
    assert _property("memberOf", person, body) == SCHEMA.memberOf
    assert _property("nationality", person, country) == SCHEMA.nationality
    assert _property("nationality", person, town) is None


def test_kgraph_properties_stay_out_of_schema_org_hierarchies_their_objects_break():
    """kg:partOf points at states and places, so it is no schema:parentOrganization (whose range is
    an Organization); kg:stateMemberOf is no schema:memberOf (whose subjects are never places)."""
    import rdflib

    from kgraph.resources import ontology_dir

    g = rdflib.Graph().parse(ontology_dir() / "kgraph.ttl", format="turtle")
    schema = rdflib.Namespace("https://schema.org/")
    kg = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
    for prop, forbidden in ((kg.partOf, schema.parentOrganization), (kg.stateMemberOf, schema.memberOf)):
        supers = set(g.transitive_objects(prop, rdflib.RDFS.subPropertyOf))
        assert forbidden not in supers and rdflib.URIRef(str(forbidden).replace("https", "http", 1)) not in supers
