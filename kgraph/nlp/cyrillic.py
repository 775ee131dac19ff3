"""Shared Cyrillic machinery: razdel tokens, Natasha's models loaded once, and a Natasha segmenter
that reuses the pipeline's own tokens (so Natasha and spaCy see the same ones).

Used by the Cyrillic language folders (``kgraph/lang/ru``, ``uk``, ``bg``) and the Cyrillic reader
of languages without a pipeline of their own (:mod:`kgraph.nlp.cyrillic_ner`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from functools import cached_property
from typing import NamedTuple, TypeVar

from natasha import Doc as NatashaDoc
from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
from razdel import sentenize, tokenize
from spacy.tokens import Doc
from spacy.util import minibatch

from kgraph.nlp.tokenizer_rules import split_glued_names
from kgraph.nlp.tokens import doc_from_offsets

__all__ = ["MODELS", "NatashaModels", "Piece", "Segmenter", "BatchedComponent", "natasha_doc", "OffsetTokenizer", "by_length", "razdel_sentences",
           "tag_morphology", "tag_names", "token_offsets"]

Item = TypeVar("Item", bound=Sized)
Result = TypeVar("Result")

# "Telegram-каналах": a Latin name glued to a Cyrillic word is two tokens.
SCRIPT_CHANGE_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[^\W\d_A-Za-z])|(?<=[^\W\d_A-Za-z])-(?=[A-Za-z])")


class Piece(NamedTuple):
    start: int
    stop: int
    text: str


APOSTROPHES = "'’ʼ"


def _with_apostrophes(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Олів'є', 'м'ясо', 'О'Коннор': a word's apostrophe between letters is inside the word
    (razdel cuts at it)."""
    out: list[tuple[int, int]] = []
    for a, b in offsets:
        if len(out) >= 2 and out[-1][1] == a and out[-2][1] == out[-1][0] \
                and text[out[-1][0]:out[-1][1]] in APOSTROPHES and text[a].isalpha() and text[out[-2][1] - 1].isalpha():
            start = out[-2][0]
            del out[-2:]
            out.append((start, b))
        else:
            out.append((a, b))
    return out


def token_offsets(text: str) -> list[tuple[int, int]]:
    """razdel's tokens, with Latin–Cyrillic hyphen compounds split at the hyphen and words kept
    whole at an apostrophe."""
    offsets: list[tuple[int, int]] = []
    for token in tokenize(text):
        start = token.start
        for match in SCRIPT_CHANGE_HYPHEN.finditer(token.text):
            cut = token.start + match.start()
            offsets.extend(split_glued_names(start, text[start:cut]))
            start = cut  # the hyphen stays with the Cyrillic part ("-каналах")
        offsets.extend(split_glued_names(start, text[start:token.stop]))
    return _with_apostrophes(text, offsets)


def razdel_sentences(text: str) -> Iterator[Piece]:
    """razdel sentences, never crossing a line break."""
    for match in re.finditer(r"[^\n]+", text):
        base = match.start()
        for s in sentenize(match.group()):
            yield Piece(base + s.start, base + s.stop, s.text)


class Segmenter:
    """Natasha segmenter over given tokens and a sentence splitter (razdel's by default)."""

    def __init__(self, offsets: list[tuple[int, int]],
                 sentences: Callable[[str], Iterator[Piece]] = razdel_sentences):
        self.offsets = offsets
        self.starts = [a for a, _ in offsets]  # ascending
        self.sentences = sentences

    def tokenize(self, text: str) -> list[Piece]:
        return [Piece(a, b, text[a:b]) for a, b in self.offsets]

    def sentenize(self, text: str) -> list[Piece]:
        """The sentences that hold a token (one of only no-break spaces has none, and Natasha's
        parser fails on an empty sentence)."""
        return [s for s in self.sentences(text)
                if bisect.bisect_left(self.starts, s.start) < bisect.bisect_left(self.starts, s.stop)]


def natasha_doc(doc: Doc, text: str | None = None,
                sentences: Callable[[str], Iterator[Piece]] = razdel_sentences) -> NatashaDoc:
    """A Natasha doc over ``doc``'s own tokens (``text``: the text as the model reads it, same length)."""
    nat = NatashaDoc(doc.text if text is None else text)
    nat.segment(Segmenter([(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space], sentences))
    return nat


class BatchedComponent:
    """A spaCy component whose models read ``nlp.pipe``'s docs a batch at a time (:meth:`_batch`)."""

    def __call__(self, doc: Doc) -> Doc:
        return self._batch([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        raise NotImplementedError


class NatashaModels:
    """Natasha's models, loaded once per process, each when first asked for."""

    @cached_property
    def embedding(self) -> NewsEmbedding:
        return NewsEmbedding()

    @cached_property
    def morph(self) -> NewsMorphTagger:
        return NewsMorphTagger(self.embedding)

    @cached_property
    def syntax(self) -> NewsSyntaxParser:
        return NewsSyntaxParser(self.embedding)

    @cached_property
    def ner(self) -> NewsNERTagger:
        return NewsNERTagger(self.embedding)

    @cached_property
    def vocab(self) -> MorphVocab:
        return MorphVocab()


MODELS = NatashaModels()


def by_length(run: Callable[[list[Item]], Iterable[Result]], items: Sequence[Item]) -> list[Result]:
    """``run`` (a Natasha model's ``map``) over ``items`` shortest first, the results in the items' order.

    slovnet pads each batch of 8 to its longest item, and its parser's cost grows with the square
    of that length: batches of sentences of like lengths do the same work in less time (the
    Russian articles of 240 SlavicNER documents, one BLAS thread: the tagger 0.50 -> 0.35 s,
    the parser over every sentence 0.56 -> 0.40 s; the same tags and trees).
    """
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    out: list[Result | None] = [None] * len(items)
    for i, result in zip(order, run([items[i] for i in order])):
        out[i] = result
    return out  # type: ignore[return-value]


def tag_names(docs: Sequence[NatashaDoc]) -> None:
    """Natasha's ``Doc.tag_ner`` on each segmented doc (one text at a time: with one BLAS thread,
    batching whole texts of unlike lengths is slower, unlike sentences)."""
    for doc in docs:
        doc.tag_ner(MODELS.ner)


def tag_morphology(docs: Sequence[NatashaDoc]) -> None:
    """Natasha's ``Doc.tag_morph`` on several segmented docs at once (their sentences batched by length)."""
    sents = [sent for doc in docs for sent in doc.sents]
    for sent, markup in zip(sents, by_length(MODELS.morph.map, [[t.text for t in s.tokens] for s in sents])):
        for target, source in zip(sent.tokens, markup.tokens):
            target.pos, target.feats = source.pos, source.feats


class OffsetTokenizer:
    """A spaCy tokenizer from a function text -> token offsets (razdel's by default)."""

    def __init__(self, vocab, offsets: Callable[[str], list[tuple[int, int]]] = token_offsets):
        self.vocab = vocab
        self.offsets = offsets

    def __call__(self, text: str) -> Doc:
        return doc_from_offsets(self.vocab, text, self.offsets(text))

    def to_bytes(self, **kwargs) -> bytes:  # spaCy serialisation protocol (nothing to save)
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "OffsetTokenizer":
        return self
