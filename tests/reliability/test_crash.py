"""`kgraph build` killed with SIGKILL midway: the previous build in --out stays whole and usable."""
from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from reliability_corpus import (EXPORTS, answers, article_ids, cli_build, file_digest, load_graph,
                                recombined_corpus, subprocess_build)


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """A first successful build of 30 articles; the corpus then grows by 6 for the next build."""
    base = tmp_path_factory.mktemp("crash")
    corpus = recombined_corpus(base / "corpus", 30)
    out = base / "out"
    assert cli_build(corpus, out).exit_code == 0
    state = {"digests": {n: file_digest(out / n) for n in EXPORTS}, "answers": answers(out),
             "ids": article_ids(load_graph(out / "graph.ttl"))}
    recombined_corpus(base / "more", 36, seed=11)
    for path in sorted((base / "more").glob("*.txt"))[30:]:
        shutil.copy(path, corpus / f"new_{path.name}")
    snapshot = base / "snapshot"
    shutil.copytree(out, snapshot)
    return corpus, out, snapshot, state


def _kill_when(proc, out: Path, ready, deadline: float = 120.0) -> None:
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < deadline:
        if ready(out, time.monotonic() - started):
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"


def _export_started(out: Path, _elapsed: float) -> bool:
    return any(e.name.startswith(".graph.") for e in os.scandir(out))


def _extracting(out: Path, _elapsed: float) -> bool:
    return (out.parent / "extracting").exists()  # touched by the child as each extraction starts


def _restore(out: Path, snapshot: Path) -> None:
    shutil.rmtree(out)
    shutil.copytree(snapshot, out)


@pytest.mark.parametrize("moment", [_extracting, _export_started], ids=["extracting", "exporting"])
def test_killed_build_leaves_the_previous_build_whole(previous, moment):
    corpus, out, snapshot, state = previous
    _restore(out, snapshot)
    marker = out.parent / "extracting"
    marker.unlink(missing_ok=True)
    _kill_when(subprocess_build(corpus, out, "--no-cache", marker=marker), out, moment)
    for name in EXPORTS:  # each final name holds the previous file, or a whole new one
        if file_digest(out / name) != state["digests"][name]:
            assert moment is _export_started and name != "index.html", name
            if name != "index.html":
                assert len(article_ids(load_graph(out / name))) == len(state["ids"]) + 6
    for name in ("graph.ttl", "graph.trig"):
        if file_digest(out / name) == state["digests"][name]:
            assert article_ids(load_graph(out / name)) == state["ids"]
    assert answers(out) == state["answers"]  # the store is the previous one


def test_rebuild_after_a_kill_succeeds_and_equals_a_clean_build(previous, tmp_path):
    corpus, out, snapshot, state = previous
    _restore(out, snapshot)
    _kill_when(subprocess_build(corpus, out), out, _export_started)
    assert cli_build(corpus, out).exit_code == 0
    clean = cli_build(corpus, tmp_path / "clean", "--no-cache")
    assert clean.exit_code == 0
    for name in ("graph.ttl", "graph.trig"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    assert answers(out) == answers(tmp_path / "clean")
    assert len(answers(out)["articles"]) == len(state["ids"]) + 6
    assert not [e.name for e in os.scandir(out) if e.name.endswith(".tmp")]
