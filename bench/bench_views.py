"""Benchmark the views in headless Chromium: time to first draw and frames per second while panning.

    .venv/bin/python bench/bench_views.py [--articles 1000 10000] [--seed-build exports-with-views/] [--runs 3]

For the seed build (when ``--seed-build`` names a built folder) and for synthetic article graphs of
the given sizes: the whole graph is drawn (every entity, event and article, no top-N). Synthetic
graphs are made by the real RDF builder (each article names a few entities of its own and some
shared ones, skewed so that hubs exist; relations, events with participants, place and date; a
headline and an outlet), stored, read back and rendered by kgraph.views, as a build does after
extraction. Figures only, no assertions. Baselines measured in the same run: an empty page, and
sigma drawing an empty graph (its first draw and the browser's frame rate while panning).
Chromium runs headless with software WebGL (SwiftShader): a machine with a GPU draws faster.
While the camera moves the page shows its last drawing moved and scaled (a CSS transform) and redraws in full
once it stops: "fps" counts the frames in which the view followed the pan, "redraw" is one full redraw's ms.
"draw@" is when the first fitted frame, labels included, is on the screen (performance.now, from navigation, at the
animation frame after the one that committed it: the GPU's drawing of a large graph happens in that commit, after the
script has returned).
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

from pyoxigraph import Literal, Quad  # noqa: E402

from kgraph.model import Article, ArticleExtraction, Entity, EntityType, Mention, Sentence  # noqa: E402
from kgraph.rdf.build import article_quads  # noqa: E402
from kgraph.rdf.iris import Iris  # noqa: E402
from kgraph.rdf.namespaces import KG, PROV, RDF, SCHEMA, XSD  # noqa: E402
from kgraph.store import open_store, write_store  # noqa: E402
from kgraph.views import load_view_data, write_pages  # noqa: E402

SYLLABLES = ["ka", "zu", "mi", "ro", "ten", "va", "lis", "dor", "an", "be", "sol", "ur", "ne", "qi", "pa"]
KINDS = [EntityType.PERSON, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE]
EVENT_KINDS = ["Detention", "Meeting", "Statement", "Protest", "Travel"]
PAN_MS = 3000


def _name(rng: random.Random) -> str:
    word = lambda: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()  # noqa: E731
    return f"{word()} {word()}"


def _entities(rng: random.Random, count: int) -> list[Entity]:
    return [Entity(f"E/{i}", KINDS[i % len(KINDS)], {"en": f"{_name(rng)} {i}"}) for i in range(count)]


def _event_quads(iris: Iris, article: Article, k: int, named: list[tuple[Mention, Entity]], rng) -> list[Quad]:
    """One event of the article: a kind, two participants, a place, a date, its source and sentence."""
    graph, event = iris.graph(article.id), iris.fact(f"{article.id}/{k}/event")
    people = [e for _, e in named if e.type != EntityType.PLACE][:2]
    places = [e for _, e in named if e.type == EntityType.PLACE][:1]
    mention = named[0][0]
    quads = [Quad(event, RDF.type, SCHEMA.Event, graph), Quad(event, RDF.type, getattr(KG, rng.choice(EVENT_KINDS)), graph),
             Quad(event, SCHEMA.startDate, Literal(article.date.isoformat(), datatype=XSD.date), graph),
             Quad(event, PROV.wasDerivedFrom, iris.article(article.id), graph),
             Quad(event, KG.evidence, iris.string(article.id, mention.begin, mention.end), graph)]
    quads += [Quad(event, KG.agent if i == 0 else KG.affected, iris.entity(p.key), graph) for i, p in enumerate(people)]
    quads += [Quad(event, SCHEMA.location, iris.entity(p.key), graph) for p in places]
    return quads


def synthetic_quads(n_articles: int, seed: int = 0) -> list[Quad]:
    """A graph of ``n_articles`` articles: about 2.5 entities and one event per article, 10 mentions each."""
    rng, iris = random.Random(seed), Iris()
    entities = _entities(rng, max(8, int(n_articles * 2.5)))
    outlets = [Entity(f"O/{i}", EntityType.ORGANIZATION, {"en": f"The {_name(rng)} Post"}) for i in range(20)]
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(entities))]
    per_article = len(entities) / n_articles
    quads: list[Quad] = []
    for a in range(n_articles):
        own = range(int(a * per_article), int((a + 1) * per_article))
        chosen = sorted(set(rng.choices(range(len(entities)), weights=weights, k=8)) | set(own))
        parts, named, at = [], [], 0
        for k in chosen:
            label = entities[k].labels["en"]
            sentence = f"{label} was seen today. "
            named.append((Mention(f"a{a}", "en", at, at + len(label), label, entities[k].type, label), entities[k]))
            parts.append(sentence)
            at += len(sentence)
        text = "".join(parts)
        article = Article(f"a{a}", Path(f"a{a}.txt"), text, "en", dt.date(2023, 1, 1) + dt.timedelta(days=a % 700))
        sentences = [Sentence(article.id, m.begin, m.begin + len(m.text) + 15, text[m.begin:m.begin + len(m.text) + 15])
                     for m, _ in named]
        extraction = ArticleExtraction(article, sentences, [m for m, _ in named])
        quads += article_quads(extraction, {(m.article_id, m.begin, m.end): e for m, e in named}, iris)
        graph, outlet = iris.graph(article.id), outlets[a % len(outlets)]
        quads += [Quad(iris.article(article.id), SCHEMA.headline, Literal(f"{named[0][1].labels['en']} in the news"), graph),
                  Quad(iris.article(article.id), SCHEMA.publisher, iris.entity(outlet.key), graph),
                  Quad(iris.entity(outlet.key), RDF.type, SCHEMA.Organization, graph)]
        for (_, e1), (_, e2) in zip(named[::3], named[1::3]):
            quads.append(Quad(iris.entity(e1.key), SCHEMA.knows, iris.entity(e2.key), graph))
        quads += _event_quads(iris, article, 0, named, rng)
    return quads


SETTLED = """() => new Promise(resolve => {  // the view drawn and the browser free: two frames after a pause
  setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 1000);
})"""
PAN = """() => new Promise(resolve => {
  // frames in which the view follows the camera (a moved drawing or a full redraw), browser frames, and the
  // time of one full redraw at rest (the page redraws in full once the camera stops)
  const k = window.kgraph, camera = k.renderer.getCamera(); let shown = 0, frames = 0; const start = performance.now();
  const count = () => { shown += 1; };
  k.renderer.on("afterRender", count); k.renderer.on("kgMoved", count);
  function step(now) {
    frames += 1;
    const t = (now - start) / 1000, s = camera.getState();
    camera.setState({ x: 0.5 + 0.25 * Math.sin(t * 2), y: 0.5 + 0.25 * Math.cos(t * 2), ratio: s.ratio });
    if (now - start < %d) requestAnimationFrame(step);
    else { k.renderer.off("afterRender", count); k.renderer.off("kgMoved", count);
           const secs = (now - start) / 1000, t0 = performance.now();
           if (k.redraw) k.redraw(); else k.renderer.render();
           resolve([shown / secs, frames / secs, performance.now() - t0]); }
  }
  requestAnimationFrame(step);
})""" % PAN_MS


def _open(context, path: Path, timeout_ms: int = 300_000, ready: bool = True):
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load", timeout=timeout_ms)
    if ready:
        page.wait_for_selector("body[data-ready='1']", timeout=timeout_ms)
    return page, (time.perf_counter() - start) * 1000


def _measure(context, path: Path, runs: int, show_all: bool = False) -> dict[str, float]:
    """Median wall ms navigation → first draw, the page's own first-draw time, and panning fps (drawn, browser)."""
    walls, draws, fps, browser_fps, redraws, shown = [], [], [], [], [], 0
    for _ in range(runs):
        page, wall = _open(context, path)
        walls.append(wall)
        draws.append(page.evaluate("window.kgraphFirstDraw"))
        if show_all:
            page.evaluate("""() => { document.querySelectorAll('#types input').forEach(b => {
                if (!b.checked) b.click(); }); }""")
        shown = page.evaluate("window.kgraph.shown ? window.kgraph.shown().length : 0")
        page.evaluate(SETTLED)
        drawn, frames, redraw = page.evaluate(PAN)
        fps.append(drawn)
        redraws.append(redraw)
        browser_fps.append(frames)
        page.close()
    return {"wall": statistics.median(walls), "draw": statistics.median(draws), "fps": statistics.median(fps),
            "frames": statistics.median(browser_fps), "redraw": statistics.median(redraws), "shown": shown}


