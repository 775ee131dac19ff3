"""The build, end to end: corpus → pipelines → mentions → entities → facts → graph → exports.

Each stage is a function of the previous one's output; this module only wires them and keeps
the account (what was built, what was skipped and why).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Quad

from kgraph.corpus import read_corpus
from kgraph.extract import extract
from kgraph.resolve.events import MergedEvents, merge_events
from kgraph.facts.publisher import publisher_mentions
from kgraph.entities import resolve
from kgraph.gazetteer import Gazetteer
from kgraph.model import Article, ArticleExtraction, Entity, EntityRef, Problem
from kgraph.propagate import propagate_names
from kgraph.rdf.build import article_quads
from kgraph.rdf.facts import fact_quads
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import DEFAULT_BASE_IRI
from kgraph.resolve.parts import ResolveMemo, resolve_parts
from kgraph.resolve.refs import EntityRefs

__all__ = ["BuildResult", "ArticleGraphs", "extract", "build_graph", "run_build"]

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class ArticleGraphs:
    """The quads of every article's named graph, made one article at a time, in article order:
    a corpus's quads are never all in memory at once (the writers consume them graph by graph)."""

    extractions: list[ArticleExtraction]  # sorted by article id
    entity_of: dict[tuple[str, int, int], Entity]
    refs: EntityRefs
    merged: MergedEvents  # the events several articles report, one node each
    iris: Iris
    _described: dict[int, str] = field(default_factory=dict, repr=False)  # graph_context's entity descriptions
    extracted: dict[str, str] = field(default_factory=dict, repr=False)  # article id -> its ExtractionCache.key

    def __iter__(self) -> Iterator[tuple[str, list[Quad]]]:
        """(graph IRI, its quads) per article."""
        for extraction in self.extractions:
            yield self.iris.graph(extraction.article.id).value, self.quads_of(extraction)

    def __len__(self) -> int:
        return len(self.extractions)

    def quads_of(self, extraction: ArticleExtraction) -> list[Quad]:
        return [*article_quads(extraction, self.entity_of, self.iris),
                *fact_quads(extraction, self.refs, self.iris, self.merged)]

    def context_digest(self, extraction: ArticleExtraction) -> str:
        """A digest of everything :meth:`quads_of` reads for this article (:func:`kgraph.cache.graph_context`)."""
        from kgraph.cache import graph_context

        return graph_context(extraction, self.entity_of, self.refs, self.merged, self.iris.base, self._described,
                             self.extracted.get(extraction.article.id))

    def quads(self) -> Iterator[Quad]:
        """Every quad of every graph (for small corpora and tests: the writers go graph by graph)."""
        for _, quads in self:
            yield from quads


@dataclass(frozen=True)
class BuildResult:
    """What a build made, and what it had to leave out."""

    articles: list[Article]
    extractions: list[ArticleExtraction]
    entities: list[Entity]
    graphs: ArticleGraphs
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    triple_count: int = 0  # distinct triples of the union, once the exports have counted them
    graphs_reused: int = 0  # graphs an incremental build kept without making their quads again

    @property
    def mention_count(self) -> int:
        return sum(len(e.mentions) for e in self.extractions)


def build_graph(extractions: list[ArticleExtraction], *, iris: Iris, gazetteer: Gazetteer | None = None,
                merge_memo: dict[str, list] | None = None,
                resolve_memo: ResolveMemo | None = None) -> tuple[list[Entity], ArticleGraphs]:
    """Resolve entities across the corpus, merge the events several articles report, and give
    the quads of each article's graph (made on demand, one graph at a time). ``merge_memo``:
    the event merging of the last build, per kind of event (:func:`kgraph.resolve.events.merge_events`);
    ``resolve_memo``: the resolved parts of the last build (:mod:`kgraph.resolve.parts`)."""
    mentions = [m for e in extractions for m in e.mentions] + publisher_mentions(extractions)
    if resolve_memo is not None:
        entities = resolve_parts(mentions, gazetteer, resolve_memo)
    else:
        entities = resolve(mentions, gazetteer)
    entity_of = {(m.article_id, m.begin, m.end): entity for entity in entities for m in entity.mentions}
    refs = EntityRefs(entities, entity_of, gazetteer)

    def entity_key(article_id: str, ref: EntityRef) -> tuple[str, str] | None:
        entity, _ = refs.entity(article_id, ref)
        return (entity.key, entity.type.value) if entity is not None else None

    # one event node for the same happening reported by several articles (each report in its own graph)
    merged = merge_events(extractions, entity_key, merge_memo)
    ordered = sorted(extractions, key=lambda x: x.article.id)
    return entities, ArticleGraphs(ordered, entity_of, refs, merged, iris)


