"""graph.graphml: the overview network (entities, articles, relations, mentions) for Gephi and Cytoscape."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from pyoxigraph import Store

from kgraph.atomic import write_atomic
from kgraph.views.data import ViewData, load_view_data
from kgraph.views.network import overview_graph

__all__ = ["GRAPHML_FILE", "graphml_graph", "write_graphml"]

GRAPHML_FILE = "graph.graphml"


def graphml_graph(data: ViewData) -> nx.Graph:
    """The overview graph with GraphML-friendly (scalar) attributes, nodes and edges sorted."""
    source = overview_graph(data)
    graph = nx.Graph()
    for node in sorted(source.nodes):
        attrs = {"kind": source.nodes[node]["kind"], "label": source.nodes[node]["label"]}
        if node in data.entities:
            entity = data.entities[node]
            attrs |= {"names": " | ".join(entity.names()), "mentions": entity.mention_count,
                      "sameAs": " ".join(entity.same_as)}
        elif node in data.articles:
            attrs |= {"lang": data.articles[node].lang, "date": data.articles[node].date}
        graph.add_node(node, **attrs)
    for u, v in sorted(tuple(sorted(e)) for e in source.edges):
        edge = source.edges[u, v]
        graph.add_edge(u, v, weight=edge["weight"], label=", ".join(edge["labels"]))
    return graph


def write_graphml(source: ViewData | Store, out_dir: Path) -> Path:
    """Write ``out_dir/graph.graphml`` from the view data (or from a store, read for them)."""
    graph = graphml_graph(source if isinstance(source, ViewData) else load_view_data(source))
    path = out_dir / GRAPHML_FILE
    write_atomic(path, lambda out: nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True))
    return path
