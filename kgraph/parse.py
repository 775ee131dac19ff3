"""Language pipelines over articles: Article → ParsedArticle (a spaCy Doc over the same text)."""
from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from kgraph.model import Article, Sentence
from kgraph.lang import pipeline_for

__all__ = ["ParsedArticle", "parse", "parse_all", "length_limit", "pieces"]


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
    """The pipeline's character limit if ``article`` is over it (it is then read in pieces), else None."""
    limit = pipeline_for(article.lang).max_length
    return limit if len(article.text) > limit else None


# Where a piece may end, best first: after a paragraph break, a line break, a sentence's end, a space.
_BREAKS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"),
           re.compile(r"[.!?…][\"'»”’)\]]*\s+"), re.compile(r"\s+"))


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at ``start`` ends: the last break of the best kind found in its
    second half (a piece is never under half the limit unless it is the last), else ``start + limit``."""
    end = start + limit
    if end >= len(text):
        return len(text)
    for pattern in _BREAKS:
        last = None
        for match in pattern.finditer(text, start + limit // 2, end):
            last = match.end()
        if last is not None and last > start:
            return last
    return end


def pieces(text: str, limit: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``limit`` characters that join back to it, cut
    after paragraph breaks where it can, else line breaks, sentence ends, spaces."""
    out, start = [], 0
    while start < len(text):
        end = _cut(text, start, limit)
        out.append(text[start:end])
        start = end
    return out


def _joined(docs: list[Doc]) -> Doc:
    """One Doc over the pieces' Docs: the same text, offsets over the whole, and the first piece's
    document-level extension values (spaCy's ``Doc.from_docs`` keeps only those of spans and tokens)."""
    if len(docs) == 1:
        return docs[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # W101: the doc-level values, set again below
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    for key, value in docs[0].user_data.items():
        if isinstance(key, tuple) and len(key) == 4 and key[2] is None and key[3] is None:
            doc.user_data[key] = value
    return doc


PIECE_CHARS = 100_000  # the pieces of an over-long text: spaCy's parser needs memory by the length it is given


def _doc(nlp: Language, text: str) -> Doc:
    """The pipeline's Doc of ``text``, read in pieces (one at a time) when it is over the pipeline's limit."""
    if len(text) <= nlp.max_length:
        return nlp(text)
    return _joined(list(nlp.pipe(pieces(text, min(nlp.max_length, PIECE_CHARS)), batch_size=1)))


def parse(article: Article) -> ParsedArticle:
    return ParsedArticle(article, _doc(pipeline_for(article.lang), nlp_text(article)))


def parse_all(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ParsedArticle]:
    """Parse articles in order, batching those of one language through ``nlp.pipe`` (an article
    over the pipeline's length limit is read on its own, in pieces)."""
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
    batch: list[Article] = []
    for article in articles:
        if len(article.text) <= nlp.max_length:
            batch.append(article)
            continue
        yield from _piped(nlp, batch, batch_size)
        batch = []
        yield ParsedArticle(article, _doc(nlp, nlp_text(article)))
    yield from _piped(nlp, batch, batch_size)


def _piped(nlp: Language, articles: list[Article], batch_size: int) -> Iterator[ParsedArticle]:
    docs = nlp.pipe((nlp_text(a) for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs):
        yield ParsedArticle(article, doc)
