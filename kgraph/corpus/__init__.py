"""Ingestion: a folder of files → decoded, language-tagged ``Article``s, and ``Problem``s.

Robust to broken and hostile input: binary files, legacy encodings, HTML pages, huge files,
unreadable files, symbolic-link loops. Nothing but decoding touches the text, so every offset
refers to exactly what the file says.
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
