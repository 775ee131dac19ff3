"""The scorer's two entries: ``python -m kgraph.evaluate`` and ``kgraph score``; output, errors, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgraph.cli import app

from .helpers import article, doc, turtle, write_gold

ENTITIES = {"Mara_Velin": {"type": "Person", "wikidata": None}, "Orsk": {"type": "Place", "wikidata": None}}


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    graph = tmp_path / "graph.ttl"
    graph.write_text(turtle(article("a", ("Mara Velin", "mara"), ("Velin", "mara")), "ex:mara a schema:Person ."),
                     encoding="utf-8")
    gold = write_gold(tmp_path / "gold", ENTITIES, doc("a.txt", "en", [("Mara_Velin", "Mara Velin"), ("Orsk", "Orsk")]))
    (gold / "broken.json").write_text("{", encoding="utf-8")
    return graph, gold


def _module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kgraph.evaluate", *args], capture_output=True, text=True)


def test_python_m_prints_json_figures_and_reports_the_bad_gold_file(pair: tuple[Path, Path]) -> None:
    done = _module(str(pair[0]), str(pair[1]), "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["mention_f1_en"] == 0.5 and figures["type_accuracy"] == 1.0  # P 1/2, R 1/2
    assert "E501 broken.json: not valid JSON" in done.stderr


def test_python_m_prints_a_table_and_the_misses(pair: tuple[Path, Path]) -> None:
    done = _module(str(pair[0]), str(pair[1]), "--verbose")
    assert "mentions en" in done.stdout and "gold 2 predicted 2" in done.stdout
    assert "missed mentions:\n  a: Orsk" in done.stdout and "spurious mentions:\n  a: Velin" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith("summary: b3_f1 1.0")


def test_python_m_exits_2_naming_an_unreadable_graph(pair: tuple[Path, Path], tmp_path: Path) -> None:
    bad = tmp_path / "cut.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/b>", encoding="utf-8")
    done = _module(str(bad), str(pair[1]))
    assert done.returncode == 2 and "E510" in done.stderr and "cut.ttl" in done.stderr and done.stdout == ""


def test_kgraph_score_gives_the_same_figures(pair: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["score", str(pair[0]), str(pair[1]), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout.strip().splitlines()[-1]) == json.loads(_module(str(pair[0]), str(pair[1]), "--json").stdout)


def test_kgraph_score_exits_2_without_a_gold_registry(pair: tuple[Path, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(pair[0]), str(tmp_path)])
    assert result.exit_code == 2 and "E500" in result.output and "entities.json" in result.output
