"""Russian: razdel tokens, Natasha's morphology, syntax and NER inside one spaCy pipeline."""
from __future__ import annotations

from functools import lru_cache
from typing import cast

import numpy
from natasha import Doc as NatashaDoc
from spacy.attrs import DEP, HEAD
from spacy.pipeline._parser_internals import nonproj
from spacy.language import Language
from spacy.lang.ru import Russian
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from kgraph.nlp.cyrillic import MODELS, BatchedComponent, OffsetTokenizer, by_length, natasha_doc, tag_morphology, tag_names, token_offsets
from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.inflection import NUMBERED, nominative, same_case
from kgraph.nlp.lines import split_at_line_breaks
from kgraph.nlp.spans import set_entities, trim_span
from kgraph.nlp.syntax_gate import syntax_gate

__all__ = ["build", "token_offsets"]

NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


class _Natasha(BatchedComponent):
    """Run Natasha on each doc and copy sentences, lemmas, morphology and names onto it; each
    sentence gets a flat tree until ``kgraph_natasha_syntax`` parses those that need one.

    ``nlp.pipe`` hands it docs in batches: the models then read a batch's sentences (and texts)
    together, batched by length (:func:`kgraph.nlp.cyrillic.by_length`)."""

    @staticmethod
    def _batch(docs: list[Doc]) -> list[Doc]:
        nats = [natasha_doc(doc) for doc in docs]
        tag_morphology(nats)
        tag_names(nats)
        # an organisation's base form is read off the tree ('… дел Молдовы' keeps its genitive tail)
        _parse([s for nat in nats for s in nat.sents if any(span.type == "ORG" for span in s.spans or ())])
        for doc, nat in zip(docs, nats):
            by_start = {t.idx: t for t in doc if not t.is_space}
            _copy_tokens(doc, nat, by_start)
            _copy_entities(doc, nat)
            doc.user_data[_NATASHA] = nat
        return docs


@Language.factory("kgraph_natasha")
def natasha_component(nlp: Language, name: str) -> _Natasha:
    return _Natasha()


class _NatashaSyntax(BatchedComponent):
    """Natasha's syntax on the sentences the facts stage can read a tree in
    (:mod:`kgraph.nlp.syntax_gate`: a trigger, a title, a cue, two names), after the names are
    final; a batch of docs' sentences are parsed together, batched by length."""

    @staticmethod
    def _batch(docs: list[Doc]) -> list[Doc]:
        todo: list[tuple[Doc, NatashaDoc, dict[int, Token]]] = []
        wanted_all = []
        for doc in docs:
            nat = doc.user_data.pop(_NATASHA, None)
            if nat is None:
                continue
            by_start = {t.idx: t for t in doc if not t.is_space}
            sents, spans = [], []
            for sent in nat.sents:
                if tokens := [by_start[nt.start] for nt in sent.tokens if nt.start in by_start]:
                    sents.append(sent)
                    spans.append(doc[tokens[0].i:tokens[-1].i + 1])
            wanted = [s for s, yes in zip(sents, syntax_gate("ru").wanted(doc, spans)) if yes]
            if not wanted and not any(_is_parsed(s) for s in sents):
                wanted = sents[:1]  # a doc keeps a parse of its own (the facts stage asks whether it has one)
            wanted = [s for s in wanted if not _is_parsed(s)]
            if wanted:
                todo.append((doc, nat, by_start))
                wanted_all.extend(wanted)
        _parse(wanted_all)
        for doc, nat, by_start in todo:
            _set_trees(doc, nat, by_start)
        return docs


@Language.factory("kgraph_natasha_syntax", requires=["doc.ents"], assigns=["token.dep", "token.head"])
def natasha_syntax(nlp: Language, name: str) -> _NatashaSyntax:
    return _NatashaSyntax()


def _is_parsed(sent) -> bool:
    return bool(sent.tokens) and all(nt.head_id is not None for nt in sent.tokens)


def _parse(sents: list) -> int:
    """Natasha's syntax on these sentences (their tokens get ids, heads and relations); how many."""
    for sent, markup in zip(sents, by_length(MODELS.syntax.map, [[t.text for t in s.tokens] for s in sents])):
        for target, source in zip(sent.tokens, markup.tokens):
            target.id, target.head_id, target.rel = source.id, source.head_id, source.rel
    return len(sents)


_NATASHA = "kgraph_natasha_doc"  # the Natasha doc, from the first component to the syntax (then dropped)


