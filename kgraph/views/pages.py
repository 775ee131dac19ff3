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
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
from pyoxigraph import Store

from kgraph.atomic import write_atomic, write_cache_json
from kgraph.forked import fork_start
from kgraph.imports import files_digest, folder_files
from kgraph.views.article_page import article_blocks, article_context
from kgraph.views.data import ENTITY_TYPES, ArticleView, EntityView, Evidence, ViewData, load_view_data
from kgraph.views.ego import EgoGraph, ego_layout, ego_selection
from kgraph.views.entity_page import entity_context, entity_index
from kgraph.views.index_page import TYPE_COLOURS, TYPE_TITLES, index_context, reader_context
from kgraph.views.labels import Labels, display_labels
from kgraph.views.network import OverviewLayout, overview_graph, overview_layout, publisher_links
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
    """Digests of page inputs, in two parts. A page's *own* digest is that of its context but its
    ego network and the records it merely names (its own record in full; another entity or
    article it lists, by IRI). Its *names* are every IRI its context holds (the ego network's
    included); what a page shows of a named entity or article (its label, type and file; an
    article's identifier, file and text) is :meth:`shown`. A page's digest is made of the views'
    code, its own digest, its ego network and what it shows of each name: an entity's new
    mention re-renders its own page, not every page that names it. A page prints an article's
    text only in the sentences it quotes (:func:`evidence_text`): what it quotes is in its own
    digest, so an article's new sentence re-renders the pages quoting it, not those showing it in
    their network.

    Values shared by many pages (links, events, sentences) are digested once, by identity.
    """

    OWN = ("e", "article")  # the context keys of a page's own record
    SKIP = ("entities", "articles", "ego")  # the lookups templates read named records from; the ego network

    def __init__(self, data: ViewData, labels: Labels, code: str) -> None:
        self.data, self.labels, self.code = data, labels, code
        self._shown: dict[str, str] = {}
        self.texts: dict[int, tuple[str, object]] = {}
        self.names: dict[int, tuple[frozenset[str], object]] = {}

    def shown(self, iri: str) -> str:
        """A digest of what pages show of another entity or article (what :func:`make_ref` reads:
        its kind, file and labels); "" for an IRI that is neither."""
        found = self._shown.get(iri)
        if found is None:
            shown: tuple
            if iri in self.data.entities:
                e = self.data.entities[iri]
                shown = (e.type, e.slug, e.label, sorted(self.labels.of.get(iri, {}).items()))
            elif iri in self.data.articles:
                a = self.data.articles[iri]
                shown = (a.id, a.slug, sorted(self.labels.of.get(iri, {}).items()))
            else:
                shown = ()
            found = self._shown[iri] = hashlib.sha256(repr(shown).encode()).hexdigest()[:16] if shown else ""
        return found

    def _text(self, value: object, memo: bool = True) -> str:
        """A digest or the text of ``value`` (another page's record by its IRI)."""
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self._text(v, memo) for v in value) + "]"
        if isinstance(value, (str, int, float, bool)) or value is None:
            return repr(value)
        if isinstance(value, (EntityView, ArticleView)):  # another page's record, shown by reference
            return repr(value.iri)
        found = self.texts.get(id(value)) if memo else None
        if found is None:
            found = (hashlib.sha1((repr(value) + self._said(value)).encode()).hexdigest(), value)
            if memo:  # the value is kept, so its id is not reused
                self.texts[id(value)] = found
        return found[0]

    def _said(self, value: object) -> str:
        """What templates print of the evidence in ``value`` (a sentence as its article's text has it)."""
        if isinstance(value, Evidence):
            return "\0" + evidence_text(value, self.data.articles[value.article])
        evidence = getattr(value, "evidence", None)
        return "".join(self._said(ev) for ev in evidence) if isinstance(evidence, (list, tuple)) else ""

    def _names(self, value: object, memo: bool = True) -> frozenset[str]:
        """Every IRI ``value`` names (whether an entity, an article or neither)."""
        if isinstance(value, (list, tuple)):
            return frozenset().union(*(self._names(v, memo) for v in value))
        if isinstance(value, str):
            return frozenset(_IRI.findall(repr(value)))
        if isinstance(value, (int, float, bool)) or value is None:
            return frozenset()
        if isinstance(value, (EntityView, ArticleView)):
            return frozenset((value.iri,))
        found = self.names.get(id(value)) if memo else None
        if found is None:
            found = (frozenset(_IRI.findall(repr(value))), value)
            if memo:
                self.names[id(value)] = found
        return found[0]

    def own(self, template: str, context: dict[str, Any]) -> str:
        """The digest of the page's context but its ego network and what it shows of the records it names."""
        digest = hashlib.sha256(template.encode())
        for key in sorted(context):
            if key in self.SKIP:
                continue
            if key in self.OWN:
                text = hashlib.sha1(repr(context[key]).encode()).hexdigest()
            else:
                text = self._text(context[key])
            digest.update(f"\0{key}\0{text}".encode())
        return digest.hexdigest()[:32]

    def named(self, context: dict[str, Any]) -> frozenset[str]:
        """The IRIs the page's context holds, its ego network's included."""
        found: set[str] = set()
        for key, value in context.items():
            if key in ("entities", "articles"):
                continue
            found.update(_IRI.findall(repr(value)) if key in self.OWN else self._names(value, memo=key != "ego"))
        return frozenset(found)

    def of(self, own: str, context: dict[str, Any], named: frozenset[str]) -> str:
        """The page's digest, from its own digest, its ego network and what it shows of each name."""
        digest = hashlib.sha256(f"{self.code}\0{own}".encode())
        if "ego" in context:
            digest.update(f"\0ego\0{self._text(context['ego'], memo=False)}".encode())
        for iri in sorted(named):
            digest.update(f"\0{iri}\0{self.shown(iri)}".encode())
        return digest.hexdigest()[:32]


