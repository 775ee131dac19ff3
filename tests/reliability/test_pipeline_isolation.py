"""One article that breaks its language pipeline never costs the others, nor doubles them."""
from __future__ import annotations

from pathlib import Path

import kgraph
from kgraph import extract
from kgraph.lang import pipeline_for

FILLER = "the river was calm and the wind was low over the fields that evening. "


def _small_corpus(root: Path, count: int) -> Path:
    root.mkdir()
    for i in range(count):
        (root / f"a{i:02d}.txt").write_text(f"On day {i} Harriet Vane walked to York with a friend.\n", encoding="utf-8")
    return root


def test_over_long_article_is_read_in_pieces_with_a_warning_and_the_rest_built_once(tmp_path):
    corpus = _small_corpus(tmp_path / "corpus", 18)  # more than one parse batch before it
    tail = "Late that night Harold Finch drove from York to Leeds.\n"
    (corpus / "b_huge.txt").write_text("On Monday Harold Finch walked to York.\n\n" + FILLER * 200 + "\n\n" + tail,
                                       encoding="utf-8")
    nlp = pipeline_for("en")
    before, nlp.max_length = nlp.max_length, 4000  # the real pipeline, a lower limit: the same code path
    try:
        kg = kgraph.build(corpus, tmp_path / "out", incremental=False)
    finally:
        nlp.max_length = before
    ids = [e.article.id for e in kg.report.extractions]
    assert ids == sorted({f"a{i:02d}" for i in range(18)} | {"b_huge"})  # each once, none lost
    assert not [p for p in kg.report.problems if p.skipped]
    [problem] = kg.report.problems
    assert problem.code == "W101" and "b_huge.txt" in problem.message and "pieces" in problem.message
    [huge] = [e for e in kg.report.extractions if e.article.id == "b_huge"]
    start = len(huge.article.text) - len(tail)
    late = [m for m in huge.mentions if m.begin >= start]
    assert {m.text for m in late} >= {"Harold Finch", "Leeds"}  # the last piece, far past the limit
    assert all(huge.article.text[m.begin:m.end] == m.text for m in huge.mentions)


def test_a_pipeline_crash_mid_batch_skips_only_that_article(tmp_path, monkeypatch):
    corpus = _small_corpus(tmp_path / "corpus", 20)
    real = extract.parse_all

    def flaky(articles, **kw):
        for parsed in real(articles, **kw):
            if parsed.article.id == "a17":
                raise RuntimeError("boom")
            yield parsed

    monkeypatch.setattr(extract, "parse_all", flaky)
    kg = kgraph.build(corpus, tmp_path / "out", incremental=False)
    ids = [e.article.id for e in kg.report.extractions]
    assert ids == [f"a{i:02d}" for i in range(20) if i != 17]
    [problem] = kg.report.problems
    assert problem.code == "E100" and "a17.txt" in problem.message and "boom" in problem.message


def test_an_extraction_crash_skips_only_that_article(tmp_path, monkeypatch):
    corpus = _small_corpus(tmp_path / "corpus", 4)
    real = extract.mentions_of

    def flaky(parsed):
        if parsed.article.id == "a02":
            raise KeyError("bad")
        return real(parsed)

    monkeypatch.setattr(extract, "mentions_of", flaky)
    kg = kgraph.build(corpus, tmp_path / "out", incremental=False)
    assert [e.article.id for e in kg.report.extractions] == ["a00", "a01", "a03"]
    [problem] = kg.report.problems
    assert problem.code == "E110" and "a02.txt" in problem.message
