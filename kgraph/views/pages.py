"""Writing every page of the views into OUT/: index, entities, articles, timeline, lists.

Incremental: with a ``state`` file (the build keeps it at ``OUT/cache/pages.json``), each entity
and article page is recorded with a digest of its input (its template context, with the network
as the nodes it draws, what it shows of the entities and articles it refers to, and the views'
code); a page whose digest and file are unchanged is neither drawn, rendered nor written. Any page is rewritten only if its bytes change, and
the pages of entities or articles that are gone are deleted.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
from pyoxigraph import Store

from kgraph.atomic import write_atomic
from kgraph.forked import fork_start
from kgraph.imports import files_digest, folder_files
from kgraph.views.article_page import article_blocks, article_context
from kgraph.views.data import ENTITY_TYPES, ArticleView, EntityView, ViewData, load_view_data
from kgraph.views.ego import EgoGraph, ego_layout, ego_selection
from kgraph.views.entity_page import entity_context, entity_index
from kgraph.views.index_page import TYPE_COLOURS, TYPE_TITLES, index_context, reader_context
from kgraph.views.labels import Labels, display_labels
from kgraph.views.network import overview_graph, overview_layout, publisher_links
from kgraph.views.render import render
from kgraph.views.text import evidence_text

__all__ = ["write_views", "write_pages", "start_pages", "make_ref", "views_code_version"]


def make_ref(data: ViewData, root: str, labels: Labels) -> Callable[[str], dict[str, str]]:
    """iri → label (and its other languages, as JSON), kind, colour and relative href, for templates at depth ``root``
    (each IRI's made once: the pages ask for the same neighbours again and again; templates only read it)."""
    made: dict[str, dict[str, str]] = {}

    def ref(iri: str) -> dict[str, str]:
        found = made.get(iri)
        if found is None:
            found = made[iri] = _ref(iri)
        return found

    def _ref(iri: str) -> dict[str, str]:
        others = labels.others(iri)
        l10n = json.dumps(others, ensure_ascii=False, sort_keys=True) if others else ""
        if iri in data.entities:
            e = data.entities[iri]
            return {"label": labels.default(iri), "l10n": l10n, "kind": e.type, "colour": TYPE_COLOURS[e.type],
                    "href": f"{root}entity/{e.slug}.html"}
        if iri in data.articles:
            a = data.articles[iri]
            return {"label": labels.default(iri), "l10n": l10n, "kind": "Article", "colour": TYPE_COLOURS["NewsArticle"],
                    "href": f"{root}article/{a.slug}.html"}
        return {"label": iri, "l10n": "", "kind": "", "colour": "#999999", "href": iri}
    return ref


_VIEWS = Path(__file__).resolve().parent
_IRI = re.compile(r"https?://[^'\"\\\s]+")


def views_code_version() -> str:
    """A digest of the views' code and templates: editing them re-renders every page."""
    return files_digest(folder_files(_VIEWS))


class _Digests:
    """Digests of page inputs: the views' code, the page's context (its own record in full), and for
    each entity or article it names, what a page shows of another one (an entity's label, type and
    file; an article's identifier, file and text). An entity's new mention re-renders its own page,
    not every page that names it.

    Values shared by many pages (links, events, sentences) are digested once, by identity.
    """

    OWN = ("e", "article")  # the context keys of a page's own record

    def __init__(self, data: ViewData, labels: Labels) -> None:
        self.data, self.labels, self.code = data, labels, views_code_version()
        self.shown: dict[str, str] = {}
        self.pieces: dict[int, tuple[str, frozenset[str], object]] = {}

    def _shown(self, iri: str) -> str:
        """A digest of what pages show of another entity or article (what :func:`make_ref` reads)."""
        found = self.shown.get(iri)
        if found is None:
            if iri in self.data.entities:
                e = self.data.entities[iri]
                shown: tuple = (e.type, e.slug, e.label, sorted(self.labels.of.get(iri, {}).items()))
            else:
                a = self.data.articles[iri]
                shown = (a.id, a.slug, a.text, sorted(self.labels.of.get(iri, {}).items()))
            found = self.shown[iri] = hashlib.sha256(repr(shown).encode()).hexdigest()[:16]
        return found

    def _piece(self, value: object, memo: bool) -> tuple[str, frozenset[str]]:
        """(a digest or the text of ``value``, the entity and article IRIs it names)."""
        if isinstance(value, (list, tuple)):
            parts = [self._piece(v, memo) for v in value]
            return "[" + ",".join(p[0] for p in parts) + "]", frozenset().union(*(p[1] for p in parts))
        if isinstance(value, (str, int, float, bool)) or value is None:
            text = repr(value)
            return text, frozenset(self._named(text))
        if isinstance(value, (EntityView, ArticleView)):  # another page's record, shown by reference
            return repr(value.iri), frozenset((value.iri,))
        found = self.pieces.get(id(value)) if memo else None
        if found is None:
            text = repr(value)
            found = (hashlib.sha1(text.encode()).hexdigest(), frozenset(self._named(text)), value)
            if memo:  # the value is kept, so its id is not reused
                self.pieces[id(value)] = found
        return found[0], found[1]

    def _named(self, text: str) -> frozenset[str]:
        return frozenset(iri for iri in _IRI.findall(text) if iri in self.data.entities or iri in self.data.articles)

    def of(self, template: str, context: dict[str, Any]) -> str:
        digest = hashlib.sha256(f"{self.code}\0{template}".encode())
        named: set[str] = set()
        for key in sorted(context):
            if key in ("entities", "articles"):
                continue
            if key in self.OWN:
                text = repr(context[key])
                text, iris = hashlib.sha1(text.encode()).hexdigest(), self._named(text)
            else:
                text, iris = self._piece(context[key], memo=key != "ego")
            digest.update(f"\0{key}\0{text}".encode())
            named |= iris
        for iri in sorted(named):
            digest.update(f"\0{iri}\0{self._shown(iri)}".encode())
        return digest.hexdigest()[:32]


def _entity_page(context: dict[str, Any], ref, say) -> str:
    return render("entity.html", ref=ref, say=say, **{**context, "ego": ego_layout(context["ego"])})


Pages = dict[str, tuple[dict[str, Any], Callable[[], str]]]  # file -> (its context, its renderer)


def _entity_pages(data: ViewData, graph, score, labels: Labels) -> Pages:
    """Each entity page's context, its network as the nodes drawn (so a page is digested without drawing it)."""
    index, ref, graph = entity_index(data), make_ref(data, "../", labels), EgoGraph(graph, score)
    say, common = _sayer(data), reader_context(labels)
    out: Pages = {}
    for e in data.entity_list():
        context = entity_context(data, e, index, ego_selection(graph, e.iri)) | common
        out[f"entity/{e.slug}.html"] = (context, partial(_entity_page, context, ref, say))
    return out


def _article_page(context: dict[str, Any], ref) -> str:
    return render("article.html", blocks=article_blocks(context["article"]), ref=ref, **context)


def _sayer(data: ViewData) -> Callable:
    """The text a template prints for a piece of evidence (without the crawl marker)."""
    return lambda ev: evidence_text(ev, data.articles[ev.article])


def _article_pages(data: ViewData, labels: Labels) -> Pages:
    """Each article page's context; its text's blocks (a function of the article) are cut when it is rendered."""
    ref, common = make_ref(data, "../", labels), reader_context(labels)
    out: Pages = {}
    for a in data.article_list():
        context = article_context(data, a, labels) | common
        out[f"article/{a.slug}.html"] = (context, partial(_article_page, context, ref))
    return out


def _write_page(path: Path, payload: bytes) -> bool:
    """Replace ``path`` (temp file + rename, no fsync: pages are cheap to remake) unless it holds ``payload``."""
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False
    except OSError:
        pass
    write_atomic(path, lambda out: out.write(payload), durable=False)  # a failed write leaves no temp file
    return True


def _read_state(state: Path | None) -> dict[str, str]:
    try:
        return json.loads(state.read_text(encoding="utf-8")) if state else {}
    except (OSError, ValueError):
        return {}


def _write_state(state: Path, digests: dict[str, str]) -> None:
    state.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(digests, sort_keys=True).encode("utf-8")
    write_atomic(state, lambda out: out.write(data), durable=False)


@dataclass
class _Drawing:
    """The entity and article pages being drawn (by forked workers, or when :meth:`finish` asks)."""

    out_dir: Path
    pages: Pages
    digests: dict[str, str]
    state: Path | None
    written: Callable[[], list[bool]]  # waits for the pages drawn: whether each was written

    def finish(self) -> int:
        """Wait for the pages, delete those of what is gone, keep the digests; how many were written."""
        written = sum(self.written())
        for folder in ("entity", "article"):  # the pages of what is gone
            for path in (self.out_dir / folder).iterdir():
                if f"{folder}/{path.name}" not in self.pages:  # (and temp files a killed build left)
                    path.unlink(missing_ok=True)
        if self.state is not None:
            _write_state(self.state, self.digests)
        return written


def _start_detail_pages(data: ViewData, out_dir: Path, graph, score, labels: Labels, state: Path | None,
                        workers: int) -> _Drawing:
    """Begin the entity and article pages: render and write only those whose input changed, in
    ``workers`` processes forked from this one (:func:`kgraph.forked.fork_start`) when there are many."""
    previous, digests = _read_state(state), {}
    digester = _Digests(data, labels)
    pages = {**_entity_pages(data, graph, score, labels), **_article_pages(data, labels)}
    for folder in ("entity", "article"):
        (out_dir / folder).mkdir(parents=True, exist_ok=True)
    if state is not None:
        state.unlink(missing_ok=True)  # a write killed midway must not look complete
    draw = []
    for rel, (context, _) in pages.items():
        if state is not None:  # without a state file no digest is kept or compared: every page is drawn
            digest = digests[rel] = digester.of(rel.split("/")[0], context)
            if previous.get(rel) == digest and (out_dir / rel).is_file():
                continue
        draw.append(rel)

    def page(i: int) -> bool:
        return _write_page(out_dir / draw[i], pages[draw[i]][1]().encode("utf-8"))

    return _Drawing(out_dir, pages, digests, state, fork_start(page, len(draw), workers))


def _lists(data: ViewData, labels: Labels) -> dict[str, str]:
    """entities.html (the events with a kind or a date are on the timeline), articles.html, timeline.html."""
    events = {e.iri for e in data.events}
    groups = [(TYPE_TITLES[t], sorted((e for e in data.entity_list() if e.type == t and e.iri not in events),
                                      key=lambda e: (-e.mention_count, e.label.casefold(), e.iri)))
              for t in ENTITY_TYPES]
    common: dict[str, Any] = {"root": "", "ref": make_ref(data, "", labels), "say": _sayer(data),
                              **reader_context(labels)}
    return {
        "entities.html": render("entities.html", groups=groups, nav="entities", **common),
        "articles.html": render("articles.html", articles=data.article_list(), nav="articles", **common),
        "timeline.html": render("timeline.html", events=[e for e in data.events if e.date],
                                undated=[e for e in data.events if not e.date], articles=data.articles,
                                dated_articles=[a for a in data.article_list() if a.date], nav="timeline", **common),
    }


def write_pages(data: ViewData, out_dir: Path, *, state: Path | None = None) -> list[Path]:
    """Every page for ``data``; returns the top-level pages written.

    ``state``: the file of page digests that lets a rebuild skip the pages whose input is unchanged.
    """
    return start_pages(data, out_dir, state=state)()


def start_pages(data: ViewData, out_dir: Path, *, state: Path | None = None,
                workers: int = 1) -> Callable[[], list[Path]]:
    """:func:`write_pages` begun: with several ``workers``, the entity and article pages are drawn
    by forked processes while this one goes on; the function returned finishes (the overview and
    lists) and gives the top-level pages written."""
    graph = overview_graph(data)
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 1.0 for n in graph}
    labels = display_labels(data)
    drawing = _start_detail_pages(data, out_dir, graph, centrality, labels, state, workers)
    return partial(_finish_pages, data, out_dir, graph, labels, drawing)


def _finish_pages(data: ViewData, out_dir: Path, graph, labels: Labels, drawing: _Drawing) -> list[Path]:
    drawing.finish()
    layout = overview_layout(graph, also=publisher_links(data))
    written = []
    index = render("index.html", **index_context(data, layout, labels))
    for name, page in {"index.html": index, **_lists(data, labels)}.items():
        _write_page(out_dir / name, page.encode("utf-8"))
        written.append(out_dir / name)
    return written


def write_views(store: Store, out_dir: Path) -> list[Path]:
    """Read the graph from ``store`` and write the views into ``out_dir`` (index.html first)."""
    return write_pages(load_view_data(store), out_dir)
