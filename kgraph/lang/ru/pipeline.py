"""Russian: razdel tokens, Natasha's morphology, syntax and NER inside one spaCy pipeline."""
from __future__ import annotations

from typing import cast

import numpy
from natasha import Doc as NatashaDoc
from spacy.attrs import DEP, HEAD
from spacy.pipeline._parser_internals import nonproj
from spacy.language import Language
from spacy.lang.ru import Russian
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from kgraph.nlp.cyrillic import MODELS, OffsetTokenizer, Segmenter, token_offsets
from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.lines import split_at_line_breaks
from kgraph.nlp.spans import set_entities, trim_span

__all__ = ["build", "token_offsets"]

NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


@Language.component("kgraph_natasha")
def natasha_component(doc: Doc) -> Doc:
    """Run Natasha on the doc and copy sentences, lemmas, morphology, syntax and names onto it."""
    offsets = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    by_start = {t.idx: t for t in doc if not t.is_space}
    nat = NatashaDoc(doc.text)
    nat.segment(Segmenter(offsets))
    nat.tag_morph(MODELS.morph)
    nat.parse_syntax(MODELS.syntax)
    nat.tag_ner(MODELS.ner)
    _copy_tokens(doc, nat, by_start)
    _copy_entities(doc, nat)
    return doc


def _copy_tokens(doc: Doc, nat: NatashaDoc, by_start: dict[int, Token]) -> None:
    heads = numpy.zeros((len(doc), 2), dtype="uint64")
    for i in range(len(doc)):
        heads[i, 1] = doc.vocab.strings.add("dep")
    for sent in nat.sents:
        tokens = [(nt, by_start[nt.start]) for nt in sent.tokens if nt.start in by_start]
        if not tokens:
            continue
        for nt, token in tokens:
            _copy_morphology(nt, token)
        first, last = tokens[0][1].i, tokens[-1][1].i
        sentence_heads, labels = _sentence_tree(tokens, first, last)
        for offset, (head, label) in enumerate(zip(sentence_heads, labels)):
            heads[first + offset, 0] = numpy.int64(head - offset).astype("uint64")
            heads[first + offset, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], cast(Ints2d, heads))  # thinc's array type names numpy's 2-d array


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
        for piece in split_at_line_breaks(span):
            part = trim_span(piece)
            if part is not None:
                spans.append(part)
                same = (part.start_char, part.end_char) == (nspan.start, nspan.stop)
                normals[(part.start, part.end)] = nspan.normal if same and nspan.normal else part.text
    set_entities(doc, spans)
    for ent in doc.ents:
        ent._.normal_override = normals.get((ent.start, ent.end)) or ent.text



def build() -> Language:
    ensure_extensions()
    nlp = Russian()
    nlp.tokenizer = OffsetTokenizer(nlp.vocab)
    nlp.add_pipe("kgraph_natasha")
    return nlp