def _baseline_pages(work: Path) -> tuple[Path, Path]:
    from kgraph.views.render import vendor_js

    empty = work / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    sigma = work / "sigma-empty.html"
    scripts = "".join(f"<script>{vendor_js(name)}</script>" for name in ("graphology.umd.min.js", "sigma.min.js"))
    sigma.write_text(
        "<!DOCTYPE html><html><body><div id=n style='width:1100px;height:850px'></div>" + scripts +
        "<script>var g = new graphology.Graph(); g.addNode('a', {x: 0, y: 0, size: 5});"
        "var r = new Sigma(g, document.getElementById('n')); window.kgraph = {renderer: r};"
        "requestAnimationFrame(function () { requestAnimationFrame(function () { window.kgraphFirstDraw = performance.now();"
        "document.body.setAttribute('data-ready', '1'); }); });</script></body></html>", encoding="utf-8")
    return empty, sigma


def _build(size: int, out: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    write_store(synthetic_quads(size), out)
    t1 = time.perf_counter()
    data = load_view_data(open_store(out))
    t2 = time.perf_counter()
    write_pages(data, out)
    t3 = time.perf_counter()
    return {"store": t1 - t0, "read": t2 - t1, "pages": t3 - t2, "entities": len(data.entities),
            "articles": len(data.articles)}


def _row(name: str, built: dict, index: Path, default: dict, every: dict) -> str:
    return (f"{name:>10} {built.get('entities', 0):>8} {built.get('articles', 0):>8} {built.get('pages', 0):>7.1f} "
            f"{index.stat().st_size / 2**20:>7.1f} {default['wall']:>8.0f} {default['draw']:>8.0f} "
            f"{default['shown']:>6} {default['fps']:>6.1f} {default['redraw']:>7.0f} {every['shown']:>6} {every['fps']:>6.1f} "
            f"{every['frames']:>6.1f} {every['redraw']:>7.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed-build", type=Path, help="a built folder (kgraph build corpus --out …) to measure too")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-views-"))
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=args.chromium, headless=True,
                                      args=["--no-sandbox", "--enable-unsafe-swiftshader"])
        context = chromium.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        context.route("http*://**/*", lambda route: route.abort())
        empty, sigma = _baseline_pages(work)
        page, wall = _open(context, empty, ready=False)
        page.close()
        base = _measure(context, sigma, args.runs)
        print(f"baseline: empty page {wall:.0f} ms to load; sigma, one node: first draw at {base['draw']:.0f} ms, "
              f"panning {base['fps']:.1f} frames drawn/s of {base['frames']:.1f} browser frames/s")
        print(f"{'graph':>10} {'entities':>8} {'articles':>8} {'pages s':>7} {'index MB':>7} {'load ms':>8} "
              f"{'draw@ ms':>8} {'shown':>6} {'fps':>6} {'redraw':>7} {'all':>6} {'fps':>6} {'frames':>6} {'redraw':>7}")
        print(f"{'':>10} {'':>8} {'':>8} {'':>7} {'':>7} {'(navigation → first draw; default view: actors)':>30}"
              f" · all: every node shown; fps: frames/s in which the view follows the pan; browser frames/s; redraw:"
              f" ms of one full redraw at rest")
        if args.seed_build:
            index = args.seed_build / "index.html"
            data = load_view_data(open_store(args.seed_build))
            built = {"entities": len(data.entities), "articles": len(data.articles), "pages": 0.0}
            print(_row("seed", built, index, _measure(context, index, args.runs),
                       _measure(context, index, args.runs, show_all=True)), flush=True)
        for size in args.articles:
            out = work / f"a{size}"
            out.mkdir()
            built = _build(size, out)
            index = out / "index.html"
            print(_row(f"{size}", built, index, _measure(context, index, args.runs),
                       _measure(context, index, args.runs, show_all=True)), flush=True)
            shutil.rmtree(out, ignore_errors=True)
        context.close()
        chromium.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
