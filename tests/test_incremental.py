"""Incremental rebuilds: per-graph export chunks, page digests, the extraction cache's key, and
(with the real models) a rebuild after one article changed or went, which rewrites only its pages,
its graph and its chunks, keeps entity IRIs, and gives the bytes a clean build gives."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kgraph.export.jsonld import jsonld_bytes, write_jsonld_files
from kgraph.export.trig import trig_bytes, write_trig_files
from kgraph.export.turtle import turtle_bytes, write_union_turtle
from kgraph.output import GraphFiles, UnionStream, output_formats, output_pieces
from kgraph.store import group_by_graph
from kgraph.void import UnionCounter, stats_of

ROOT = Path(__file__).resolve().parent.parent
EX = "https://example.org/t/"
OLD = 1_000_000  # an mtime no build writes: a file that keeps it was not rewritten


def _quads(graphs: dict[str, list[str]]) -> list[Quad]:
    out = []
    for name, values in graphs.items():
        g = NamedNode(EX + "graph/" + name)
        out.append(Quad(NamedNode(EX + "shared"), NamedNode(EX + "p"), Literal("everywhere", language="en"), g))
        out += [Quad(NamedNode(EX + name + "/s"), NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                     Literal(v), g) for v in values]
        out.append(Quad(NamedNode(EX + name + "/s"), NamedNode(EX + "q"), Literal('say "hi"\n\tthere \\ ok'), g))
        out.append(Quad(NamedNode(EX + name + "/s"), NamedNode(EX + "n"), Literal("3", datatype=NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")), g))
    return out


def _chunks(folder: Path) -> GraphFiles:
    """The graph files with every registered output's pieces, as a build keeps them."""
    return GraphFiles(folder, output_pieces(output_formats()))


def write_turtle_files(files: GraphFiles, path: Path, see=None) -> bool:
    union = UnionStream(files)
    if see is not None:
        union.subscribe(see)
    return write_union_turtle(union, path)


def _write_all(qs: list[Quad], out: Path, files: GraphFiles) -> None:
    for name, graph_quads in sorted(group_by_graph(qs).items()):
        files.add(name, graph_quads)
    files.prune()
    write_trig_files(files, out / "graph.trig")
    write_jsonld_files(files, out / "graph.jsonld")


@pytest.mark.parametrize("graphs", [{"a": ["1", "2"], "b": ["3"], "c": ["ä «4»"]}, {"only": ["1"]}])
def test_files_joined_from_graph_files_are_the_whole_serialisation(tmp_path, graphs):
    qs = _quads(graphs)
    files = _chunks(tmp_path / "chunks")
    _write_all(qs, tmp_path, files)
    assert (tmp_path / "graph.trig").read_bytes() == trig_bytes(qs)
    assert (tmp_path / "graph.jsonld").read_bytes() == jsonld_bytes(qs)
    counter = UnionCounter(EX)
    assert write_turtle_files(files, tmp_path / "graph.ttl", counter.see)
    assert (tmp_path / "graph.ttl").read_bytes() == turtle_bytes(qs)
    assert counter.stats(len({q.object for q in qs})) == stats_of(qs, EX)  # VoID's figures, counted on the way
    os.utime(tmp_path / "graph.ttl", (OLD, OLD))
    assert not write_turtle_files(files, tmp_path / "graph.ttl")
    assert (tmp_path / "graph.ttl").stat().st_mtime == OLD and len(list(tmp_path.glob(".graph.ttl*"))) == 0


def test_graph_ttl_merges_many_graphs_in_rounds(tmp_path, monkeypatch):
    import kgraph.output.graphs as graphs

    monkeypatch.setattr(graphs, "_FAN_IN", 3)  # 10 graphs: two rounds of merging
    qs = _quads({f"g{i}": [str(i), str(i % 4), "ä «x»"] for i in range(10)})
    files = _chunks(tmp_path / "chunks")
    _write_all(qs, tmp_path, files)
    write_turtle_files(files, tmp_path / "graph.ttl")
    assert (tmp_path / "graph.ttl").read_bytes() == turtle_bytes(qs)
    assert not list((tmp_path / "chunks").glob(".merge-*"))  # the rounds' files are gone


