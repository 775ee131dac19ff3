"""The views in a real, offline headless Chromium: they load cleanly, request nothing, run nothing hostile,
and the overview's search, expansion, path, filters, language switch and shareable state work."""
from __future__ import annotations

from pathlib import Path

import pytest

from views_corpus import HOSTILE

COUNT_NODES = """SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {
  { ?n a ?t . FILTER(?t IN (schema:Person, schema:Organization, schema:Place, schema:Event)) }
  UNION { ?n a schema:NewsArticle } }"""
SHOWN_LABELS = "window.kgraph.shown().map(n => window.kgraph.labelOf(n)).sort()"


def _page_kinds(out: Path) -> dict[str, list[Path]]:
    return {"index": [out / "index.html"], "entity": sorted((out / "entity").glob("*.html")),
            "article": sorted((out / "article").glob("*.html")), "timeline": [out / "timeline.html"],
            "entities": [out / "entities.html"], "articles": [out / "articles.html"]}


def _graph_node_count(out: Path) -> int:
    import kgraph

    graph = kgraph.open_graph(out)
    return int(graph.query(COUNT_NODES)[0]["c"])


def _node(page, label: str) -> int:
    return page.evaluate("l => window.kgraph.data.l.indexOf(l)", label)


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


def test_every_node_is_in_the_drawing_and_actors_show_first(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    assert page.evaluate("typeof window.kgraph.renderer.getCamera") == "function"  # sigma, on WebGL
    actors = sorted(["Acme Corp<script>window.__pwned=1</script>", "Anna Nowak", "Berlin", HOSTILE])
    assert page.evaluate(SHOWN_LABELS) == actors
    assert page.evaluate("window.kgraph.graph.order") == 4  # sigma is handed what can be seen, no hidden node
    assert page.evaluate("window.kgraph.frames.drawn") == 1  # the first frame: one full drawing
    page.check("#types input[data-type='3']")  # events
    page.check("#types input[data-type='4']")  # articles
    assert len(page.evaluate(SHOWN_LABELS)) == 7
    assert page.evaluate("window.kgraph.graph.order") == _graph_node_count(tiny_build) == 7
    mentions = page.evaluate("window.kgraph.graph.filterEdges((e, a) => a.cls === 1).length")
    assert mentions > 0  # the articles came with the edges to what they name
    page.uncheck("#types input[data-type='4']")
    assert page.evaluate("window.kgraph.graph.order") == page.evaluate("window.kgraph.data.t.filter(t => t !== 4).length")
    assert page.evaluate("window.kgraph.graph.filterEdges((e, a) => a.cls === 1).length") == 0


def test_the_selection_s_edges_are_drawn_thick_the_rest_as_lines(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.fill("#search", "nowak")
    page.press("#search", "Enter")
    types = page.evaluate("""() => { const k = window.kgraph, sel = String(k.state.sel), out = {};
        k.graph.forEachEdge((e, a, s, t) => { const d = k.renderer.getEdgeDisplayData(e);
          if (!d.hidden) out[e] = [s === sel || t === sel, d.type]; });
        return Object.values(out); }""")
    assert types and all(kind == ("thick" if touches else "line") for touches, kind in types), types
    assert any(touches for touches, _ in types)
    assert page.evaluate("window.kgraph.renderer.getNodeDisplayData(String(window.kgraph.state.sel)).type") == "point"


def test_first_draw_fits_the_screen_and_no_two_labels_overlap(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.check("#types input[data-type='4']")
    page.wait_for_timeout(200)
    inside = page.evaluate("""() => { const r = window.kgraph.renderer, box = document.getElementById('network');
        return window.kgraph.shown().every(n => { const a = r.getNodeDisplayData(String(n)), p = r.framedGraphToViewport(a);
          return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight; }); }""")
    assert inside
    boxes = page.evaluate("window.kgraph.labels()")
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_search_finds_and_selects_an_entity(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.fill("#search", "nowak")
    assert "Anna Nowak" in page.inner_text("#results")
    page.press("#search", "Enter")
    assert page.evaluate("window.kgraph.labelOf(window.kgraph.state.sel)") == "Anna Nowak"
    assert "Anna Nowak" in page.inner_text("#info")
    page.fill("#search", "smithem")  # a variant (Polish inflection) finds the entity too
    assert HOSTILE in page.inner_text("#results")
    assert page.evaluate("window.__pwned") is None


def test_search_finds_a_node_by_its_label_in_another_language(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.fill("#search", "spotkanie")  # the Polish label of the meeting (the page shows English names)
    assert "Meeting" in page.inner_text("#results")
    page.press("#search", "Enter")
    assert "Spotkanie: Anna Nowak i John Smith" in page.inner_text("#info")  # its names, every language


def test_expansion_shows_a_node_s_hidden_neighbours(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.fill("#search", "acme")
    page.press("#search", "Enter")
    before = page.evaluate(SHOWN_LABELS)
    page.click("#info button:has-text('Expand neighbours')")
    after = page.evaluate(SHOWN_LABELS)
    added = sorted(set(after) - set(before))
    assert len(added) == 1 and added[0].startswith("Nowak and Smith meet in Berlin")  # the article naming it
    assert "open=" in page.evaluate("window.location.hash")


def test_a_path_between_two_entities_is_found_and_kept_in_the_address(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    for query, button in (("smith", "Path from here"), ("acme", "Path to here")):
        page.fill("#search", query)
        page.press("#search", "Enter")
        page.click(f"#info button:has-text('{button}')")
    path = page.evaluate("window.kgraph.state.path.map(n => window.kgraph.labelOf(n))")
    assert path[0] == HOSTILE and path[-1].startswith("Acme Corp") and len(path) == 3
    assert page.inner_text("#path-list").count("\n") >= 2
    shared = page.url
    assert "#" in shared and "path=" in shared
    again = clean_browser.context.new_page()  # a shared link opened afresh
    again.goto(shared)
    again.wait_for_selector("body[data-ready='1']")
    assert again.evaluate("window.kgraph.state.path.map(n => window.kgraph.labelOf(n))") == path


def test_filters_by_type_language_outlet_and_date(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.check("#types input[data-type='4']")
    page.select_option("#lang", label="pl")
    shown = page.evaluate(SHOWN_LABELS)
    assert "Acme Corp<script>window.__pwned=1</script>" not in shown and any(s.startswith("Anna Nowak spotkała") for s in shown)
    page.select_option("#lang", "")
    page.select_option("#outlet", label="Acme Corp<script>window.__pwned=1</script>")
    assert [s for s in page.evaluate(SHOWN_LABELS) if "·" in s] == [page.evaluate(
        "window.kgraph.labelOf(window.kgraph.data.t.findIndex((t, n) => t === 4 && window.kgraph.data.o[n] === 0))")]
    page.select_option("#outlet", "")
    # the date brush: keep 6 March 2024 only (the Polish article), not the 5th
    day = page.evaluate("Math.round(Date.UTC(2024, 2, 6) / 86400000)")
    page.eval_on_selector("#date-from", "(el, d) => { el.value = d; el.dispatchEvent(new Event('input')); }", day)
    assert "2024-03-06 – 2024-03-06" in page.inner_text("#date-range")
    shown = page.evaluate(SHOWN_LABELS)
    assert any(s.startswith("Anna Nowak spotkała") for s in shown) and not any(s.startswith("Nowak and Smith") for s in shown)
    assert "Acme Corp<script>window.__pwned=1</script>" not in shown  # named only in the 5 March article
    assert f"from={day}" in page.evaluate("window.location.hash")
    page.uncheck("#types input[data-type='0']")
    assert "Anna Nowak" not in page.evaluate(SHOWN_LABELS)
    assert page.evaluate("window.__pwned") is None


def test_the_language_switch_renames_nodes_and_pages_and_travels_with_links(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    john = _node(page, HOSTILE)
    page.select_option("#reader-lang", "pl")
    assert page.evaluate(f"window.kgraph.labelOf({john})") == "John Smith"
    assert "?lang=pl" in page.url
    entity = next(p for p in (tiny_build / "entity").glob("*.html") if "anna" in p.name.lower())
    other = clean_browser.open(entity)
    other.goto(entity.resolve().as_uri() + "?lang=pl")
    assert "Spotkanie: Anna Nowak i John Smith" in other.inner_text("main")
    assert all("?lang=pl" in h for h in other.eval_on_selector_all("main a[href^='../']", "as => as.map(a => a.getAttribute('href'))"))
    other.select_option("#reader-lang", "en")
    assert "Meeting by Anna Nowak" in other.inner_text("main")


def test_the_network_answers_the_keyboard(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.focus("#network")
    x = page.evaluate("window.kgraph.renderer.getCamera().getState().x")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("window.kgraph.renderer.getCamera().getState().x") > x
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"


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
    page.wait_for_timeout(800)
    page.screenshot(path=str(screenshot_dir / "index.png"))
    page.check("#types input[data-type='3']")  # events
    page.check("#types input[data-type='4']")  # articles
    page.check("#types input[data-type='5']")  # products
    assert page.evaluate("window.kgraph.graph.order") == _graph_node_count(out)
    for kind, paths in _page_kinds(out).items():
        if kind == "index" or not paths:
            continue
        chosen = max(paths, key=lambda p: p.stat().st_size)  # the richest page of its kind
        shot = clean_browser.open(chosen)
        shot.screenshot(path=str(screenshot_dir / f"{kind}.png"), full_page=True,
                        clip={"x": 0, "y": 0, "width": 1400, "height": 1800})
    assert clean_browser.log.errors == [] and clean_browser.log.requests == []


@pytest.mark.slow
def test_hostile_article_through_the_real_pipeline_executes_nothing(tmp_path, clean_browser):
    import kgraph

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(
        " date 2024-06-28 - Yesterday <script>window.__pwned=1</script> John Smith<img src=x onerror=window.__pwned=2> "
        "met Anna Nowak in Berlin. Anna Nowak said the talks in Berlin went well.\n", encoding="utf-8")
    out = kgraph.build(corpus, tmp_path / "out").out_dir
    for paths in _page_kinds(out).values():
        for path in paths:
            page = clean_browser.open(path, wait_ready=path.name == "index.html")
            page.wait_for_timeout(100)
            assert page.evaluate("window.__pwned") is None, path
            assert page.evaluate("document.querySelectorAll('img').length") == 0, path
            if path.parent.name == "article":
                assert "2024-06-28" not in page.inner_text(".article-text")  # the crawl marker is not text
    assert clean_browser.log.errors == [] and clean_browser.log.requests == []


def test_panning_moves_the_drawing_and_redraws_it_in_full_once_still(tiny_build, clean_browser):
    page = clean_browser.open(tiny_build / "index.html", wait_ready=True)
    page.wait_for_timeout(300)
    moving = page.evaluate("""() => new Promise(resolve => {
        const k = window.kgraph, camera = k.renderer.getCamera(), s = camera.getState(), drawn = k.frames.drawn;
        camera.setState({ x: s.x + 0.05, y: s.y, ratio: s.ratio / 1.25 });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ moved: k.frames.moved, redrawn: k.frames.drawn - drawn,
          transform: k.picture.style.transform, picture: getComputedStyle(k.picture).display,
          layers: Object.entries(k.renderer.getCanvases()).filter(([name]) => name !== "mouse")
                  .map(([, c]) => getComputedStyle(c).visibility) })));
    })""")
    assert moving["moved"] >= 1 and moving["redrawn"] == 0  # the last drawing moved and scaled, not redrawn
    assert "scale(1.25)" in moving["transform"] and moving["picture"] == "block", moving  # as one picture
    assert set(moving["layers"]) == {"hidden"}, moving  # in place of sigma's layers
    picture = page.evaluate("""() => { const c = window.kgraph.picture, d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let inked = 0; for (let i = 3; i < d.length; i += 4) inked += d[i] > 0; return inked; }""")
    assert picture > 100  # the picture holds the drawing (nodes, edges, labels), not a blank canvas
    page.wait_for_timeout(600)
    assert page.evaluate("getComputedStyle(window.kgraph.picture).display") == "none"
    assert set(page.evaluate("Object.values(window.kgraph.renderer.getCanvases()).map(c => getComputedStyle(c).visibility)")) == {"visible"}
    assert page.evaluate("window.kgraph.frames.drawn") > 0 and page.evaluate("window.kgraph.labels()")  # redrawn at rest
    node = page.evaluate("String(window.kgraph.shown()[0])")
    where = "window.kgraph.renderer.framedGraphToViewport(window.kgraph.renderer.getNodeDisplayData(%r))" % node
    at, box = page.evaluate(where), page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + 20)  # a real drag: the graph follows the mouse
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(box["x"] + 20 + 6 * step, box["y"] + 20 + 4 * step)
    page.mouse.up()
    page.wait_for_timeout(600)
    moved_to = page.evaluate(where)
    dx, dy = moved_to["x"] - at["x"], moved_to["y"] - at["y"]
    assert dx > 10 and dy > 5 and abs(dx / dy - 1.5) < 0.1, (at, moved_to)  # along the drag (sigma's own panning)
    assert page.evaluate("getComputedStyle(window.kgraph.picture).display") == "none"


def test_no_two_labels_of_an_entity_page_s_network_overlap(tiny_build, clean_browser):
    for path in sorted((tiny_build / "entity").glob("*.html")):
        page = clean_browser.open(path)
        boxes = page.evaluate("""() => Array.from(document.querySelectorAll('svg.ego text'))
            .filter(t => t.getAttribute('visibility') !== 'hidden')
            .map(t => { const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })""")
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1), (path.name, a, b)
        page.close()
    assert clean_browser.log.errors == []
