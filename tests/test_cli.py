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


OFFSETS = "SELECT ?s ?b ?text WHERE { ?s nif:beginIndex ?b ; nif:referenceContext/nif:isString ?text } ORDER BY ?s"


def _rdflib_rows(body: str, fmt: str) -> list[tuple[str, ...]]:
    """The rows as rdflib's own SPARQL results parser reads them (a second, independent reader)."""
    from rdflib.query import Result

    result = Result.parse(io.BytesIO(body.encode("utf-8")), format=fmt)
    return [tuple(str(row[v]) for v in result.vars) for row in result]


def test_csv_and_tsv_results_are_the_w3c_formats(small_build):
    """NIF string IRIs hold commas (#char=0,12) and the article texts newlines: CSV quotes them,
    TSV writes terms in N-Triples syntax; both parse back to the rows JSON gives, with no blank line."""
    _, out, _ = small_build
    data = json.loads(runner.invoke(app, ["query", OFFSETS, "--data", str(out), "-f", "json"]).stdout)
    expected = [tuple(b[v]["value"] for v in ("s", "b", "text")) for b in data["results"]["bindings"]]
    assert any("," in row[0] for row in expected) and any("\n" in row[2] for row in expected)
    csv_text = runner.invoke(app, ["query", OFFSETS, "--data", str(out), "-f", "csv"]).stdout_bytes.decode("utf-8")
    assert [tuple(r) for r in csv.reader(io.StringIO(csv_text, newline=""))][1:] == expected
    assert not csv_text.endswith("\r\n\n") and csv_text.endswith("\r\n")
    assert _rdflib_rows(csv_text, "csv") == expected
    tsv_text = runner.invoke(app, ["query", OFFSETS, "--data", str(out), "-f", "tsv"]).stdout_bytes.decode("utf-8")
    assert tsv_text.splitlines()[0] == "?s\t?b\t?text" and not tsv_text.endswith("\n\n")
    assert _rdflib_rows(tsv_text, "tsv") == expected


def _error_of(result) -> str:
    return " ".join(result.output.split())  # rich wraps long lines


def test_a_syntax_error_points_at_the_line_and_column_of_the_query(small_build):
    _, out, _ = small_build
    query = "SELECT ?a WHERE {\n  ?a a schema:NewsArticle .\n  FILTER (?a = ) }"
    result = runner.invoke(app, ["query", query, "--data", str(out)])
    assert result.exit_code == 2
    assert "line 3, column" in _error_of(result) and "FILTER (?a = ) }" in _error_of(result)


def test_an_unknown_prefix_is_named(small_build):
    _, out, _ = small_build
    result = runner.invoke(app, ["query", "SELECT ?a WHERE { ?a dc:title ?t }", "--data", str(out)])
    message = _error_of(result)
    assert result.exit_code == 2 and "prefix dc: is not declared" in message and "\\u{" not in message


def test_an_update_is_refused_as_an_update(small_build):
    _, out, _ = small_build
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "PREFIX ex: <urn:ex:>\nDELETE WHERE { ?s ex:p ?o }"):
        result = runner.invoke(app, ["query", update, "--data", str(out)])
        assert result.exit_code == 2 and "updates are refused" in _error_of(result), update


def test_ask_prints_the_answer(small_build):
    _, out, _ = small_build
    assert runner.invoke(app, ["query", "ASK { ?a a schema:NewsArticle }", "--data", str(out)]).stdout.strip() == "true"
    assert runner.invoke(app, ["query", "ASK { ?a a schema:Nothing }", "--data", str(out)]).stdout.strip() == "false"


def test_version():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"kgraph {version('kgraph')}"


def test_an_empty_corpus_writes_no_build_and_leaves_a_previous_one(small_build, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["build", str(empty), "--out", str(tmp_path / "new"), "--quiet"])
    assert result.exit_code == 1 and "E002" in result.output and not (tmp_path / "new").exists()
    _, out, _ = small_build
    before = (out / "graph.ttl").read_bytes()
    assert runner.invoke(app, ["build", str(empty), "--out", str(out), "--quiet"]).exit_code == 1
    assert (out / "graph.ttl").read_bytes() == before
    assert runner.invoke(app, ["query", "ASK { ?a a schema:NewsArticle }", "--data", str(out)]).stdout.strip() == "true"
