"""Ukrainian: tokenize-uk's sentences, Natasha's names, pymorphy3's Ukrainian dictionary
(pymorphy3-dicts-uk) for lemmas and for names brought to the nominative."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from tokenize_uk import tokenize_sents_with_spans

from kgraph.nlp.cyrillic import Piece
from kgraph.nlp.cyrillic_ner import CyrillicReader, build_reader
from kgraph.nlp.inflection import is_common_word, is_function_word, nominative, word_forms, word_lemma

__all__ = ["build", "sentences"]


def sentences(text: str) -> Iterator[Piece]:
    """tokenize-uk's sentences (it knows Ukrainian abbreviations), never crossing a line break."""
    for start, line in _lines(text):
        for sentence, begin, end in tokenize_sents_with_spans(line):
            yield Piece(start + begin, start + end, sentence)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


# Natasha's embeddings are Russian words: Ukrainian letters spelt as Russian ones ('України' →
# 'Украины', 'Міністерство' → 'Министерство'), one letter for one, so offsets stay.
TO_RUSSIAN_LETTERS = str.maketrans("иИіІїЇєЄґҐ", "ыЫиИиИеЕгГ")


def ner_text(text: str) -> str:
    return text.translate(TO_RUSSIAN_LETTERS)


READER = CyrillicReader(
    code="uk",
    sentences=sentences,
    lemma=lambda word: word_lemma(word, "uk"),
    forms=lambda word: word_forms(word, "uk"),
    common=lambda word: is_common_word(word, "uk"),
    normal=lambda text, label: nominative(text, label, "uk"),
    function_word=lambda word: is_function_word(word, "uk"),
    ner_text=ner_text,
)


def build() -> Language:
    return build_reader(READER)
