"""index.html: the entity network (pyvis / vis-network), self-contained, opening from disk.

Nodes are entities (coloured by type, sized by degree) and articles; edges are the graph's
facts between entities and the articles' mentions. Everything is read back from the store, so
the view shows exactly what graph.ttl says. No request leaves the page: vis-network is inlined
and the CDN links pyvis writes anyway are removed.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

import networkx as nx
from pyoxigraph import NamedNode, Store
from pyvis.network import Network

from kgraph.export.atomic import write_atomic
from kgraph.rdf.namespaces import KG, RDF, RDFS, SCHEMA

__all__ = ["write_index_html", "network_of", "TYPE_COLOURS"]

TYPE_COLOURS = {"Person": "#e4572e", "Organization": "#17bebb", "Place": "#76b041", "Event": "#ffc914",
                "NewsArticle": "#9e9e9e"}
EXTERNAL_RESOURCE = re.compile(
    r"<link\b[^>]*\bhref=\"(?:https?:|\.\./|//)[^\"]*\"[^>]*>|"
    r"<script\b[^>]*\bsrc=\"(?:https?:|\.\./|//)[^\"]*\"[^>]*>\s*</script>",
    re.IGNORECASE,
)

ENTITIES = f"""
SELECT ?e ?type ?label WHERE {{
  ?e a ?type . FILTER(?type IN ({SCHEMA.Person}, {SCHEMA.Organization}, {SCHEMA.Place}, {SCHEMA.Event}))
  OPTIONAL {{ ?e {RDFS.label} ?label }}
}}"""
ARTICLES = f"SELECT ?a ?id ?e WHERE {{ ?a a {SCHEMA.NewsArticle} ; {SCHEMA.identifier} ?id . OPTIONAL {{ ?a {SCHEMA.mentions} ?e }} }}"


def network_of(store: Store) -> nx.MultiDiGraph:
    """The view's graph: entity and article nodes, mention and fact edges."""
    graph = nx.MultiDiGraph()
    labels: dict[str, set[str]] = defaultdict(set)
    for row in store.query(ENTITIES, use_default_graph_as_union=True):
        node = row["e"].value
        graph.add_node(node, kind=row["type"].value.rsplit("/", 1)[-1])
        if row["label"] is not None:
            lang = row["label"].language
            labels[node].add(f"{row['label'].value} ({lang})" if lang else row["label"].value)
    for node, names in labels.items():
        graph.nodes[node]["labels"] = sorted(names)
    for row in store.query(ARTICLES, use_default_graph_as_union=True):
        article = row["a"].value
        graph.add_node(article, kind="NewsArticle", labels=[row["id"].value])
        if row["e"] is not None and row["e"].value in graph:
            graph.add_edge(article, row["e"].value, label="mentions")
    _add_fact_edges(store, graph)
    return graph


def _add_fact_edges(store: Store, graph: nx.MultiDiGraph) -> None:
    """Direct links between entities (relations), and entities linked through a fact node."""
    query = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
      ?s ?p ?o . FILTER(isIRI(?o) && ?s != ?o)
      FILTER(?p NOT IN ({RDF.type}, {SCHEMA.mentions}, <http://www.w3.org/2002/07/owl#sameAs>))
      FILTER(!STRSTARTS(STR(?p), "http://persistence.uni-leipzig.org/") && !STRSTARTS(STR(?p), "http://www.w3.org/2005/11/its/")
             && !STRSTARTS(STR(?p), "http://www.w3.org/ns/prov#") && !STRSTARTS(STR(?p), "{KG}evidence"))
    }}"""
    for row in store.query(query, use_default_graph_as_union=True):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph and graph.nodes[s].get("kind") != "NewsArticle":
            graph.add_edge(s, o, label=row["p"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _title(node: str, data: dict) -> str:
    """Tooltip: every label, escaped (labels come from news text)."""
    lines = [html.escape(data.get("kind", ""))] + [html.escape(name) for name in data.get("labels", [])]
    return "\n".join(lines)


def _short_label(data: dict) -> str:
    names = data.get("labels") or ["?"]
    english = [n for n in names if n.endswith("(en)")]
    return re.sub(r" \([a-z]{2,3}\)$", "", (english or names)[0])


def render_html(graph: nx.MultiDiGraph) -> str:
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    degree = dict(graph.degree())
    for node, data in sorted(graph.nodes(data=True)):
        kind = data.get("kind", "")
        net.add_node(node, label=_short_label(data), title=_title(node, data), group=kind,
                     color=TYPE_COLOURS.get(kind, "#777777"), shape="square" if kind == "NewsArticle" else "dot",
                     size=8 + 3 * min(degree.get(node, 0), 20))
    for s, o, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("label", ""))):
        net.add_edge(s, o, title=html.escape(data.get("label", "")), arrows="to")
    net.toggle_physics(len(graph) <= 1500)
    page = net.generate_html(notebook=False)
    return EXTERNAL_RESOURCE.sub("", page)


def write_index_html(store: Store, out_dir: Path) -> Path:
    path = out_dir / "index.html"
    page = render_html(network_of(store))
    write_atomic(path, lambda out: out.write(page.encode("utf-8")))
    return path
