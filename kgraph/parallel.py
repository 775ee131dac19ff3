"""Extraction over many processes, or over a dask.distributed cluster.

Articles are sorted as the serial build sorts them (language, then id), cut into chunks that each
worker parses as one batch, and the results are put back in that order, so the graph is
byte-identical to the serial build's. With several jobs, the workers fork from this process
before any model is loaded and each loads the pipelines of the languages it is given
(:class:`ExtractionPool`): the languages load in parallel, none in this process (a build that
loaded them all here before forking spent ~7 s of 240 documents' ~25 s alone). Inside
:func:`resident_pool` (the
``--watch`` process) the workers stay up from one build to the next. With one job, a large corpus
is still extracted in one spawned worker process: the language models (~0.5 GB) then never load
into the building process, and the exports and views that follow have that memory.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
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
    """Worker processes that each load the pipelines of the languages they are given, in
    parallel, instead of this process loading every one of them before forking (serial).

    The workers fork from this process, no model loaded, at the first :meth:`extract` (all at
    once, before any thread of the pool exists: :class:`_Worker` talks over one pipe each, no
    thread). The chunks (one language each, :func:`chunked`) go to the workers one at a time, as
    each becomes free (:class:`_Schedule`): a worker takes the chunks of the languages it has
    loaded, else the largest language no worker has taken yet (loading its pipeline then), else
    it shares a language another worker loaded when enough of it is left (more than twice
    :data:`LOAD_COST`). Which worker extracts what varies with timing; the extractions do not.
    Kept open, the pool serves build after build with the languages its workers loaded
    (:func:`resident_pool`); :meth:`close` ends the workers.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool: list[_Worker] = []

    @property
    def pids(self) -> list[int]:
        """The worker processes' ids (empty before the first fork)."""
        return sorted(w.pid for w in self._pool)

    def extract(self, articles: Sequence[Article], progress: Progress | None = None) -> ChunkResult:
        ordered = serial_order(articles)
        if not ordered:
            return [], []
        if not self._pool:
            self._fork()
        chunks = chunked(ordered, self.workers)
        try:
            results = _Schedule(self._pool, chunks).run(len(ordered), progress)
        except BaseException:
            self.close()  # a broken or interrupted pool is not reused
            raise
        return _collect(results)

    def _fork(self) -> None:
        from kgraph.gazetteer import Gazetteer

        # the one thing every language's pipeline and the resolution after extraction read (~1 s to
        # load): loaded here once and shared, instead of in every worker and here again after
        Gazetteer.load()
        context = multiprocessing.get_context("fork")  # the children start as copies of this process
        self._pool = [_Worker(context) for _ in range(self.workers)]

    def close(self) -> None:
        pool, self._pool = self._pool, []
        for worker in pool:
            worker.stop()

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# What loading one language's pipeline (and what its stages read on first use) costs, in
# characters of text extracted in the same time: ~0.4-3.5 s a language, ~30,000 characters a
# second (240 SlavicNER documents, 6 languages). A worker shares a language another has loaded
# only when more than twice this is left of it.
LOAD_COST = 60_000


def _serve(connection: Connection) -> None:
    """A worker's loop: extract each chunk sent, send back ("ok", result) or ("error", exception)."""
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if chunk is None:
            return
        try:
            reply: tuple[str, object] = ("ok", extract_chunk(chunk))
        except KeyboardInterrupt:
            return
        except BaseException as exc:  # noqa: B036  (sent to the building process, raised there)
            reply = ("error", exc)
        connection.send(reply)


class _Worker:
    """One forked worker process, its pipe, and the languages it has loaded."""

    def __init__(self, context: BaseContext) -> None:
        mine, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,), daemon=True)  # type: ignore[attr-defined]
        self.process.start()
        theirs.close()  # the worker's end: its death is this end's EOF
        self.connection: Connection = mine
        self.languages: set[str] = set()
        self.busy: int | None = None  # the index of the chunk it is extracting

    @property
    def pid(self) -> int:
        return int(self.process.pid or 0)

    def send(self, index: int, chunk: list[Article]) -> None:
        self.busy = index
        self.languages.add(chunk[0].lang)
        self.connection.send(chunk)

    def receive(self) -> ChunkResult:
        self.busy = None
        try:
            status, value = self.connection.recv()
        except EOFError:
            raise BrokenProcessPool(f"extraction worker {self.pid} ended unexpectedly") from None
        if status != "ok":
            raise value
        return value

    def stop(self) -> None:
        try:
            if self.busy is None:
                self.connection.send(None)
        except OSError:
            pass
        self.connection.close()
        self.process.join(timeout=5 if self.busy is None else 0)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


class _Schedule:
    """Which worker extracts which chunk, decided each time a worker is free (see :class:`ExtractionPool`)."""

    def __init__(self, pool: list[_Worker], chunks: list[list[Article]]) -> None:
        self.pool = pool
        self.chunks = chunks
        self.todo: dict[str, list[int]] = {}  # per language, its chunks not yet sent, the longest first
        for i in _by_cost(chunks):
            self.todo.setdefault(chunks[i][0].lang, []).append(i)

    def _left(self, lang: str) -> int:
        return sum(_cost(self.chunks[i]) for i in self.todo.get(lang, ()))

    def _next(self, worker: _Worker) -> int | None:
        """The chunk ``worker`` should extract next, or None (nothing left that is worth its loading)."""
        pending = [lang for lang, left in self.todo.items() if left]
        if not pending:
            return None
        own = [lang for lang in pending if lang in worker.languages]
        if own:
            lang = max(own, key=lambda g: (self._left(g), g))
        else:
            taken = {g for w in self.pool for g in w.languages}
            fresh = [lang for lang in pending if lang not in taken]
            shared = [lang for lang in pending if self._left(lang) > 2 * LOAD_COST]
            choice = fresh or shared
            if not choice:
                return None
            lang = max(choice, key=lambda g: (self._left(g), g))
        return self.todo[lang].pop(0)

    def _feed(self) -> None:
        for worker in self.pool:
            if worker.busy is None and (index := self._next(worker)) is not None:
                worker.send(index, self.chunks[index])

    def run(self, total: int, progress: Progress | None) -> list[ChunkResult | None]:
        results: list[ChunkResult | None] = [None] * len(self.chunks)
        done = 0
        self._feed()
        while any(w.busy is not None for w in self.pool):
            by_connection = {w.connection: w for w in self.pool if w.busy is not None}
            for ready in wait(list(by_connection)):
                worker = by_connection[ready]  # type: ignore[index]
                index = worker.busy
                assert index is not None
                results[index] = worker.receive()
                done += len(self.chunks[index])
                if progress:
                    progress("extract", done, total)
            self._feed()
        return results


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
        pending = dask_completed(futures)
        del futures  # each result is dropped on the cluster once taken (a worker would keep them all)
        results: list[ChunkResult | None] = [None] * len(chunks)
        done = 0
        for future in pending:
            i = index[future.key]
            results[i] = future.result()
            future.release()
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
