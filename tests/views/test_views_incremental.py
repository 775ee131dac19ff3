"""Incremental pages: a page is drawn and rendered only when its inputs change, and the files are
those a clean write gives; the ego drawing from its selection is the one networkx's graph gave."""
from __future__ import annotations

import datetime as dt
import heapq
import math
import random
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from pyoxigraph import Literal, NamedNode, Quad

import kgraph.views.pages as pages
from kgraph.model import Article, ArticleExtraction, Entity, EntityType, Mention, Sentence
from kgraph.rdf.build import article_quads
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import ITSRDF, KG, NIF, RDF, RDFS, SCHEMA, XSD
from kgraph.store import group_by_graph
from kgraph.views.data import view_data
from kgraph.views.ego import RING1_MAX, RING2_MAX, EgoDrawing, _place, ego_drawing
from kgraph.views.fragment import graph_fragment
from views_corpus import build_quads


def _networkx_ego(graph: nx.Graph, centre: str, score: dict[str, float]) -> EgoDrawing:
    """The ego drawing as it was computed before selections (over networkx's graph, nsmallest per node)."""
    def ranked(nodes, limit):
        return heapq.nsmallest(limit, nodes, key=lambda n: (-score.get(n, 0.0), n))
    if centre not in graph:
        return EgoDrawing([_place(centre, 0.0, 0.0, 0, 14)], [], 0)
    ring1 = ranked(graph.neighbors(centre), RING1_MAX)
    seen, candidates = {centre, *ring1}, {}
    for parent in ring1:
        for n in graph.neighbors(parent):
            if n not in seen and n not in candidates:
                candidates[n] = parent
    order = {p: i for i, p in enumerate(ring1)}
    ring2 = sorted(((n, candidates[n]) for n in ranked(candidates, RING2_MAX)), key=lambda t: (order[t[1]], t[0]))
    nodes = {centre: _place(centre, 0.0, 0.0, 0, 16)}
    for i, n in enumerate(ring1):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * i / max(len(ring1), 1), 140 if ring2 else 190, 1, 9)
    for i, (n, _) in enumerate(ring2):
        nodes[n] = _place(n, -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(ring2), 262, 2, 6)
    lines = [(nodes[u].x, nodes[u].y, nodes[v].x, nodes[v].y)
             for u, v in sorted(tuple(sorted(e)) for e in graph.subgraph(nodes).edges())
             if {nodes[u].ring, nodes[v].ring} != {2}]
    return EgoDrawing([nodes[n] for n in [centre, *ring1, *(n for n, _ in ring2)]], lines,
                      graph.degree(centre) - len(ring1))


@pytest.mark.parametrize("seed", range(4))
def test_the_ego_drawing_is_the_networkx_one(seed):
    graph = nx.barabasi_albert_graph(300, 2 + seed, seed=seed)
    graph = nx.relabel_nodes(graph, {n: f"https://example.org/n{n:03d}" for n in graph})
    graph.add_node("https://example.org/alone")
    score = nx.degree_centrality(graph)
    for node in random.Random(seed).sample(sorted(graph), 40) + ["https://example.org/alone", "https://example.org/none"]:
        assert ego_drawing(graph, node, score) == _networkx_ego(graph, node, score), node


def _written(monkeypatch) -> Counter:
    rendered: Counter = Counter()
    real = pages.render

    def counting(template: str, **context):
        rendered[template] += 1
        return real(template, **context)
    monkeypatch.setattr(pages, "render", counting)
    return rendered


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def _changed(quads: list[Quad]) -> dict[str, list[Quad]]:
    """Variants of the tiny corpus: one mention fewer; a new label for an entity."""
    mention = next(q for q in quads if q.predicate == ITSRDF.taIdentRef)
    label = next(q for q in quads if q.predicate == RDFS.label and q.graph_name == mention.graph_name)
    relabelled = Quad(label.subject, label.predicate, Literal("Another name", language="en"), label.graph_name)
    return {"mention": [q for q in quads if q != mention],
            "label": [relabelled if q == label else q for q in quads]}


@pytest.mark.parametrize("change", ["mention", "label"])
def test_an_incremental_write_renders_what_changed_and_gives_the_clean_files(tmp_path, monkeypatch, change):
    quads = build_quads()
    before, after = (view_data(graph_fragment(g) for g in group_by_graph(q).values()) for q in (quads, _changed(quads)[change]))
    state = tmp_path / "inc" / "cache" / "pages.json"
    pages.write_pages(before, tmp_path / "inc", state=state)
    rendered = _written(monkeypatch)
    pages.write_pages(before, tmp_path / "inc", state=state)
    assert not rendered["entity.html"] and not rendered["article.html"]  # nothing changed: nothing drawn or rendered
    pages.write_pages(after, tmp_path / "inc", state=state)
    assert 0 < rendered["entity.html"] + rendered["article.html"] < len(after.entities) + len(after.articles)
    pages.write_pages(after, tmp_path / "clean")
    assert _files(tmp_path / "inc") == _files(tmp_path / "clean")


