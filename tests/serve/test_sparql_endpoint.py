"""The SPARQL 1.1 Protocol endpoint of `kgraph serve`, exercised with SPARQLWrapper as the client."""
from __future__ import annotations

import csv
import io
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

PEOPLE_QUERY = "SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name FILTER(LANG(?name) = 'en') } ORDER BY ?name"
EXPECTED = ["Anna Kowalczyk", "Lea Marchetti", "Tomas Brenner"]


def client(served, fmt, *, method: str | None = None, conneg_only: bool = False) -> SPARQLWrapper:
    sparql = SPARQLWrapper(served.endpoint)
    sparql.setReturnFormat(fmt)
    sparql.setOnlyConneg(conneg_only)
    if method:
        sparql.setMethod(method)
    return sparql


@pytest.mark.parametrize("conneg_only", [True, False])
@pytest.mark.parametrize("method", [None, POST])
def test_select_json(served, conneg_only, method):
    sparql = client(served, JSON, method=method, conneg_only=conneg_only)
    sparql.setQuery(PEOPLE_QUERY)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == EXPECTED
    assert rows[0]["name"]["xml:lang"] == "en" and rows[0]["p"]["type"] == "uri"


def test_select_xml(served):
    sparql = client(served, XML, conneg_only=True)
    sparql.setQuery(PEOPLE_QUERY)
    doc = sparql.queryAndConvert()
    names = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert names == EXPECTED


def test_select_csv_and_tsv(served):
    sparql = client(served, CSV, conneg_only=True)
    sparql.setQuery(PEOPLE_QUERY)
    rows = list(csv.reader(io.StringIO(sparql.queryAndConvert().decode("utf-8"))))
    assert rows[0] == ["p", "name"] and [r[1] for r in rows[1:]] == EXPECTED
    sparql = client(served, TSV, conneg_only=True)
    sparql.setQuery(PEOPLE_QUERY)
    lines = sparql.queryAndConvert().decode("utf-8").splitlines()
    assert lines[0] == "?p\t?name" and lines[1].endswith('\t"Anna Kowalczyk"@en')
    assert lines[1].startswith("<https://example.org/kg/id/entity/")


def test_ask_and_construct(served):
    sparql = client(served, JSON, conneg_only=True)
    sparql.setQuery('ASK { ?p rdfs:label "Анна Ковальчик"@ru }')
    assert sparql.queryAndConvert()["boolean"] is True
    sparql = client(served, TURTLE, conneg_only=True)
    sparql.setQuery("CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a schema:Person ; rdfs:label ?n }")
    response = sparql.query()
    assert response.info()["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.convert().decode("utf-8"), format="turtle")
    assert len(graph) == 6


def test_construct_ntriples_by_accept(served):
    query = urllib.parse.quote("CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }")
    request = urllib.request.Request(f"{served.endpoint}?query={query}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Type"].startswith("application/n-triples")
        assert len(response.read().decode().strip().splitlines()) == 3


def test_update_is_refused(served):
    sparql = client(served, JSON, method=POST)
    sparql.setQuery("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    assert caught.value.code == 403
    for body, ctype in ((b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "application/sparql-update"),
                        (b"query=DROP+ALL", "application/x-www-form-urlencoded")):
        request = urllib.request.Request(served.endpoint, data=body, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request)
        assert 400 <= caught.value.code < 500
    sparql = client(served, JSON)
    sparql.setQuery("ASK { <urn:x:a> ?p ?o }")
    assert sparql.queryAndConvert()["boolean"] is False


def test_bad_query_is_400(served):
    sparql = client(served, JSON)
    sparql.setQuery("SELECT WHERE {")
    with pytest.raises(Exception) as caught:
        sparql.query()
    assert "400" in str(caught.value) or "QueryBadFormed" in type(caught.value).__name__


def test_result_cap(served):
    sparql = client(served, JSON, conneg_only=True)
    sparql.setQuery("SELECT ?s ?o WHERE { ?s schema:keywords ?o }")
    response = sparql.query()
    assert "x-kgraph-truncated" in response.info()
    assert len(response.convert()["results"]["bindings"]) == 50


def test_timeout_stops_a_runaway_query_and_the_server_lives_on(served):
    sparql = client(served, JSON, conneg_only=True)
    sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    assert caught.value.code == 503
    sparql.setQuery(PEOPLE_QUERY)
    assert len(sparql.queryAndConvert()["results"]["bindings"]) == 3


def test_not_acceptable(served):
    query = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    request = urllib.request.Request(f"{served.endpoint}?query={query}", headers={"Accept": "image/png"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request)
    assert caught.value.code == 406


def test_binds_loopback_by_default(served):
    assert served.url.startswith("http://127.0.0.1:")