def test_only_changed_graphs_are_serialised_again(tmp_path):
    _write_all(_quads({"a": ["1"], "b": ["2"], "c": ["3"]}), tmp_path, _chunks(tmp_path / "chunks"))
    os.utime(tmp_path / "graph.trig", (OLD, OLD))
    again = _chunks(tmp_path / "chunks")
    _write_all(_quads({"a": ["1"], "b": ["2"], "c": ["3"]}), tmp_path, again)
    assert again.made == 0 and (tmp_path / "graph.trig").stat().st_mtime == OLD  # unchanged: not rewritten
    changed = _chunks(tmp_path / "chunks")
    qs = _quads({"a": ["1"], "b": ["2", "new"]})  # b changed, c deleted
    _write_all(qs, tmp_path, changed)
    assert changed.made == 5  # b's N-Triples, TriG, JSON-LD, views fragment and NIF
    assert len(list((tmp_path / "chunks").iterdir())) == 10  # c's are gone
    assert (tmp_path / "graph.trig").read_bytes() == trig_bytes(qs)
    assert (tmp_path / "graph.jsonld").read_bytes() == jsonld_bytes(qs)


def test_the_cache_key_covers_every_language_folder_and_nothing_of_the_views():
    from kgraph.cache import extraction_files

    names = {name for name, _ in extraction_files()}
    for folder in sorted((ROOT / "kgraph" / "lang").iterdir()):
        if (folder / "__init__.py").is_file():
            files = {f"lang/{folder.name}/{p.name}" for p in folder.iterdir() if p.suffix in {".py", ".json"}}
            assert files <= names, f"not in the cache key: {sorted(files - names)}"
    assert {"parse.py", "mentions.py", "facts/relations.py", "nlp/morfeusz.py", "ontology/facts/triggers.json"} <= names
    assert not {n.split("/")[0] for n in names} & {"views", "serve", "export", "store.py", "api.py", "cli.py", "rdf"}


def test_a_new_language_folder_changes_the_cache_key(tmp_path):
    from kgraph.imports import closure_files

    package = tmp_path / "kgraph"
    (package / "lang" / "zz").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "lang" / "__init__.py").write_text("from kgraph.lang.data import Declaration\n")
    (package / "lang" / "data.py").write_text("")
    (package / "lang" / "zz" / "__init__.py").write_text("")
    (package / "lang" / "zz" / "dates.json").write_text("{}")
    files = {p.relative_to(package).as_posix() for p in closure_files(("kgraph.lang",), package)}
    assert files == {"lang/__init__.py", "lang/data.py", "lang/zz/__init__.py", "lang/zz/dates.json"}


# -- with the real models -----------------------------------------------------------------------

ARTICLES = {
    "a_bridge": "Oslo, 4 May 2021. The Norwegian engineer Halvard Brekke presented a new bridge in Oslo on Monday.\n"
                "Halvard Brekke said the bridge would open next year.\n",
    "b_chef": "Lyon, 5 May 2021. The French chef Amelie Rousseau opened a restaurant in Lyon on Tuesday.\n"
              "Amelie Rousseau told the newspaper Le Progres that the menu would change every week.\n",
    "c_race": "Porto, 6 May 2021. The Portuguese cyclist Tiago Meireles won the spring race in Porto.\n"
              "Tiago Meireles thanked his team after the race.\n",
}


def _files(out: Path) -> dict[str, float]:
    """Every output file (not the cache or the store) → its mtime."""
    return {str(p.relative_to(out)): p.stat().st_mtime for p in out.rglob("*")
            if p.is_file() and p.relative_to(out).parts[0] not in ("cache", "store")}


def _age(out: Path) -> None:
    for path in out.rglob("*"):
        if path.is_file() and path.relative_to(out).parts[0] not in ("cache", "store"):
            os.utime(path, (OLD, OLD))


def _rewritten(out: Path) -> set[str]:
    return {name for name, mtime in _files(out).items() if mtime != OLD}


def _same_as_clean(corpus: Path, out: Path, clean: Path) -> None:
    import kgraph

    kgraph.build(corpus, clean, incremental=False)
    assert _files(out).keys() == _files(clean).keys()
    for name in _files(clean):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name


