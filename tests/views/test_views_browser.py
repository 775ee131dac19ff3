"""The views in a real, offline headless Chromium: they load cleanly, request nothing, run nothing hostile."""
from __future__ import annotations

from pathlib import Path

import pytest

from views_corpus import HOSTILE

COUNT_NODES = """SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {
  { ?n a ?t . FILTER(?t IN (schema:Person, schema:Organization, schema:Place, schema:Event)) }
  UNION { ?n a schema:NewsArticle } }"""


def _page_kinds(out: Path) -> dict[str, list[Path]]:
    return {"index": [out / "index.html"], "entity": sorted((out / "entity").glob("*.html")),
            "article": sorted((out / "article").glob("*.html")), "timeline": [out / "timeline.html"],
            "lists": [out / "entities.html", out / "articles.html"]}


def _graph_node_count(out: Path) -> int:
    import kgraph

    graph = kgraph.open_graph(out)
    return int(graph.query(COUNT_NODES)[0]["c"])


def test_every_page_kind_loads_with_no_error_and_no_request(tiny_build, clean_browser, screenshot_dir):
    for kind, paths in _page_kinds(tiny_build).items():
        assert paths, kind
        for path in paths:
            page = clean_browser.open(path, wait_ready=kind == "index")
            assert page.evaluate("window.__pwned") is None, path
            assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0, path
            if path == paths[0]:
                page.screenshot(path=str(screenshot_dir / f"tiny-{kind}.png"), full_page=kind != "index")
            page.close()
    assert clean_browser.log.errors == []
    assert clean_browser.log.requests == []


def test_drawn_node_count_equals_the_graph(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    assert page.evaluate("window.kgraph.nodes.length") == _graph_node_count(tiny_build) == 7
    assert page.evaluate("window.kgraph.network.body.nodeIndices.length") == 7


def test_search_finds_and_selects_an_entity(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.fill("#search", "nowak")
    assert "Anna Nowak" in page.inner_text("#results")
    page.press("#search", "Enter")
    selected = page.evaluate("window.kgraph.network.getSelectedNodes().map(id => window.kgraph.data.nodes[id].label)")
    assert selected == ["Anna Nowak"]
    page.fill("#search", "smithem")  # a variant (Polish inflection) finds the entity too
    assert HOSTILE in page.inner_text("#results")
    assert page.evaluate("window.__pwned") is None


def test_filters_hide_nodes(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.uncheck("#types input[data-type='NewsArticle']")
    assert page.evaluate("window.kgraph.nodes.get({filter: n => !n.hidden}).length") == 5
    page.check("#types input[data-type='NewsArticle']")
    page.select_option("#lang", "pl")
    visible = page.evaluate("window.kgraph.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()")
    assert "Acme Corp" not in " ".join(visible) and "pl-1" in visible
    page.uncheck("#physics")
    assert page.evaluate("window.__pwned") is None


def test_article_page_links_mentions_to_entity_pages(tiny_build, clean_browser):
    article = next(p for p in (tiny_build / "article").glob("en-1-*.html"))
    page = clean_browser.open(article)
    links = page.eval_on_selector_all(".article-text a.m", "as => as.map(a => [a.textContent, a.getAttribute('href')])")
    assert [text for text, _ in links][:2] == [HOSTILE, "Anna Nowak"]
    assert all(href.startswith("../entity/") for _, href in links)
    page.click(".article-text a.m >> nth=1")
    assert "Anna Nowak" in page.inner_text("h1")
    assert "works for" in page.inner_text("main")  # the fact's evidence and mentions sit on the entity page
    assert clean_browser.log.errors == [] and clean_browser.log.requests == []


@pytest.mark.slow
def test_seed_build_pages_load_offline_and_draw_every_node(seed_build, clean_browser, screenshot_dir):
    out = seed_build.out_dir
    page = clean_browser.open(out / "index.html", wait_ready=True)
    drawn = page.evaluate("window.kgraph.nodes.length")
    groups = page.evaluate("window.kgraph.data.nodes.filter(n => n.type === 'Group').length")
    assert groups == 0 and drawn == _graph_node_count(out)
    page.wait_for_timeout(800)
    page.screenshot(path=str(screenshot_dir / "seed-index.png"))
    for kind, paths in _page_kinds(out).items():
        if kind == "index" or not paths:
            continue
        chosen = max(paths, key=lambda p: p.stat().st_size)  # the richest page of its kind
        shot = clean_browser.open(chosen)
        shot.screenshot(path=str(screenshot_dir / f"seed-{kind}.png"), full_page=True,
                        clip={"x": 0, "y": 0, "width": 1400, "height": 1800})
    assert clean_browser.log.errors == [] and clean_browser.log.requests == []


@pytest.mark.slow
def test_hostile_article_through_the_real_pipeline_executes_nothing(tmp_path, clean_browser):
    import kgraph

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(
        "Yesterday <script>window.__pwned=1</script> John Smith<img src=x onerror=window.__pwned=2> "
        "met Anna Nowak in Berlin. Anna Nowak said the talks in Berlin went well.\n", encoding="utf-8")
    out = kgraph.build(corpus, tmp_path / "out").out_dir
    for paths in _page_kinds(out).values():
        for path in paths:
            page = clean_browser.open(path, wait_ready=path.name == "index.html")
            page.wait_for_timeout(100)
            assert page.evaluate("window.__pwned") is None, path
            assert page.evaluate("document.querySelectorAll('img').length") == 0, path
    assert clean_browser.log.errors == [] and clean_browser.log.requests == []
