"""What of an article's text a reader sees: not the crawl marker or date header the corpus put on top.

The graph keeps the text whole (the NIF offsets count from its first character); the pages start
it where :func:`kgraph.corpus.dates.find_date` says the body begins, and a sentence that begins
inside the header is shown from the body on.
"""
from __future__ import annotations

from kgraph.corpus.dates import find_date
from kgraph.views.data import ArticleView, Evidence

__all__ = ["body_start", "evidence_text"]

_STARTS: dict[tuple[str, int], int] = {}


def body_start(article: ArticleView) -> int:
    """Where the article's body begins: after a leading crawl marker or date header, else 0."""
    key = (article.iri, len(article.text))
    found = _STARTS.get(key)
    if found is None:
        found = _STARTS[key] = find_date(article.text[:2000]).body_start
    return found


def evidence_text(evidence: Evidence, article: ArticleView) -> str:
    """The sentence as a reader reads it: its anchor (or the article's slice), the header cut off."""
    text = evidence.text or article.text[evidence.begin:evidence.end]
    start = body_start(article)
    if evidence.begin < start and text == article.text[evidence.begin:evidence.end]:
        text = article.text[start:evidence.end]
    return text.strip()
