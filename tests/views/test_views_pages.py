"""The pages as files: escaping, no external resource, determinism, capped overview, other formats."""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph

from kgraph.views.graphml import write_graphml
from kgraph.export.jsonld import jsonld_document
from kgraph.store import open_store
from kgraph.views.article_page import article_blocks
from kgraph.views.data import load_view_data
from kgraph.views.network import overview_layout
from kgraph.views.render import script_json
from views_corpus import HEADLINE, HOSTILE, build_quads, write_tiny_build

EXTERNAL = re.compile(r"""<(?:script|img|link|iframe|audio|video|source|object|embed)\b[^>]*\b(?:src|href)\s*=""", re.I)


def _pages(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def test_script_json_cannot_close_its_script():
    text = str(script_json({"label": "</script><script>alert(1)</script>&<!--", "x": "\u2028"}))
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"label": "</script><script>alert(1)</script>&<!--", "x": "\u2028"}


def test_pages_escape_names_and_load_nothing(tiny_build):
    pages = _pages(tiny_build)
    assert {"index.html", "timeline.html", "entities.html", "articles.html"} <= set(pages)
    for name, raw in pages.items():
        page = raw.decode("utf-8")
        assert "<img" not in page and "window.__pwned=1</script>" not in page, name
        assert not EXTERNAL.search(page), name
        assert "http-equiv=\"Content-Security-Policy\"" in page and "default-src 'none'" in page
        # the language switch everywhere; the data (two blocks), graphology, sigma and the page's script on index.html
        assert page.count("\n<script") == (6 if name == "index.html" else 1), name
        assert "sourceMappingURL" not in page, name
    assert "John Smith&lt;img src=x onerror=window.__pwned=2&gt;" in pages["entities.html"].decode()
    assert HEADLINE.replace("<", "&lt;").replace(">", "&gt;") in pages["articles.html"].decode()


def test_build_is_deterministic(tmp_path):
    first, second = write_tiny_build(tmp_path / "a"), write_tiny_build(tmp_path / "b")
    assert _pages(first) == _pages(second)
    write_tiny_build(first)  # rebuilding in place gives the same files, and no stale ones
    assert _pages(first) == _pages(second)


def test_article_blocks_cover_the_text_exactly(tiny_build):
    data = load_view_data(open_store(tiny_build))
    for article in data.articles.values():
        blocks = article_blocks(article)
        assert "".join(text for b in blocks for text, _ in b.parts) == article.text
        linked = [text for b in blocks for text, m in b.parts if m]
        assert len(linked) == len(article.mentions)
    assert HOSTILE in [t for b in article_blocks(data.articles[min(data.articles)]) for t, _ in b.parts]


def test_a_large_graph_is_laid_out_whole_and_the_same_every_time():
    graph = nx.barabasi_albert_graph(3000, 2, seed=1)
    graph = nx.relabel_nodes(graph, {n: f"n{n:05d}" for n in graph})
    layout = overview_layout(graph, iterations=60)
    assert set(layout.positions) == set(graph) and len(layout.nodes) == 3000  # no node folded away
    assert overview_layout(graph, iterations=60).positions == layout.positions
    assert len(set(layout.positions.values())) > 2990  # spread out, not piled up
    hub, leaf = "n00000", max(graph, key=lambda n: (-graph.degree(n) == -1, n))
    assert layout.degree[hub] > layout.degree[leaf]


def test_graphml_has_every_node(tiny_build, tmp_path):
    path = write_graphml(open_store(tiny_build), tmp_path)
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == 7
    kinds = nx.get_node_attributes(graph, "kind")
    assert sorted(set(kinds.values())) == ["Event", "NewsArticle", "Organization", "Person", "Place"]
    assert any(HOSTILE in label for label in nx.get_node_attributes(graph, "label").values())


def test_jsonld_has_a_context_and_round_trips():
    quads = build_quads()
    document = jsonld_document(quads)
    assert document["@context"]["schema"] == "https://schema.org/"
    assert '"schema:NewsArticle"' in json.dumps(document)
    parsed = set(pyoxigraph.parse(json.dumps(document).encode("utf-8"), pyoxigraph.RdfFormat.JSON_LD))
    assert parsed == set(quads)


def test_a_hub_entity_page_lists_a_bounded_number_of_facts_and_events(monkeypatch, tmp_path, tiny_build):
    import kgraph.views.entity_page as entity_page
    from kgraph.views.pages import write_pages

    monkeypatch.setattr(entity_page, "MAX_FACTS", 0)
    monkeypatch.setattr(entity_page, "MAX_EVENTS", 0)
    write_pages(load_view_data(open_store(tiny_build)), tmp_path)
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "entity").glob("*.html")]
    assert any("more facts" in page for page in pages) and any("more events" in page for page in pages)
    assert not any("<strong>worksFor</strong>" in page for page in pages)  # none listed past the bound


def test_an_article_page_starts_after_the_crawl_marker():
    from kgraph.views.data import ArticleView, MentionView

    text = " date 2024-06-28 - Rivers rose in Northport. The mayor spoke."
    start = text.index("Rivers")
    article = ArticleView("https://example.org/a", "a", "a", text=text, sentences=[(0, text.index(" The")), (start + 26, len(text))],
                          mentions=[MentionView(text.index("Northport"), text.index("Northport") + 9, "https://example.org/t")])
    blocks = article_blocks(article)
    assert "".join(t for b in blocks for t, _ in b.parts) == text[start:]
    assert blocks[0].anchor == "s-0" and [t for b in blocks for t, m in b.parts if m] == ["Northport"]


def test_the_entity_list_shows_no_count_of_zero_and_no_event(tiny_build):
    text = (tiny_build / "entities.html").read_text(encoding="utf-8")
    assert 'title="mentions">0<' not in text
    assert "<h2>Events" not in text  # events are on the timeline, not in the list


def test_an_outlet_no_text_names_is_laid_out_among_what_it_published():
    import math

    from kgraph.views.data import ArticleView, EntityView, ViewData
    from kgraph.views.network import overview_graph, publisher_links

    people = {f"https://example.org/p{i}": EntityView(f"https://example.org/p{i}", "Person", f"p{i}") for i in range(12)}
    outlet = EntityView("https://example.org/daily-lantern", "Organization", "daily-lantern")
    articles = {}
    for a in range(40):
        iri = f"https://example.org/a{a}"
        articles[iri] = ArticleView(iri, f"a{a}", f"a{a}", publisher=outlet.iri)
        for who in (a % 12, (a * 5 + 1) % 12):
            people[f"https://example.org/p{who}"].articles.append(iri)
    data = ViewData({**people, outlet.iri: outlet}, articles, [], [])
    assert sorted(publisher_links(data)) == sorted((iri, outlet.iri) for iri in articles)
    graph = overview_graph(data)
    assert graph.degree(outlet.iri) == 0  # nothing but what it published joins it to the rest

    def distance_to_its_articles(layout) -> float:
        xs = [layout.positions[a] for a in articles]
        cx, cy = sum(x for x, _ in xs) / len(xs), sum(y for _, y in xs) / len(xs)
        ox, oy = layout.positions[outlet.iri]
        return math.hypot(ox - cx, oy - cy)

    alone, joined = overview_layout(graph, iterations=100), overview_layout(graph, iterations=100, also=publisher_links(data))
    assert distance_to_its_articles(joined) < distance_to_its_articles(alone) / 3
    assert joined.degree[outlet.iri] == 40  # drawn as large as what it published makes it
