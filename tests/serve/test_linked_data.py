"""Dereferenceable IRIs, VoID and the static views of `kgraph serve`."""
from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
import rdflib
from serve_helpers import Server, free_port, make_build

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


@pytest.fixture(scope="module")
def own_base(tmp_path_factory):
    """A build whose base IRI is the server's own address: its IRIs dereference as they are."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/id/"
    out = tmp_path_factory.mktemp("own-base")
    make_build(out, base)
    server = Server(out, port=port)
    yield server, base
    server.stop()


def get(url: str, accept: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def raw_get(base_url: str, path: str, accept: str = "*/*") -> http.client.HTTPResponse:
    """A GET that does not follow redirects nor normalise the path."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", path, headers={"Accept": accept})
    return conn.getresponse()


def test_entity_iri_dereferences_to_turtle(own_base):
    _, base = own_base
    iri = f"{base}entity/Person_p1"
    status, headers, body = get(iri, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body.decode(), format="turtle")
    person = rdflib.URIRef(iri)
    assert (person, rdflib.RDFS.label, rdflib.Literal("Томас Бреннер", lang="ru")) in graph
    assert (None, rdflib.URIRef("https://schema.org/mentions"), person) in graph  # facts about it
    mentions = list(graph.subjects(rdflib.URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), person))
    assert mentions and all(graph.value(m, rdflib.URIRef(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")) for m in mentions)


def test_entity_iri_dereferences_to_jsonld(own_base):
    _, base = own_base
    status, headers, body = get(f"{base}entity/Person_p2", "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=body.decode(), format="json-ld")
    assert (rdflib.URIRef(f"{base}entity/Person_p2"), rdflib.RDF.type, rdflib.URIRef("https://schema.org/Person")) in graph
    json.loads(body)


def test_html_without_a_views_page(own_base):
    _, base = own_base
    status, headers, body = get(f"{base}entity/Person_p0", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Anna Kowalczyk" in body.decode()


def test_unknown_iri_is_404(own_base):
    _, base = own_base
    assert get(f"{base}entity/Person_nobody", "text/turtle")[0] == 404


def test_base_path_mapped_onto_the_server_and_html_redirects_to_views_page(served):
    response = raw_get(served.url, "/kg/id/entity/Person_p0", "text/html")
    assert response.status == 303 and response.getheader("Location") == "/entity/Person_p0.html"
    status, _, body = get(f"{served.url}/kg/id/entity/Person_p0", "text/turtle")
    assert status == 200 and b"Anna Kowalczyk" in body


def test_void(own_base):
    server, base = own_base
    status, headers, body = get(f"{server.url}/.well-known/void", "text/turtle")
    assert status == 200
    graph = rdflib.Graph().parse(data=body.decode(), format="turtle")
    dataset = graph.value(None, rdflib.RDF.type, VOID.Dataset, any=False) or next(graph.subjects(rdflib.RDF.type, VOID.Dataset))
    assert int(graph.value(dataset, VOID.entities)) == 3
    assert int(graph.value(dataset, VOID.triples)) > 0 and int(graph.value(dataset, VOID.distinctSubjects)) > 0
    assert graph.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef(f"{server.url}/sparql")
    assert rdflib.URIRef("https://schema.org/") in set(graph.objects(dataset, VOID.vocabulary))
    assert graph.value(dataset, VOID.uriSpace) == rdflib.Literal(base)


def test_static_files_and_no_traversal(served):
    status, headers, body = get(f"{served.url}/", "text/html")
    assert status == 200 and b"views" in body
    for path in ("/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                 "/store/CURRENT", "/cache/", "/.store.new/x", "/entity/../../etc/passwd"):
        response = raw_get(served.url, path)
        assert response.status == 404, path
        assert b"root:" not in response.read()


def test_read_only_methods(served):
    parts = urlsplit(served.url)
    for method in ("PUT", "DELETE"):
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        conn.request(method, "/sparql", body=b"x")
        assert conn.getresponse().status == 405
