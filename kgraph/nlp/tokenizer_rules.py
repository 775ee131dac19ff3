"""Tokenizer rules every pipeline shares: names glued by slashes or brackets come apart.

"Onet.pl/PAP/Reuters" (source credits) and "(C)REUTERS" (copyright lines) hold several
names in one whitespace-delimited chunk.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

__all__ = ["EXTRA_INFIXES", "split_glued_names", "add_shared_infixes"]

EXTRA_INFIXES = (
    r"(?<=[\w.])/(?=\w)",  # name/name
    r"(?<=\))(?=\w)",  # (C)NAME
    r"(?<=\w)(?=\))",  # NAME)
    r"(?<=\w)(?=\()",  # name(
)
_GLUE = re.compile("|".join(EXTRA_INFIXES))


def add_shared_infixes(nlp: Language) -> Language:
    """Extend a spaCy tokenizer's infix rules with :data:`EXTRA_INFIXES`."""
    infixes = list(nlp.Defaults.infixes or ()) + list(EXTRA_INFIXES)
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"{nlp.lang}: a spaCy Tokenizer was expected, got {type(tokenizer).__name__}")
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.url_match = None  # "site.pl/AGENCY" is a credit line, not a link to follow
    return nlp


def split_glued_names(start: int, text: str) -> list[tuple[int, int]]:
    """Offsets of the pieces of one token ``text`` (at ``start``), split at the shared infixes."""
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for match in _GLUE.finditer(text):
        if match.start() > cursor:
            pieces.append((start + cursor, start + match.start()))
        if match.end() > match.start():
            pieces.append((start + match.start(), start + match.end()))
        cursor = match.end()
    if cursor < len(text):
        pieces.append((start + cursor, start + len(text)))
    return pieces
