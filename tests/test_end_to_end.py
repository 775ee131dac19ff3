"""The seed corpus, built with the real models, checked against CONTRACT.md."""
from __future__ import annotations

import pyoxigraph
import rdflib
from rdflib.namespace import OWL, RDF

from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

SCHEMA = rdflib.Namespace("https://schema.org/")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = rdflib.Namespace("http://www.w3.org/2005/11/its/rdf#")
TYPES = {SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place, SCHEMA.Event}


def _turtle(seed_build) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(seed_build.out_dir / "graph.ttl", format="turtle")
    return g


def test_every_file_of_the_contract_is_written(seed_build):
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "index.html"):
        assert (seed_build.out_dir / name).stat().st_size > 1000, name


def test_turtle_parses_with_rdflib_and_pyoxigraph_alike(seed_build):
    g = _turtle(seed_build)
    oxi = list(pyoxigraph.parse(path=str(seed_build.out_dir / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(g) == len(set(oxi)) > 1000


def test_articles_have_id_and_language(seed_build):
    g = _turtle(seed_build)
    langs = {str(g.value(a, SCHEMA.identifier)): str(g.value(a, SCHEMA.inLanguage))
             for a in g.subjects(RDF.type, SCHEMA.NewsArticle)}
    expected = {p.stem for p in CORPUS.glob("*.txt")}
    assert set(langs) == expected
    assert sorted(langs.values()) == ["en", "en", "en", "pl", "ru"]


def test_every_mention_anchor_is_the_text_at_its_offsets(seed_build):
    g = _turtle(seed_build)
    texts = {ctx: str(text) for ctx, text in g.subject_objects(NIF.isString)}
    mentions = list(g.subjects(ITSRDF.taIdentRef, None))
    assert len(mentions) > 100
    for m in mentions:
        ctx = g.value(m, NIF.referenceContext)
        begin, end = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
        assert texts[ctx][begin:end] == str(g.value(m, NIF.anchorOf))


def test_context_text_is_the_file_text(seed_build):
    g = _turtle(seed_build)
    for ctx, text in g.subject_objects(NIF.isString):
        article = g.value(ctx, NIF.sourceUrl)
        name = str(g.value(article, SCHEMA.identifier))
        assert str(text) == (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def test_entities_are_typed_and_labelled(seed_build):
    g = _turtle(seed_build)
    entities = set(g.objects(None, ITSRDF.taIdentRef))
    for e in entities:
        assert len(set(g.objects(e, RDF.type)) & TYPES) == 1, e
        labels = list(g.objects(e, rdflib.RDFS.label))
        assert labels and all(label.language for label in labels), e


def test_wikidata_links_point_to_wikidata(seed_build):
    g = _turtle(seed_build)
    links = [str(o) for o in g.objects(None, OWL.sameAs)]
    assert any(link.startswith("http://www.wikidata.org/entity/Q") for link in links)


def test_trig_holds_one_graph_per_article_and_the_same_triples(seed_build):
    ds = rdflib.Dataset()
    ds.parse(seed_build.out_dir / "graph.trig", format="trig")
    graphs = {str(c) for _, _, _, c in ds.quads() if c is not None}
    assert len([c for c in graphs if "/graph/" in c]) == 5
    union = {(s, p, o) for s, p, o, _ in ds.quads()}
    assert union == set(_turtle(seed_build))


def test_same_corpus_gives_byte_identical_turtle(seed_build, tmp_path):
    import kgraph

    again = kgraph.build(CORPUS, tmp_path)
    assert (again.out_dir / "graph.ttl").read_bytes() == (seed_build.out_dir / "graph.ttl").read_bytes()


def test_the_api_answers_sparql(seed_build):
    rows = seed_build.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")
    assert rows == [{"n": "5"}]
