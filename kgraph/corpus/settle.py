"""From a format's ``Piece`` to an ``Article``: its date, its language and its digest.

The date is the metadata's publication date, else the crawl marker or date header at the top of
the text, else the text's dateline ("Вівторок, 5 січня 2021, 16:10", "KYIV, 3 May 2021 —", read
in the article's language), else the date a crawler captured the page. The language is the one the metadata
declares unless the text clearly contradicts it (``detect_language(..., declared=)``); without a
declared language it is detected.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from kgraph.corpus.dates import DateInfo, find_date
from kgraph.corpus.piece import Note, Piece
from kgraph.dates import find_dateline
from kgraph.errors import make_problem
from kgraph.language import UNDETERMINED, detect_language
from kgraph.model import Article, Problem

__all__ = ["make_article", "text_digest"]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _date(piece: Piece, info: DateInfo, lang: str) -> tuple[dt.date | None, str]:
    meta = piece.meta
    if meta.published is not None:
        return meta.published, "day"
    if info.date is not None:
        return info.date, info.precision
    dateline = find_dateline(piece.text, lang, info.body_start)
    if dateline is not None and dateline.date is not None:
        return dateline.date, "day"
    return meta.captured, "day"


def make_article(piece: Piece, path: Path, article_id: str, name: str,
                 languages: dict[str, str] | None = None) -> tuple[Article, list[Problem]]:
    """The article of ``piece`` and its warnings, each naming ``name`` (the file, and the record).

    ``languages``: text digest → detected language, consulted before detecting and filled after.
    """
    notes = list(piece.notes)
    info = find_date(piece.text)
    if info.bad_marker:
        notes.append(Note("W033", {"marker": info.bad_marker}))
    digest = text_digest(piece.text)
    declared = piece.meta.language
    lang = languages.get(digest) if languages is not None and not declared else None
    if lang is None:
        lang = detect_language(piece.text[info.body_start:], declared=declared or None)
        if languages is not None and not declared:
            languages[digest] = lang
    if declared and lang != declared:
        notes.append(Note("W039", {"declared": declared, "detected": lang}))
    if lang == UNDETERMINED:
        notes.append(Note("W034"))
    date, precision = _date(piece, info, lang)
    article = Article(
        id=article_id, path=path, text=piece.text, lang=lang, date=date, date_precision=precision,
        body_start=info.body_start, encoding=piece.encoding, sha256=digest, meta=piece.meta,
        record=piece.record,
    )
    return article, [make_problem(n.code, path, name=name, **n.fields) for n in notes]
