"""VoID's figures counted on the union's N-Triples text as graph.ttl streams it (no parse of each
triple), and the union merged from sorted files without a sort key: both as the parsed data says."""
from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kgraph.output import GraphFiles, UnionStream
from kgraph.output.graphs import graph_lines
from kgraph.void import UnionCounter, stats_of

EX = "https://example.org/t/"
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _quads() -> list[Quad]:
    g1, g2 = NamedNode(EX + "graph/1"), NamedNode(EX + "graph/2")
    person, other, blank = NamedNode(EX + "entity/p"), NamedNode(EX + "thing"), BlankNode("b1")
    label = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    rows = [
        (person, TYPE, NamedNode("https://schema.org/Person"), g1),
        (person, label, Literal("a"), g1), (person, label, Literal("a", language="en"), g1),
        (person, label, Literal("a b"), g2), (person, label, Literal('a "b" \\ c\n\td'), g2),
        (other, TYPE, Literal("a class written as a literal"), g2),  # read by the parser
        (other, NamedNode(EX + "p"), Literal("1", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g2),
        (blank, TYPE, NamedNode(EX + "Kind"), g1), (blank, NamedNode(EX + "p"), person, g2),
        (NamedNode(EX + "entity/p2"), label, Literal("x"), g2),
    ]
    return [Quad(*row) for row in rows]


def test_the_counter_reads_statements_as_text(tmp_path):
    qs = _quads()
    files = GraphFiles(tmp_path / "chunks")
    for name in (EX + "graph/1", EX + "graph/2"):
        files.add(name, [q for q in qs if q.graph_name.value == name])
    union, counter = UnionStream(files), UnionCounter(EX)
    union.subscribe(counter.see)
    streamed = list(union.triples(batch=3))
    assert [str(t) for t in streamed] == graph_lines(qs)  # sorted, each distinct triple once
    assert counter.stats(len({q.object for q in qs})) == stats_of(qs, EX)
    assert set(counter.classes) == {"https://schema.org/Person", EX + "Kind", "a class written as a literal"}


def test_lines_sort_as_their_statements():
    statements = ['<s> <p> "a"', '<s> <p> "a"@en', '<s> <p> "a"^^<x:t>', '<s> <p> "a b"', "<s> <p> _:b1",
                  "<s> <p> _:b10", "<s> <p> <o>", "<s> <p> <o2>", '<s> <p> "a\\"b"', '<s> <p> "a\\tb"']
    assert sorted(f"{s} .\n" for s in statements) == [f"{s} .\n" for s in sorted(statements)]