def _entities(kg) -> set[str]:
    return {r["e"] for r in kg.query("SELECT DISTINCT ?e WHERE { ?m itsrdf:taIdentRef ?e }")}


def _graph_entities(kg, article_id: str) -> set[str]:
    return {r["e"] for r in kg.query("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } "
                                     f"FILTER(STRENDS(STR(?g), '/{article_id}')) }}")}


def _page_of(out: Path, article_id: str) -> str:
    return next(f"article/{p.name}" for p in (out / "article").iterdir() if p.name.startswith(article_id + "-"))


@pytest.mark.slow
def test_a_changed_article_rewrites_only_its_pages_graph_and_chunks(tmp_path):
    import kgraph

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    first = kgraph.build(corpus, out)
    before = _entities(first)
    bridge_page = _page_of(out, "a_bridge")
    first.store = None  # release the read-only store before the next build swaps it

    _age(out)
    (corpus / "c_race.txt").write_text(ARTICLES["c_race"] + "Tiago Meireles will race in Madrid in June.\n",
                                       encoding="utf-8")
    second = kgraph.build(corpus, out)
    rewritten = _rewritten(out)
    assert _page_of(out, "c_race") in rewritten and "graph.trig" in rewritten
    assert bridge_page not in rewritten and _page_of(out, "b_chef") not in rewritten
    race = {hashlib.sha1(e.encode("utf-8")).hexdigest()[:10] for e in _graph_entities(second, "c_race")}
    pages = {name for name in rewritten if name.startswith("entity/")}
    assert pages and all(name.removesuffix(".html")[-10:] in race for name in pages), (pages, race)
    assert before <= _entities(second)  # every entity keeps its IRI
    second.store = None
    _same_as_clean(corpus, out, tmp_path / "clean1")

    _age(out)
    (corpus / "b_chef.txt").unlink()
    third = kgraph.build(corpus, out)
    assert not any(name.startswith("article/b_chef") for name in _files(out))
    assert not any(str(g.value).endswith("/b_chef") for g in third.store.named_graphs())
    assert not any("rousseau" in name.lower() for name in _files(out))  # her entity page is gone
    assert bridge_page not in _rewritten(out)
    third.store = None
    _same_as_clean(corpus, out, tmp_path / "clean2")
    shutil.rmtree(tmp_path / "clean1")


@pytest.mark.slow
def test_graphml_is_written_again_only_when_the_network_changed(tmp_path):
    import kgraph

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    kgraph.build(corpus, out).store = None
    _age(out)
    (corpus / "c_race.txt").write_text(ARTICLES["c_race"] + "The weather was mild that week.\n", encoding="utf-8")
    kgraph.build(corpus, out).store = None
    rewritten = _rewritten(out)
    assert _page_of(out, "c_race") in rewritten and "graph.graphml" not in rewritten  # a sentence naming no one
    _same_as_clean(corpus, out, tmp_path / "clean1")
    _age(out)
    (corpus / "c_race.txt").write_text(ARTICLES["c_race"] + "The coach Ines Tavares praised the team.\n",
                                       encoding="utf-8")
    kgraph.build(corpus, out).store = None
    assert "graph.graphml" in _rewritten(out)
    _same_as_clean(corpus, out, tmp_path / "clean2")


POOL = [  # sentences of invented news; names recur across them, so one article's change moves others' entities
    "Halvard Brekke met the chef Amelie Rousseau in Oslo on 4 May 2021.",
    "Brekke said the bridge in Oslo would open next year.",
    "The cyclist Tiago Meireles won the spring race in Porto.",
    "Amelie Rousseau opened a restaurant in Lyon on Tuesday.",
    "Tiago Meireles and Halvard Brekke visited Lyon in June.",
    "Rousseau told the newspaper Le Progres that the menu would change.",
]