def _copy_tokens(doc: Doc, nat: NatashaDoc, by_start: dict[int, Token]) -> None:
    for sent in nat.sents:
        for nt in sent.tokens:
            if nt.start in by_start:
                _copy_morphology(nt, by_start[nt.start])
    _set_trees(doc, nat, by_start)


def _set_trees(doc: Doc, nat: NatashaDoc, by_start: dict[int, Token]) -> None:
    """One tree per Natasha sentence: its parse where it has one, else flat."""
    heads = numpy.zeros((len(doc), 2), dtype="uint64")
    for i in range(len(doc)):
        heads[i, 1] = doc.vocab.strings.add("dep")
    for sent in nat.sents:
        tokens = [(nt, by_start[nt.start]) for nt in sent.tokens if nt.start in by_start]
        if not tokens:
            continue
        first, last = tokens[0][1].i, tokens[-1][1].i
        parsed = _is_parsed(sent)
        sentence_heads, labels = _sentence_tree(tokens, first, last) if parsed else _flat_tree(first, last)
        for offset, (head, label) in enumerate(zip(sentence_heads, labels)):
            heads[first + offset, 0] = numpy.int64(head - offset).astype("uint64")
            heads[first + offset, 1] = doc.vocab.strings.add(label)
    doc.from_array([HEAD, DEP], cast(Ints2d, heads))  # thinc's array type names numpy's 2-d array


def _flat_tree(first: int, last: int) -> tuple[list[int], list[str]]:
    """Every token under the sentence's first one (label ``dep``: no pattern reads it)."""
    size = last - first + 1
    return [0] * size, ["ROOT"] + ["dep"] * (size - 1)


@lru_cache(maxsize=200_000)
def _lemma(word: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> str:
    """Natasha's lemma of a word with this part of speech and these features (a news text repeats its words)."""
    return MODELS.vocab.lemmatize(word, pos, dict(feats))


@lru_cache(maxsize=8192)
def _morph(feats: tuple[tuple[str, str], ...]) -> str | None:
    """spaCy's morphology string of Natasha's (sorted) features, None for none."""
    return "|".join(f"{k}={v}" for k, v in feats) or None


def _copy_morphology(nt, token) -> None:
    if nt.feats is None:
        nt.lemmatize(MODELS.vocab)
        feats: tuple[tuple[str, str], ...] = ()
    else:
        feats = tuple(sorted(nt.feats.items()))
        nt.lemma = _lemma(nt.text, nt.pos, feats)
    token.lemma_ = nt.lemma or nt.text
    token.pos_ = nt.pos or "X"
    token.set_morph(_morph(feats))
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
        normal = normals.get((ent.start, ent.end)) or ent.text
        words, bases = ent.text.split(), normal.split()
        if ent.label_ == "PERSON" and len(words) == len(bases) > 1:
            normal = " ".join(same_case(words, bases, "ru"))  # 'Доминика Рааба' -> 'Доминик Рааб'
        elif ent.label_ != "PERSON" and normal == ent.text:
            normal = nominative(ent.text, ent.label_, "ru")  # Natasha leaves '«Известиям»' as written
        elif ent.label_ != "PERSON" and NUMBERED.fullmatch(words[-1]):
            # Natasha inflects the adjective alone ('Балтийский моста-2'): the numbered word too
            normal = ours if (ours := nominative(ent.text, ent.label_, "ru")) != ent.text else normal
        ent._.normal_override = with_yo(ent.text, normal)



def with_yo(text: str, normal: str) -> str:
    """Natasha's base form with the 'ё' the text writes put back ('Лёвина' -> 'Левин' -> 'Лёвин'):
    its dictionary spells 'е' for 'ё'."""
    if "ё" not in text.lower():
        return normal
    words, bases = text.split(), normal.split()
    if len(words) != len(bases):
        return normal
    out = []
    for word, base in zip(words, bases):
        letters = list(base)
        for k, (a, b) in enumerate(zip(word, base)):
            if a.lower() == "ё" and b.lower() == "е":
                letters[k] = "Ё" if b.isupper() else "ё"
            elif a.lower() != b.lower():
                break
        out.append("".join(letters))
    return " ".join(out)


def build() -> Language:
    ensure_extensions()
    nlp = Russian()
    nlp.tokenizer = OffsetTokenizer(nlp.vocab)
    nlp.add_pipe("kgraph_natasha")
    nlp.add_pipe("kgraph_natasha_syntax")  # the registry puts the shared name steps before it
    return nlp
