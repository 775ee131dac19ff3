"""index.html: the overview network, its filters and its search index."""
from __future__ import annotations

from typing import Any

from kgraph.views.data import ENTITY_TYPES, ViewData
from kgraph.views.network import OverviewView

__all__ = ["TYPE_COLOURS", "TYPE_TITLES", "index_context"]

TYPE_COLOURS = {"Person": "#e4572e", "Organization": "#17bebb", "Place": "#76b041", "Event": "#e0a800",
                "NewsArticle": "#8c8c8c", "Group": "#b39ddb"}
TYPE_TITLES = {"Person": "People", "Organization": "Organizations", "Place": "Places", "Event": "Events",
               "NewsArticle": "Articles", "Group": "Collapsed groups"}


def _entity_node(data: ViewData, iri: str, article_index: dict[str, int]) -> dict[str, Any]:
    entity = data.entities[iri]
    langs = sorted({data.articles[a].lang for a in entity.articles if data.articles[a].lang})
    names = [f"{v} ({lang})" if lang else v for lang, v in sorted(entity.labels.items())]
    names += [f"{v} ({lang})" if lang else v for lang, v in entity.alt_labels]
    return {"label": entity.label, "type": entity.type, "names": names, "langs": langs,
            "arts": sorted(article_index[a] for a in entity.articles), "href": f"entity/{entity.slug}.html"}


def _article_node(data: ViewData, iri: str, article_index: dict[str, int]) -> dict[str, Any]:
    article = data.articles[iri]
    names = [n for n in (article.lang, article.date) if n]
    return {"label": article.id, "type": "NewsArticle", "names": names, "langs": [article.lang] if article.lang else [],
            "arts": [article_index[iri]], "href": f"article/{article.slug}.html"}


def _group_node(data: ViewData, members: list[str], view: OverviewView) -> dict[str, Any]:
    top = sorted(members, key=lambda m: (-view.centrality.get(m, 0.0), m))[:5]
    names = [_name(data, m) for m in top]
    return {"label": f"+{len(members)}: {names[0]}…", "type": "Group", "names": [f"{len(members)} more nodes:"] + names,
            "langs": [], "arts": [], "href": None, "members": len(members)}


def _name(data: ViewData, iri: str) -> str:
    if iri in data.entities:
        return data.entities[iri].label
    return data.articles[iri].id if iri in data.articles else iri


def index_context(data: ViewData, view: OverviewView) -> dict[str, Any]:
    """Everything index.html renders; ``payload`` is the JSON the script reads."""
    articles = data.article_list()
    article_index = {a.iri: i for i, a in enumerate(articles)}
    node_id = {iri: i for i, iri in enumerate(view.nodes)}
    nodes = []
    for iri in view.nodes:
        if iri in view.groups:
            node = _group_node(data, view.groups[iri], view)
            value = sum(view.centrality.get(m, 0.0) for m in view.groups[iri])
        elif iri in data.entities:
            node, value = _entity_node(data, iri, article_index), view.centrality.get(iri, 0.0)
        else:
            node, value = _article_node(data, iri, article_index), view.centrality.get(iri, 0.0)
        x, y = view.positions.get(iri, (0.0, 0.0))
        nodes.append(node | {"id": node_id[iri], "x": x, "y": y, "value": round(value, 6)})
    edges = [[node_id[u], node_id[v], w, labels] for u, v, w, labels in view.edges]
    search = [[" | ".join(e.names() or [e.label]), e.label, e.type, f"entity/{e.slug}.html", node_id.get(e.iri)]
              for e in data.entity_list()]
    shown_entities = sum(1 for n in view.nodes if n in data.entities)
    stats = (f"{len(data.entities)} entities, {len(data.articles)} articles, {len(data.links)} relations; "
             f"drawing {len(view.nodes)} of {view.total_nodes} nodes")
    if view.groups:
        stats += f" ({shown_entities} most central entities, the rest in {len(view.groups)} groups)"
    counts = {t: sum(1 for e in data.entities.values() if e.type == t) for t in ENTITY_TYPES}
    counts["NewsArticle"] = len(articles)
    types = [{"name": t, "title": TYPE_TITLES[t], "colour": TYPE_COLOURS[t], "count": counts[t]}
             for t in (*ENTITY_TYPES, "NewsArticle")]
    if view.groups:
        types.append({"name": "Group", "title": TYPE_TITLES["Group"], "colour": TYPE_COLOURS["Group"],
                      "count": len(view.groups)})
    payload = {"nodes": nodes, "edges": edges, "search": search, "colours": TYPE_COLOURS,
               "physics": len(view.nodes) <= 150, "stats": stats}
    return {"payload": payload, "types": types, "articles": articles, "stats": stats,
            "languages": sorted({a.lang for a in articles if a.lang}), "entity_count": len(data.entities),
            "physics": payload["physics"], "root": "", "nav": "index"}
