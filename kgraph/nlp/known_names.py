"""The gazetteer as a pipeline component shared by every language.

Runs last: names the gazetteer knows take its type, its dictionary form and its id; model
entities that overlap them are cut back to what the gazetteer leaves; nationality words
("Kyrgyz", "kazachski") are dropped, since they are not names of places.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.gazetteer import Gazetteer, GazetteerMatch, TokenForms
from kgraph.nlp.labels import LABEL_OF_TYPE
from kgraph.nlp.spans import is_capitalised, set_entities

__all__ = ["known_names"]


@Language.factory("kgraph_known_names", default_config={"lang": "xx"})
def make_known_names(nlp: Language, name: str, lang: str):
    gazetteer = Gazetteer.load()

    def known_names(doc: Doc) -> Doc:
        return apply_gazetteer(doc, gazetteer, lang)

    return known_names


def apply_gazetteer(doc: Doc, gazetteer: Gazetteer, lang: str) -> Doc:
    tokens = [TokenForms(t.idx, t.idx + len(t.text), t.text, tuple(t._.forms)) for t in doc if not t.is_space]
    matches = [m for m in gazetteer.match(tokens) if not _splits_compound(doc.text, m.begin, m.end)]
    known = [s for s in (_span(doc, m, lang) for m in matches) if s is not None]
    taken = {i for span in known for i in range(span.start, span.end)}
    kept: list[Span] = list(known)
    for ent in doc.ents:
        for part in _uncovered_parts(ent, taken):
            if gazetteer.demonym(part.text) is None and _worth_keeping(part):
                kept.append(part)
    normals = {(s.start, s.end): (s._.normal_override, s._.gazetteer_id) for s in kept}
    for ent in doc.ents:
        normals.setdefault((ent.start, ent.end), (ent._.normal_override, None))
    set_entities(doc, kept)
    for ent in doc.ents:
        ent._.normal_override, ent._.gazetteer_id = normals.get((ent.start, ent.end), (None, None))
    return doc


def _splits_compound(text: str, begin: int, end: int) -> bool:
    """A match may not cut a hyphenated word ('Biało|-Czerwone') in two."""
    glued_before = begin >= 2 and text[begin - 1] in "-‐" and text[begin - 2].isalnum()
    glued_after = end + 1 < len(text) and text[end] in "-‐" and text[end + 1].isalnum()
    return glued_before or glued_after


def _span(doc: Doc, match: GazetteerMatch, lang: str) -> Span | None:
    span = doc.char_span(match.begin, match.end, label=LABEL_OF_TYPE[match.entry.type], alignment_mode="expand")
    if span is None:
        return None
    span._.gazetteer_id = match.entry.id
    span._.normal_override = match.entry.labels.get(lang) or span.text
    return span


def _uncovered_parts(ent: Span, taken: set[int]) -> list[Span]:
    """The runs of ``ent``'s tokens that no gazetteer name covers, with their normal form."""
    parts: list[Span] = []
    start = None
    for i in range(ent.start, ent.end + 1):
        free = i < ent.end and i not in taken
        if free and start is None:
            start = i
        elif not free and start is not None:
            part = Span(ent.doc, start, i, label=ent.label)
            whole = (start, i) == (ent.start, ent.end)
            part._.normal_override = ent._.normal_override if whole else part.text
            parts.append(part)
            start = None
    return parts


def _worth_keeping(span: Span) -> bool:
    """A leftover piece is a name only if it still starts with a capital and has letters."""
    first = span[0].text
    return is_capitalised(first) and any(ch.isalpha() for ch in span.text)