def _entity_page(context: dict[str, Any], ref, say) -> str:
    return render("entity.html", ref=ref, say=say, **{**context, "ego": ego_layout(context["ego"])})


Pages = dict[str, tuple[dict[str, Any], Callable[[], str]]]  # file -> (its context, its renderer)


def _entity_pages(data: ViewData, labels: Labels) -> Pages:
    """Each entity page's context, its network (``ego``) left out: :func:`_start_detail_pages` selects it
    for the pages it may draw (so a page is digested without drawing it)."""
    index, ref = entity_index(data), make_ref(data, "../", labels)
    say, common = _sayer(data), reader_context(labels)
    out: Pages = {}
    for e in data.entity_list():
        context = entity_context(data, e, index, None) | common
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


STATE_VERSION = 2


@dataclass
class _State:
    """What a rebuild compares with: the views' code; each overview node's neighbours (a digest);
    what pages show of each IRI a page names (:meth:`_Digests.shown`); per page its digest, its own
    digest (:meth:`_Digests.own`) and the IRIs it names (indexes into the sorted IRIs of ``shown``)."""

    code: str = ""
    near: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)
    pages: dict[str, tuple[str, str, list[int]]] = field(default_factory=dict)

    def iris(self) -> list[str]:
        return sorted(self.shown)