@pytest.mark.slow
def test_random_additions_edits_and_deletions_give_the_clean_build(tmp_path):
    import random

    import kgraph

    rng = random.Random(3)
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()

    def text() -> str:
        return " ".join(rng.sample(POOL, rng.randint(2, 4))) + "\n"

    for i in range(4):
        (corpus / f"n{i}.txt").write_text(text(), encoding="utf-8")
    (corpus / "other.txt").write_text("The Danish architect Sigrid Holmgaard designed a library in Aarhus.\n"
                                      "Sigrid Holmgaard said the library would open in the autumn.\n", encoding="utf-8")
    kgraph.build(corpus, out).store = None
    for step in range(3):
        files = sorted(p for p in corpus.iterdir() if p.name != "other.txt")
        (corpus / f"new{step}.txt").write_text(text(), encoding="utf-8")  # an addition
        rng.choice(files).write_text(text(), encoding="utf-8")  # an edit
        if step:
            rng.choice(files).unlink(missing_ok=True)  # a deletion
        kg = kgraph.build(corpus, out)
        assert kg.report is not None and kg.report.graphs_reused >= 1  # 'other', untouched, was kept
        kg.store = None
        _same_as_clean(corpus, out, tmp_path / f"clean{step}")
        shutil.rmtree(tmp_path / f"clean{step}")


REPORTS = {  # one detention, reported by two articles: one merged event
    "m_oslo": "Oslo, 4 May 2021. Police detained the Norwegian engineer Halvard Brekke in Oslo on Monday.\n"
              "Halvard Brekke was released in the evening.\n",
    "n_bergen": "Bergen, 4 May 2021. Halvard Brekke was detained by police in Oslo on Monday, his lawyer said.\n",
}
LATER = {"a_court": "Oslo, 5 May 2021. Police in Oslo detained Halvard Brekke on Monday, the court said.\n"}


def _event_nodes(kg) -> set[str]:
    return {r["e"] for r in kg.query("SELECT DISTINCT ?e WHERE { ?e kg:evidence ?x FILTER(CONTAINS(STR(?e), '/fact/event/')) }")}


@pytest.mark.slow
def test_an_added_report_keeps_the_merged_event_and_the_other_graphs(tmp_path):
    """A third report of the event, in an article whose id sorts first, joins the merged event:
    its IRI stays, the two earlier graphs are kept as they were, and the bytes are a clean build's."""
    import kgraph

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name, text in REPORTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    first = kgraph.build(corpus, out)
    before = _event_nodes(first)
    first.store = None
    assert len(before) == 1, before
    for name, text in LATER.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    second = kgraph.build(corpus, out)
    assert _event_nodes(second) == before
    assert second.report is not None and second.report.graphs_reused == len(REPORTS)
    second.store = None
    _same_as_clean(corpus, out, tmp_path / "clean")


# -- graph.ttl and graph.nif.ttl spliced (kgraph/output/splice.py) ---------------------------------

