"""Which sentences need a dependency parse: only those the fact patterns can read one in.

A parser is the most expensive model of a pipeline (Natasha's syntax is half the Russian
pipeline's time), and the facts stage reads a tree only around a trigger word, a title, a cue
(a reporting verb, a source phrase, a membership, media or acquaintance word), a nationality word
next to a name, or between two names. :class:`SyntaxGate` tells those sentences apart from the
words of the language's data (``events.json``, ``titles.json``, ``cues.json``, ``media.json``),
the gazetteer's demonyms and the names already found (every whole-word occurrence of a name's
surface counts, as the mention stage tags them all); the other sentences get a flat tree (each
token under the sentence's first, label ``dep``), which no pattern reads.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

__all__ = ["SyntaxGate", "syntax_gate"]


def _necessary(phrase: str) -> str:
    """The word of a phrase that must be in a sentence for the phrase to match (every word must;
    the longest is the rarest)."""
    words = phrase.lower().split()
    return max(words, key=len) if words else ""


@dataclass(frozen=True)
class SyntaxGate:
    """The words (lemma or lower-case form), stems (prefixes) and title prefixes that make a
    sentence worth parsing in one language."""

    words: frozenset[str]
    stems: tuple[str, ...]
    lang: str

    def _cue(self, lemma: str, lower: str) -> bool:
        if lemma in self.words or lower in self.words:
            return True
        return any(lower.startswith(stem) or lemma.startswith(stem) for stem in self.stems)

    def wanted(self, doc: Doc, sentences: Sequence[Span]) -> list[bool]:
        """Per sentence of ``doc``, whether the parser should read it."""
        names = _name_pattern(doc)
        demonym = _demonyms()
        out = []
        for sent in sentences:
            count = sum(1 for _ in names.finditer(sent.text)) if names is not None else 0
            if count >= 2:
                out.append(True)
                continue
            tokens = [t for t in sent if not t.is_space]
            cue = any(self._cue(t.lemma_.lower(), t.lower_) for t in tokens)
            out.append(cue or (count == 1 and any(t.is_alpha and len(t.text) >= 4 and demonym(t.text) is not None
                                                  for t in tokens)))
        return out


def _name_pattern(doc: Doc) -> re.Pattern[str] | None:
    """Whole-word occurrences of any name's surface in the doc (the mentions the article will have)."""
    surfaces = sorted({e.text for e in doc.ents if e.text.strip()}, key=lambda s: (-len(s), s))
    if not surfaces:
        return None
    return re.compile("(?<!\\w)(?:" + "|".join(re.escape(s) for s in surfaces) + ")(?!\\w)")


@lru_cache(maxsize=1)
def _demonyms():
    from kgraph.gazetteer import Gazetteer

    return Gazetteer.load().demonym


def _words(values: Iterable[str]) -> set[str]:
    return {w for w in (_necessary(v) for v in values) if w}


@lru_cache(maxsize=None)
def syntax_gate(code: str) -> SyntaxGate:
    """The gate of ``code``, from its folder's data (:func:`kgraph.lang.language_data`)."""
    from kgraph.lang import language_data  # the registry imports the pipelines that use this module

    data = language_data(code)
    words: set[str] = set()
    for triggers in data.events.triggers.values():
        words |= _words(triggers)
    words |= _words((*data.events.offers, *data.events.participation, *data.events.demand))
    words |= {title.split()[0].lower() for title in data.titles.titles if title.split()}
    cues = data.cues
    words |= _words((*cues.reporting_verbs, *cues.source_phrases, *cues.membership, *cues.about_this))
    media = data.media
    stems = {w.lower() for w in (*media.channel_words, *media.media_cues, *media.video_words, *media.publish_verbs,
                                 *media.air_words, *media.state_words, *media.relation_words, *media.person_nouns)}
    stems |= {p.lower() for p in data.titles.former_prefixes}
    return SyntaxGate(frozenset(words), tuple(sorted(s for s in stems if s)), code)
