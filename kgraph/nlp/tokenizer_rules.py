"""Tokenizer rules every pipeline shares: names glued by slashes or brackets come apart.

"Onet.pl/PAP/Reuters" (source credits) and "(C)REUTERS" (copyright lines) hold several
names in one whitespace-delimited chunk.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

__all__ = ["EXTRA_INFIXES", "split_glued_names", "add_shared_infixes", "split_final_letters"]

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


@Language.component("kgraph_split_final_letters")
def split_final_letters(doc: Doc) -> Doc:
    """'wrote on X. The ...': a capital letter and a stop kept as one token (an initial, 'J. Smith')
    ends its sentence where a line or the text ends after it or a capitalised common word follows
    it: the stop becomes a token of its own (set before sentences and names)."""
    found = [t for t in doc if len(t.text) == 2 and t.text[0].isupper() and t.text[0].isalpha() and t.text[1] == "."
             and (t.i + 1 == len(doc) or "\n" in t.whitespace_ or "\n" in doc[t.i + 1].text
                  or (doc[t.i + 1].is_title and doc[t.i + 1].is_stop))]
    with doc.retokenize() as retokenizer:
        for t in found:
            retokenizer.split(t, [t.text[0], "."], heads=[(t, 0), (t, 0)])
    return doc
