"""Hostile names and text: the build succeeds, IRIs are safe, literals round-trip, HTML is escaped."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib

from reliability_corpus import cli_build

SCRIPT = "<script>alert('kg')</script>"
# file stem → text; every text has names in it, and something that breaks naive serialisers
HOSTILE: dict[str, str] = {
    'quote"s and \\back\\slash': 'Yesterday "Marcus \\ Oyelaran" met Helena Brandt in Vienna. She said """hello""" twice.\n',
    "new\nline": "On Monday Tobias Rennert flew to Madrid.\nHe met Lucia Ferrer there.\n",
    SCRIPT.replace("/", "_"): f"Clara Whitfield wrote {SCRIPT} in her blog from Boston. Clara Whitfield laughed.\n",
    "@prefix x: <http:__evil> .": "@prefix ex: <http://evil.example/> . ex:a ex:b ex:c . Jonas Lindqvist visited Stockholm.\n",
    "brace } and # hash > gt": "Graph { <a> <b> <c> } # Ahmed Karimi met Nadia Rahman in Cairo > Alexandria.\n",
    "controls": "Pieter\x07 de Vries arrived in Utrecht.\x0b He met Anke Visser \x1b[31mthere\x1b[0m.\n",
    "rtl\u202eevil\u202c": "Yesterday Samuel Okonkwo\u202e flew to Lagos \u202cwith Grace Adeyemi.\n",
    "zero\u200bwidth\u200d": "Olivia\u200b Marchetti met Paolo\u200d Conti in Rome on Tuesday.\ufeff\n",
    "sparql' } ; DROP ALL ; #": "Query: SELECT * WHERE { ?s ?p ?o } ; DROP ALL ; Henrik Aalto met Mikko Virtanen in Helsinki.\n",
    "русский «ёлка»": "Вчера «Фёдор Ёлкин» встретился с Мариной Щукиной в Петербурге.\n",
}
IRI = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
NAMESPACES = ("https://schema.org/", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
              "http://www.w3.org/2005/11/its/rdf#", "http://www.w3.org/", "http://www.wikidata.org/entity/",
              "https://sws.geonames.org/", "http://sws.geonames.org/", "https://w3id.org/kgraph/")


def _file_names() -> dict[str, str]:
    """stem → text; '/' is not allowed in a file name."""
    return {stem.replace("/", "_"): text for stem, text in HOSTILE.items()}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    corpus.mkdir()
    for stem, text in _file_names().items():
        (corpus / f"{stem}.txt").write_text(text, encoding="utf-8")
    built = cli_build(corpus, base / "out")
    return built


def test_build_succeeds_with_every_article(hostile):
    assert hostile.exit_code == 0, hostile.output
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(hostile.out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    ids = {r["id"].value for r in store.query("SELECT ?id WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/identifier> ?id }")}
    assert ids == set(_file_names())


def _rdflib(path: Path) -> rdflib.Dataset | rdflib.Graph:
    fmt = {".ttl": "turtle", ".trig": "trig", ".jsonld": "json-ld"}[path.suffix]
    graph = rdflib.Dataset() if fmt != "turtle" else rdflib.Graph()
    graph.parse(path, format=fmt)
    return graph


def _rdflib_texts(graph) -> tuple[dict[str, str], list[tuple[str, str, int, int]]]:
    q = """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
           PREFIX schema: <https://schema.org/>
           SELECT DISTINCT ?id ?text ?anchor ?b ?e WHERE { GRAPH ?g {
             ?ctx nif:isString ?text ; nif:sourceUrl ?a . ?a schema:identifier ?id .
             OPTIONAL { ?m nif:referenceContext ?ctx ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e .
                        FILTER(?m != ?ctx) } } }"""
    if isinstance(graph, rdflib.Graph) and not isinstance(graph, rdflib.Dataset):
        q = q.replace("GRAPH ?g {", "{")
    texts, mentions = {}, []
    for row in graph.query(q):
        texts[str(row.id)] = str(row.text)
        if row.anchor is not None:
            mentions.append((str(row.id), str(row.anchor), int(row.b), int(row.e)))
    return texts, mentions


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.jsonld"])
def test_literals_round_trip_through_rdflib(hostile, name):
    texts, mentions = _rdflib_texts(_rdflib(hostile.out / name))
    assert texts == _file_names()
    assert mentions
    for article, anchor, begin, end in mentions:
        assert texts[article][begin:end] == anchor


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.jsonld"])
def test_literals_round_trip_through_pyoxigraph(hostile, name):
    from reliability_corpus import context_texts, load_graph, mention_rows

    store = load_graph(hostile.out / name)
    texts = context_texts(store)
    assert texts == _file_names()
    for article, anchor, begin, end in mention_rows(store):
        assert texts[article][begin:end] == anchor


def test_iris_are_safe_and_nothing_is_injected(hostile):
    graph = _rdflib(hostile.out / "graph.ttl")
    for s, p, o in graph:
        for term in (s, p, o):
            if isinstance(term, rdflib.URIRef):
                assert IRI.fullmatch(str(term)), term
        assert isinstance(s, rdflib.URIRef | rdflib.BNode)
        assert str(p).startswith(NAMESPACES), p
    assert not any("evil.example" in str(term) for triple in graph for term in triple if isinstance(term, rdflib.URIRef))
    subjects = {str(s) for s in graph.subjects() if isinstance(s, rdflib.URIRef)}
    assert all(s.startswith(("http://", "https://")) for s in subjects)
    assert not {"a", "b", "c", "ex:a"} & subjects


def test_html_pages_hold_no_unescaped_script_from_the_text(hostile):
    pages = sorted(hostile.out.rglob("*.html"))
    assert hostile.out / "index.html" in pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        lowered = html.lower()
        assert SCRIPT not in html and "<script>alert" not in lowered, page
        assert "alert('kg')</script" not in lowered and "alert(&#39;kg&#39;)</script" not in lowered, page
        for block in re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S | re.I):
            if "alert('kg')" in block:  # a block carrying the article's text escapes its '<'
                assert "<script" not in block.lower() and "<!--" not in block, page
