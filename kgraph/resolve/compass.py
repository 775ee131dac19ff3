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

from .cognates import join_across_languages
from .gazetteer_link import Linker, entry_type
from .names import deep_stem
from .state import State
from .variants import Item, ItemStats

__all__ = ["compass_key", "link_compass"]

_TABLES: dict[int, tuple[Any, dict[str, str]]] = {}  # id(gazetteer) -> (gazetteer, qualifier stem -> direction)


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
    groups: dict[tuple[str, str], list[Item]] = {}
    for item, stats in items.items():
        if item[0] != EntityType.PLACE or stats.acronym or len(item[1]) != 2:
            continue
        m = state.mentions[stats.first]
        key = compass_key(m.normal or m.text, m.lang, state.linker)
        if key is not None:
            groups.setdefault(key, []).append(item)
    join_across_languages(state, items, groups.values())
