"""The same articles as .txt + sidecar, JSON Lines, HTML pages and a WARC archive give the same
entities and facts (the real models), and the graph holds their metadata and outlet."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Store

from kgraph.pipeline import BuildResult, run_build
from kgraph.model import EntityRef

from .formats_corpus import ITEMS, write_html, write_jsonl, write_txt, write_warc

pytestmark = pytest.mark.slow
WRITERS = {"txt": write_txt, "jsonl": write_jsonl, "html": write_html, "warc": write_warc}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, BuildResult]:
    out = {}
    for fmt, write in WRITERS.items():
        folder = tmp_path_factory.mktemp(fmt)
        write(folder)
        out[fmt] = run_build(folder)
    return out


def _label(result: BuildResult, ref: EntityRef, article_id: str) -> str:
    entity, _ = result.graphs.refs.entity(article_id, ref)
    return f"{entity.type.value}:{entity.labels.get('en')}" if entity else "?"


def _summary(result: BuildResult) -> dict[str, object]:
    """Entities, and per article (by headline) its mentions, events, claims and relations."""
    per_article = {}
    for ex in result.extractions:
        aid = ex.article.id
        per_article[ex.article.meta.headline] = (
            sorted((m.begin, m.end, m.text, m.type.value) for m in ex.mentions),
            sorted((e.kind, str(e.date), tuple(sorted((r, _label(result, x, aid)) for r, x in e.participants)))
                   for e in ex.events),
            sorted((_label(result, c.source, aid), c.sentence.begin) for c in ex.claims),
            sorted((_label(result, f.subject, aid), f.predicate, _label(result, f.object, aid)) for f in ex.facts),
        )
    entities = sorted((e.type.value, e.labels.get("en", "")) for e in result.entities)
    return {"entities": entities, "articles": per_article}


def test_every_format_gives_the_same_entities_and_facts(builds: dict[str, BuildResult]) -> None:
    expected = _summary(builds["txt"])
    assert len(expected["articles"]) == len(ITEMS) and expected["entities"]
    for fmt, result in builds.items():
        assert result.problems == [], fmt
        assert _summary(result) == expected, fmt


def _store(result: BuildResult) -> Store:
    store = Store()
    store.extend(result.graphs.quads())
    return store


def _rows(store: Store, query: str) -> list[tuple[str, ...]]:
    prefixes = "PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " \
               "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX kg: <https://w3id.org/kgraph/ontology#> "
    return sorted(tuple(t.value for t in row) for row in store.query(prefixes + query, use_default_graph_as_union=True))


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_the_graph_names_each_article_by_headline_outlet_and_date(builds, fmt: str) -> None:
    store = _store(builds[fmt])
    rows = _rows(store, "SELECT DISTINCT ?headline ?outlet ?date ?url WHERE { ?a a schema:NewsArticle ; "
                        "schema:headline ?headline ; schema:datePublished ?date ; schema:url ?url ; "
                        "schema:publisher ?p . ?p a schema:Organization ; rdfs:label ?outlet }")
    assert rows == sorted((i.title, "Riverside Courier", i.published[:10], i.url) for i in ITEMS)
    # one outlet node, though the second article's metadata names only its domain
    assert len(_rows(store, "SELECT DISTINCT ?p WHERE { ?a schema:publisher ?p }")) == 1


def test_reporting_without_a_named_speaker_is_the_outlets_claim(builds) -> None:
    store = _store(builds["txt"])
    sentences = _rows(store, "SELECT DISTINCT ?text WHERE { ?c a kg:Claim ; prov:wasAttributedTo ?p ; kg:evidence ?s . "
                             "?a schema:publisher ?p . ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?text }")
    assert ("The activists were released on Wednesday, it was reported.",) in sentences
    named = _rows(store, "SELECT DISTINCT ?who WHERE { ?c a kg:Claim ; prov:wasAttributedTo ?x . ?x a schema:Person ; rdfs:label ?who }")
    assert named == [("Gregoire Fabre",)]  # a named speaker keeps the claim
    assert _rows(store, "SELECT ?a WHERE { ?a kg:citesSource ?p . ?a schema:publisher ?p }") == []


def test_relative_dates_resolve_against_the_publication_date(builds) -> None:
    # "on Tuesday" in the article published on Thursday 4 May 2023
    (bridge,) = [ex for ex in builds["jsonl"].extractions if ex.article.meta.headline == ITEMS[0].title]
    assert {str(e.date) for e in bridge.events if e.kind == "Detention"} == {"2023-05-02"}


def test_the_metadata_graph_conforms_to_the_shapes(builds) -> None:
    import rdflib
    from pyshacl import validate

    root = Path(__file__).resolve().parents[2] / "ontology"
    data = rdflib.Graph()
    for quad in builds["warc"].graphs.quads():
        data.add(tuple(_rdflib(t) for t in (quad.subject, quad.predicate, quad.object)))
    shapes = rdflib.Graph().parse(root / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(root / "kgraph.ttl", format="turtle")
    ok, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    assert ok, text[:4000]


def _rdflib(term):
    import rdflib
    from pyoxigraph import Literal, NamedNode

    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    return rdflib.BNode(term.value)
