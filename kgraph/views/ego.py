"""The ego network of an entity as a static SVG: radius 1 on an inner ring, radius 2 outside.

Drawn at build time with a radial layout (no script, no library, no physics), so an entity
page costs nothing to open, even for a hub.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

import networkx as nx

__all__ = ["EgoNode", "EgoDrawing", "EgoGraph", "EgoSelection", "ego_selection", "ego_layout", "ego_drawing",
           "RING1_MAX", "RING2_MAX"]

RING1_MAX = 18
RING2_MAX = 30
WIDTH = 880
HEIGHT = 620
CX, CY = WIDTH / 2, HEIGHT / 2


@dataclass(frozen=True)
class EgoNode:
    iri: str
    x: float
    y: float
    r: float
    ring: int
    anchor: str  # SVG text-anchor of its label
    lx: float
    ly: float


@dataclass
class EgoDrawing:
    nodes: list[EgoNode]
    lines: list[tuple[float, float, float, float]]
    hidden: int  # neighbours left out to keep the drawing legible
    width: int = WIDTH
    height: int = HEIGHT


def _place(iri: str, angle: float, radius: float, ring: int, r: float) -> EgoNode:
    x, y = CX + radius * math.cos(angle), CY + radius * math.sin(angle)
    outward = 1 if math.cos(angle) >= 0 else -1
    if ring == 0:
        return EgoNode(iri, CX, CY, r, 0, "middle", CX, CY + r + 14)
    anchor = "start" if outward > 0 else "end"
    if abs(math.cos(angle)) < 0.3:
        anchor = "middle"
        return EgoNode(iri, round(x, 1), round(y, 1), r, ring, anchor, round(x, 1),
                       round(y + (r + 12) * (1 if math.sin(angle) > 0 else -1) + 3, 1))
    return EgoNode(iri, round(x, 1), round(y, 1), r, ring, anchor, round(x + outward * (r + 4), 1), round(y + 4, 1))


class EgoGraph:
    """What ego drawings read of a graph, over its plain adjacency dicts (networkx's views cost more
    than a drawing): membership, degrees, the edges among some nodes, and each node's neighbours
    best-scored first (ties by IRI), sorted once per node for all the drawings that read them."""

    def __init__(self, graph: nx.Graph, score: dict[str, float] | None = None) -> None:
        self.adj = {node: set(near) for node, near in graph.adjacency()}
        self.score = score or {}
        self._ranked: dict[str, list[str]] = {}

    def __contains__(self, node: object) -> bool:
        return node in self.adj

    def neighbors(self, node: str):
        return iter(self.adj[node])

    def degree(self, node: str) -> int:
        return len(self.adj[node])

    def rank(self, node: str) -> tuple[float, str]:
        return (-self.score.get(node, 0.0), node)

    def ranked(self, node: str) -> list[str]:
        found = self._ranked.get(node)
        if found is None:
            found = self._ranked[node] = sorted(self.adj[node], key=self.rank)
        return found

    def subgraph(self, nodes) -> "EgoGraph._Sub":
        return EgoGraph._Sub(self.adj, set(nodes))

    class _Sub:
        def __init__(self, adj, nodes: set[str]) -> None:
            self.adj, self.nodes = adj, nodes

        def edges(self) -> list[tuple[str, str]]:
            """Each edge among the nodes once (as a set of endpoints, like networkx's)."""
            seen: set[str] = set()
            out: list[tuple[str, str]] = []
            for u in self.nodes:
                out.extend((u, v) for v in (self.adj[u] & self.nodes) - seen)  # set operations, in C
                seen.add(u)
            return out


@dataclass(frozen=True)
class EgoSelection:
    """Which nodes an ego drawing shows, in drawing order, and the edges it draws: all the drawing
    depends on (with the records of the nodes, for their labels), cheap to find and to compare."""

    centre: str
    ring1: tuple[str, ...] = ()
    ring2: tuple[str, ...] = ()
    edges: tuple[tuple[str, str], ...] = ()  # endpoints sorted; none between two nodes of ring 2
    hidden: int = 0  # neighbours left out to keep the drawing legible
    placed: bool = True  # False: the centre is not in the graph


def _best_beyond(graph: EgoGraph, parents: list[str], seen: set[str], limit: int) -> list[str]:
    """The ``limit`` best-ranked neighbours of ``parents`` that are not ``seen``, best first."""
    best: list[str] = []
    for node in heapq.merge(*(graph.ranked(p) for p in parents), key=graph.rank):
        if node not in seen:
            best.append(node)
            seen.add(node)
            if len(best) == limit:
                break
    return best


def ego_selection(graph: EgoGraph, centre: str, radius: int = 2) -> EgoSelection:
    """``centre``'s neighbourhood as drawn: the most central neighbours, then theirs."""
    if centre not in graph:
        return EgoSelection(centre, placed=False)
    ring1 = graph.ranked(centre)[:RING1_MAX]
    ring2: list[str] = []
    if radius >= 2:
        best = _best_beyond(graph, ring1, {centre, *ring1}, RING2_MAX)
        parent = {n: next(i for i, p in enumerate(ring1) if n in graph.adj[p]) for n in best}
        ring2 = sorted(best, key=lambda n: (parent[n], n))
    outer = set(ring2)
    # each edge one way round (the subgraph's node order follows Python's per-process string hashing)
    edges = sorted((min(edge), max(edge)) for edge in graph.subgraph([centre, *ring1, *ring2]).edges()
                   if edge[0] not in outer or edge[1] not in outer)
    return EgoSelection(centre, tuple(ring1), tuple(ring2), tuple(edges), graph.degree(centre) - len(ring1))


def ego_layout(selection: EgoSelection) -> EgoDrawing:
    """The radial drawing of a selection: ring 1 on an inner ring, ring 2 outside."""
    centre, ring1, ring2 = selection.centre, selection.ring1, selection.ring2
    if not selection.placed:
        return EgoDrawing([_place(centre, 0.0, 0.0, 0, 14)], [], 0)
    nodes = {centre: _place(centre, 0.0, 0.0, 0, 16)}
    for i, n in enumerate(ring1):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * i / max(len(ring1), 1), 140 if ring2 else 190, 1, 9)
    for i, n in enumerate(ring2):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ring2), 262, 2, 6)
    lines = [(nodes[u].x, nodes[u].y, nodes[v].x, nodes[v].y) for u, v in selection.edges]
    return EgoDrawing([nodes[n] for n in [centre, *ring1, *ring2]], lines, selection.hidden)


def ego_drawing(graph: nx.Graph, centre: str, score: dict[str, float], radius: int = 2) -> EgoDrawing:
    """Radial drawing of ``centre``'s neighbourhood in ``graph`` (most central neighbours first)."""
    return ego_layout(ego_selection(EgoGraph(graph, score), centre, radius))
