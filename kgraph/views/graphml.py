"""graph.graphml: the overview network (entities, articles, relations, mentions) for Gephi and Cytoscape."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import networkx as nx
from pyoxigraph import Store

from kgraph.atomic import write_atomic, write_cache_json
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


def _graph_key(graph: nx.Graph) -> str:
    """A digest of everything the GraphML writer reads: the graph's, nodes' and edges' attributes
    in their order, with the code that writes them."""
    from importlib.metadata import PackageNotFoundError, version

    from kgraph.views.pages import views_code_version

    try:
        lxml = version("lxml")  # networkx writes with it when it is installed
    except PackageNotFoundError:
        lxml = "-"
    digest = hashlib.sha256(f"{views_code_version()}\0{nx.__version__}\0{lxml}\0{graph.graph!r}".encode())
    for node in graph.nodes(data=True):
        digest.update(b"\0n" + repr(node).encode())
    for edge in graph.edges(data=True):
        digest.update(b"\0e" + repr(edge).encode())
    return digest.hexdigest()


def write_graphml(source: ViewData | Store, out_dir: Path, kept: Path | None = None) -> Path:
    """Write ``out_dir/graph.graphml`` from the view data (or from a store, read for them).
    ``kept``: a file remembering what the last one was written from: a network unchanged since
    leaves the file as it is (serialising it is most of the cost)."""
    graph = graphml_graph(source if isinstance(source, ViewData) else load_view_data(source))
    path = out_dir / GRAPHML_FILE
    key = _graph_key(graph) if kept is not None else ""
    if kept is not None:
        try:
            raw = json.loads(kept.read_text(encoding="utf-8"))
            if raw.get("key") == key and raw.get("size") == path.stat().st_size:
                return path
        except (OSError, ValueError, AttributeError):
            pass
        kept.unlink(missing_ok=True)  # a write killed midway must not look like this graph's
    write_atomic(path, lambda out: nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True))
    if kept is not None:
        write_cache_json(kept, {"key": key, "size": path.stat().st_size})
    return path
