"""Line breaks are hard boundaries in news text: titles, captions and paragraphs."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.lang import all_language_data

__all__ = ["split_at_line_breaks", "line_break_sentences", "repair_sentence_starts"]

NOT_OPENING = set(")]}»”,;:–—-…")


@Language.component("kgraph_line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence (set before the parser runs)."""
    for i in range(1, len(doc)):
        if "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Every language's abbreviations (a sentencizer's text may mix languages)."""
    return frozenset(word for data in all_language_data() for word in data.abbreviations.abbreviations)


@Language.component("kgraph_repair_sentence_starts")
def repair_sentence_starts(doc: Doc) -> Doc:
    """Undo a rule-based sentencizer's splits after abbreviations ('(ros. ODKB) – zapowiedział'):
    a sentence does not open with a lowercase word or closing punctuation, unless a line does."""
    for i in range(1, len(doc)):
        token, prev = doc[i], doc[i - 1]
        if not token.is_sent_start or "\n" in prev.text or "\n" in prev.whitespace_:
            continue
        if token.text[:1].islower() or token.text in NOT_OPENING or (prev.text == "." and _abbreviation(doc, i - 1)):
            token.is_sent_start = False
    return doc


def _abbreviation(doc: Doc, dot: int) -> bool:
    """'ros.', 'm.in.', 'gen.': a known abbreviation (abbreviations.json of kgraph/lang/<iso>/) before the stop."""
    word = doc[dot - 1] if dot else None
    return word is not None and not word.whitespace_ and word.lower_ in _abbreviations()


def split_at_line_breaks(span: Span) -> list[Span]:
    """The parts of ``span`` between line breaks (a name never crosses one)."""
    parts: list[Span] = []
    start = span.start
    for token in span:
        if "\n" in token.text:
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label))
            start = token.i + 1
        elif "\n" in token.whitespace_:
            parts.append(Span(span.doc, start, token.i + 1, label=span.label))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label))
    return parts