def _read_state(state: Path | None) -> _State:
    try:
        raw = json.loads(state.read_text(encoding="utf-8")) if state else {}
        if raw.get("version") != STATE_VERSION:
            return _State()
        return _State(raw["code"], raw["near"], raw["shown"], {k: tuple(v) for k, v in raw["pages"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return _State()


def _write_state(state: Path, kept: _State) -> None:
    write_cache_json(state, {"version": STATE_VERSION, "code": kept.code, "near": kept.near, "shown": kept.shown,
                             "pages": kept.pages}, compact=True)


def _neighbours(adj: dict[str, set[str]]) -> dict[str, str]:
    """A digest of each node's neighbours in the overview graph."""
    return {node: hashlib.sha1("\0".join(sorted(near)).encode()).hexdigest()[:16] for node, near in adj.items()}


def _within_two(adj: dict[str, set[str]], changed: set[str]) -> set[str]:
    """The nodes at most two edges from ``changed``: an ego network reads the neighbours of its
    centre, of its first ring and of their neighbours (for their degrees), so only those
    nodes' networks can differ when the neighbours of the ``changed`` ones do."""
    ring = {n for n in changed if n in adj}
    found = set(ring)
    for _ in range(2):
        ring = {m for n in ring for m in adj[n]} - found
        found |= ring
    return found


@dataclass
class _Drawing:
    """The entity and article pages being drawn (by forked workers, or when :meth:`finish` asks)."""

    out_dir: Path
    pages: Pages
    kept: _State
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
            _write_state(self.state, self.kept)
        return written


def _start_detail_pages(data: ViewData, out_dir: Path, graph, score, labels: Labels, state: Path | None,
                        workers: int) -> _Drawing:
    """Begin the entity and article pages: render and write only those whose input changed, in
    ``workers`` processes forked from this one (:func:`kgraph.forked.fork_start`) when there are many.

    With a ``state`` file, a page is looked at only when it may have changed: its own digest
    differs, something it named shows otherwise, or (an entity's) a node within two edges of it
    has other neighbours; for these its ego network is selected and its digest compared. The
    others keep their digest: the page is what it was.
    """
    code, ego_graph = views_code_version(), EgoGraph(graph, score)
    previous = _read_state(state)
    if previous.code != code:
        previous = _State()
    digester = _Digests(data, labels, code)
    entity_pages = _entity_pages(data, labels)
    pages = {**entity_pages, **_article_pages(data, labels)}
    for folder in ("entity", "article"):
        (out_dir / folder).mkdir(parents=True, exist_ok=True)
    if state is not None:
        state.unlink(missing_ok=True)  # a write killed midway must not look complete
    kept = _State(code, _neighbours(ego_graph.adj))
    regrown = _within_two(ego_graph.adj, {n for n in kept.near.keys() | previous.near.keys()
                                          if kept.near.get(n) != previous.near.get(n)})
    old_iris = previous.iris()
    reshown = {i for i, iri in enumerate(old_iris) if digester.shown(iri) != previous.shown[iri]}
    named: dict[str, frozenset[str]] = {}
    digests: dict[str, str] = {}
    draw = []
    for rel, (context, _) in pages.items():
        is_entity = rel in entity_pages
        if state is None:  # without a state file no digest is kept or compared: every page is drawn
            if is_entity:
                context["ego"] = ego_selection(ego_graph, context["e"].iri)
            draw.append(rel)
            continue
        own, before = digester.own(rel.split("/")[0], context), previous.pages.get(rel)
        if (before is not None and before[1] == own and not (is_entity and context["e"].iri in regrown)
                and not reshown.intersection(before[2]) and (out_dir / rel).is_file()):
            digests[rel], named[rel] = before[0], frozenset(old_iris[i] for i in before[2])
            kept.pages[rel] = (before[0], own, [])
            continue
        if is_entity:
            context["ego"] = ego_selection(ego_graph, context["e"].iri)
        named[rel] = digester.named(context)
        digests[rel] = digester.of(own, context, named[rel])
        kept.pages[rel] = (digests[rel], own, [])
        if before is None or before[0] != digests[rel] or not (out_dir / rel).is_file():
            draw.append(rel)
    if state is not None:
        kept.shown = {iri: digester.shown(iri) for iri in set().union(*named.values())}
        index = {iri: i for i, iri in enumerate(kept.iris())}
        for rel, (digest, own, _) in kept.pages.items():
            kept.pages[rel] = (digest, own, sorted(index[iri] for iri in named[rel]))
    for rel in draw:  # a page drawn without a state file, or whose ego was not needed for its digest
        context = pages[rel][0]
        if rel in entity_pages and context.get("ego") is None:
            context["ego"] = ego_selection(ego_graph, context["e"].iri)

    def page(i: int) -> bool:
        return _write_page(out_dir / draw[i], pages[draw[i]][1]().encode("utf-8"))

    return _Drawing(out_dir, pages, kept, state, fork_start(page, len(draw), workers))


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


def _layout(graph: nx.Graph, also: list[tuple[str, str]], kept: Path | None) -> OverviewLayout:
    """:func:`overview_layout`, kept in the file ``kept`` with a digest of what it is made from (the
    nodes, the edges, the pairs laid out as joined, the views' code): a rebuild that changes none
    of them reads it back instead of laying the graph out again."""
    if kept is None:
        return overview_layout(graph, also=also)
    digest = hashlib.sha256(views_code_version().encode())
    for part in (sorted(graph.nodes), sorted("\t".join(sorted(e)) for e in graph.edges()),
                 sorted("\t".join(pair) for pair in also)):
        digest.update(("\0" + "\n".join(part)).encode())
    key = digest.hexdigest()
    try:
        raw = json.loads(kept.read_text(encoding="utf-8"))
        if raw["key"] == key:
            return OverviewLayout(raw["nodes"], {n: tuple(p) for n, p in raw["positions"].items()}, raw["degree"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    layout = overview_layout(graph, also=also)
    write_cache_json(kept, {"key": key, "nodes": layout.nodes, "positions": layout.positions, "degree": layout.degree},
                     sort_keys=False, compact=True)
    return layout


def _finish_pages(data: ViewData, out_dir: Path, graph, labels: Labels, drawing: _Drawing) -> list[Path]:
    drawing.finish()
    kept = drawing.state.with_name("layout.json") if drawing.state is not None else None
    layout = _layout(graph, publisher_links(data), kept)
    written = []
    index = render("index.html", **index_context(data, layout, labels))
    for name, page in {"index.html": index, **_lists(data, labels)}.items():
        _write_page(out_dir / name, page.encode("utf-8"))
        written.append(out_dir / name)
    return written


def write_views(store: Store, out_dir: Path) -> list[Path]:
    """Read the graph from ``store`` and write the views into ``out_dir`` (index.html first)."""
    return write_pages(load_view_data(store), out_dir)
