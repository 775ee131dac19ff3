"""The pipeline of a Latin-script language read by the capitalisation reader (:mod:`kgraph.nlp.latin_names`)."""
from __future__ import annotations

import spacy
from spacy.language import Language

from kgraph.nlp import latin_names  # noqa: F401  (registers the component)
from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.lines import line_break_sentences  # noqa: F401  (registers the component)
from kgraph.nlp.tokenizer_rules import add_shared_infixes

__all__ = ["latin_pipeline"]


def _blank(code: str) -> Language:
    """spaCy's tokenizer rules for ``code`` where spaCy has them, else the multilingual ones."""
    try:
        return spacy.blank(code)
    except ImportError:
        return spacy.blank("xx")


def latin_pipeline(code: str) -> Language:
    """Tokenizer, sentences and the capitalisation reader with ``code``'s words."""
    ensure_extensions()
    nlp = add_shared_infixes(_blank(code))
    nlp.add_pipe("kgraph_split_final_letters")
    nlp.add_pipe("kgraph_line_break_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_repair_sentence_starts")
    nlp.add_pipe("kgraph_latin_names", config={"lang": code})
    return nlp
