"""The seed build conforms to ontology/shapes.ttl with and without RDFS inference, every kg: term
it uses is declared, and each way of breaking the contract makes the validator fail."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from pyshacl import validate
from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parent.parent
KG = Namespace("https://w3id.org/kgraph/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OWL_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")
INFERENCE = ("none", "rdfs")


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> rdflib.Graph:
    return rdflib.Graph().parse(Path(seed_build.out_dir) / "graph.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ROOT / "ontology" / "kgraph.ttl", format="turtle")


def _conforms(data: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph, inference: str) -> tuple[bool, str]:
    ok, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True)
    return ok, text


@pytest.mark.parametrize("inference", INFERENCE)
def test_seed_build_conforms_to_shapes(seed_graph, shapes, ontology, inference) -> None:
    ok, text = _conforms(seed_graph, shapes, ontology, inference)
    assert ok, text[:4000]


def test_every_kg_term_is_declared(seed_graph, ontology) -> None:
    declared = {s for s in ontology.subjects() if str(s).startswith(str(KG))}
    used = {t for triple in seed_graph for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert not used - declared, sorted(used - declared)


# ---------------------------------------------------------------- mutations of a real build

def _first(graph: rdflib.Graph, predicate: URIRef, **where) -> tuple:
    """The first (s, o) of ``predicate`` in sorted order whose subject has the given types."""
    kinds = where.get("subject_type")
    for s, o in sorted(graph.subject_objects(predicate)):
        if kinds is None or (s, RDF.type, kinds) in graph:
            return s, o
    raise AssertionError(f"the seed build has no {predicate}")


def _replace(graph: rdflib.Graph, old: tuple, new: tuple) -> None:
    graph.remove(old)
    graph.add(new)


def _event(graph: rdflib.Graph) -> URIRef:
    return sorted(graph.subjects(KG.trigger))[0]


def offset_not_a_number(g: rdflib.Graph) -> None:
    s, o = _first(g, NIF.beginIndex, subject_type=NIF.Phrase)
    _replace(g, (s, NIF.beginIndex, o), (s, NIF.beginIndex, Literal("abc")))


def offset_of_another_datatype(g: rdflib.Graph) -> None:
    s, o = _first(g, NIF.endIndex, subject_type=NIF.Sentence)
    _replace(g, (s, NIF.endIndex, o), (s, NIF.endIndex, Literal(str(o), datatype=XSD.string)))


def offsets_in_the_wrong_order(g: rdflib.Graph) -> None:
    s, begin = _first(g, NIF.beginIndex, subject_type=NIF.Phrase)
    end = g.value(s, NIF.endIndex)
    _replace(g, (s, NIF.beginIndex, begin), (s, NIF.beginIndex, end))
    _replace(g, (s, NIF.endIndex, end), (s, NIF.endIndex, begin))


def anchor_not_the_text(g: rdflib.Graph) -> None:
    s, anchor = _first(g, NIF.anchorOf, subject_type=NIF.Phrase)
    _replace(g, (s, NIF.anchorOf, anchor), (s, NIF.anchorOf, Literal(str(anchor)[::-1] + "x")))


def offset_past_the_text(g: rdflib.Graph) -> None:
    s, end = _first(g, NIF.endIndex, subject_type=NIF.Sentence)
    _replace(g, (s, NIF.endIndex, end), (s, NIF.endIndex, Literal(10**7)))


def label_without_language(g: rdflib.Graph) -> None:
    entity = sorted(g.objects(None, ITSRDF.taIdentRef))[0]
    label = sorted(g.objects(entity, RDFS.label))[0]
    _replace(g, (entity, RDFS.label, label), (entity, RDFS.label, Literal(str(label))))


def same_as_a_web_page(g: rdflib.Graph) -> None:
    s, target = _first(g, OWL_SAME_AS)
    _replace(g, (s, OWL_SAME_AS, target), (s, OWL_SAME_AS, URIRef(str(target).replace("/entity/", "/wiki/"))))


def event_without_evidence(g: rdflib.Graph) -> None:
    g.remove((_event(g), KG.evidence, None))


def event_without_article(g: rdflib.Graph) -> None:
    g.remove((_event(g), PROV.wasDerivedFrom, None))


def event_without_types(g: rdflib.Graph) -> None:
    g.remove((_event(g), RDF.type, None))


def event_only_a_schema_event(g: rdflib.Graph) -> None:
    event = _event(g)
    g.remove((event, RDF.type, None))
    g.add((event, RDF.type, SCHEMA.Event))


def event_at_a_non_place(g: rdflib.Graph) -> None:
    event, place = _first(g, SCHEMA.location, subject_type=SCHEMA.Event)
    organisation = sorted(g.subjects(RDF.type, SCHEMA.Organization))[0]
    _replace(g, (event, SCHEMA.location, place), (event, SCHEMA.location, organisation))


def date_as_plain_text(g: rdflib.Graph) -> None:
    event, date = _first(g, SCHEMA.startDate, subject_type=SCHEMA.Event)
    _replace(g, (event, SCHEMA.startDate, date), (event, SCHEMA.startDate, Literal(str(date))))


def evidence_in_another_article(g: rdflib.Graph) -> None:
    event = _event(g)
    own = set(g.objects(event, PROV.wasDerivedFrom))
    foreign = next(s for s in sorted(g.subjects(RDF.type, NIF.Sentence))
                   if g.value(g.value(s, NIF.referenceContext), NIF.sourceUrl) not in own)
    g.add((event, KG.evidence, foreign))


def sentence_untyped(g: rdflib.Graph) -> None:  # kg:evidence's range would have typed it
    sentence = sorted(g.objects(_event(g), KG.evidence))[0]
    g.remove((sentence, RDF.type, None))


def position_holder_untyped(g: rdflib.Graph) -> None:  # kg:holdsPosition's domain would have typed it
    person, _ = _first(g, KG.holdsPosition)
    g.remove((person, RDF.type, None))


def claim_untyped(g: rdflib.Graph) -> None:
    claim, _ = _first(g, PROV.wasAttributedTo)
    g.remove((claim, RDF.type, None))


def place_as_a_member(g: rdflib.Graph) -> None:  # schema:memberOf is a person's or an organisation's
    country, organisation = _first(g, KG.stateMemberOf)
    g.add((country, SCHEMA.memberOf, organisation))


def nationality_to_a_non_country(g: rdflib.Graph) -> None:
    _, country = _first(g, SCHEMA.nationality)
    g.remove((country, RDF.type, SCHEMA.Country))


MUTATIONS: list[Callable[[rdflib.Graph], None]] = [
    offset_not_a_number, offset_of_another_datatype, offsets_in_the_wrong_order, anchor_not_the_text,
    offset_past_the_text, label_without_language, same_as_a_web_page, event_without_evidence,
    event_without_article, event_without_types, event_only_a_schema_event, event_at_a_non_place,
    date_as_plain_text, evidence_in_another_article, sentence_untyped, position_holder_untyped, claim_untyped,
    place_as_a_member, nationality_to_a_non_country,
]


@pytest.mark.parametrize("inference", INFERENCE)
@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda f: f.__name__)
def test_a_broken_build_fails_validation(seed_graph, shapes, ontology, mutate, inference) -> None:
    broken = rdflib.Graph()
    for triple in seed_graph:
        broken.add(triple)
    mutate(broken)
    assert len(broken ^ seed_graph) > 0, "the mutation changed nothing"
    ok, _ = _conforms(broken, shapes, ontology, inference)
    assert not ok, f"{mutate.__name__} still conforms with inference={inference}"
