"""Language pipelines over articles: Article → ParsedArticle (a spaCy Doc over the same text)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from kgraph.model import Article, Sentence
from kgraph.lang import pipeline_for

__all__ = ["ParsedArticle", "parse", "parse_all", "length_limit"]


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    doc: Doc

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The article's sentences (after any crawl marker), with offsets in its text (computed
        once: the facts stage and the extraction both read them)."""
        out = []
        for sent in self.doc.sents:
            raw = self.article.text[sent.start_char:sent.end_char]  # the doc's text may differ (nlp_text)
            text = raw.strip()
            if not text or sent.end_char <= self.article.body_start:
                continue
            begin = sent.start_char + (len(raw) - len(raw.lstrip()))
            out.append(Sentence(self.article.id, begin, begin + len(text), text))
        return out


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # every BMP letter has a name in unicodedata


def _unnamed_letter(match: re.Match[str]) -> str:
    """U+FFFD for a letter Python's unicodedata cannot name (Tangut, Khitan…), else the letter.

    pymorphy (the Russian pipeline) looks up the name of every letter and raises on these.
    """
    char = match.group()
    return "\ufffd" if char.isalpha() and unicodedata.name(char, None) is None else char


def nlp_text(article: Article) -> str:
    """The text the pipelines see: the crawl marker blanked out and letters no library can name
    replaced, code point for code point, so every offset holds in the article's own text."""
    text = " " * article.body_start + article.text[article.body_start:]
    return _ASTRAL.sub(_unnamed_letter, text)


def length_limit(article: Article) -> int | None:
    """The pipeline's character limit if ``article`` is over it (spaCy refuses such texts), else None."""
    limit = pipeline_for(article.lang).max_length
    return limit if len(article.text) > limit else None


def parse(article: Article) -> ParsedArticle:
    return ParsedArticle(article, pipeline_for(article.lang)(nlp_text(article)))


def parse_all(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ParsedArticle]:
    """Parse articles in order, batching those of one language through ``nlp.pipe``."""
    pending: list[Article] = []
    for article in articles:
        if pending and pending[-1].lang != article.lang:
            yield from _flush(pending, batch_size)
            pending = []
        pending.append(article)
    yield from _flush(pending, batch_size)


def _flush(articles: list[Article], batch_size: int) -> Iterator[ParsedArticle]:
    if not articles:
        return
    nlp = pipeline_for(articles[0].lang)
    docs = nlp.pipe((nlp_text(a) for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs):
        yield ParsedArticle(article, doc)
