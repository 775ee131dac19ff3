"""The incremental store and extraction cache: per-graph updates, crash safety, cache keys,
and (with the real models) incremental builds with stable entity IRIs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

import kgraph.store as store_module
from kgraph.cache import ExtractionCache
from kgraph.model import Article, ArticleExtraction, Sentence
from kgraph.store import open_store, write_store

ROOT = Path(__file__).resolve().parent.parent
EX = "https://example.org/t/"
COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def quads(graphs: dict[str, list[str]]) -> list[Quad]:
    """Graph name → object labels; every graph also states one shared triple."""
    out = []
    for name, values in graphs.items():
        g = NamedNode(EX + name)
        out.append(Quad(NamedNode(EX + "shared"), NamedNode(EX + "p"), Literal("everywhere"), g))
        out += [Quad(NamedNode(EX + name + "/s"), NamedNode(EX + "p"), Literal(v), g) for v in values]
    return out


def content(out: Path) -> tuple[set, set]:
    store = open_store(out)
    named = {(str(q.graph_name), str(q.triple)) for q in store.quads_for_pattern(None, None, None)
             if isinstance(q.graph_name, NamedNode)}
    default = {str(r["s"]) + str(r["p"]) + str(r["o"]) for r in store.query("SELECT * WHERE { ?s ?p ?o }")}
    return named, default


def expected(qs: list[Quad]) -> tuple[set, set]:
    return ({(str(q.graph_name), str(q.triple)) for q in qs},
            {str(q.subject) + str(q.predicate) + str(q.object) for q in qs})


KEPT = {f"kept{i}": [f"unchanged value {i}.{j}" for j in range(3)] for i in range(12)}  # make updating cheaper


def test_incremental_write_touches_only_changed_graphs(tmp_path):
    first = quads({"a": ["1", "2"], "b": ["3"], "c": ["4"], **KEPT})
    update = write_store(first, tmp_path)
    assert update.full and update.added == 3 + len(KEPT)
    assert content(tmp_path) == expected(first)
    second = quads({"a": ["1", "2"], "b": ["3", "5"], "d": ["6"], **KEPT})  # b changed, c deleted, d added
    update = write_store(second, tmp_path)
    assert (update.full, update.added, update.replaced, update.removed, update.kept) == (False, 1, 1, 1, 1 + len(KEPT))
    assert content(tmp_path) == expected(second)
    assert not (tmp_path / ".store.new").exists() and not (tmp_path / ".store.old").exists()


def test_the_store_is_loaded_afresh_when_that_costs_less_than_updating(tmp_path):
    write_store(quads({"a": ["1"], "b": ["2"], **KEPT}), tmp_path)
    changed = {name: [v + " changed" for v in values] for name, values in KEPT.items()}
    update = write_store(quads({"a": ["1"], "b": ["2"], **changed}), tmp_path)  # most bytes changed
    assert update.full
    assert content(tmp_path) == expected(quads({"a": ["1"], "b": ["2"], **changed}))
    update = write_store(quads({"a": ["1"], "b": ["3"], **changed}), tmp_path)  # one small graph changed
    assert not update.full and update.replaced == 1


def test_default_graph_is_the_set_union(tmp_path):
    odd = 'a "quoted" word,\nthen a new line and a backslash \\'
    write_store(quads({"a": ["1"], "b": ["2", odd], "c": [], **KEPT}), tmp_path)
    assert int(next(iter(open_store(tmp_path).query(COUNT_DEFAULT)))["n"].value) == 4 + 3 * len(KEPT)
    update = write_store(quads({"a": ["1"], **KEPT}), tmp_path)  # the shared triple survives while one graph states it
    assert not update.full and update.removed == 2
    assert content(tmp_path)[1] == expected(quads({"a": ["1"], **KEPT}))[1]


def test_a_crash_mid_update_leaves_the_previous_store(tmp_path, monkeypatch):
    first = quads({"a": ["1"], "b": ["2"]})
    write_store(first, tmp_path)

    def crash(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(store_module, "_swap", crash)
    with pytest.raises(OSError):
        write_store(quads({"a": ["1"], "b": ["changed"]}), tmp_path)
    monkeypatch.undo()
    assert content(tmp_path) == expected(first)
    write_store(quads({"a": ["9"]}), tmp_path)
    assert content(tmp_path) == expected(quads({"a": ["9"]}))


def test_a_crash_between_the_renames_is_recovered(tmp_path):
    first = quads({"a": ["1"]})
    write_store(first, tmp_path)
    (tmp_path / "store").rename(tmp_path / ".store.old")  # the first rename of a swap, then a crash
    assert content(tmp_path) == expected(first)  # readers still find it
    write_store(quads({"a": ["1"], "b": ["2"]}), tmp_path)
    assert content(tmp_path) == expected(quads({"a": ["1"], "b": ["2"]}))


def _article(text: str, ident: str = "x1") -> Article:
    import hashlib

    return Article(ident, Path(f"/corpus/{ident}.txt"), text, "en", sha256=hashlib.sha256(text.encode()).hexdigest())


def test_extraction_cache_keys(tmp_path):
    article = _article("Mira Olsen visited Tallinn.")
    cache = ExtractionCache(tmp_path, version="v1")
    assert cache.get(article) is None
    cache.put(ArticleExtraction(article, [Sentence("x1", 0, 27, article.text)]))
    moved = Article(article.id, Path("/elsewhere/x1.txt"), article.text, "en", sha256=article.sha256)
    hit = cache.get(moved)
    assert hit is not None and hit.article.path == moved.path and len(hit.sentences) == 1
    assert cache.get(_article("Mira Olsen visited Riga.")) is None  # content changed
    assert ExtractionCache(tmp_path, version="v2").get(article) is None  # pipeline changed
    assert cache.prune([_article("something else", "x2")]) == 1 and cache.get(article) is None


def test_resident_extractions_are_not_read_again_and_follow_the_cache(tmp_path, monkeypatch):
    """Inside resident_extractions() (the --watch process) an extraction read or written once is
    taken from memory by the next build; a changed text, a pruned or deleted file is not."""
    import kgraph.cache as cache_module
    from kgraph.cache import resident_extractions

    article = _article("Mira Olsen visited Oslo.")
    with resident_extractions():
        cache = ExtractionCache(tmp_path, version="v1")
        cache.put(ArticleExtraction(article, [Sentence("x1", 0, 24, article.text)]))
        kept = ExtractionCache(tmp_path, version="v1")
        with monkeypatch.context() as patch:
            patch.setattr(cache_module.pickle, "load", lambda handle: pytest.fail("unpickled again"))
            hit = kept.get(article)
            assert hit is not None and hit.article is article and len(hit.sentences) == 1
        assert kept.get(_article("Mira Olsen visited Riga.")) is None  # content changed
        assert ExtractionCache(tmp_path, version="v2").get(article) is None  # pipeline changed
        next(tmp_path.glob("*.pkl")).unlink()  # the cache cleared beside the watch
        assert kept.get(article) is None
        kept.put(ArticleExtraction(article, []))
        assert kept.prune([_article("something else", "x2")]) == 1 and kept.get(article) is None
    assert not cache_module._RESIDENT  # outside the block, nothing is kept


def test_pipeline_version_is_a_digest():
    from kgraph.cache import pipeline_version

    assert len(pipeline_version()) == 16 and pipeline_version() == pipeline_version()


# -- with the real models -----------------------------------------------------------------------

UNRELATED = ("Lund, 3 March 2021. The mayor of Lund, Karin Holmqvist, opened a new library on Tuesday.\n"
             "Karin Holmqvist said the library would serve students of Lund University.\n")


def _entities(kg) -> set[str]:
    return {r["e"] for r in kg.query("SELECT DISTINCT ?e WHERE { ?m itsrdf:taIdentRef ?e }")}


@pytest.mark.slow
def test_incremental_build_reuses_extractions_and_keeps_entity_iris(tmp_path, monkeypatch):
    import kgraph
    import kgraph.extract as extraction

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    out = tmp_path / "out"
    first = kgraph.build(corpus, out)
    before = _entities(first)
    assert before and len(list((out / "cache" / "extract").iterdir())) == len(first.report.articles)

    extracted: list[str] = []
    real = extraction.extract
    monkeypatch.setattr(extraction, "extract", lambda parsed: extracted.append(parsed.article.id) or real(parsed))
    (corpus / "zz_unrelated.txt").write_text(UNRELATED, encoding="utf-8")
    second = kgraph.build(corpus, out)
    assert extracted == ["zz_unrelated"]  # only the new article was extracted
    after = _entities(second)
    assert before <= after and len(after) > len(before)  # old IRIs unchanged, new ones added
    graphs = {str(g.value) for g in second.store.named_graphs()}
    assert any(g.endswith("/graph/zz_unrelated") for g in graphs)

    extracted.clear()
    (corpus / "zz_unrelated.txt").unlink()
    third = kgraph.build(corpus, out)
    assert extracted == []
    assert not any(str(g.value).endswith("/graph/zz_unrelated") for g in third.store.named_graphs())
    assert _entities(third) == before
    assert (out / "graph.ttl").read_bytes() == _fresh_ttl(corpus, tmp_path / "fresh")


def _fresh_ttl(corpus: Path, out: Path) -> bytes:
    import kgraph

    kgraph.build(corpus, out, incremental=False)
    return (out / "graph.ttl").read_bytes()


@pytest.mark.slow
def test_kgraph_query_answers_from_the_store(tmp_path):
    from typer.testing import CliRunner

    from kgraph.cli import app

    import kgraph

    out = tmp_path / "out"
    kgraph.build(ROOT / "corpus", out)
    (out / "graph.trig").unlink()  # only the store is left to answer from
    result = CliRunner().invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }",
                                      "--data", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.split()[-1] == "5"


def test_the_language_memo_keeps_current_texts_for_the_same_pipeline(tmp_path, monkeypatch):
    import kgraph.cache as cache_module
    from kgraph.cache import LanguageMemo

    keep = Article(id="a", path=Path("a.txt"), text="x", lang="en", sha256="1" * 64)
    memo = LanguageMemo(tmp_path)
    memo.languages.update({keep.sha256: "en", "2" * 64: "pl"})
    memo.save([keep])
    assert LanguageMemo(tmp_path).languages == {keep.sha256: "en"}  # the gone text's entry is dropped
    monkeypatch.setattr(cache_module, "pipeline_version", lambda: "another")
    assert LanguageMemo(tmp_path).languages == {}  # detected by other code: detect again


def test_the_store_holds_the_very_terms_of_the_exported_files(seed_build):
    """What `kgraph query`, `serve` and `push` read is what graph.trig says, literal for literal:
    a term the store would rewrite on load (a datatype it folds, a lexical form it canonicalises)
    never reaches the files."""
    from pyoxigraph import RdfFormat, parse

    out = Path(seed_build.out_dir)
    written = {str(q) for q in parse(path=str(out / "graph.trig"), format=RdfFormat.TRIG)}
    stored = {str(q) for q in open_store(out).quads_for_pattern(None, None, None)
              if isinstance(q.graph_name, NamedNode)}
    assert written, "the seed build wrote no quads"
    assert sorted(written - stored)[:5] == [] and sorted(stored - written)[:5] == []
