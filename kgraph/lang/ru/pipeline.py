"""Russian: razdel tokens, Natasha's morphology, syntax and NER inside one spaCy pipeline."""
from __future__ import annotations

import bisect
import re

import numpy
from functools import cached_property
from typing import NamedTuple, cast

from natasha import Doc as NatashaDoc
from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
from razdel import sentenize, tokenize
from spacy.attrs import DEP, HEAD
from spacy.pipeline._parser_internals import nonproj
from spacy.language import Language
from spacy.lang.ru import Russian
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.lines import split_at_line_breaks
from kgraph.nlp.spans import set_entities, trim_span
from kgraph.nlp.tokenizer_rules import split_glued_names
from kgraph.nlp.tokens import doc_from_offsets

__all__ = ["build"]

NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
# "Telegram-каналах": a Latin name glued to a Russian word is two tokens.
SCRIPT_CHANGE_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[А-Яа-яЁё])|(?<=[А-Яа-яЁё])-(?=[A-Za-z])")


class _Piece(NamedTuple):
    start: int
    stop: int
    text: str


def token_offsets(text: str) -> list[tuple[int, int]]:
    """razdel's tokens, with Latin–Cyrillic hyphen compounds split at the hyphen."""
    offsets: list[tuple[int, int]] = []
    for token in tokenize(text):
        start = token.start
        for match in SCRIPT_CHANGE_HYPHEN.finditer(token.text):
            cut = token.start + match.start()
            offsets.extend(split_glued_names(start, text[start:cut]))
            start = cut  # the hyphen stays with the Russian part ("-каналах")
        offsets.extend(split_glued_names(start, text[start:token.stop]))
    return offsets


class _Segmenter:
    """Natasha segmenter that reuses our tokens, so both sides see the same ones."""

    def __init__(self, offsets: list[tuple[int, int]]):
        self.offsets = offsets
        self.starts = [a for a, _ in offsets]  # ascending

    def tokenize(self, text: str):
        return [_Piece(a, b, text[a:b]) for a, b in self.offsets]

    def sentenize(self, text: str):
        """razdel's sentences that hold a token (one of only no-break spaces has none, and Natasha's
        parser fails on an empty sentence)."""
        return [_Piece(s.start, s.stop, s.text) for piece in _paragraphs(text) for s in piece
                if bisect.bisect_left(self.starts, s.start) < bisect.bisect_left(self.starts, s.stop)]


def _paragraphs(text: str):
    """razdel sentences, never crossing a line break."""
    for match in re.finditer(r"[^\n]+", text):
        base = match.start()
        yield [_Piece(base + s.start, base + s.stop, s.text) for s in sentenize(match.group())]


class NatashaModels:
    """Natasha's models, loaded once."""

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


class RazdelTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return doc_from_offsets(self.vocab, text, token_offsets(text))

    def to_bytes(self, **kwargs) -> bytes:  # spaCy serialisation protocol (nothing to save)
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "RazdelTokenizer":
        return self


@Language.component("kgraph_natasha")
def natasha_component(doc: Doc) -> Doc:
    """Run Natasha on the doc and copy sentences, lemmas, morphology, syntax and names onto it."""
    offsets = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    by_start = {t.idx: t for t in doc if not t.is_space}
    nat = NatashaDoc(doc.text)
    nat.segment(_Segmenter(offsets))
    nat.tag_morph(MODELS.morph)
    nat.parse_syntax(MODELS.syntax)
    nat.tag_ner(MODELS.ner)
    _copy_tokens(doc, nat, by_start)
    _copy_entities(doc, nat)
    return doc


def _copy_tokens(doc: Doc, nat: NatashaDoc, by_start: dict) -> None:
    heads = numpy.zeros((len(doc), 2), dtype="uint64")
    for i in range(len(doc)):
        heads[i, 1] = doc.vocab.strings.add("dep")
    for sent in nat.sents:
        tokens = [(nt, token) for nt in sent.tokens if (token := by_start.get(nt.start)) is not None]
        if not tokens:
            continue
        for nt, token in tokens:
            _copy_morphology(nt, token)
        first, last = tokens[0][1].i, tokens[-1][1].i
        sentence_heads, labels = _sentence_tree(tokens, first, last)
        for offset, (head, label) in enumerate(zip(sentence_heads, labels)):
            heads[first + offset, 0] = numpy.int64(head - offset).astype("uint64")
            heads[first + offset, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], cast(Ints2d, heads))  # thinc's alias of a 2-d integer array


def _copy_morphology(nt, token) -> None:
    nt.lemmatize(MODELS.vocab)
    token.lemma_ = nt.lemma or nt.text
    token.pos_ = nt.pos or "X"
    token.set_morph("|".join(f"{k}={v}" for k, v in sorted((nt.feats or {}).items())) or None)
    token._.forms = (nt.lemma.lower(),) if nt.lemma else ()
    token._.common = (nt.pos or "X") not in {"PROPN", "X"}


def _sentence_tree(tokens, first: int, last: int) -> tuple[list[int], list[str]]:
    """One projective tree per sentence, so spaCy's sentences are Natasha's: heads relative to
    ``first``; extra roots hang off the first root, tokens Natasha did not see (whitespace)
    off their left neighbour, and non-projective arcs are lifted (spaCy's projectivize)."""
    size = last - first + 1
    heads, labels = list(range(size)), ["dep"] * size
    index = {nt.id: token.i - first for nt, token in tokens}
    for nt, token in tokens:
        here = token.i - first
        head = index.get(nt.head_id)
        heads[here], labels[here] = (here, "ROOT") if head is None else (head, nt.rel or "dep")
    seen = set(index.values())
    for here in range(size):
        if here not in seen:
            heads[here] = here - 1 if here else min(seen)
    roots = [i for i in range(size) if heads[i] == i] or [0]
    heads[roots[0]], labels[roots[0]] = roots[0], "ROOT"
    for extra in roots[1:]:
        heads[extra], labels[extra] = roots[0], "parataxis"
    if nonproj.contains_cycle(heads):  # a tree no more: everything hangs off the root
        heads = [roots[0]] * size
    projective, labels = nonproj.projectivize(heads, labels)
    return list(projective), [label.split(nonproj.DELIMITER)[0] for label in labels]


def _copy_entities(doc: Doc, nat: NatashaDoc) -> None:
    spans: list[Span] = []
    normals: dict[tuple[int, int], str] = {}
    for nspan in nat.spans:
        span = doc.char_span(nspan.start, nspan.stop, label=NER_LABELS[nspan.type], alignment_mode="expand")
        if span is None:
            continue
        nspan.normalize(MODELS.vocab)
        for part in split_at_line_breaks(span):
            trimmed = trim_span(part)
            if trimmed is not None:
                spans.append(trimmed)
                same = (part.start_char, part.end_char) == (nspan.start, nspan.stop)
                normals[(part.start, part.end)] = nspan.normal if same and nspan.normal else part.text
    set_entities(doc, spans)
    for ent in doc.ents:
        ent._.normal_override = normals.get((ent.start, ent.end)) or ent.text



def build() -> Language:
    ensure_extensions()
    nlp = Russian()
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    nlp.add_pipe("kgraph_natasha")
    return nlp
