"""The wheel ships everything a build needs: installed into a fresh folder, it builds the seeds
from another folder, with no source checkout on the path."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The project's wheel (pip wheel --no-deps), installed with pip install --no-deps --target."""
    wheels, target = tmp_path_factory.mktemp("wheel"), tmp_path_factory.mktemp("site")
    source = _source_copy(tmp_path_factory.mktemp("source"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True, cwd=wheels)
    wheel = next(wheels.glob("kgraph-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kgraph/ontology/gazetteer/countries.json", "kgraph/ontology/facts/triggers.json",
            "kgraph/lang/en/dates.json", "kgraph/lang/ru/events.json", "kgraph/lang/pl/pipeline.py"} <= names
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True, cwd=wheels)
    return target


def _source_copy(folder: Path) -> Path:
    """What the wheel is built from, copied (setuptools leaves build/ in the folder it builds)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, folder / name)
    for name in ("kgraph", "ontology"):
        shutil.copytree(ROOT / name, folder / name, symlinks=True, ignore=ignore)
    return folder


def _run(args: list[str], site: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_the_installed_wheel_builds_the_seeds_from_another_folder(installed, tmp_path):
    where = _run(["-c", "import kgraph, kgraph.resources as r; print(kgraph.__file__); print(r.ontology())"],
                 installed, tmp_path)
    assert where.returncode == 0, where.stderr
    module, ontology = where.stdout.split()
    assert Path(module).is_relative_to(installed) and Path(ontology).is_relative_to(installed)
    assert not (installed / "kgraph" / "ontology").is_symlink()  # real files, not the source tree's link
    out = tmp_path / "out"
    build = _run(["-m", "kgraph", "build", str(ROOT / "corpus"), "--out", str(out)], installed, tmp_path)
    assert build.returncode == 0, build.stdout + build.stderr
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "schema:NewsArticle" in graph and "nif:anchorOf" in graph
    assert (out / "graph.ttl").read_bytes() == _source_build(tmp_path)


def _source_build(tmp_path: Path) -> bytes:
    """graph.ttl of the same corpus built from the source tree (the wheel changes nothing)."""
    out = tmp_path / "source"
    build = _run(["-m", "kgraph", "build", str(ROOT / "corpus"), "--out", str(out)], ROOT, ROOT)
    assert build.returncode == 0, build.stdout + build.stderr
    return (out / "graph.ttl").read_bytes()
