"""Any other language: a multilingual tokenizer and capitalised-name runs.

The gazetteer (applied to every pipeline) types the names it knows; here, runs of two or more
capitalised words inside a sentence are taken as names of people, the commonest case in news.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.lines import line_break_sentences  # noqa: F401  (registers the component)
from kgraph.nlp.registry import register
from kgraph.nlp.spans import is_capitalised, set_entities
from kgraph.nlp.tokenizer_rules import add_shared_infixes

__all__ = ["build"]


def _capitalised_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return is_capitalised(token.text) and token.text[:1].isalpha() and not token.is_sent_start


@Language.component("kgraph_xx_entities")
def capitalised_names(doc: Doc) -> Doc:
    """Runs of two or more capitalised words that do not open a sentence."""
    spans: list[Span] = []
    i = 0
    while i < len(doc):
        if not _capitalised_word(doc, i):
            i += 1
            continue
        start = i
        while i < len(doc) and _capitalised_word(doc, i) and (i == start or not doc[i - 1].whitespace_.count("\n")):
            i += 1
        if i - start >= 2:
            spans.append(Span(doc, start, i, label="PERSON"))
    set_entities(doc, spans)
    return doc


@register("xx")
def build() -> Language:
    ensure_extensions()
    nlp = add_shared_infixes(spacy.blank("xx"))
    nlp.add_pipe("kgraph_line_break_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_xx_entities")
    return nlp
