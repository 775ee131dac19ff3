"""Same corpus, same bytes: across runs, --jobs, file order, absolute paths, and cached rebuilds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reliability_corpus import GOOD, cli_build, recombined_corpus

FILES = ("graph.ttl", "graph.trig")


def _copy_reversed(src: Path, dst: Path) -> Path:
    """The same files, created in the opposite order (another directory order on most filesystems)."""
    dst.mkdir(parents=True)
    for path in sorted(src.iterdir(), reverse=True):
        shutil.copy(path, dst / path.name)
    return dst


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = recombined_corpus(tmp_path_factory.mktemp("det") / "corpus", 12)
    for name, text in GOOD.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("det-ref")
    assert cli_build(corpus, out, "--no-cache").exit_code == 0
    return {name: (out / name).read_bytes() for name in FILES}


def _assert_same(out: Path, reference: dict[str, bytes]) -> None:
    for name in FILES:
        assert (out / name).read_bytes() == reference[name], name


def test_two_runs(corpus, reference, tmp_path):
    assert cli_build(corpus, tmp_path, "--no-cache").exit_code == 0
    _assert_same(tmp_path, reference)


def test_jobs_2(corpus, reference, tmp_path):
    assert cli_build(corpus, tmp_path, "--no-cache", "--jobs", "2").exit_code == 0
    _assert_same(tmp_path, reference)


def test_other_order_and_absolute_path(corpus, reference, tmp_path):
    moved = _copy_reversed(corpus, tmp_path / "somewhere" / "else" / "entirely")
    assert cli_build(moved, tmp_path / "out", "--no-cache").exit_code == 0
    _assert_same(tmp_path / "out", reference)


def test_cached_rebuild_into_the_same_folder(corpus, reference, tmp_path):
    assert cli_build(corpus, tmp_path).exit_code == 0
    assert cli_build(corpus, tmp_path).exit_code == 0
    _assert_same(tmp_path, reference)


def test_other_processes_with_other_hash_seeds(corpus, reference, tmp_path):
    from reliability_corpus import subprocess_build

    procs = [(subprocess_build(corpus, tmp_path / seed, "--no-cache", hash_seed=seed), seed) for seed in ("1", "random")]
    for proc, seed in procs:
        assert proc.wait(timeout=300) == 0
        _assert_same(tmp_path / seed, reference)
