"""The command line, through typer's CliRunner: help, exit codes, output formats."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from kgraph.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "a.txt").write_text("Yesterday Angela Kowalczyk met the mayor of Berlin in Warsaw. They talked about the weather and the trains.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Вчера Анна Ковальчик прилетела в Варшаву из Берлина.\n", encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--quiet"])
    return corpus, out, result


def test_help_everywhere():
    for args in ([], ["--help"], ["build", "--help"], ["query", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code in (0, 2) and "Usage" in result.output


def test_build_reports_the_bad_file_by_name_and_builds_the_others(small_build):
    _, out, result = small_build
    assert result.exit_code == 0, result.output
    assert "broken.txt" in result.output
    assert (out / "graph.ttl").exists() and (out / "index.html").exists()


def test_strict_build_exits_1_when_a_file_was_skipped(small_build, tmp_path):
    corpus, _, _ = small_build
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path), "--quiet", "--strict"])
    assert result.exit_code == 1


def test_missing_corpus_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "nowhere" in result.output


QUERY = "SELECT ?id ?lang WHERE { ?a a schema:NewsArticle ; schema:identifier ?id ; schema:inLanguage ?lang } ORDER BY ?id"


def test_query_as_table_csv_and_json(small_build):
    _, out, _ = small_build
    table = runner.invoke(app, ["query", QUERY, "--data", str(out)])
    assert table.exit_code == 0 and "ru" in table.output
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["query", QUERY, "--data", str(out), "--format", "csv"]).stdout)))
    assert [(r["id"], r["lang"]) for r in rows] == [("a", "en"), ("b", "ru")]
    data = json.loads(runner.invoke(app, ["query", QUERY, "--data", str(out), "-f", "json"]).stdout)
    assert [b["lang"]["value"] for b in data["results"]["bindings"]] == ["en", "ru"]


def test_query_from_a_file_and_bad_queries(small_build, tmp_path):
    _, out, _ = small_build
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?e a schema:Person }", encoding="utf-8")
    assert runner.invoke(app, ["query", f"@{rq}", "--data", str(out), "-f", "json"]).exit_code == 0
    assert runner.invoke(app, ["query", "SELEKT nonsense", "--data", str(out)]).exit_code == 2
    assert runner.invoke(app, ["query", "@missing.rq", "--data", str(out)]).exit_code == 2
    assert runner.invoke(app, ["query", QUERY, "--data", str(tmp_path / "none")]).exit_code == 2
