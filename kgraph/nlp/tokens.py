"""Building spaCy Docs from character offsets, keeping the text byte for byte."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["doc_from_offsets"]


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
