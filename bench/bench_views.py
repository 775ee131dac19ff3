"""Benchmark the views: page build time and first draw in headless Chromium, at 100 / 1,000 / 10,000 nodes.

    .venv/bin/python bench/bench_views.py [--sizes 100 1000 10000]

Synthetic graphs (entities + articles, a tenth of the nodes are articles; mentions drawn with a
skewed distribution so that hubs exist; relations between entities) are built with the real RDF
builder, stored, and rendered by kgraph.views. Figures only, no assertions. Baselines measured in
the same run: an empty page, and a page with vis-network inlined but no data.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pyoxigraph import Quad  # noqa: E402

from kgraph.model import Article, ArticleExtraction, Entity, EntityType, Mention, Sentence
from kgraph.rdf.build import article_quads
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import SCHEMA
from kgraph.store import open_store, write_store
from kgraph.views import load_view_data, write_pages

SYLLABLES = ["ka", "zu", "mi", "ro", "ten", "va", "lis", "dor", "an", "be", "sol", "ur", "ne", "qi", "pa"]
KINDS = [EntityType.PERSON, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT]


def _name(rng: random.Random) -> str:
    word = lambda: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()  # noqa: E731
    return f"{word()} {word()}"


def synthetic_quads(nodes: int, seed: int = 0) -> list[Quad]:
    """A corpus whose overview graph has ``nodes`` nodes (entities + articles)."""
    rng, iris = random.Random(seed), Iris()
    n_articles = max(2, nodes // 10)
    entities = [Entity(f"E/{i}", KINDS[i % len(KINDS)], {"en": f"{_name(rng)} {i}"}) for i in range(nodes - n_articles)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(entities))]
    quads: list[Quad] = []
    for a in range(n_articles):
        chosen = set(rng.choices(range(len(entities)), weights=weights, k=12))
        chosen.add((a * 9) % len(entities))  # every entity is mentioned somewhere
        chosen.update(range(a * (len(entities) // n_articles), (a + 1) * (len(entities) // n_articles)))
        parts, mentions, sentences, at = [], [], [], 0
        for k in sorted(chosen):
            label = entities[k].labels["en"]
            sentence = f"{label} was seen today. "
            mentions.append((Mention(f"a{a}", "en", at, at + len(label), label, entities[k].type, label), entities[k]))
            sentences.append((at, at + len(sentence) - 1))
            parts.append(sentence)
            at += len(sentence)
        text = "".join(parts)
        article = Article(f"a{a}", Path(f"a{a}.txt"), text, "en", dt.date(2024, 1, 1) + dt.timedelta(days=a % 300))
        extraction = ArticleExtraction(article, [Sentence(article.id, b, e, text[b:e]) for b, e in sentences],
                                       [m for m, _ in mentions])
        quads += article_quads(extraction, {(m.article_id, m.begin, m.end): e for m, e in mentions}, iris)
        for (_, e1), (_, e2) in zip(mentions[::2], mentions[1::2]):
            quads.append(Quad(iris.entity(e1.key), SCHEMA.knows, iris.entity(e2.key), iris.graph(article.id)))
    return quads


def _first_draw(browser, path: Path, runs: int) -> tuple[float, float]:
    """Median wall ms from navigation to the page's first vis-network draw, and its performance.now()."""
    walls, draws = [], []
    for _ in range(runs):
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        walls.append((time.perf_counter() - start) * 1000)
        draws.append(page.evaluate("window.kgraphFirstDraw"))
        page.close()
    return statistics.median(walls), statistics.median(draws)


def _load(browser, path: Path, runs: int) -> float:
    walls = []
    for _ in range(runs):
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        walls.append((time.perf_counter() - start) * 1000)
        page.close()
    return statistics.median(walls)


def _baselines(work: Path) -> tuple[Path, Path]:
    from kgraph.views.render import vis_network_js

    empty = work / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    vis_only = work / "vis-only.html"
    vis_only.write_text("<!DOCTYPE html><html><body><div id=n style='height:600px'></div><script>"
                        + vis_network_js() + "</script><script>var net = new vis.Network(document.getElementById('n'),"
                        "{nodes: new vis.DataSet([]), edges: new vis.DataSet([])}, {});"
                        "net.once('afterDrawing', function () { window.kgraphFirstDraw = performance.now();"
                        "document.body.setAttribute('data-ready', '1'); });</script></body></html>", encoding="utf-8")
    return empty, vis_only


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-views-"))
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=args.chromium, headless=True, args=["--no-sandbox"])
        browser = chromium.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        browser.route("http*://**/*", lambda route: route.abort())
        empty, vis_only = _baselines(work)
        print(f"baseline: empty page load {_load(browser, empty, args.runs):.0f} ms; "
              f"vis-network inlined, no data: first draw at {_first_draw(browser, vis_only, args.runs)[1]:.0f} ms")
        print(f"{'nodes':>7} {'drawn':>6} {'edges':>6} {'read s':>7} {'pages s':>8} {'pages':>6} {'index KB':>9} "
              f"{'load→draw ms':>13} {'draw@ ms':>9} {'entity page ms':>15}")
        for size in args.sizes:
            out = work / f"n{size}"
            out.mkdir()
            write_store(synthetic_quads(size), out)
            store = open_store(out)
            t0 = time.perf_counter()
            data = load_view_data(store)
            t1 = time.perf_counter()
            write_pages(data, out)
            t2 = time.perf_counter()
            index = out / "index.html"
            wall, draw = _first_draw(browser, index, args.runs)
            page = browser.new_page()
            page.goto(index.as_uri())
            drawn = page.evaluate("window.kgraph.nodes.length")
            edges = page.evaluate("window.kgraph.edges.length")
            page.close()
            entity = max((out / "entity").glob("*.html"), key=lambda p: p.stat().st_size)
            pages = sum(1 for _ in out.rglob("*.html"))
            print(f"{size:>7} {drawn:>6} {edges:>6} {t1 - t0:>7.2f} {t2 - t1:>8.2f} {pages:>6} "
                  f"{index.stat().st_size / 1024:>9.0f} {wall:>13.0f} {draw:>9.0f} {_load(browser, entity, args.runs):>15.0f}")
        browser.close()
        chromium.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
