"""Rule 3e: a part of a country named by a compass word ('Northern Ireland': 'Irlandia Północna',
'Severní Irsko', 'Північна Ірландія', 'Северна Ирландия') is translated word for word, but its
compass word shares no spelling between languages. Which words are compass words, and which of
them mean one direction, the gazetteer's world regions tell: their CLDR names are a continent's
name and one qualifier ('Europa Północna', 'Північна Європа', 'Northern Europe'), so each
language's qualifier is known by the English one. Places of two words, a qualifier and the name
of one country, with one (qualifier, country) written in disjoint languages are one place (not
the country: 'Northern Ireland' is no entry of the gazetteer)."""
from __future__ import annotations

from typing import Any

from kgraph.model import EntityType
from kgraph.translit import word_key

from .cognates import join_by_key
from .gazetteer_link import Linker, entry_type
from .names import deep_stem
from .state import State
from .variants import Item, ItemStats

__all__ = ["compass_key", "compass_noun", "link_compass"]

_TABLES: dict[int, tuple[Any, dict[str, str]]] = {}  # id(gazetteer) -> (gazetteer, qualifier stem -> direction)
_NOUNS: dict[int, tuple[Any, dict[str, str]]] = {}  # id(gazetteer) -> (gazetteer, noun stem -> direction)
CARDINAL = frozenset({"western", "eastern", "northern", "southern"})
NOUN_MIN_LETTERS = 4  # a compass noun's stem has this many letters at least ('zapad', 'vjod')


def _qualifiers(gazetteer: Any) -> dict[str, str]:
    """Deep stem of a qualifier's key in any language -> its direction (an English qualifier,
    the smallest of those one stem stands for: 'central' for Central Asia and Middle Africa)."""
    cached = _TABLES.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    entries = [e for e in (gazetteer if hasattr(gazetteer, "__iter__") else ())
               if str(e.id).startswith("region:") and not e.country and entry_type(e) == EntityType.PLACE]
    whole = {(lang, label.casefold()) for e in entries for lang, label in e.labels.items() if " " not in label}
    found: dict[str, set[str]] = {}  # stem -> English qualifiers
    for e in entries:
        english = _qualifier(e.labels.get("en", ""), "en", whole)
        if english is None:
            continue
        for lang, label in e.labels.items():
            word = _qualifier(label, lang, whole)
            if word is not None and (stem := deep_stem(word_key(word, lang))):
                found.setdefault(stem, set()).add(english.casefold())
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for directions in found.values():
        first, *rest = sorted(directions)
        for other in rest:
            a, b = sorted((root(first), root(other)))
            parent[b] = a
    table = {stem: root(min(directions)) for stem, directions in found.items()}
    _TABLES[id(gazetteer)] = (gazetteer, table)
    return table


def _nouns(gazetteer: Any) -> dict[str, str]:
    """Deep stem of a cardinal direction's noun in any language -> its direction: the
    qualifier's stem less the Slavic adjective suffix -n- ('zapadn-' of 'западная' gives 'zapad',
    'Запад', 'Západ'; 'vjodn-' of 'vzhodna' gives 'vjod', 'vzhod'), whose k turns to č before
    it ('vostochn-' gives 'vostok', 'Восток')."""
    cached = _NOUNS.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    table: dict[str, str] = {}
    for stem, direction in _qualifiers(gazetteer).items():
        if direction not in CARDINAL or not stem.endswith("n") or len(stem) - 1 < NOUN_MIN_LETTERS:
            continue
        noun = stem[:-1]
        for form in (noun, noun[:-2] + "k") if noun.endswith("ch") else (noun,):
            table.setdefault(form, direction)
    _NOUNS[id(gazetteer)] = (gazetteer, table)
    return table


def compass_noun(text: str, lang: str, linker: Linker) -> str | None:
    """The direction a one-word name is the noun of ('Zachód', 'Запада': the West), or None."""
    if linker.gazetteer is None or len(text.split()) != 1:
        return None
    return _nouns(linker.gazetteer).get(deep_stem(word_key(text, lang)))


def _qualifier(label: str, lang: str, whole: set[tuple[str, str]]) -> str | None:
    """The word of a two-word region name beside its continent's name, if it is that."""
    words = label.split()
    if len(words) != 2:
        return None
    rest = [w for w in words if (lang, w.casefold()) not in whole]
    return rest[0] if len(rest) == 1 else None


def compass_key(text: str, lang: str, linker: Linker) -> tuple[str, str] | None:
    """(direction, country id) of a place named by a qualifier and one country, or None."""
    if linker.gazetteer is None:
        return None
    words = text.split()
    if len(words) != 2:
        return None
    table = _qualifiers(linker.gazetteer)
    for i, word in enumerate(words):
        direction = table.get(deep_stem(word_key(word, lang)))
        if direction is None:
            continue
        country = linker.country_named(words[1 - i], lang)
        if country is not None:
            return direction, country
    return None


def link_compass(state: State, items: dict[Item, ItemStats]) -> None:
    """Join the two-word places of one (qualifier, country) written in disjoint languages, as
    :func:`.cognates.link_cognates` joins cognates."""
    def key(item: Item, stats: ItemStats) -> tuple[str, str] | None:
        if item[0] != EntityType.PLACE or stats.acronym or len(item[1]) != 2:
            return None
        m = state.mentions[stats.first]
        return compass_key(m.normal or m.text, m.lang, state.linker)

    join_by_key(state, items, key)
    _link_nouns(state)


def _link_nouns(state: State) -> None:
    """'The West' named by its noun ('Zachód', 'Západ', 'Запад') is one thing in every language,
    whatever type a model gave the word: the one-word entities of a direction's noun join, the
    largest first, one per language as :func:`.cognates.join_across_languages` joins them. An
    entity with a full person name or a gazetteer id is left alone (a surname 'Sever')."""
    uf = state.uf
    held = state.components()
    groups: dict[str, list[int]] = {}
    for root, members in sorted(held.items()):
        if uf.gid[root] or any(state.names[i].full for i in members):
            continue
        found = {compass_noun(state.mentions[i].normal or state.mentions[i].text, state.mentions[i].lang, state.linker)
                 for i in members}
        if len(found) == 1 and (direction := found.pop()) is not None:
            groups.setdefault(direction, []).append(root)
    for roots in groups.values():
        roots.sort(key=lambda r: (-len(held[r]), r))
        joined: set[str] = set()
        for root in roots:
            langs = {state.mentions[i].lang for i in held[root]}
            if joined and langs & joined:
                continue
            if joined:
                uf.union(roots[0], root)
            joined |= langs
