"""Dereferenceable IRIs, VoID and the static views of `kgraph serve`."""
from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
import rdflib
from serve_helpers import PEOPLE, Server, free_port, make_build

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


def request(base_url: str, method: str, path: str, headers: dict[str, str] | None = None,
            body: bytes | None = None) -> tuple[int, dict, bytes]:
    """One raw request (no redirect followed): status, headers (lower-case names), body."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()


def test_head_answers_as_get_does_without_a_body(own_base):
    server, base = own_base
    path = urlsplit(f"{base}entity/Person_p1").path
    get_status, get_headers, get_body = request(server.url, "GET", path, {"Accept": "text/turtle"})
    status, headers, body = request(server.url, "HEAD", path, {"Accept": "text/turtle"})
    assert (status, body) == (get_status, b"") and get_status == 200
    assert headers["content-type"] == get_headers["content-type"] and int(headers["content-length"]) == len(get_body)
    assert request(server.url, "HEAD", urlsplit(f"{base}entity/Person_nobody").path, {"Accept": "text/turtle"})[0] == 404


def test_named_graph_and_text_iris_dereference(own_base):
    _, base = own_base
    status, _, body = get(f"{base}graph/art1", "text/turtle")  # the article's graph: what it states
    assert status == 200
    graph = rdflib.Graph().parse(data=body.decode(), format="turtle")
    assert (rdflib.URIRef(f"{base}article/art1"), rdflib.URIRef("https://schema.org/identifier"), rdflib.Literal("art1")) in graph
    assert not any(str(s).endswith("art0") for s in graph.subjects())
    status, _, body = get(f"{base}text/art2", "application/n-triples")  # the text: its strings (#char=b,e)
    assert status == 200
    strings = rdflib.Graph().parse(data=body.decode(), format="nt")
    anchors = {str(o) for o in strings.objects(None, rdflib.URIRef(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"))}
    assert anchors == {latin for latin, _ in PEOPLE}
    assert all(str(s).startswith(f"{base}text/art2#char=") for s in strings.subjects())
    assert get(f"{base}graph/art9", "text/turtle")[0] == 404


def test_cors_preflight_and_a_browser_style_query(served):
    """What YASGUI does from another origin: a preflight, then a POST of application/sparql-query."""
    origin = {"Origin": "http://127.0.0.1:1"}
    status, headers, _ = request(served.url, "OPTIONS", "/sparql", {
        **origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, accept"})
    assert status in (200, 204)
    assert headers["access-control-allow-origin"] == "*" and "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()
    query = b"SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    status, headers, body = request(served.url, "POST", "/sparql", {
        **origin, "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}, query)
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    assert "x-kgraph-truncated" in headers and "X-Kgraph-Truncated" in headers["access-control-expose-headers"]
    assert len(json.loads(body)["results"]["bindings"]) == 50


def test_method_not_allowed_says_what_is(served):
    status, headers, _ = request(served.url, "PUT", "/sparql", body=b"x")
    assert status == 405 and {m.strip() for m in headers["allow"].split(",")} >= {"GET", "POST"}
    status, headers, _ = request(served.url, "POST", "/index.html", {"Content-Type": "text/plain"}, b"x")
    assert status == 405 and "POST" not in headers["allow"] and "GET" in headers["allow"]


@pytest.fixture(scope="module")
def served_seeds(seed_build):
    server = Server(seed_build.out_dir)
    yield server, seed_build
    server.stop()


def test_browsers_are_sent_to_the_views_pages(served_seeds):
    """Accept: text/html on an entity, event or article IRI answers 303 to the page the views wrote."""
    server, kg = served_seeds
    kinds = kg.query("""SELECT ?entity ?event ?article WHERE {
        { SELECT ?entity WHERE { ?entity a schema:Person } ORDER BY ?entity LIMIT 1 }
        { SELECT ?event WHERE { ?event a kg:Detention } ORDER BY ?event LIMIT 1 }
        { SELECT ?article WHERE { ?article a schema:NewsArticle } ORDER BY ?article LIMIT 1 } }""")[0]
    for iri in (*kinds.values(), kinds["article"].replace("/article/", "/graph/")):
        status, headers, _ = request(server.url, "GET", urlsplit(iri).path, {"Accept": "text/html,*/*;q=0.8"})
        assert status == 303, iri
        page_status, page_headers, _ = request(server.url, "GET", headers["location"])
        assert page_status == 200 and page_headers["content-type"].startswith("text/html"), headers["location"]
