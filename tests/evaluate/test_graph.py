"""A graph read from any of its forms (Turtle, TriG, N-Triples, a store, a build folder) gives one index."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, parse, serialize

from kgraph.errors import KgraphError
from kgraph.evaluate import read_graph

from .helpers import article, node, turtle

TURTLE = turtle(article("a", ("Mara Velin", "mara"), ("Orsk", "orsk")),
                'ex:mara a schema:Person ; owl:sameAs wd:Q101 ; schema:homeLocation ex:orsk .',
                'ex:orsk a schema:Place .',
                'ex:ev a schema:Event ; kg:agent ex:mara ; schema:startDate "2023-03-01"^^xsd:date .')


def _summary(path: Path) -> tuple:
    g = read_graph(path)
    return (g.article_ids, g.mentions, g.types, g.same_as, g.dates, {n: g.neighbours(n) for n in g.entities})


@pytest.fixture
def ttl(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


def test_what_the_index_holds(ttl: Path) -> None:
    g = read_graph(ttl)
    assert g.article_ids == {NamedNode("http://example.org/art-a"): "a"}
    assert {text: dict(c) for text, c in g.mentions["a"].items()} == {"Mara Velin": {node("mara"): 1},
                                                                      "Orsk": {node("orsk"): 1}}
    assert g.types[node("mara")] == {"Person"} and g.same_as[node("mara")] == {"http://www.wikidata.org/entity/Q101"}
    assert g.dates[node("ev")] == {"2023-03-01"}
    assert g.neighbours(node("mara")) == {node("orsk"), node("ev")}  # the article and its phrases are structure
    assert g.nodes_of_type("Event") == [node("ev")]


def test_trig_nt_a_store_and_a_build_folder_read_the_same(ttl: Path, tmp_path: Path) -> None:
    quads = list(parse(path=str(ttl), format=RdfFormat.TURTLE))
    in_graphs = [Quad(q.subject, q.predicate, q.object, NamedNode(f"http://example.org/g{i % 2}")) for i, q in enumerate(quads)]
    (tmp_path / "graph.trig").write_bytes(serialize(in_graphs + in_graphs[:3], format=RdfFormat.TRIG))
    (tmp_path / "graph.nt").write_bytes(serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES))
    build = tmp_path / "build"
    build.mkdir()
    store = Store(str(build / "store"))
    store.extend([Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads] + in_graphs)
    store.flush()
    del store
    expected = _summary(ttl)
    for path in (tmp_path / "graph.trig", tmp_path / "graph.nt", build / "store", build):
        assert _summary(path) == expected, path


def test_a_folder_with_only_graph_ttl_reads_it(ttl: Path) -> None:
    assert _summary(ttl.parent) == _summary(ttl)


@pytest.mark.parametrize(("name", "content", "says"), [
    ("graph.ttl", "ex:a ex:b", "graph.ttl"),
    ("graph.xyz", "", "unknown graph format '.xyz'"),
    ("missing.ttl", None, "no such file"),
])
def test_an_unreadable_graph_is_refused_naming_the_file(tmp_path: Path, name: str, content: str | None, says: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KgraphError) as caught:
        read_graph(path)
    assert caught.value.code == "E510" and caught.value.message.startswith(f"{name}:") and says in caught.value.message
