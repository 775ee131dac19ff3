"""Ingestion: a folder of files → decoded, language-tagged ``Article``s, and ``Problem``s.

One module per input format: ``plain`` (.txt and its .json sidecar), ``records`` (news-please /
trafilatura JSON and JSON Lines), ``page`` (HTML, trafilatura), ``warc`` (warcio); each yields
``Piece``s that ``settle`` turns into articles. Robust to broken and hostile input: binary files,
legacy encodings, huge files, unreadable files, symbolic-link loops, malformed records. Every
offset refers to exactly the text an article stores (a .txt file's decoded text, a record's text,
the text extracted from a page).
"""
from __future__ import annotations

from kgraph.corpus.reader import (
    DEFAULT_MAX_BYTES,
    CorpusRead,
    load_article,
    read_article,
    read_corpus,
)
from kgraph.corpus.walk import iter_corpus_files

__all__ = [
    "DEFAULT_MAX_BYTES",
    "CorpusRead",
    "iter_corpus_files",
    "load_article",
    "read_article",
    "read_corpus",
]
