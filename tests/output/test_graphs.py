"""The per-graph view every piece is made from (:class:`kgraph.output.GraphView`): each graph's
terms read once, its repeats dropped once, and every piece made from it byte for byte what the
piece's own function gives for the graph's quads as they came (repeated, in any order)."""
from __future__ import annotations

import gc
import pickle
import random
from collections import defaultdict

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kgraph.export.jsonld import JSONLD_PIECE, jsonld_graph_chunk
from kgraph.export.nif import NIF_PIECE, nif_graph_lines
from kgraph.export.trig import TRIG_PIECE, trig_graph_chunk
from kgraph.output import NT, GraphFiles, GraphView, graph_lines
from kgraph.views.fragment import graph_fragment
from kgraph.views.output import VIEWS_PIECE

EX = "https://example.org/t/"


def _seed_graphs(seed_build) -> dict[str, list[Quad]]:
    graphs: dict[str, list[Quad]] = defaultdict(list)
    for quad in parse(path=str(seed_build.out_dir / "graph.trig"), format=RdfFormat.TRIG):
        graphs[quad.graph_name.value].append(quad)
    return graphs


def test_a_view_holds_each_distinct_triple_once_in_line_order():
    g = NamedNode(EX + "graph/a")
    quads = [Quad(NamedNode(EX + s), NamedNode(EX + "p"), Literal(v), g) for s, v in
             [("b", "2"), ("a", "1"), ("b", "2"), ("a", "één"), ("a", "1")]]
    view = GraphView(g.value, quads)
    assert view.lines == graph_lines(quads) and len(view.lines) == 3
    assert [str(q.triple) for q in view.quads] == view.lines
    assert view.terms == [(q.subject, q.predicate, q.object) for q in view.quads]
    assert view.values[0] == (EX + "a", EX + "p", "1")
    assert NT.make(view) == "".join(f"{line} .\n" for line in graph_lines(quads)).encode()


def test_every_piece_of_a_view_is_what_the_quads_give(seed_build):
    graphs = _seed_graphs(seed_build)
    assert len(graphs) >= 5
    rng = random.Random(0)
    for name, quads in graphs.items():
        given = quads + quads[: len(quads) // 3]  # repeats, shuffled
        rng.shuffle(given)
        view = GraphView(name, given)
        assert TRIG_PIECE.make(view) == trig_graph_chunk(given)
        assert JSONLD_PIECE.make(view) == jsonld_graph_chunk(name, given)[1]
        assert NIF_PIECE.make(view) == "".join(f"{line} .\n" for line in nif_graph_lines(given)).encode()
        assert pickle.loads(VIEWS_PIECE.make(view)) == graph_fragment(given)


def test_writing_a_graph_leaves_the_cycle_collector_as_it_was(tmp_path):
    g = NamedNode(EX + "graph/a")
    files = GraphFiles(tmp_path, [TRIG_PIECE, JSONLD_PIECE], private=True)
    assert gc.isenabled()
    files.add(g.value, [Quad(NamedNode(EX + "a"), NamedNode(EX + "p"), Literal("x"), g)])
    assert gc.isenabled()
    gc.disable()
    try:
        files.add(EX + "graph/b", [Quad(NamedNode(EX + "b"), NamedNode(EX + "p"), Literal("y"), NamedNode(EX + "graph/b"))])
        assert not gc.isenabled()
    finally:
        gc.enable()
