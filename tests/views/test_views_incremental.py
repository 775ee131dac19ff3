"""Incremental pages: a page is drawn and rendered only when its inputs change, and the files are
those a clean write gives; the ego drawing from its selection is the one networkx's graph gave."""
from __future__ import annotations

import heapq
import math
import random
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from pyoxigraph import Literal, Quad

import kgraph.views.pages as pages
from kgraph.rdf.namespaces import ITSRDF, RDFS
from kgraph.store import group_by_graph
from kgraph.views.data import view_data
from kgraph.views.ego import RING1_MAX, RING2_MAX, EgoDrawing, _place, ego_drawing
from kgraph.views.fragment import graph_fragment
from views_corpus import build_quads


def _networkx_ego(graph: nx.Graph, centre: str, score: dict[str, float]) -> EgoDrawing:
    """The ego drawing as it was computed before selections (over networkx's graph, nsmallest per node)."""
    def ranked(nodes, limit):
        return heapq.nsmallest(limit, nodes, key=lambda n: (-score.get(n, 0.0), n))
    if centre not in graph:
        return EgoDrawing([_place(centre, 0.0, 0.0, 0, 14)], [], 0)
    ring1 = ranked(graph.neighbors(centre), RING1_MAX)
    seen, candidates = {centre, *ring1}, {}
    for parent in ring1:
        for n in graph.neighbors(parent):
            if n not in seen and n not in candidates:
                candidates[n] = parent
    order = {p: i for i, p in enumerate(ring1)}
    ring2 = sorted(((n, candidates[n]) for n in ranked(candidates, RING2_MAX)), key=lambda t: (order[t[1]], t[0]))
    nodes = {centre: _place(centre, 0.0, 0.0, 0, 16)}
    for i, n in enumerate(ring1):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * i / max(len(ring1), 1), 140 if ring2 else 190, 1, 9)
    for i, (n, _) in enumerate(ring2):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ring2), 262, 2, 6)
    lines = [(nodes[u].x, nodes[u].y, nodes[v].x, nodes[v].y)
             for u, v in sorted(tuple(sorted(e)) for e in graph.subgraph(nodes).edges())
             if {nodes[u].ring, nodes[v].ring} != {2}]
    return EgoDrawing([nodes[n] for n in [centre, *ring1, *(n for n, _ in ring2)]], lines,
                      graph.degree(centre) - len(ring1))


@pytest.mark.parametrize("seed", range(4))
def test_the_ego_drawing_is_the_networkx_one(seed):
    graph = nx.barabasi_albert_graph(300, 2 + seed, seed=seed)
    graph = nx.relabel_nodes(graph, {n: f"https://example.org/n{n:03d}" for n in graph})
    graph.add_node("https://example.org/alone")
    score = nx.degree_centrality(graph)
    for node in random.Random(seed).sample(sorted(graph), 40) + ["https://example.org/alone", "https://example.org/none"]:
        assert ego_drawing(graph, node, score) == _networkx_ego(graph, node, score), node


def _written(monkeypatch) -> Counter:
    rendered: Counter = Counter()
    real = pages.render

    def counting(template: str, **context):
        rendered[template] += 1
        return real(template, **context)
    monkeypatch.setattr(pages, "render", counting)
    return rendered


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def _changed(quads: list[Quad]) -> dict[str, list[Quad]]:
    """Variants of the tiny corpus: one mention fewer; a new label for an entity."""
    mention = next(q for q in quads if q.predicate == ITSRDF.taIdentRef)
    label = next(q for q in quads if q.predicate == RDFS.label and q.graph_name == mention.graph_name)
    relabelled = Quad(label.subject, label.predicate, Literal("Another name", language="en"), label.graph_name)
    return {"mention": [q for q in quads if q != mention],
            "label": [relabelled if q == label else q for q in quads]}


@pytest.mark.parametrize("change", ["mention", "label"])
def test_an_incremental_write_renders_what_changed_and_gives_the_clean_files(tmp_path, monkeypatch, change):
    quads = build_quads()
    before, after = (view_data(graph_fragment(g) for g in group_by_graph(q).values()) for q in (quads, _changed(quads)[change]))
    state = tmp_path / "inc" / "cache" / "pages.json"
    pages.write_pages(before, tmp_path / "inc", state=state)
    rendered = _written(monkeypatch)
    pages.write_pages(before, tmp_path / "inc", state=state)
    assert not rendered["entity.html"] and not rendered["article.html"]  # nothing changed: nothing drawn or rendered
    pages.write_pages(after, tmp_path / "inc", state=state)
    assert 0 < rendered["entity.html"] + rendered["article.html"] < len(after.entities) + len(after.articles)
    pages.write_pages(after, tmp_path / "clean")
    assert _files(tmp_path / "inc") == _files(tmp_path / "clean")
