"""Line breaks are hard boundaries in news text: titles, captions and paragraphs."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["split_at_line_breaks", "line_break_sentences"]


@Language.component("kgraph_line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence (set before the parser runs)."""
    for i in range(1, len(doc)):
        if "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
            doc[i].is_sent_start = True
    return doc


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
