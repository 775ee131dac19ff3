"""The ego drawings' adjacency (kgraph/views/ego.py) against networkx."""
from __future__ import annotations

import random

import networkx as nx

from kgraph.views.ego import EgoGraph


def test_the_ego_adjacency_gives_networkx_edges():
    rng = random.Random(3)
    graph = nx.gnm_random_graph(60, 200, seed=5)
    graph = nx.relabel_nodes(graph, {n: f"n{n}" for n in graph})
    graph.add_edge("n1", "n1")
    fast = EgoGraph(graph)
    for _ in range(20):
        nodes = rng.sample(sorted(graph), 15) + ["n1"]
        expected = sorted(tuple(sorted(e)) for e in graph.subgraph(nodes).edges())
        assert sorted(tuple(sorted(e)) for e in fast.subgraph(nodes).edges()) == expected
    assert fast.degree("n3") == graph.degree("n3") and "n3" in fast and "zz" not in fast
