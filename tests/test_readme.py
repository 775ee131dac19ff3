"""Every `kgraph query` and `kgraph score` example in the README runs, against the seed build."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgraph.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = [line.strip() for line in README.splitlines() if re.match(r"\s*\.venv/bin/kgraph query ", line)]
SCORES = [line.strip() for line in README.splitlines() if re.match(r"\s*\.venv/bin/kgraph score ", line)]


def test_the_readme_has_query_examples():
    assert len(QUERIES) >= 2


@pytest.mark.parametrize("line", QUERIES)
def test_readme_query_example_runs(seed_build, line, monkeypatch):
    args = shlex.split(line.split("#")[0])[1:]
    args = [str(seed_build.out_dir) if a == "exports" else a for a in args]
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


@pytest.mark.parametrize("line", SCORES)
def test_readme_score_example_runs(seed_build, line, monkeypatch):
    args = [str(seed_build.out_dir) if a == "exports" else a for a in shlex.split(line.split("#")[0])[1:]]
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "summary: b3_f1" in result.stdout


def test_readme_python_example_runs(seed_build):
    block = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    *statements, last = block.replace('kgraph.build("corpus", "exports")', "seed").strip().splitlines()
    scope = {"seed": seed_build}
    exec(compile("\n".join(statements), "README.md", "exec"), scope)
    rows = eval(compile(last, "README.md", "eval"), scope)
    assert rows and all(set(row) == {"e", "label"} for row in rows)


SAMPLES = re.findall(r"```sh\n(\.venv/bin/kgraph query [^\n]*)\n```\n\n```text\n(.*?)```", README, re.S)


def test_the_readme_shows_sample_outputs():
    assert len(SAMPLES) >= 3


@pytest.mark.parametrize("line,shown", SAMPLES, ids=[s[0].split("/")[-1].split()[0] for s in SAMPLES])
def test_readme_sample_output_is_the_real_output(seed_build, line, shown, monkeypatch):
    """Each output the README shows is what the command prints on the seed build (a last line
    "…" stands for the rows left out)."""
    args = [str(seed_build.out_dir) if a == "exports" else a for a in shlex.split(line)[1:]]
    monkeypatch.chdir(ROOT)
    printed = CliRunner().invoke(app, args).stdout.splitlines()
    expected = shown.rstrip("\n").splitlines()
    if expected[-1] == "…":
        expected = expected[:-1]
        printed = printed[:len(expected)]
    assert printed == expected


def test_readme_links_stay_inside_the_repository():
    for target in re.findall(r"\]\(([^)#]+)", README):
        if "://" not in target:
            assert (ROOT / target).resolve().is_relative_to(ROOT) and (ROOT / target).exists(), target


def test_readme_says_how_each_store_gets_the_union_default_graph():
    """The cookbook queries the union of the article graphs: the README tells how to get it from
    Oxigraph, Fuseki and QLever when the graph is pushed there."""
    text = " ".join(README.split())
    assert "union" in text and "--union-default-graph" in text and "unionDefaultGraph" in text
    assert "QLever" in text and "Fuseki" in text and "Oxigraph" in text
