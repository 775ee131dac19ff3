"""Writing every page of the views into OUT/: index, entities, articles, timeline, lists."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyoxigraph import Store

from kgraph.export.atomic import write_atomic
from kgraph.views.article_page import article_context
from kgraph.views.data import ENTITY_TYPES, ViewData, load_view_data
from kgraph.views.entity_page import entity_context, entity_index
from kgraph.views.index_page import TYPE_COLOURS, TYPE_TITLES, index_context
from kgraph.views.network import overview_graph, overview_view
from kgraph.views.render import render

__all__ = ["write_views", "write_pages", "make_ref"]


def make_ref(data: ViewData, root: str) -> Callable[[str], dict[str, str]]:
    """iri → label, kind, colour and relative href, for templates at depth ``root``."""
    def ref(iri: str) -> dict[str, str]:
        if iri in data.entities:
            e = data.entities[iri]
            return {"label": e.label, "kind": e.type, "colour": TYPE_COLOURS[e.type], "href": f"{root}entity/{e.slug}.html"}
        if iri in data.articles:
            a = data.articles[iri]
            return {"label": a.id, "kind": "Article", "colour": TYPE_COLOURS["NewsArticle"],
                    "href": f"{root}article/{a.slug}.html"}
        return {"label": iri, "kind": "", "colour": "#999999", "href": iri}
    return ref


def _write(path: Path, page: str) -> None:
    write_atomic(path, lambda out: out.write(page.encode("utf-8")))


def _write_folder(out_dir: Path, name: str, pages: dict[str, str]) -> None:
    """Replace ``out_dir/name`` with exactly ``pages`` (file name → HTML), swapped in by renames."""
    fresh, old, final = out_dir / f".{name}.new", out_dir / f".{name}.old", out_dir / name
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    fresh.mkdir(parents=True)
    for file_name, page in pages.items():
        (fresh / file_name).write_text(page, encoding="utf-8")
    if final.exists():
        final.rename(old)
    fresh.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _entity_pages(data: ViewData, graph, score) -> dict[str, str]:
    index, ref = entity_index(data), make_ref(data, "../")
    return {f"{e.slug}.html": render("entity.html", ref=ref, **entity_context(data, e, index, graph, score))
            for e in data.entity_list()}


def _article_pages(data: ViewData) -> dict[str, str]:
    return {f"{a.slug}.html": render("article.html", **article_context(data, a)) for a in data.article_list()}


def _lists(data: ViewData) -> dict[str, str]:
    groups = [(TYPE_TITLES[t], sorted((e for e in data.entity_list() if e.type == t),
                                      key=lambda e: (-e.mention_count, e.label.casefold(), e.iri)))
              for t in ENTITY_TYPES]
    common: dict[str, Any] = {"root": ""}
    return {
        "entities.html": render("entities.html", groups=groups, nav="entities", **common),
        "articles.html": render("articles.html", articles=data.article_list(), nav="articles", **common),
        "timeline.html": render("timeline.html", events=data.events, articles=data.articles, ref=make_ref(data, ""),
                                dated_articles=[a for a in data.article_list() if a.date], nav="timeline", **common),
    }


def write_pages(data: ViewData, out_dir: Path) -> list[Path]:
    """Every page for ``data``; returns the top-level pages written."""
    graph = overview_graph(data)
    view = overview_view(graph)
    _write_folder(out_dir, "entity", _entity_pages(data, graph, view.centrality))
    _write_folder(out_dir, "article", _article_pages(data))
    written = []
    for name, page in {"index.html": render("index.html", **index_context(data, view)), **_lists(data)}.items():
        _write(out_dir / name, page)
        written.append(out_dir / name)
    return written


def write_views(store: Store, out_dir: Path) -> list[Path]:
    """Read the graph from ``store`` and write the views into ``out_dir`` (index.html first)."""
    return write_pages(load_view_data(store), out_dir)