# A corpus of a few dozen articles with hubs (a few entities in most articles), written for these
# tests: each article names some entities, states a relation and an event, has a headline and an outlet.
_KINDS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)


def _corpus(seed: int, articles: int = 30) -> dict[str, list[Quad]]:
    """Graph name -> its quads."""
    rng, iris = random.Random(seed), Iris()
    pool = [Entity(f"{kind.value}/thing-{i}", kind, {"en": f"Thing{i} {kind.value}"})
            for i in range(40) for kind in (_KINDS[i % 3],)]
    weights = [1 / (i + 1) for i in range(len(pool))]  # the first few are hubs
    out: dict[str, list[Quad]] = {}
    for n in range(articles):
        chosen = [pool[i] for i in dict.fromkeys(rng.choices(range(len(pool)), weights, k=rng.randint(2, 6)))]
        text = " ".join(f"{e.labels['en']} said something on day {n}." for e in chosen)
        article = Article(f"art-{n}", Path(f"art-{n}.txt"), text, "en", dt.date(2024, 1, 1 + n % 28))
        mentions, entity_of, start = [], {}, 0
        for e in chosen:
            begin = text.index(e.labels["en"], start)
            start = begin + 1
            m = Mention(article.id, "en", begin, begin + len(e.labels["en"]), e.labels["en"], e.type, e.labels["en"])
            mentions.append(m)
            entity_of[(article.id, m.begin, m.end)] = e
        sentences = [Sentence(article.id, 0, len(text), text)]
        quads = list(article_quads(ArticleExtraction(article, sentences, mentions), entity_of, iris))
        g, a = iris.graph(article.id), iris.article(article.id)
        ents = [iris.entity(e.key) for e in chosen]
        quads.append(Quad(a, SCHEMA.headline, Literal(f"Report {n}", language="en"), g))
        if len(ents) >= 2:
            quads.append(Quad(ents[0], SCHEMA.memberOf, ents[1], g))
            event = iris.fact(f"event/e-{n}")
            quads += [Quad(event, RDF.type, SCHEMA.Event, g), Quad(event, RDF.type, KG.Meeting, g),
                      Quad(event, SCHEMA.participant, ents[0], g), Quad(event, SCHEMA.participant, ents[-1], g),
                      Quad(event, SCHEMA.startDate, Literal(article.date.isoformat(), datatype=XSD.date), g),
                      Quad(event, KG.evidence, iris.string(article.id, 0, len(text)), g)]
        if rng.random() < 0.5:
            quads.append(Quad(a, SCHEMA.publisher, ents[-1], g))
        out[g.value] = quads
    return out


def _edit(graphs: dict[str, list[Quad]], rng: random.Random, how: str) -> None:
    """One edit of one graph (in place)."""
    name = rng.choice(sorted(graphs))
    quads = graphs[name]
    if how == "text":  # a sentence more (the offsets stay right)
        old = next(q for q in quads if q.predicate == NIF.isString)
        graphs[name] = [Quad(q.subject, q.predicate, Literal(q.object.value + " One more line."), q.graph_name)
                        if q == old else q for q in quads]
    elif how == "quote":  # the last character of the text, in every sentence quoting it
        old = next(q for q in quads if q.predicate == NIF.isString)
        graphs[name] = [Quad(q.subject, q.predicate, Literal(q.object.value[:-1] + "!"), q.graph_name)
                        if q == old else q for q in quads]
    elif how == "mention":
        mention = rng.choice([q for q in quads if q.predicate == ITSRDF.taIdentRef])
        graphs[name] = [q for q in quads if q != mention]
    elif how == "relation":
        graphs[name] = [q for q in quads if q.predicate != SCHEMA.memberOf]
    elif how == "label":
        label = rng.choice([q for q in quads if q.predicate == RDFS.label])
        graphs[name] = [Quad(q.subject, q.predicate, Literal("Renamed", language="en"), q.graph_name)
                        if q == label else q for q in quads]
    elif how == "date":
        graphs[name] = [Quad(q.subject, q.predicate, Literal("2023-12-31", datatype=XSD.date), q.graph_name)
                        if q.predicate == SCHEMA.startDate else q for q in quads]
    elif how == "gone":
        del graphs[name]
    elif how == "back":  # a graph of another corpus arrives
        extra = _corpus(99, 3)
        new = sorted(extra)[rng.randrange(3)]
        graphs[new + "-new"] = [Quad(q.subject, q.predicate, q.object, NamedNode(new + "-new")) for q in extra[new]]


