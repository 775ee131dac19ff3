"""One article that breaks its language pipeline never costs the others, nor doubles them."""
from __future__ import annotations

from pathlib import Path

import kgraph
from kgraph import pipeline

FILLER = "the river was calm and the wind was low over the fields that evening. "


def _small_corpus(root: Path, count: int) -> Path:
    root.mkdir()
    for i in range(count):
        (root / f"a{i:02d}.txt").write_text(f"On day {i} Harriet Vane walked to York with a friend.\n", encoding="utf-8")
    return root


def test_over_long_article_is_reported_clearly_and_the_rest_built_once(tmp_path):
    corpus = _small_corpus(tmp_path / "corpus", 18)  # more than one parse batch before it
    (corpus / "b_huge.txt").write_text("On Monday Harold Finch walked to York. " + FILLER * 15000, encoding="utf-8")
    kg = kgraph.build(corpus, tmp_path / "out", incremental=False)
    ids = [e.article.id for e in kg.report.extractions]
    assert ids == sorted({f"a{i:02d}" for i in range(18)})  # each once, none lost
    [problem] = [p for p in kg.report.problems if p.skipped]
    assert problem.code == "E101" and "b_huge.txt" in problem.message and "Split" in problem.message


def test_a_pipeline_crash_mid_batch_skips_only_that_article(tmp_path, monkeypatch):
    corpus = _small_corpus(tmp_path / "corpus", 20)
    real = pipeline.parse_all

    def flaky(articles, **kw):
        for parsed in real(articles, **kw):
            if parsed.article.id == "a17":
                raise RuntimeError("boom")
            yield parsed

    monkeypatch.setattr(pipeline, "parse_all", flaky)
    kg = kgraph.build(corpus, tmp_path / "out", incremental=False)
    ids = [e.article.id for e in kg.report.extractions]
    assert ids == [f"a{i:02d}" for i in range(20) if i != 17]
    [problem] = kg.report.problems
    assert problem.code == "E100" and "a17.txt" in problem.message and "boom" in problem.message


def test_an_extraction_crash_skips_only_that_article(tmp_path, monkeypatch):
    corpus = _small_corpus(tmp_path / "corpus", 4)
    real = pipeline.mentions_of

    def flaky(parsed):
        if parsed.article.id == "a02":
            raise KeyError("bad")
        return real(parsed)

    monkeypatch.setattr(pipeline, "mentions_of", flaky)
    kg = kgraph.build(corpus, tmp_path / "out", incremental=False)
    assert [e.article.id for e in kg.report.extractions] == ["a00", "a01", "a03"]
    [problem] = kg.report.problems
    assert problem.code == "E110" and "a02.txt" in problem.message
