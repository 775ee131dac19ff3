"""Two `kgraph build` runs into one --out at the same time: the second waits or stops clearly,
and the folder holds one whole build."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kgraph
from kgraph.buildlock import BuildLocked, build_lock
from reliability_corpus import ROOT, _MARKED_CLI, article_ids, cli_build, load_graph, recombined_corpus


def _second_build(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph.cli", "build", str(corpus), "--out", str(out), "--quiet",
                           *extra], cwd=ROOT, capture_output=True, text=True, timeout=600)


def _first_build(corpus: Path, out: Path, marker: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _MARKED_CLI, str(marker), "build", str(corpus), "--out", str(out),
                             "--quiet", "--no-cache"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    started = time.monotonic()
    while not marker.exists():  # touched once the first build extracts: it holds the folder then
        assert proc.poll() is None and time.monotonic() - started < 300, "the first build ended too early"
        time.sleep(0.01)
    return proc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return recombined_corpus(tmp_path_factory.mktemp("concurrent") / "corpus", 24)


def test_a_second_build_into_the_same_folder_stops_clearly_and_the_first_is_whole(corpus, tmp_path):
    out = tmp_path / "out"
    first = _first_build(corpus, out, tmp_path / "extracting")
    second = _second_build(corpus, out)
    first.wait(timeout=600)
    assert first.returncode == 0, first.stdout.read().decode()
    assert second.returncode == 1, second.stdout + second.stderr
    message = " ".join((second.stdout + second.stderr).split())
    assert "E401" in message and str(out.name) in message and str(first.pid) in message
    clean = cli_build(corpus, tmp_path / "clean", "--no-cache")
    assert clean.exit_code == 0
    for name in ("graph.ttl", "graph.trig"):
        assert (out / name).read_bytes() == (clean.out / name).read_bytes(), name
    assert len(article_ids(load_graph(out / "graph.ttl"))) == 24


def test_a_second_build_given_wait_runs_after_the_first(corpus, tmp_path):
    out = tmp_path / "out"
    first = _first_build(corpus, out, tmp_path / "extracting")
    second = _second_build(corpus, out, "--wait", "600")
    first.wait(timeout=600)
    assert (first.returncode, second.returncode) == (0, 0), second.stdout + second.stderr
    clean = cli_build(corpus, tmp_path / "clean", "--no-cache")
    for name in ("graph.ttl", "graph.trig"):
        assert (out / name).read_bytes() == (clean.out / name).read_bytes(), name


def test_the_lock_goes_with_the_process_that_held_it(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from kgraph.buildlock import build_lock\n"
                               "with build_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(600)",
                               str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(BuildLocked) as caught:
        kgraph.build(ROOT / "corpus", tmp_path)
    assert caught.value.code == "E401" and str(holder.pid) in caught.value.message
    holder.kill()
    holder.wait()
    with build_lock(tmp_path, wait=5):  # killed: the kernel released its lock
        pass


def _run_then_sleep(running) -> None:
    running.set()
    time.sleep(30)


def test_a_process_forked_during_a_build_does_not_keep_its_lock(tmp_path):
    """--watch's resident extraction workers are forked inside a build and outlive it: the next
    build in the same folder must still get the lock."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    context = multiprocessing.get_context("fork")
    running = context.Event()
    with build_lock(tmp_path):
        child = context.Process(target=_run_then_sleep, args=(running,))
        child.start()
    assert running.wait(timeout=60)  # the child's fork hook has run: no race with a child slow to start
    try:
        with build_lock(tmp_path):  # raises BuildLocked while the child held the lock
            pass
    finally:
        child.kill()
        child.join()
