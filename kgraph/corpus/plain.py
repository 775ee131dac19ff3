"""A ``.txt`` article: its bytes decoded (any encoding), an HTML page saved as text extracted,
and the metadata of a ``NAME.json`` sidecar beside ``NAME.txt`` (news-please's fields)."""
from __future__ import annotations

import json
from pathlib import Path

from kgraph.corpus.decode import DecodeFailure, decode_bytes, is_blank
from kgraph.corpus.files import Skip, read_bytes
from kgraph.corpus.html import looks_like_html
from kgraph.corpus.meta import RecordMeta, merge_meta, meta_of_record
from kgraph.corpus.page import page_piece
from kgraph.corpus.piece import Note, Piece
from kgraph.corpus.walk import SIDECAR_SUFFIX, article_stem
from kgraph.errors import make_problem
from kgraph.model import ArticleMeta

__all__ = ["text_piece", "sidecar_of", "MAX_SIDECAR_BYTES"]

MAX_SIDECAR_BYTES = 1_000_000


def sidecar_of(path: Path) -> Path:
    """Where the metadata of ``NAME.txt`` lives: ``NAME.json`` in the same folder."""
    return path.with_name(article_stem(path.name) + SIDECAR_SUFFIX)


def _sidecar(path: Path) -> tuple[RecordMeta | None, list[Note]]:
    """The sidecar's metadata (None when there is none) and what was wrong with it."""
    side = sidecar_of(path)
    if not side.is_file():
        return None, []
    try:
        with open(side, "rb") as handle:
            data = handle.read(MAX_SIDECAR_BYTES + 1)
        if len(data) > MAX_SIDECAR_BYTES:
            raise ValueError(f"over {MAX_SIDECAR_BYTES:,} bytes")
        record = json.loads(data.decode("utf-8-sig"))
        if not isinstance(record, dict):
            raise ValueError(f"a JSON {type(record).__name__}, not an object")
    except (OSError, ValueError) as exc:
        return None, [Note("W037", {"sidecar": side.name, "reason": str(exc)[:200]})]
    found = meta_of_record(record)
    return found, [Note("W038", {"value": value}) for value in found.bad_dates]


def text_piece(path: Path, max_bytes: int, name: str) -> Piece:
    """The article of a ``.txt`` file; raises ``Skip`` when the file gives none."""
    data = read_bytes(path, max_bytes, name)
    if not data:
        raise Skip(make_problem("E015", path, name=name))
    try:
        decoded = decode_bytes(data)
    except DecodeFailure as exc:
        raise Skip(make_problem(exc.code, path, name=name, **exc.fields)) from exc
    del data
    notes: list[Note] = []
    if decoded.replaced:
        notes.append(Note("W030", {"bad": decoded.replaced}))
    if decoded.legacy_language:
        notes.append(Note("W040", {"encoding": decoded.encoding, "lang": decoded.legacy_language}))
    if decoded.guessed_utf16:
        notes.append(Note("W035", {"encoding": decoded.encoding}))
    text, meta = decoded.text, ArticleMeta()
    if is_blank(text):
        raise Skip(make_problem("E015", path, name=name))
    if looks_like_html(text):
        page = page_piece(text, strict=False)
        if not isinstance(page, Piece):
            raise Skip(make_problem("E015", path, name=name))
        text, meta = page.text, page.meta
        notes.append(Note("W031"))
    side, side_notes = _sidecar(path)
    if side is not None:
        meta = merge_meta(side.meta, meta)
    return Piece(text, meta, encoding=decoded.encoding, notes=(*notes, *side_notes))
