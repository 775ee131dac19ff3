"""Any other language: a multilingual tokenizer and capitalised-name runs.

The gazetteer (applied to every pipeline) types the names it knows. Here, runs of capitalised
words inside a sentence are taken as names of people. In languages that capitalise every noun
(German, Luxembourgish), detected from the text itself, a run must also hold a word known as a
given name (SGJP's list of names is international) and starts at that word, so
'Bundeskanzler Olaf Scholz' gives 'Olaf Scholz' and 'Sonntag Hunderte Menschen' nothing.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.lines import line_break_sentences  # noqa: F401  (registers the component)
from kgraph.nlp.morfeusz import analyse
from kgraph.nlp.spans import is_capitalised, set_entities
from kgraph.nlp.tokenizer_rules import add_shared_infixes

__all__ = ["build", "capitalises_nouns"]

# Share of words that are capitalised on their own, between lowercase words (nouns in German;
# names come in runs): German prose runs at 0.2–0.3, English or Spanish news below 0.08.
NOUN_CAPITALISATION_SHARE = 0.12


def _capitalised_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return is_capitalised(token.text) and token.text[:1].isalpha() and not token.is_sent_start


def capitalises_nouns(doc: Doc) -> bool:
    """Whether the text capitalises common nouns: the share of capitalised words inside sentences."""
    words = [t for t in doc if t.is_alpha]
    if len(words) < 20:
        return False
    isolated = sum(
        1 for k in range(1, len(words) - 1)
        if words[k].text[:1].isupper() and not words[k].is_sent_start
        and words[k - 1].text[:1].islower() and words[k + 1].text[:1].islower()
    )
    return isolated / len(words) > NOUN_CAPITALISATION_SHARE


def _given_name(text: str) -> bool:
    """A word SGJP knows as a given name (its list is international: Olaf, Angela, Jean…)."""
    return analyse(text).first_name


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """'Kasim-Yomart': a hyphen glued between two capitalised words."""
    return (doc[i].text in {"-", "‐"} and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and i + 1 < len(doc) and is_capitalised(doc[i + 1].text))


def _runs(doc: Doc) -> list[tuple[int, int]]:
    runs, i = [], 0
    while i < len(doc):
        if not _capitalised_word(doc, i):
            i += 1
            continue
        start = i
        while i < len(doc):
            if _hyphen_joins(doc, i):
                i += 2
            elif _capitalised_word(doc, i) and (i == start or "\n" not in doc[i - 1].whitespace_):
                i += 1
            else:
                break
        runs.append((start, i))
    return runs


@Language.component("kgraph_xx_entities")
def capitalised_names(doc: Doc) -> Doc:
    """Person names from capitalised runs (see the module's docstring)."""
    strict = capitalises_nouns(doc)
    doc._.capitalises_nouns = strict
    spans: list[Span] = []
    for start, end in _runs(doc):
        if strict:
            named = [i for i in range(start, end) if _given_name(doc[i].text)]
            if not named:
                continue
            start = named[0]
        if end - start >= 2:
            spans.append(Span(doc, start, end, label="PERSON"))
    set_entities(doc, spans)
    return doc


def build() -> Language:
    ensure_extensions()
    nlp = add_shared_infixes(spacy.blank("xx"))
    nlp.add_pipe("kgraph_line_break_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_repair_sentence_starts")
    nlp.add_pipe("kgraph_xx_entities")
    return nlp
