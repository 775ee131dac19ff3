"""Rule 3f: a name translated word for word (a calque: 'White House', 'Белый дом', 'Biały Dom';
'Supreme Court', 'Sąd Najwyższy'; 'Varta Stream 3', 'Вартовый поток-3') shares no spelling
between languages, but its words are common words whose translations are known: the calque
table (``ontology/nlp/calques.json``: a concept per word, each language's lemmas) maps each word,
by its stem, to a concept. Two names of one type, not people, of two words or more beside
numbers and connectors ('of', 'the'), every word a table word, with the same concepts (in any
order: an adjective goes before its noun in one language, after it in another) and the same
numbers, written in disjoint languages, are one entity; but a kind of state body every country
has ('Supreme Court') is left to :mod:`.institutions`, which tells whose it is."""
from __future__ import annotations

import re
from functools import lru_cache

from kgraph.model import EntityType
from kgraph.resources import read_json
from kgraph.translit import roman_number, word_key

from .cognates import is_state_body, join_by_key
from .names import deep_stem
from .state import State
from .variants import Item, ItemStats

__all__ = ["calque_key", "link_calques"]

CALQUES = "ontology/nlp/calques.json"  # a folder the cache versions read: an edit re-resolves
WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?", re.UNICODE)
ENDING_MAX = 3  # letters of a case ending the stemmer may leave on a word
STEM_MIN = 3  # a table stem met by a word's beginning has this many letters at least
FALLBACK = ("en", "de")  # a Latin word its language's table lacks may be written as English or German write it


def _stem(word: str, lang: str) -> str:
    return deep_stem(word_key(word, lang))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, str]], dict[str, frozenset[str]]]:
    """Language -> word stem -> concept (a stem two concepts share in a language is dropped), and
    language -> its connectors, casefolded."""
    data = read_json(CALQUES)
    found: dict[str, dict[str, set[str]]] = {}
    for concept, langs in data["concepts"].items():
        for lang, words in langs.items():
            for word in words:
                for form in {word, *word.split("-")}:
                    if (key := _stem(form, lang)):
                        found.setdefault(lang, {}).setdefault(key, set()).add(concept)
    tables = {lang: {key: next(iter(cs)) for key, cs in stems.items() if len(cs) == 1} for lang, stems in found.items()}
    connectors = {lang: frozenset(w.casefold() for w in words) for lang, words in data["connectors"].items()}
    return tables, connectors


def _lookup(table: dict[str, str], word: str, lang: str) -> str | None:
    """The concept of a word's stem, or of the longest table stem it opens on, ENDING_MAX letters
    from its end (a case form the stemmer leaves whole: 'bílého', 'Върховният')."""
    key = _stem(word, lang)
    if (found := table.get(key)) is not None:
        return found
    for whole in (key, word_key(word, lang)):
        for cut in range(1, ENDING_MAX + 1):
            if len(whole) - cut >= STEM_MIN and (found := table.get(whole[:-cut])) is not None:
                return found
    return None


def _concept(word: str, lang: str, tables: dict[str, dict[str, str]]) -> str | None:
    base = lang.split("-")[0]
    found = _lookup(tables.get(base, {}), word, base)
    if found is None and word.isascii():
        for other in FALLBACK:
            if other != base and (found := _lookup(tables[other], word, other)) is not None:
                break
    return found


@lru_cache(maxsize=1 << 14)
def calque_key(text: str, lang: str) -> tuple[str, ...] | None:
    """The sorted concepts of a name's words, then its numbers; None unless the name holds two
    words or more beside its numbers and connectors, each of them a table word."""
    tables, connectors = _tables()
    base = lang.split("-")[0]
    stops = connectors.get(base, frozenset()) | connectors["en"]
    concepts: list[str] = []
    numbers: list[str] = []
    for word in WORD.findall(text):
        if (number := str(int(word)) if word.isdigit() else roman_number(word)) is not None:
            numbers.append(number)
        elif word.casefold() not in stops:
            concept = _concept(word, lang, tables)
            if concept is None:
                return None
            concepts.append(concept)
    if len(concepts) < 2:
        return None
    return (*sorted(concepts), "#", *sorted(numbers))


def link_calques(state: State, items: dict[Item, ItemStats]) -> None:
    """Join the names of one type and one calque key written in disjoint languages, as
    :func:`.cognates.link_cognates` joins cognates."""
    def key(item: Item, stats: ItemStats) -> tuple | None:
        if item[0] == EntityType.PERSON or stats.acronym or len(item[1]) < 2:
            return None
        m = state.mentions[stats.first]
        found = calque_key(m.normal or m.text, m.lang)
        return (item[0], found) if found is not None and not is_state_body(state, m.normal or m.text) else None

    join_by_key(state, items, key)
