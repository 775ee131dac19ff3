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
import json
from pathlib import Path

from kgraph.corpus.dates import DateInfo, find_date
from kgraph.corpus.piece import Note, Piece
from kgraph.dates import find_dateline
from kgraph.errors import make_problem
from kgraph.language import UNDETERMINED, detect_language
from kgraph.model import Article, Problem

__all__ = ["make_article", "text_digest", "DATE_KEY", "DATELINE_KEY"]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


# The keys a memo (``make_article``'s ``languages``) keeps, beside text digest -> language, for what
# the top of a text says of its date: digest + DATE_KEY, and digest + DATELINE_KEY + language.
DATE_KEY, DATELINE_KEY = "#date", "#dateline:"


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _top_date(text: str, digest: str, memo: dict[str, str] | None) -> DateInfo:
    """:func:`find_date` of the text, kept in ``memo`` by its digest (an unchanged text is not read again)."""
    key = digest + DATE_KEY
    known = memo.get(key) if memo is not None else None
    if known is not None:
        day, precision, body_start, bad = json.loads(known)
        return DateInfo(_day(day), precision, body_start, bad)
    info = find_date(text)
    if memo is not None:
        memo[key] = json.dumps([info.date.isoformat() if info.date else None, info.precision, info.body_start,
                                info.bad_marker])
    return info


def _dateline_date(text: str, digest: str, lang: str, start: int, memo: dict[str, str] | None) -> dt.date | None:
    """The date of the text's dateline (:func:`find_dateline`), kept in ``memo`` by digest and language."""
    key = f"{digest}{DATELINE_KEY}{lang}"
    known = memo.get(key) if memo is not None else None
    if known is not None:
        return _day(known)
    dateline = find_dateline(text, lang, start)
    day = dateline.date if dateline is not None else None
    if memo is not None:
        memo[key] = day.isoformat() if day else ""
    return day


def _date(piece: Piece, info: DateInfo, lang: str, digest: str,
          memo: dict[str, str] | None) -> tuple[dt.date | None, str]:
    meta = piece.meta
    if meta.published is not None:
        return meta.published, "day"
    if info.date is not None:
        return info.date, info.precision
    day = _dateline_date(piece.text, digest, lang, info.body_start, memo)
    if day is not None:
        return day, "day"
    return meta.captured, "day"


def make_article(piece: Piece, path: Path, article_id: str, name: str,
                 languages: dict[str, str] | None = None) -> tuple[Article, list[Problem]]:
    """The article of ``piece`` and its warnings, each naming ``name`` (the file, and the record).

    ``languages``: text digest → detected language, consulted before detecting and filled after
    (and so is what the top of the text says of its date, under the digest and :data:`DATE_KEY`
    or :data:`DATELINE_KEY`: a memo kept between builds spares reading an unchanged text again).
    """
    notes = list(piece.notes)
    digest = text_digest(piece.text)
    info = _top_date(piece.text, digest, languages)
    if info.bad_marker:
        notes.append(Note("W033", {"marker": info.bad_marker}))
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
    date, precision = _date(piece, info, lang, digest, languages)
    article = Article(
        id=article_id, path=path, text=piece.text, lang=lang, date=date, date_precision=precision,
        body_start=info.body_start, encoding=piece.encoding, sha256=digest, meta=piece.meta,
        record=piece.record,
    )
    return article, [make_problem(n.code, path, name=name, **n.fields) for n in notes]
