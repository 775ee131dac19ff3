"""The overview network: networkx graph, centrality, a capped or aggregated view, a fixed layout.

Up to ``max_nodes`` nodes are drawn as they are. Beyond that the most central nodes stay and the
rest of each community (Louvain, fixed seed) is collapsed into one group node, so the page
draws a bounded number of nodes whatever the corpus size. The layout is computed here, once,
with a fixed seed, so the page opens with physics off and draws at once.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from kgraph.views.data import ViewData

__all__ = ["overview_graph", "OverviewView", "overview_view", "MAX_NODES", "MAX_EDGES"]

MAX_NODES = 480  # below networkx's 500-node threshold for its scipy-only layout
MAX_EDGES = 3000
MAX_GROUPS = 60


def overview_graph(data: ViewData) -> nx.Graph:
    """Entities and articles; fact links between entities, mention links article → entity."""
    graph = nx.Graph()
    for entity in data.entity_list():
        graph.add_node(entity.iri, kind=entity.type, label=entity.label)
    for article in data.article_list():
        graph.add_node(article.iri, kind="NewsArticle", label=article.id)
    for link in data.links:
        _add_edge(graph, link.source, link.target, link.predicate)
    for entity in data.entity_list():
        for article in entity.articles:
            _add_edge(graph, article, entity.iri, "mentions")
    return graph


def _add_edge(graph: nx.Graph, a: str, b: str, label: str) -> None:
    if graph.has_edge(a, b):
        data = graph.edges[a, b]
        data["weight"] += 1
        data["labels"] = sorted(set(data["labels"]) | {label})
    else:
        graph.add_edge(a, b, weight=1, labels=[label])


@dataclass
class OverviewView:
    """What index.html draws: nodes (some may be groups), edges, positions, sizes."""

    nodes: list[str]
    groups: dict[str, list[str]] = field(default_factory=dict)  # group id -> member IRIs
    edges: list[tuple[str, str, int, list[str]]] = field(default_factory=list)
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    centrality: dict[str, float] = field(default_factory=dict)
    total_nodes: int = 0
    total_edges: int = 0


def _ranked(graph: nx.Graph, centrality: dict[str, float]) -> list[str]:
    return sorted(graph.nodes, key=lambda n: (-centrality[n], n))


def _collapse(graph: nx.Graph, keep: set[str], max_groups: int) -> dict[str, list[str]]:
    """Group every node not kept by its community; small communities share one group."""
    rest = graph.subgraph(n for n in graph if n not in keep)
    communities = nx.community.louvain_communities(graph, seed=0) if len(rest) else []
    hidden = [sorted(c - keep) for c in communities]
    hidden = sorted((h for h in hidden if h), key=lambda h: (-len(h), h[0]))
    groups = {f"group:{i}": members for i, members in enumerate(hidden[: max_groups - 1])}
    leftover = [n for h in hidden[max_groups - 1:] for n in h]
    if leftover:
        groups[f"group:{len(groups)}"] = sorted(leftover)
    return groups


def _group_edges(graph: nx.Graph, owner: dict[str, str]) -> list[tuple[str, str, int, list[str]]]:
    weights: Counter[tuple[str, str]] = Counter()
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, data in graph.edges(data=True):
        u, v = sorted((owner[a], owner[b]))
        if u != v:
            weights[u, v] += data["weight"]
            labels[u, v].update(data["labels"])
    return [(u, v, w, sorted(labels[u, v])) for (u, v), w in weights.items()]


def _layout(nodes: list[str], edges: list[tuple[str, str, int, list[str]]]) -> dict[str, tuple[float, float]]:
    """Deterministic positions in pixels: spring (small) or ForceAtlas2 (large, no scipy needed)."""
    drawn = nx.Graph()
    drawn.add_nodes_from(nodes)
    drawn.add_weighted_edges_from((u, v, 1.0 + math.log(w)) for u, v, w, _ in edges)
    if not nodes:
        return {}
    if len(drawn) < 500:
        raw = nx.spring_layout(drawn, seed=0, iterations=80)
    else:
        raw = nx.forceatlas2_layout(drawn, seed=0, max_iter=60)
        xs = [abs(c) for p in raw.values() for c in p] or [1.0]
        top = max(xs) or 1.0
        raw = {n: (p[0] / top, p[1] / top) for n, p in raw.items()}
    scale = 120 + 45 * math.sqrt(len(drawn))
    return {n: (round(float(p[0]) * scale, 1), round(float(p[1]) * scale, 1)) for n, p in raw.items()}


def overview_view(graph: nx.Graph, max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES) -> OverviewView:
    """The drawn view of ``graph``: all of it when small, else top nodes plus community groups."""
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 1.0 for n in graph}
    view = OverviewView(nodes=[], centrality=centrality, total_nodes=len(graph),
                        total_edges=graph.number_of_edges())
    if len(graph) <= max_nodes:
        view.nodes = sorted(graph.nodes)
        owner = {n: n for n in graph}
    else:
        groups_budget = min(MAX_GROUPS, max_nodes // 5)
        keep = set(_ranked(graph, centrality)[: max_nodes - groups_budget])
        view.groups = _collapse(graph, keep, groups_budget)
        owner = {n: n for n in keep} | {m: g for g, ms in view.groups.items() for m in ms}
        view.nodes = sorted(keep) + sorted(view.groups, key=lambda g: int(g.split(":")[1]))
    edges = _group_edges(graph, owner)
    edges.sort(key=lambda e: (-e[2], e[0], e[1]))
    view.edges = sorted(edges[:max_edges], key=lambda e: (e[0], e[1]))
    view.positions = _layout(view.nodes, view.edges)
    return view
