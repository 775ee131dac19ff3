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


def _body(record, max_bytes: int) -> bytes | None:
    """The response's decoded payload (warcio's reads return a chunk at a time); None if too big."""
    stream, parts, size = record.content_stream(), [], 0
    while chunk := stream.read(65_536):
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return None
    return b"".join(parts)


def _piece(record, records, max_bytes: int) -> Piece | Failure:
    """The article of one response; its offset is asked for once its payload was read (warcio
    finds it by reading the record to its end)."""
    kind = _content_type(record)
    body = _body(record, max_bytes) if kind in _HTML_TYPES else None
    offset = records.get_record_offset()
    where, key = f"record at byte {offset}", f"byte{offset}"
    if kind not in _HTML_TYPES:
        return Failure("E023", where, {"kind": kind or "untyped"})
    if body is None:
        return Failure("E024", where, {"limit": max_bytes})
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

    count = 0
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle)
            for record in records:
                count += 1
                if record.rec_type == "response":
                    yield _piece(record, records, max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Failure("E022", f"after record {count}", {"reason": str(exc)[:200] or type(exc).__name__})
