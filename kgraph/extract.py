"""One article's extraction, in this process: parse (the language pipelines), mentions, facts.

:mod:`kgraph.pipeline` and the workers of :mod:`kgraph.parallel` both call :func:`extract_all`; it
returns the problems it met with the extractions (nothing is passed in to be filled).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from kgraph.blas import one_blas_thread
from kgraph.errors import make_problem
from kgraph.facts import extract_facts
from kgraph.mentions import mentions_of
from kgraph.model import Article, ArticleExtraction, Problem
from kgraph.parse import ParsedArticle, length_limit, parse_all

__all__ = ["extract", "extract_all", "Extracted"]

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]  # (stage, done, total)
Extracted = tuple[list[ArticleExtraction], list[Problem]]  # (the extractions, what went wrong)

def extract(parsed: ParsedArticle) -> ArticleExtraction:
    """One article's sentences, mentions, and the facts, events and claims it states."""
    mentions = mentions_of(parsed)
    facts, events, claims = extract_facts(parsed, mentions)
    return ArticleExtraction(parsed.article, parsed.sentences, mentions, facts, events, claims)


def extract_all(articles: list[Article], progress: Progress | None = None) -> Extracted:
    """Every article's extraction, and what went wrong with any (one bad article never stops the others)."""
    with one_blas_thread():  # the models' small matrices: threads would only spin (kgraph.blas)
        return _extract_all(articles, progress)


def _extract_all(articles: list[Article], progress: Progress | None) -> Extracted:
    out: list[ArticleExtraction] = []
    problems: list[Problem] = []
    done = 0
    for item in _safe_parse(articles):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        done += 1
        try:
            out.append(extract(item))
        except Exception as exc:  # one bad article never stops the others
            log.exception("extraction failed for %s", item.article.path)
            problems.append(make_problem("E110", item.article.path, reason=repr(exc)))
        if progress:
            progress("extract", done, len(articles))
    return out, problems


def _safe_parse(articles: list[Article]) -> Iterator[ParsedArticle | Problem]:
    """Parse in batches; if a batch fails, parse the rest one by one to isolate the bad one.

    Each article is yielded at most once, parsed or as the problem that stopped it; texts over the
    pipeline's length limit are read in pieces, with a warning (W101) yielded first.
    """
    ordered = sorted(articles, key=lambda a: (a.lang, a.id))
    for article in ordered:
        if (limit := length_limit(article)) is not None:
            yield make_problem("W101", article.path, lang=article.lang, chars=len(article.text), limit=limit)
    done: set[str] = set()
    try:
        for parsed in parse_all(ordered):
            done.add(parsed.article.id)
            yield parsed
        return
    except Exception as exc:
        log.warning("batch parse failed (%r); parsing the rest one by one", exc)
    for article in ordered:
        if article.id in done:
            continue
        try:
            yield from parse_all([article])
        except Exception as exc:
            yield make_problem("E100", article.path, lang=article.lang, reason=repr(exc))
