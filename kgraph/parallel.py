"""Extraction over many processes, or over a dask.distributed cluster.

Articles are sorted as the serial build sorts them (language, then id), cut into chunks that each
worker parses as one batch, and the results are put back in that order, so the graph is
byte-identical to the serial build's. With several jobs, this process first extracts one article of
each language itself (which loads that language's pipeline and everything it reads lazily), then
forks the workers (:class:`ExtractionPool`): they start with the models loaded, shared copy-on-write,
instead of loading them again each (~5-15 s a process). Inside :func:`resident_pool` (the
``--watch`` process) the workers stay up from one build to the next. With one job, a large corpus
is still extracted in one spawned worker process: the language models (~0.5 GB) then never load
into the building process, and the exports and views that follow have that memory.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager

from kgraph.errors import KgraphError
from kgraph.model import Article, ArticleExtraction, Problem

__all__ = ["resolve_jobs", "chunked", "extract_chunk", "extract_articles", "ExtractionPool", "resident_pool"]

Progress = Callable[[str, int, int], None]
ChunkResult = tuple[list[ArticleExtraction], list[Problem]]  # kgraph.extract.Extracted
MAX_CHUNK = 32
IN_PROCESS_MAX = 500  # with one job, fewer articles are extracted in this process (no worker to start)
# ``jobs=None`` (the default): every core from this many articles to extract, one process below it.
# The workers fork after this process loaded the models (ExtractionPool), and the graphs' files and
# the views' pages are forked out too (kgraph.forked): on 240 SlavicNER documents, 2 cores, a quiet
# machine, models warm, the whole build took 19.2-19.5 s with --jobs 2 and 28.8-29.3 s with one
# (it was 38.8 s vs 26.5 s when each worker loaded its models). Not measured below 240 articles:
# 200 keeps small corpora (the seeds, the tests) in one process.
PARALLEL_MIN = 200


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def resolve_jobs(jobs: int | None, articles: int = 0) -> int:
    """``0`` means every core (of this process's CPU affinity); ``None`` every core when
    ``articles`` (to extract) are :data:`PARALLEL_MIN` or more, else one; negative is an error."""
    if jobs is None:
        return _cores() if articles >= PARALLEL_MIN else 1
    if jobs < 0:
        raise KgraphError("E904", name="jobs", reason=f"must be 0 (all cores) or a positive number, not {jobs}")
    if jobs == 0:
        return _cores()
    return jobs


def serial_order(articles: Sequence[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.lang, a.id))


def chunked(articles: Sequence[Article], workers: int) -> list[list[Article]]:
    """Chunks of one language each, small enough that every worker gets several."""
    ordered = serial_order(articles)
    size = max(1, min(MAX_CHUNK, len(ordered) // max(1, workers * 4)))
    chunks: list[list[Article]] = []
    for article in ordered:
        if not chunks or len(chunks[-1]) >= size or chunks[-1][-1].lang != article.lang:
            chunks.append([])
        chunks[-1].append(article)
    return chunks


def extract_chunk(articles: list[Article]) -> ChunkResult:
    """Parse and extract one chunk (runs in a worker); problems are returned, not raised."""
    from kgraph.extract import extract_all

    return extract_all(articles)


def _collect(results: list[ChunkResult | None]) -> ChunkResult:
    out: list[ArticleExtraction] = []
    problems: list[Problem] = []
    for result in results:
        assert result is not None
        out.extend(result[0])
        problems.extend(result[1])
    # the problems by file: the same list whatever the chunks and whichever articles this process took
    return sorted(out, key=lambda e: (e.article.lang, e.article.id)), sorted(problems, key=lambda p: (str(p.path), p.code))


def _cost(chunk: list[Article]) -> int:
    return sum(len(a.text) for a in chunk)


def _gather(futures: dict[Future, int], chunks: list[list[Article]], done: int, total: int,
            progress: Progress | None) -> list[ChunkResult | None]:
    results: list[ChunkResult | None] = [None] * len(chunks)
    for future in as_completed(futures):
        index = futures[future]
        results[index] = future.result()
        done += len(chunks[index])
        if progress:
            progress("extract", done, total)
    return results


def _by_cost(chunks: list[list[Article]]) -> list[int]:
    """The chunks' indexes, the longest texts first: the last chunk to finish is a short one."""
    return sorted(range(len(chunks)), key=lambda i: (-_cost(chunks[i]), i))


def _in_one_worker(chunks: list[list[Article]], total: int, progress: Progress | None) -> list[ChunkResult | None]:
    """One spawned worker (one job, a large corpus): the models never load into this process."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        futures = {pool.submit(extract_chunk, chunks[i]): i for i in range(len(chunks))}
        return _gather(futures, chunks, 0, total, progress)


class ExtractionPool:
    """Worker processes forked from this one once it has loaded the pipelines of the languages
    to extract, so that no worker loads a model again (they share this process's, copy-on-write).

    :meth:`extract` extracts the first article of each language not met before in this process
    (loading its pipeline and whatever the stages read on first use), then forks the workers if
    there were any such language (a pool forked before knows none of its models) and gives them
    the other articles, the longest chunks first. Kept open, the pool serves build after build
    (:func:`resident_pool`); :meth:`close` ends the workers.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._languages: set[str] = set()  # the languages this process had loaded when the workers forked

    @property
    def pids(self) -> list[int]:
        """The worker processes' ids (empty before the first fork)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return sorted(processes)

    def extract(self, articles: Sequence[Article], progress: Progress | None = None) -> ChunkResult:
        ordered = serial_order(articles)
        firsts = [a for i, a in enumerate(ordered) if a.lang not in self._languages
                  and (i == 0 or ordered[i - 1].lang != a.lang)]
        warm = extract_chunk(firsts) if firsts else ([], [])  # here: loads what the workers will share
        done = len(firsts)
        if progress and done:
            progress("extract", done, len(ordered))
        first_ids = {a.id for a in firsts}
        rest = [a for a in ordered if a.id not in first_ids]
        if not rest:
            return _collect([warm])
        if firsts or self._executor is None:
            self._fork({a.lang for a in firsts})
        assert self._executor is not None
        chunks = chunked(rest, self.workers)
        try:
            futures = {self._executor.submit(extract_chunk, chunks[i]): i for i in _by_cost(chunks)}
            results = _gather(futures, chunks, done, len(ordered), progress)
        except BaseException:
            self.close()  # a broken or interrupted pool is not reused
            raise
        return _collect([warm, *results])

    def _fork(self, languages: set[str]) -> None:
        self.close()
        self._languages |= languages
        # fork: the children start as copies of this process, models loaded; they run extraction only
        context = multiprocessing.get_context("fork")
        self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_resident: dict[int, ExtractionPool] | None = None  # inside resident_pool(): the open pools, by workers


@contextmanager
def resident_pool() -> Iterator[None]:
    """Within the block, the builds of this process reuse their worker processes (and the models
    they hold) instead of forking new ones each build; the workers end with the block."""
    global _resident
    if _resident is not None:  # nested: the outer block owns the pools
        yield
        return
    _resident = {}
    try:
        yield
    finally:
        pools, _resident = _resident, None
        for pool in pools.values():
            pool.close()


def _with_pool(articles: Sequence[Article], workers: int, progress: Progress | None) -> ChunkResult:
    if _resident is None:
        with ExtractionPool(workers) as pool:
            return pool.extract(articles, progress)
    pool = _resident.setdefault(workers, ExtractionPool(workers))
    return pool.extract(articles, progress)


def _with_dask(chunks: list[list[Article]], scheduler: object, total: int, progress: Progress | None) -> list[ChunkResult | None]:
    from distributed import Client
    from distributed import as_completed as dask_completed

    client = scheduler if isinstance(scheduler, Client) else Client(str(scheduler))
    try:
        futures = client.map(extract_chunk, chunks, pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        results: list[ChunkResult | None] = [None] * len(chunks)
        done = 0
        for future in dask_completed(futures):
            i = index[future.key]
            results[i] = future.result()
            done += len(chunks[i])
            if progress:
                progress("extract", done, total)
        return results
    finally:
        if client is not scheduler:
            client.close()


def extract_articles(articles: Sequence[Article], *, jobs: int | None = None, dask_scheduler: object | None = None,
                     progress: Progress | None = None) -> ChunkResult:
    """Every article's extraction, in serial-build order, and the problems met (failures)."""
    if not articles:
        return [], []
    if dask_scheduler is not None:
        chunks = chunked(articles, 8)
        return _collect(_with_dask(chunks, dask_scheduler, len(articles), progress))
    workers = resolve_jobs(jobs, len(articles))
    if len(articles) == 1 or (workers == 1 and len(articles) < IN_PROCESS_MAX):
        from kgraph.extract import extract_all

        extractions, problems = extract_all(list(articles), progress)
        return sorted(extractions, key=lambda e: (e.article.lang, e.article.id)), problems
    if workers == 1:  # many articles, one job: a worker process, whose models' memory is gone when it ends
        chunks = chunked(articles, 1)
        return _collect(_in_one_worker(chunks, len(articles), progress))
    return _with_pool(articles, workers, progress)