def _data(graphs: dict[str, list[Quad]]):
    return view_data(graph_fragment(quads) for _, quads in sorted(graphs.items()))


@pytest.mark.parametrize("seed", range(3))
def test_edit_after_edit_the_incremental_pages_are_the_clean_ones(tmp_path, seed):
    """Edits of every kind, one after another, each rebuilt incrementally: the files are those of
    a clean write every time (a page skipped without a look must not have changed)."""
    rng, graphs = random.Random(seed), _corpus(seed)
    state = tmp_path / "inc" / "cache" / "pages.json"
    pages.write_pages(_data(graphs), tmp_path / "inc", state=state)
    kinds = ["text", "quote", "mention", "relation", "label", "date", "gone", "back"] * 2
    rng.shuffle(kinds)
    for step, how in enumerate(kinds):
        _edit(graphs, rng, how)
        data = _data(graphs)
        pages.write_pages(data, tmp_path / "inc", state=state)
        pages.write_pages(data, tmp_path / f"clean{step}")
        assert _files(tmp_path / "inc") == _files(tmp_path / f"clean{step}"), (step, how)


@pytest.mark.parametrize("how", ["text", "quote"])
def test_a_text_edit_selects_no_network_of_a_page_it_cannot_change(tmp_path, monkeypatch, how):
    """An article's text changes, its links do not: the pages that do not quote it are not looked at
    (no ego network selected, nothing rendered), the others are rendered from the new data; a
    sentence added that no page quotes re-renders the article's page only."""
    graphs = _corpus(5)
    state = tmp_path / "cache" / "pages.json"
    pages.write_pages(_data(graphs), tmp_path / "out", state=state)
    selected: list[str] = []
    real = pages.ego_selection
    monkeypatch.setattr(pages, "ego_selection", lambda graph, centre: selected.append(centre) or real(graph, centre))
    rendered = _written(monkeypatch)
    _edit(graphs, random.Random(0), how)
    data = _data(graphs)
    pages.write_pages(data, tmp_path / "out", state=state)
    if how == "quote":
        assert 0 < len(selected) < len(data.entities) / 2
        assert 0 < rendered["entity.html"] <= len(selected)
    else:
        assert not selected and not rendered["entity.html"]
    assert rendered["article.html"] == 1
    pages.write_pages(data, tmp_path / "clean")
    assert _files(tmp_path / "out") == _files(tmp_path / "clean")
    selected.clear()
    pages.write_pages(data, tmp_path / "out", state=state)
    assert not selected  # nothing changed: no network selected


@pytest.mark.parametrize("seed", range(6))
def test_an_ego_network_beyond_two_edges_of_a_change_is_unchanged(seed):
    """Edges added and removed in a graph with hubs: every centre further than two edges from a node
    whose neighbours changed (:func:`_within_two`) has the selection it had."""
    from kgraph.views.ego import EgoGraph, ego_selection

    rng = random.Random(seed)
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(400, 1 + seed % 3, seed=seed),
                             lambda n: f"https://example.org/n{n:03d}")
    nodes = sorted(graph)
    for _ in range(3):
        before = EgoGraph(graph, nx.degree_centrality(graph))
        selections = {n: ego_selection(before, n) for n in nodes}
        for _ in range(rng.randint(1, 3)):
            u, v = rng.sample(nodes, 2) if rng.random() < 0.5 else rng.choice(sorted(graph.edges()))
            (graph.remove_edge if graph.has_edge(u, v) else graph.add_edge)(u, v)
        after = EgoGraph(graph, nx.degree_centrality(graph))
        changed = {n for n in nodes if before.adj[n] != after.adj[n]}
        near = pages._within_two(after.adj, changed)
        assert near < set(nodes)
        assert all(ego_selection(after, n) == selections[n] for n in nodes if n not in near)


def test_the_overview_is_laid_out_again_only_when_its_graph_changes(tmp_path, monkeypatch):
    """A text edit keeps the overview's graph: its layout is read back; a mention fewer changes it."""
    graphs = _corpus(7)
    state = tmp_path / "cache" / "pages.json"
    pages.write_pages(_data(graphs), tmp_path / "out", state=state)
    laid: list[int] = []
    real = pages.overview_layout
    monkeypatch.setattr(pages, "overview_layout", lambda graph, **kw: laid.append(len(graph)) or real(graph, **kw))
    rng = random.Random(1)
    for how, again in (("text", False), ("mention", True), ("label", False)):
        laid.clear()
        _edit(graphs, rng, how)
        data = _data(graphs)
        pages.write_pages(data, tmp_path / "out", state=state)
        assert bool(laid) == again, how
        pages.write_pages(data, tmp_path / f"clean-{how}")
        assert _files(tmp_path / "out") == _files(tmp_path / f"clean-{how}")
