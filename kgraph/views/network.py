"""The overview network: the whole graph (no top-N), laid out once in Python, drawn by WebGL.

Every entity and article is a node; fact links join entities, mention links join an article to
the entities it names. The layout is computed here (igraph's grid Fruchterman-Reingold, in C,
from positions fixed by each node's IRI, with a seeded generator, so the same graph gives the same
drawing) and saved in the page: the browser never lays out anything at load.
"""
from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field

import igraph
import networkx as nx

from kgraph.views.data import ViewData

__all__ = ["overview_graph", "OverviewLayout", "overview_layout", "publisher_links", "LAYOUT_ITERATIONS"]

LAYOUT_ITERATIONS = 300
SPAN = 1000.0  # the coordinates lie within ±SPAN (tenths kept: distinct nodes keep distinct places)
_GRID_FROM = 1000  # from this many nodes igraph's grid variant (near-linear per iteration) is used


def overview_graph(data: ViewData) -> nx.Graph:
    """Entities and articles; fact links between entities, mention links article → entity."""
    graph = nx.Graph()
    for entity in data.entity_list():
        graph.add_node(entity.iri, kind=entity.type, label=entity.label)
    for article in data.article_list():
        graph.add_node(article.iri, kind="NewsArticle", label=article.id)
    edges: dict[tuple[str, str], tuple[str, str, int, set[str]]] = {}  # each edge once, in the order first met
    for link in data.links:
        _count_edge(edges, link.source, link.target, link.predicate)
    for entity in data.entity_list():
        for article_iri in entity.articles:
            _count_edge(edges, article_iri, entity.iri, "mentions")
    graph.add_edges_from((a, b, {"weight": weight, "labels": sorted(labels)}) for a, b, weight, labels in edges.values())
    return graph


def _count_edge(edges: dict[tuple[str, str], tuple[str, str, int, set[str]]], a: str, b: str, label: str) -> None:
    """One more link between ``a`` and ``b`` (either way round): its weight and labels."""
    key = (a, b) if a <= b else (b, a)
    found = edges.get(key)
    if found is None:
        edges[key] = (a, b, 1, {label})
    else:
        found[3].add(label)
        edges[key] = (found[0], found[1], found[2] + 1, found[3])


@dataclass
class OverviewLayout:
    """Where each node of the graph is drawn (unit-free coordinates; the page fits them to the screen)."""

    nodes: list[str]  # sorted
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    degree: dict[str, int] = field(default_factory=dict)


def _start(iri: str) -> tuple[float, float]:
    """A starting position fixed by the IRI alone (the same node starts at the same place in every build)."""
    h = hashlib.blake2b(iri.encode(), digest_size=8).digest()
    angle = int.from_bytes(h[:4], "big") / 2**32 * 2 * math.pi
    radius = math.sqrt(int.from_bytes(h[4:], "big") / 2**32)
    return radius * math.cos(angle), radius * math.sin(angle)


@contextmanager
def _seeded(seed: int):
    """igraph's random numbers from a seeded generator, the module's own restored afterwards."""
    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


def publisher_links(data: ViewData) -> list[tuple[str, str]]:
    """(article, outlet) pairs: an outlet no article's text names is joined to the graph by what it published."""
    return [(a.iri, a.publisher) for a in data.article_list() if a.publisher in data.entities]


def overview_layout(graph: nx.Graph, iterations: int = LAYOUT_ITERATIONS,
                    also: Iterable[tuple[str, str]] = ()) -> OverviewLayout:
    """Positions for every node of ``graph``: the same graph always gives the same layout.

    ``also``: pairs of nodes laid out as if joined (an outlet beside its articles, not flung to the rim with the
    nodes no edge holds, which would shrink the rest into a dot when the screen is fitted to every node).
    """
    nodes = sorted(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges()}
    joined = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in also if u in index and v in index and u != v}
    edges = sorted(pairs | joined)
    degree = {n: graph.degree(n) for n in nodes}
    for i, j in joined - pairs:
        degree[nodes[i]] += 1
        degree[nodes[j]] += 1
    layout = OverviewLayout(nodes, degree=degree)
    if not nodes:
        return layout
    drawn = igraph.Graph(n=len(nodes), edges=edges)
    scale = math.sqrt(len(nodes))
    seed = [[x * scale, y * scale] for x, y in map(_start, nodes)]
    with _seeded(0):
        coords = drawn.layout_fruchterman_reingold(seed=seed, niter=iterations, grid=len(nodes) >= _GRID_FROM)
    top = max((abs(c) for p in coords.coords for c in p), default=1.0) or 1.0
    layout.positions = {n: (round(x / top * SPAN, 1), round(y / top * SPAN, 1)) for n, (x, y) in zip(nodes, coords.coords)}
    return layout
