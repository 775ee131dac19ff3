"""Lithuanian: spaCy's tokenizer and the capitalisation reader (kgraph.nlp.latin_names)."""
from __future__ import annotations

from spacy.language import Language

from kgraph.nlp.latin_pipeline import latin_pipeline

__all__ = ["build"]


def build() -> Language:
    return latin_pipeline("lt")
