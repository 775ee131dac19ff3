"""Building spaCy Docs from character offsets, keeping the text byte for byte."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

__all__ = ["doc_from_offsets", "set_sentence_starts"]


def doc_from_offsets(vocab: Vocab, text: str, offsets: Iterable[tuple[int, int]]) -> Doc:
    """A Doc whose tokens are ``text[start:stop]`` for each offset pair and whose ``doc.text``
    equals ``text`` exactly (runs of whitespace other than one space become space tokens)."""
    words: list[str] = []
    spaces: list[bool] = []
    cursor = 0
    for start, stop in offsets:
        if start < cursor or stop <= start:
            continue
        _add_gap(text[cursor:start], words, spaces)
        words.append(text[start:stop])
        spaces.append(False)
        cursor = stop
    _add_gap(text[cursor:], words, spaces)
    return Doc(vocab, words=words, spaces=spaces)


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    if not gap:
        return
    if words and gap[0] == " " and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


def set_sentence_starts(doc: Doc, starts: Sequence[bool]) -> None:
    """``token.is_sent_start = starts[token.i]`` for every token of an unparsed doc, in one
    ``Doc.from_array`` (each token's setter first scans the whole doc for a parse: quadratic)."""
    if len(starts) != len(doc):
        raise ValueError(f"{len(starts)} sentence starts for a doc of {len(doc)} tokens")
    if not starts:
        return
    if doc.has_annotation("DEP"):  # what the setter refuses too (spaCy's E043)
        raise ValueError("a parsed doc's sentences are its trees'")
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], cast(Ints2d, values.reshape(-1, 1)))
