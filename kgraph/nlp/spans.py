"""Span helpers shared by the language pipelines."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

__all__ = ["WEB_NAME", "is_capitalised", "set_entities", "trim_span", "written_again"]

# "Onet.pl", "Kun.uz": news sites, named by their domain.
WEB_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|org|net|info|news|media|tv)", re.IGNORECASE)

PUNCTUATION_EDGES = "\"'«»„“”‘’‚‹›()[]{}<>.,;:!?—–-/\\|*•·"


def trim_span(span: Span, *, leading: Collection[str] = (), trailing: Collection[str] = ()) -> Span | None:
    """The span without leading determiners/punctuation and trailing possessives/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in leading or _is_edge_noise(doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].lower_ in trailing or _is_edge_noise(doc[end - 1].text)):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label)


def _is_edge_noise(text: str) -> bool:
    return not text.strip() or all(ch in PUNCTUATION_EDGES for ch in text)


def set_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Replace ``doc.ents`` with the longest non-overlapping of ``spans``."""
    doc.ents = filter_spans(list(spans))


def is_capitalised(text: str) -> bool:
    """True for 'Warszawa', 'ONZ', '24.kg' — the shapes a name can start with."""
    if not text:
        return False
    first = text[0]
    return first.isdigit() or (unicodedata.category(first) == "Lu")


def written_again(doc: Doc, start: int, end: int) -> bool:
    """The text writes the words of ``doc[start:end]`` more than once, as whole words ('Baltic Link 2'
    twice, not inside 'Baltic Link 25'): a name with its number comes back, a count or a day does not."""
    pattern = r"(?<!\w)" + re.escape(doc[start:end].text) + r"(?!\w)"
    return len(re.findall(pattern, doc.text)) >= 2