def run_build(corpus: Path, *, base_iri: str = DEFAULT_BASE_IRI, progress: Progress | None = None,
              jobs: int | None = None, dask_scheduler: object | None = None, cache_dir: Path | None = None,
              full: bool = False) -> BuildResult:
    """Everything but the writing: read, parse, extract, resolve (the quads are made as the
    writers ask for them, graph by graph).

    ``jobs`` processes extract in parallel (0: all cores; None: all cores for a large corpus,
    :func:`kgraph.parallel.resolve_jobs`), or a dask.distributed cluster does
    (``dask_scheduler``: its address or a Client). With ``cache_dir``, an article whose text and
    pipeline version are unchanged is taken from the cache instead of being re-extracted, and
    only the parts of the corpus that changed are resolved again (``full``: the whole corpus).
    """
    from kgraph.cache import ExtractionCache, LanguageMemo, MergeMemo, PropagationMemo, recall_pipeline_version
    from kgraph.parallel import PARALLEL_MIN, extract_articles, resolve_jobs

    started = time.perf_counter()
    if cache_dir is not None:  # the caches' key, remembered for the package's files
        recall_pipeline_version(cache_dir.parent)
    memo = LanguageMemo(cache_dir.parent) if cache_dir is not None else None
    # the files load in the processes a large corpus extracts in (forked only for many files)
    read = read_corpus(corpus, languages=memo.languages if memo else None, workers=resolve_jobs(jobs, PARALLEL_MIN))
    if memo is not None:
        memo.save(read.articles)
    problems = list(read.problems)
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    cached = {a.id: hit for a in read.articles if cache and (hit := cache.get(a)) is not None}
    todo = [a for a in read.articles if a.id not in cached]
    fresh, failed = extract_articles(todo, jobs=jobs, dask_scheduler=dask_scheduler, progress=progress)
    problems += failed
    if cache is not None:
        for extraction in fresh:
            cache.put(extraction)
        cache.prune(read.articles)
    keys = {a.id: cache.key(a) for a in read.articles} if cache is not None else None
    propagation = PropagationMemo(cache_dir.parent / "propagate.pickle", read=not full) if cache_dir is not None else None
    # the serial order (language, id): entity resolution sees mentions in the same order every time
    extractions = propagate_names(sorted([*cached.values(), *fresh], key=lambda e: (e.article.lang, e.article.id)),
                                  propagation.state if propagation is not None else None, keys)
    if propagation is not None and propagation.state.get("changed", True):
        propagation.save()
    merge_memo = MergeMemo(cache_dir.parent / "merge.json") if cache_dir is not None else None
    resolve_memo = None
    if merge_memo is not None and cache_dir is not None:  # valid for the same code and data
        resolve_memo = ResolveMemo(cache_dir.parent / "resolve.pickle", merge_memo.version, read=not full)
    entities, graphs = build_graph(extractions, iris=Iris(base_iri), gazetteer=Gazetteer.load(),
                                   merge_memo=merge_memo.kinds if merge_memo is not None else None,
                                   resolve_memo=resolve_memo)
    if merge_memo is not None:
        merge_memo.save()
    if keys is not None:  # each extraction is its key's (propagation adds mentions only)
        graphs.extracted = keys
    return BuildResult(read.articles, graphs.extractions, entities, graphs, problems, time.perf_counter() - started)
