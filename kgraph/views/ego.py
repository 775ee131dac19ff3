"""The ego network of an entity as a static SVG: radius 1 on an inner ring, radius 2 outside.

Drawn at build time with a radial layout (no script, no library, no physics), so an entity
page costs nothing to open, even for a hub.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

import networkx as nx

__all__ = ["EgoNode", "EgoDrawing", "ego_drawing", "RING1_MAX", "RING2_MAX"]

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


def _ranked(nodes, score: dict[str, float], limit: int) -> list[str]:
    """The ``limit`` best-scored nodes, best first (ties by IRI)."""
    return heapq.nsmallest(limit, nodes, key=lambda n: (-score.get(n, 0.0), n))


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


def ego_drawing(graph: nx.Graph, centre: str, score: dict[str, float], radius: int = 2) -> EgoDrawing:
    """Radial drawing of ``centre``'s neighbourhood in ``graph`` (most central neighbours first)."""
    if centre not in graph:
        return EgoDrawing([_place(centre, 0.0, 0.0, 0, 14)], [], 0)
    ring1 = _ranked(graph.neighbors(centre), score, RING1_MAX)
    ring2: list[tuple[str, str]] = []  # (node, parent)
    seen = {centre, *ring1}
    if radius >= 2:
        candidates: dict[str, str] = {}
        for parent in ring1:
            for n in graph.neighbors(parent):
                if n not in seen and n not in candidates:
                    candidates[n] = parent
        order = {p: i for i, p in enumerate(ring1)}
        best = _ranked(candidates, score, RING2_MAX)
        ring2 = sorted(((n, candidates[n]) for n in best), key=lambda t: (order[t[1]], t[0]))
    hidden = graph.degree(centre) - len(ring1)
    nodes = {centre: _place(centre, 0.0, 0.0, 0, 16)}
    for i, n in enumerate(ring1):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * i / max(len(ring1), 1), 140 if ring2 else 190, 1, 9)
    for i, (n, _) in enumerate(ring2):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ring2), 262, 2, 6)
    lines = []
    # each edge one way round (the subgraph's node order follows Python's per-process string hashing)
    for u, v in sorted(tuple(sorted(edge)) for edge in graph.subgraph(nodes).edges()):
        a, b = nodes[u], nodes[v]
        if {a.ring, b.ring} != {2}:
            lines.append((a.x, a.y, b.x, b.y))
    return EgoDrawing([nodes[n] for n in [centre, *ring1, *(n for n, _ in ring2)]], lines, hidden)
