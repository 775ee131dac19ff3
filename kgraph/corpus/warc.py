"""WARC archives (``.warc``, ``.warc.gz``), read with warcio: each HTML response an article.

The record's ``WARC-Target-URI`` is the article's URL when the page names none, its
``WARC-Date`` (the capture) the date when the page gives none. Requests, metadata and other
non-response records say nothing about articles and are passed over; a response that is not an
HTML page (an image, a script) is reported (E023). A record is found again by its byte offset.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from kgraph.corpus.meta import domain_of, merge_meta
from kgraph.corpus.page import page_piece
from kgraph.corpus.piece import Failure, Piece
from kgraph.model import ArticleMeta

__all__ = ["warc_pieces"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _capture_date(value: str | None) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat((value or "").replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _content_type(record) -> str:
    header = record.http_headers.get_header("Content-Type") if record.http_headers else None
    return (header or "").split(";")[0].strip().lower()


def _piece(record, offset: int, max_bytes: int) -> Piece | Failure:
    where, key = f"record at byte {offset}", f"byte{offset}"
    kind = _content_type(record)
    if kind not in _HTML_TYPES:
        return Failure("E023", where, {"kind": kind or "untyped"})
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Failure("E021", where)
    found = page_piece(body, record=where, key=key)
    if isinstance(found, Failure):
        return found
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    capture = ArticleMeta(url=uri, domain=domain_of(uri), publisher=domain_of(uri),
                          captured=_capture_date(record.rec_headers.get_header("WARC-Date")))
    return replace(found, meta=merge_meta(found.meta, capture))


def warc_pieces(path: Path, max_bytes: int) -> Iterator[Piece | Failure]:
    """Every HTML response of the archive, in order; the damage that ends a broken archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offset = 0
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle)
            for record in records:
                offset = records.get_record_offset()
                if record.rec_type == "response":
                    yield _piece(record, offset, max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Failure("E022", f"record at byte {offset}", {"reason": str(exc) or type(exc).__name__})
