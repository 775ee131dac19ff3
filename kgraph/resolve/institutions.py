"""Rule 2b: state bodies. 'Kyrgyz Foreign Ministry', 'Ministry of Foreign Affairs of Kyrgyzstan',
'МИД Кыргызстана' and 'MSZ Kirgistanu' are one organisation: the same kind of body
(``institutions.json`` of each language folder, ``kgraph/lang/<iso>/``) of the same country. A bare 'Foreign Ministry' is the one
of its kind its article names with a country; 'State Committee for National Security' is the
'… of Kyrgyzstan' of its article.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kgraph.lang import all_language_data
from kgraph.model import EntityType

from .state import State

__all__ = ["link_institutions", "institution_of"]

WORD = re.compile(r"[\w.'’-]+", re.UNICODE)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Lower-case phrase → kind, in every language (a name's language is not known here)."""
    return {phrase: kind for data in all_language_data() for kind, phrases in data.institutions.kinds.items()
            for phrase in phrases}


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """'of', 'the', 'der': dropped at the edges of a body's name."""
    return frozenset(w for data in all_language_data() for w in data.institutions.connectors)


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """'republic', 'федерации': dropped when the name holds a country."""
    return frozenset(w for data in all_language_data() for w in data.institutions.state_words)


def _country_of(word: str, gazetteer) -> str | None:
    """The country a word names or qualifies ('Kyrgyzstan', 'Kyrgyz', 'Кыргызстана', 'Kirgistanu')."""
    stem = word[:-1]  # genitive → nominative: Кыргызстана, Грузии → Грузия, Gruzji → Gruzja
    for candidate in dict.fromkeys((word, stem, word[:-2], stem + "a", stem + "а", stem + "я")):
        if len(candidate) < 3:
            continue
        for entry in gazetteer.lookup(candidate):
            if entry.type == EntityType.PLACE and entry.country and getattr(entry, "demonyms", None):  # countries only
                return entry.country
        entry = gazetteer.demonym(candidate) if hasattr(gazetteer, "demonym") else None
        if entry is not None and entry.country:
            return entry.country
    return None


_FOUND: dict[tuple[int, str], tuple[str, str | None] | None] = {}
_GAZETTEERS: dict[int, object] = {}  # kept alive while their answers are: an id is not reused
_MAX_FOUND = 1 << 16


def institution_of(text: str, gazetteer) -> tuple[str, str | None] | None:
    """(kind, country or None) of a state body's name; None when it names no known kind."""
    key = (id(gazetteer), text)
    if key in _FOUND:
        return _FOUND[key]
    if len(_FOUND) >= _MAX_FOUND:
        _FOUND.clear()
        _GAZETTEERS.clear()
    _GAZETTEERS[id(gazetteer)] = gazetteer
    found = _FOUND[key] = _institution_of(text, gazetteer)
    return found


def _institution_of(text: str, gazetteer) -> tuple[str, str | None] | None:
    words = WORD.findall(text)
    country, rest = None, []
    for word in words:
        found = _country_of(word, gazetteer) if word[:1].isupper() else None
        if found and country is None:
            country = found
        elif not found:
            rest.append(word.lower())
    if country:
        rest = [w for w in rest if w not in _state_words()]
    while rest and rest[-1] in _connectors():
        rest.pop()
    while rest and rest[0] in _connectors():
        rest.pop(0)
    kind = _phrases().get(" ".join(rest))
    return (kind, country) if kind else None


def link_institutions(state: State) -> None:
    """Join the mentions of one body: by (kind, country) across the corpus, bare ones per article."""
    gazetteer = state.linker.gazetteer
    if gazetteer is None:
        return
    keyed: dict[int, tuple[str, str | None]] = {}
    for i, m in enumerate(state.mentions):
        if m.type == EntityType.ORGANIZATION and state.uf.gid[state.uf.find(i)] is None:
            found = institution_of(m.normal or m.text, gazetteer) or institution_of(m.text, gazetteer)
            if found:
                keyed[i] = found
    first: dict[tuple[str, str], int] = {}
    per_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, (kind, country) in sorted(keyed.items()):
        if country:
            state.uf.union(first.setdefault((kind, country), i), i)
            per_article[(state.mentions[i].article_id, kind)].add(country)
    for i, (kind, country) in sorted(keyed.items()):
        countries = per_article.get((state.mentions[i].article_id, kind), set())
        if country is None and len(countries) == 1:
            state.uf.union(first[(kind, next(iter(countries)))], i)
