"""Work forked after extraction (kgraph.forked): results in order, and the same build bytes."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kgraph.forked import _ranges, can_fork, fork_map

ROOT = Path(__file__).resolve().parent.parent


def test_results_come_in_index_order_from_other_processes():
    table = [f"item {i}" for i in range(50)]  # in memory before the fork: the workers read their copy
    found = fork_map(lambda i: (table[i], os.getpid()), len(table), 2, minimum=2, costs=[i % 7 + 1 for i in range(50)])
    assert [text for text, _ in found] == table
    if can_fork():
        assert os.getpid() not in {pid for _, pid in found}


def test_one_worker_few_items_or_another_thread_run_here():
    assert {pid for pid in fork_map(lambda i: os.getpid(), 10, 1)} == {os.getpid()}
    assert {pid for pid in fork_map(lambda i: os.getpid(), 3, 2, minimum=4)} == {os.getpid()}
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
        assert {pid for pid in fork_map(lambda i: os.getpid(), 10, 2, minimum=2)} == {os.getpid()}
    finally:
        stop.set()
        thread.join()


def test_ranges_cover_every_index_once_in_order():
    costs = [1, 50, 1, 1, 1, 30, 2, 2, 2, 2, 100, 1]
    ranges = _ranges(costs, 2)
    assert [i for r in ranges for i in r] == list(range(len(costs)))
    assert len(ranges) > 2


def _outputs(out: Path) -> dict[str, bytes]:
    names = ["graph.ttl", "graph.trig", "graph.jsonld", "graph.nif.ttl", "index.html"]
    pages = sorted(p.relative_to(out).as_posix() for p in (out / "entity").iterdir())
    return {name: (out / name).read_bytes() for name in names + pages}


_FORKED_BUILD = """
import os, sys
from pathlib import Path
import kgraph, kgraph.forked as forked, kgraph.output.graphs as graphs, kgraph.views.pages as pages
log = Path(sys.argv[2])
def logging(write, kind):
    def logged(path, data):
        with log.open("a") as out:
            out.write(f"{kind} {os.getpid()}\\n")
        return write(path, data)
    return logged
forked.FORK_MIN = 2  # the seed corpus's few graphs and pages are forked out
graphs._write = logging(graphs._write, "graph")
graphs._write_new = logging(graphs._write_new, "graph")  # a clean build's private folder
pages._write_page = logging(pages._write_page, "page")
kgraph.build(sys.argv[1], sys.argv[3], jobs=2, incremental=False)
print(os.getpid())
"""


@pytest.mark.slow
def test_graphs_and_pages_made_in_forked_workers_give_the_serial_bytes(tmp_path):
    import subprocess
    import sys

    import kgraph

    kgraph.build(ROOT / "corpus", tmp_path / "serial", incremental=False)
    log = tmp_path / "pids.txt"
    # a fresh process: this one may run threads of other tests (then nothing is forked, rightly)
    done = subprocess.run([sys.executable, "-c", _FORKED_BUILD, str(ROOT / "corpus"), str(log), str(tmp_path / "forked")],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    parent = done.stdout.split()[-1]
    writes = [line.split() for line in log.read_text().splitlines()]
    assert _outputs(tmp_path / "forked") == _outputs(tmp_path / "serial")
    assert {pid for kind, pid in writes if kind == "graph"} - {parent}  # graphs' files by workers...
    assert parent not in {pid for kind, pid in writes if kind == "graph"}  # ...all of them
    page_pids = {pid for kind, pid in writes if kind == "page"}
    assert parent in page_pids and len(page_pids) >= 2  # the overview and lists here, the detail pages by workers


@pytest.mark.slow
def test_an_incremental_rebuild_with_forked_pages_skips_unchanged_pages(tmp_path, monkeypatch):
    import kgraph
    import kgraph.forked as forked
    import kgraph.views.pages as pages

    monkeypatch.setattr(forked, "FORK_MIN", 2)
    kgraph.build(ROOT / "corpus", tmp_path / "out", jobs=2)
    first = _outputs(tmp_path / "out")
    log = tmp_path / "page-pids.txt"
    monkeypatch.setattr(pages, "_write_page", _logging(pages._write_page, log))
    kgraph.build(ROOT / "corpus", tmp_path / "out", jobs=2)
    assert _outputs(tmp_path / "out") == first
    assert not log.exists()  # nothing changed: no page drawn, here or in a worker


def _logging(write, log: Path):
    def logged(path, data):
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return write(path, data)
    return logged
