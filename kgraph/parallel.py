"""Extraction over many processes, or over a dask.distributed cluster.

Articles are sorted as the serial build sorts them (language, then id), cut into chunks that each
worker parses as one batch, and the results are put back in that order, so the graph is
byte-identical to the serial build's. With one job, a large corpus is still extracted in one
worker process: the language models (~0.5 GB) then never load into the building process, and the
exports and views that follow have that memory. Each worker process loads its language pipelines lazily
(:func:`kgraph.lang.pipeline_for`), once.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from kgraph.errors import KgraphError
from kgraph.model import Article, ArticleExtraction, Problem

__all__ = ["resolve_jobs", "chunked", "extract_chunk", "extract_articles"]

Progress = Callable[[str, int, int], None]
ChunkResult = tuple[list[ArticleExtraction], list[Problem]]  # kgraph.extract.Extracted
MAX_CHUNK = 32
IN_PROCESS_MAX = 500  # with one job, fewer articles are extracted in this process (no worker to start)
# ``jobs=None`` (the default): every core from this many articles to extract, one process below it
# (each worker loads the models of its languages, ~5-15 s: a small corpus is done sooner alone; on
# 240 SlavicNER documents, 2 cores, a quiet machine, --jobs 2 took 38.8 s and one process 26.5 s)
PARALLEL_MIN = 2000


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
    return sorted(out, key=lambda e: (e.article.lang, e.article.id)), problems


def _with_pool(chunks: list[list[Article]], workers: int, total: int, progress: Progress | None) -> list[ChunkResult | None]:
    results: list[ChunkResult | None] = [None] * len(chunks)
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    done = 0
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context) as pool:
        futures = {pool.submit(extract_chunk, chunk): i for i, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            index = futures[future]
            results[index] = future.result()
            done += len(chunks[index])
            if progress:
                progress("extract", done, total)
    return results


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
    # many articles, even with one job: a worker process, whose models' memory is gone when it ends
    chunks = chunked(articles, workers)
    return _collect(_with_pool(chunks, workers, len(articles), progress))
