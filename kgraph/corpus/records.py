"""Crawler records as JSON: one record per ``.json`` file (or a list of them), or one per line
of a JSON Lines file (``.jsonl``, ``.jsonl.gz``), in news-please's or trafilatura's fields."""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kgraph.corpus.decode import is_blank
from kgraph.corpus.meta import meta_of_record, text_of_record
from kgraph.corpus.piece import Failure, Note, Piece

__all__ = ["json_pieces", "jsonl_pieces", "record_piece"]


def record_piece(record: Any, where: str, key: str) -> Piece | Failure:
    """The article of one decoded JSON value, or why it gives none."""
    if not isinstance(record, dict):
        return Failure("E020", where, {"reason": f"a JSON {type(record).__name__}, not an object"})
    text = text_of_record(record)
    if text is None or is_blank(text):
        return Failure("E020", where, {"reason": "no 'maintext' or 'text' field with text"})
    found = meta_of_record(record)
    notes = tuple(Note("W038", {"value": value}) for value in found.bad_dates)
    return Piece(text, found.meta, where, key, notes=notes)


def json_pieces(data: bytes) -> Iterator[Piece | Failure]:
    """A ``.json`` file: one record, or a list of records (``item N``)."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Failure("E019", "", {"reason": _reason(exc)})
        return
    if isinstance(value, list):
        for n, record in enumerate(value, 1):
            yield record_piece(record, f"item {n}", f"item{n}")
    else:
        yield record_piece(value, "", "")


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return str(exc)


def _lines(handle: BinaryIO | gzip.GzipFile, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; None for a line over ``max_bytes`` (its rest skipped)."""
    for number, line in enumerate(iter(lambda: handle.readline(max_bytes + 1), b""), 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def jsonl_pieces(path: Path, max_bytes: int) -> Iterator[Piece | Failure]:
    """A JSON Lines file, gzip-compressed when its name ends in ``.gz``: a record per line (blank
    lines skipped), each read on its own; a damaged archive stops at the damage."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, line in _lines(handle, max_bytes):
                yield from _line_piece(number, line, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure("E022", f"line {number + 1}", {"reason": str(exc) or type(exc).__name__})


def _line_piece(number: int, line: bytes | None, max_bytes: int) -> Iterator[Piece | Failure]:
    where = f"line {number}"
    if line is None:
        yield Failure("E019", where, {"reason": f"the line is over the size limit of {max_bytes:,} bytes"})
        return
    if not line.strip():
        return
    try:
        record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Failure("E019", where, {"reason": _reason(exc)})
        return
    yield record_piece(record, where, f"line{number}")
