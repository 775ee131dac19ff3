"""Natasha's NER alone inside spaCy, for the Cyrillic languages that have no Natasha morphology
(Ukrainian, Bulgarian, and the Cyrillic reader of Belarusian, Serbian, Macedonian, Kazakh…).

Natasha's NewsNERTagger reads every Cyrillic Slavic language reasonably; each language gives its
own sentence splitter, word lemmas and base forms of names (:class:`CyrillicReader`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from natasha import Doc as NatashaDoc
from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.nlp.cyrillic import BatchedComponent, OffsetTokenizer, Piece, natasha_doc, razdel_sentences, tag_names, token_offsets
from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.lines import split_at_line_breaks
from kgraph.nlp.spans import set_entities, trim_span
from kgraph.nlp.tokens import set_sentence_starts

__all__ = ["CyrillicReader", "NORMALS", "build_reader", "build_plain_reader", "plain_reader"]

NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def _same(word: str) -> str:
    return word.lower()


def _never(word: str) -> bool:
    return False


def _same_text(text: str) -> str:
    return text


def _surface(text: str, label: str) -> str:
    return text


@dataclass(frozen=True)
class CyrillicReader:
    """What a language gives the shared Natasha reader."""

    code: str
    sentences: Callable[[str], Iterator[Piece]] = razdel_sentences
    lemma: Callable[[str], str] = _same  # a word's dictionary form, lower case
    forms: Callable[[str], tuple[str, ...]] = lambda word: (word.lower(),)  # every dictionary form
    common: Callable[[str], bool] = _never  # a word of the language's dictionary (not only a name)
    normal: Callable[[str, str], str] = _surface  # (name, label) -> its base form
    function_word: Callable[[str], bool] = _never  # a word that names nothing alone ('У', 'Вона')
    ner_text: Callable[[str], str] = _same_text  # the text as Natasha's NER reads it (same length)


# language code -> its reader's base forms of names (for the repairs after the gazetteer)
NORMALS: dict[str, Callable[[str, str], str]] = {}


def plain_reader(code: str) -> CyrillicReader:
    """Natasha's names and razdel's sentences, names left as written (no morphology known)."""
    return CyrillicReader(code)


class _NatashaNer(BatchedComponent):
    """Natasha's names on ``nlp.pipe``'s docs, a batch's texts read by the model together."""

    def __init__(self, reader: CyrillicReader):
        self.reader = reader
        # a word's lemma, forms and whether it is common, read once per process (news repeat words)
        self._reading = lru_cache(maxsize=200_000)(self._read_word)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        nats = [natasha_doc(doc, self.reader.ner_text(doc.text), self.reader.sentences) for doc in docs]
        tag_names(nats)
        for doc, nat in zip(docs, nats):
            self._sentences(doc, nat)
            self._words(doc)
            self._names(doc, nat)
        return docs

    def _without_titles(self, span: Span) -> Span | None:
        """'Премиерът Бойко Борисов' names 'Бойко Борисов': a person's name does not open with a title."""
        if span.label_ != "PERSON":
            return span
        titles = _title_words(self.reader.code)
        start = span.start
        while start < span.end - 1 and ({span.doc[start].lower_, span.doc[start].lemma_} & titles):
            start += 1
        return span if start == span.start else Span(span.doc, start, span.end, label=span.label)

    @staticmethod
    def _sentences(doc: Doc, nat: NatashaDoc) -> None:
        starts = {s.start for s in nat.sents}
        opens, after_break = [], True  # the first token opens a sentence; so does one after a line break
        for token in doc:
            opens.append(after_break or token.idx in starts)
            after_break = "\n" in token.text or "\n" in token.whitespace_
        set_sentence_starts(doc, opens)

    def _read_word(self, text: str) -> tuple[str, tuple[str, ...], bool]:
        lemma = self.reader.lemma(text)
        return lemma, tuple(dict.fromkeys((lemma, *self.reader.forms(text)))), self.reader.common(text)

    def _words(self, doc: Doc) -> None:
        for token in doc:
            if token.is_space or not token.text[:1].isalpha():
                continue
            token.lemma_, token._.forms, token._.common = self._reading(token.text)

    def _names(self, doc: Doc, nat: NatashaDoc) -> None:
        spans: list[Span] = []
        for nspan in nat.spans:
            span = doc.char_span(nspan.start, nspan.stop, label=NER_LABELS[nspan.type], alignment_mode="expand")
            if span is None:
                continue
            for piece in split_at_line_breaks(span):
                part = trim_span(piece)
                if part is not None and not (len(part) == 1 and self.reader.function_word(part.text)):
                    spans.append(part)
        set_entities(doc, [s for s in (self._without_titles(s) for s in spans) if s is not None])
        for ent in doc.ents:
            ent._.normal_override = self.reader.normal(ent.text, ent.label_) or ent.text


def _title_words(code: str) -> frozenset[str]:
    """The first words of the language's titles (titles.json): 'президент', 'премиер'…"""
    from kgraph.lang import language_data  # the registry imports this module's users

    return frozenset(title.split()[0] for title in language_data(code).titles.titles)


def _blank(code: str) -> Language:
    try:
        return spacy.blank(code)
    except Exception:  # a code spaCy has no language class for
        return spacy.blank("xx")


def build_reader(reader: CyrillicReader, tokens: Callable[[str], list[tuple[int, int]]] = token_offsets) -> Language:
    """A spaCy pipeline: ``tokens``' tokenizer, then Natasha's names read by ``reader``."""
    ensure_extensions()
    NORMALS[reader.code] = reader.normal
    nlp = _blank(reader.code)
    nlp.tokenizer = OffsetTokenizer(nlp.vocab, tokens)
    name = f"kgraph_natasha_ner_{reader.code}"
    if name not in Language.factories:
        def make(nlp: Language, name: str) -> _NatashaNer:
            return _NatashaNer(reader)

        Language.factory(name, func=make)
    nlp.add_pipe(name)
    return nlp


def build_plain_reader(code: str) -> Language:
    """The reader of a Cyrillic language without a pipeline of its own (Belarusian, Serbian…)."""
    return build_reader(plain_reader(code))
