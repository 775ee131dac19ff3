"""Parallel (--jobs) and dask.distributed extraction: the same bytes as the serial build."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.model import Article
from kgraph.errors import KgraphError
from kgraph.parallel import chunked, resolve_jobs

ROOT = Path(__file__).resolve().parent.parent


def test_resolve_jobs():
    assert resolve_jobs(3) == 3 and resolve_jobs(0) >= 1
    with pytest.raises(KgraphError) as caught:
        resolve_jobs(-1)
    assert caught.value.code == "E904" and caught.value.exit_status == 2


def test_default_jobs_use_every_core_only_for_a_large_corpus(monkeypatch):
    import kgraph.parallel as parallel

    monkeypatch.setattr(parallel, "_cores", lambda: 4)
    assert resolve_jobs(None, parallel.PARALLEL_MIN) == 4 and resolve_jobs(None, 10_000) == 4
    assert resolve_jobs(None, parallel.PARALLEL_MIN - 1) == 1 and resolve_jobs(None) == 1
    assert resolve_jobs(1, 10_000) == 1 and resolve_jobs(0, 1) == 4  # an explicit figure is kept


def test_chunks_keep_the_serial_order_and_one_language_each():
    articles = [Article(f"a{i:02}", Path(f"a{i}.txt"), "x", lang) for i, lang in enumerate(["ru", "en", "pl"] * 10)]
    chunks = chunked(articles, 2)
    flat = [a for c in chunks for a in c]
    assert flat == sorted(articles, key=lambda a: (a.lang, a.id))
    assert all(len({a.lang for a in c}) == 1 for c in chunks) and len(chunks) >= 3


@pytest.fixture(scope="module")
def serial_ttl(tmp_path_factory) -> bytes:
    import kgraph

    out = tmp_path_factory.mktemp("serial")
    kgraph.build(ROOT / "corpus", out, incremental=False)
    return (out / "graph.ttl").read_bytes()


@pytest.mark.slow
def test_jobs_build_is_byte_identical(tmp_path, serial_ttl):
    from typer.testing import CliRunner

    from kgraph.cli import app

    result = CliRunner().invoke(app, ["build", str(ROOT / "corpus"), "--out", str(tmp_path), "--jobs", "2",
                                      "--no-cache", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.ttl").read_bytes() == serial_ttl


@pytest.mark.slow
def test_dask_build_is_byte_identical(tmp_path, serial_ttl):
    distributed = pytest.importorskip("distributed")
    import kgraph

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        kgraph.build(ROOT / "corpus", tmp_path, dask_scheduler=cluster.scheduler_address, incremental=False)
    assert (tmp_path / "graph.ttl").read_bytes() == serial_ttl


@pytest.mark.slow
def test_one_job_over_many_articles_extracts_in_a_worker_process(tmp_path, serial_ttl, monkeypatch):
    import kgraph
    import kgraph.parallel as parallel
    import kgraph.lang as registry

    monkeypatch.setattr(parallel, "IN_PROCESS_MAX", 2)  # the seed corpus counts as large
    monkeypatch.setattr(registry, "_LOADED", {})  # models this process loaded for other tests
    kgraph.build(ROOT / "corpus", tmp_path, incremental=False)
    assert (tmp_path / "graph.ttl").read_bytes() == serial_ttl
    assert registry._LOADED == {}  # no pipeline was loaded here


def _logging_loads(monkeypatch, log: Path) -> None:
    """Every pipeline build appends the pid of the process that made it to ``log`` (the forked
    workers inherit the patch, so a model loaded again in a worker shows its pid)."""
    import os

    import kgraph.lang as registry

    original = registry._build

    def logged(declared):
        with log.open("a") as out:
            out.write(f"{os.getpid()}:{declared.code}\n")
        return original(declared)

    monkeypatch.setattr(registry, "_LOADED", {})
    monkeypatch.setattr(registry, "_build", logged)


@pytest.mark.slow
def test_workers_load_their_languages_in_parallel_and_the_build_is_byte_identical(tmp_path, serial_ttl, monkeypatch):
    import os

    import kgraph

    log = tmp_path / "loads.txt"
    _logging_loads(monkeypatch, log)
    kgraph.build(ROOT / "corpus", tmp_path / "out", jobs=2, incremental=False)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == serial_ttl
    loads = [line.split(":") for line in log.read_text().split()]
    pids = {pid for pid, _ in loads}
    assert loads and str(os.getpid()) not in pids  # no model was loaded here
    assert len(pids) == 2  # each worker loaded some: the languages load in parallel
    languages = [lang for _, lang in loads]
    assert len(languages) == len(set(languages))  # a small corpus: each language in one worker only


class _Idle:
    """A stand-in for a worker: its loaded languages, free."""

    def __init__(self, *languages: str) -> None:
        self.languages, self.busy = set(languages), None


def _articles(lang: str, count: int, chars: int) -> list[Article]:
    return [Article(f"{lang}{i:03}", Path(f"{lang}{i}.txt"), "x" * chars, lang) for i in range(count)]


def test_each_worker_takes_a_language_of_its_own_while_there_are_some():
    from kgraph.parallel import _Schedule

    chunks = chunked([*_articles("pl", 8, 1000), *_articles("ru", 8, 2000), *_articles("uk", 8, 500)], 2)
    one, two = _Idle(), _Idle()
    schedule = _Schedule([one, two], chunks)  # type: ignore[list-item]
    first = schedule._next(one)
    one.languages.add(chunks[first][0].lang)
    second = schedule._next(two)
    assert chunks[first][0].lang == "ru" and chunks[second][0].lang == "pl"  # the largest first, one each
    two.languages.add("pl")
    while (index := schedule._next(one)) is not None and chunks[index][0].lang == "ru":
        pass
    assert index is not None and chunks[index][0].lang == "uk"  # its own language done: a new one, not pl
    assert all(chunks[i][0].lang == "pl" for i in schedule.todo["pl"])


def test_a_large_language_is_shared_a_small_one_is_not():
    from kgraph.parallel import LOAD_COST, _Schedule

    big = chunked(_articles("ru", 64, LOAD_COST // 8), 2)  # eight times the cost of loading it
    owner, other = _Idle("ru"), _Idle()
    assert _Schedule([owner, other], big)._next(other) is not None  # worth loading ru again
    small = chunked(_articles("ru", 8, LOAD_COST // 8), 2)  # one loading's worth left
    assert _Schedule([owner, other], small)._next(other) is None  # the other worker waits


@pytest.mark.slow
def test_a_resident_pool_serves_two_builds_with_the_same_workers(tmp_path, serial_ttl, monkeypatch):
    import os

    import kgraph
    import kgraph.parallel as parallel

    log = tmp_path / "loads.txt"
    _logging_loads(monkeypatch, log)
    workers: list[list[int]] = []
    extract = parallel.ExtractionPool.extract

    def noting(self, articles, progress=None):
        result = extract(self, articles, progress)
        workers.append(self.pids)
        return result

    monkeypatch.setattr(parallel.ExtractionPool, "extract", noting)
    with parallel.resident_pool():
        kgraph.build(ROOT / "corpus", tmp_path / "one", jobs=2, incremental=False)
        loads = log.read_text().split()
        kgraph.build(ROOT / "corpus", tmp_path / "two", jobs=2, incremental=False)
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == serial_ttl
    assert (tmp_path / "two" / "graph.ttl").read_bytes() == serial_ttl
    assert len(workers) == 2 and workers[0] and workers[0] == workers[1]  # the same processes
    assert log.read_text().split() == loads and str(os.getpid()) not in {line.split(":")[0] for line in loads}
    # nothing loaded again, nothing loaded here
    assert parallel._resident is None  # the block closed its pools