def _random_graph(rng, name: str) -> list[Quad]:
    """Quads of one invented graph: its own subjects, subjects shared with other graphs (one IRI the
    prefix of another), typed and tagged literals, a blank node."""
    g = NamedNode(EX + "graph/" + name)
    label = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    kind = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    out = [Quad(NamedNode(EX + "article/" + name), kind, NamedNode("https://schema.org/NewsArticle"), g)]
    for shared in rng.sample(["a", "a/b", "a/b/c", "z", "ä", "m-1", "m-10"], rng.randint(1, 4)):
        s = NamedNode(EX + "entity/" + shared)
        out.append(Quad(s, kind, NamedNode(EX + rng.choice(["Person", "Place"])), g))
        out.append(Quad(s, label, Literal(rng.choice(["Ana", "Óla «x»", 'say "hi"']), language=rng.choice(["en", "pl"])), g))
        out.append(Quad(NamedNode(EX + "article/" + name), NamedNode(EX + "mentions"), s, g))
    for i in range(rng.randint(0, 3)):
        out.append(Quad(NamedNode(f"{EX}text/{name}#char={i},{i + 5}"), NamedNode(EX + "n"),
                        Literal(str(rng.randint(0, 9)), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g))
    if rng.random() < 0.3:
        out.append(Quad(NamedNode(EX + "article/" + name), NamedNode(EX + "q"), Literal("line\nbreak\tand tab"), g))
    return out


@pytest.mark.parametrize("window", [0, 200, 1 << 20])  # the binary search, short and long, and the plain scan
def test_a_spliced_union_is_the_full_serialisation_after_every_change(tmp_path, monkeypatch, window):
    import random

    import kgraph.output.splice as splice
    from kgraph.atomic import write_if_changed
    from kgraph.output import NT, UnionChange, splice_union
    from kgraph.rdf.namespaces import PREFIXES

    monkeypatch.setattr(splice, "_SEARCH_WINDOW", window)
    rng = random.Random(window)
    graphs = {f"g{i:02d}": _random_graph(rng, f"g{i:02d}") for i in range(30)}
    cache, path = tmp_path / "cache", tmp_path / "graph.ttl"
    spliced_once, counter = False, UnionCounter(EX)
    for step in range(8):
        files = GraphFiles(cache / "chunks")
        for name in sorted(graphs):
            files.add(name, graphs[name])
        qs = [q for name in sorted(graphs) for q in graphs[name]]
        result = splice_union(files, NT.ext, cache, path, PREFIXES,
                              lambda qs=qs: write_if_changed(path, turtle_bytes(qs)))
        files.prune()
        assert path.read_bytes() == turtle_bytes(qs), step
        assert (result.change is None) == (step == 0)
        if result.change is None:
            counter = UnionCounter(EX)
            for q in sorted({q.triple for q in qs}, key=str):
                counter.see(str(q))
        else:
            spliced_once = True
            assert isinstance(result.change, UnionChange)
            counter.apply(result.change)
        assert counter.stats(len({q.object for q in qs})) == stats_of(qs, EX)  # VoID's figures, kept up to date
        # changes: one graph edited, one added, one deleted (a subject may come or go with them)
        graphs[rng.choice(sorted(graphs))] = _random_graph(rng, f"edited{step}")
        graphs[f"new{step}"] = _random_graph(rng, f"new{step}")
        del graphs[rng.choice(sorted(graphs))]
    assert spliced_once


def test_a_union_file_not_the_one_the_state_describes_is_written_in_full(tmp_path):
    from kgraph.atomic import write_if_changed
    from kgraph.output import NT, splice_union
    from kgraph.rdf.namespaces import PREFIXES

    import random

    rng = random.Random(1)
    graphs = {f"g{i}": _random_graph(rng, f"g{i}") for i in range(5)}
    cache, path = tmp_path / "cache", tmp_path / "graph.ttl"

    def build() -> object:
        files = GraphFiles(cache / "chunks")
        for name in sorted(graphs):
            files.add(name, graphs[name])
        qs = [q for name in sorted(graphs) for q in graphs[name]]
        result = splice_union(files, NT.ext, cache, path, PREFIXES, lambda: write_if_changed(path, turtle_bytes(qs)))
        files.prune()
        assert path.read_bytes() == turtle_bytes(qs)
        return result

    build()
    path.write_bytes(b"edited by hand\n")  # another file than the one the state was made with
    graphs["g9"] = _random_graph(rng, "g9")
    assert build().change is None  # written in full, not spliced into the wrong file
    graphs["g10"] = _random_graph(rng, "g10")
    assert build().change is not None


@pytest.mark.slow
def test_an_unchanged_article_is_not_written_out_to_check_its_graph(tmp_path, monkeypatch):
    """A graph's context names a cached extraction by its cache key (its mentions, which corpus
    propagation adds to, and its article in full): a build that changed nothing does not write
    out every extraction again; one whose propagated mentions changed makes the graph again."""
    import kgraph
    from kgraph.model import ArticleExtraction

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    kgraph.build(corpus, out).store = None

    def unwritten(self):
        raise AssertionError("an unchanged extraction was written out")

    with monkeypatch.context() as patch:
        patch.setattr(ArticleExtraction, "__repr__", unwritten)
        again = kgraph.build(corpus, out)
        assert again.report is not None and again.report.graphs_reused == len(ARTICLES)
        again.store = None
    # a new article naming the chef twice: her name is propagated into the others
    (corpus / "d_chef.txt").write_text("Lyon, 7 May 2021. Amelie Rousseau spoke. Later Amelie Rousseau left.\n",
                                       encoding="utf-8")
    kgraph.build(corpus, out).store = None
    _same_as_clean(corpus, out, tmp_path / "clean")
