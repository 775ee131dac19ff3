"""Rule 3f: a 'person' that the articles of other languages name as a thing.

A model that does not know a name often reads it as a person's: a city ('Malaga' in a Polish
article, named as a place in Bulgarian ones), a newspaper ('Financial Timesem'), a disease named
with a number ('Ковид-19' beside 'COVID-19'). Typed blocking then keeps that 'person' from the
thing it is, named in other languages. A person entity is such a slip when nothing in it says
person (no mention's type cued by the words around it, no gazetteer person) and one thing's entity
of as many mentions at least, in languages it is not named in, has exactly one of its names:

- a mention the person entity holds that is itself read as that kind of thing (a thing mention
  outvoted by its article's person readings: 'COVID-19' beside 'Ковид-19');
- or its full name ('Financial Times', a leading English 'the' aside: 'The Financial Times'),
  also translated word for word (its calque key, :mod:`.calques`: 'Green Stream', 'Зелен поток');
- or, when it has no full name and no full person name of the corpus holds its word, its one
  word ('Malaga'), which must then be the gazetteer's name of that thing in its own language when
  the thing is a gazetteer entry (a bare surname never becomes a town merely by its spelling).

The thing is named in other languages, or in other letters: a 'person' written in Cyrillic
meets a thing's Latin name as a transcription writes it ('Ковид-19' and 'COVID-19' in one
Bulgarian article). The person's mentions are then read as that thing's type.
"""
from __future__ import annotations

from dataclasses import replace

from kgraph.model import EntityType
from kgraph.translit import is_cyrillic

from .calques import calque_key
from .matching import hard_c
from .state import State
from .variants import Item, ItemStats

__all__ = ["link_weak_people", "thing_keys"]

_CALQUE = "#calque"  # no word key: a key's words are letters and digits
_ARTICLE = "the"  # an English article opening a name: 'The Financial Times' is 'Financial Times'


def thing_keys(tokens: tuple[str, ...], plain: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The keys a name meets a thing's by here: its keyed words, its English reading, each also
    without a leading English article when two words or more remain, and as a Cyrillic
    transcription writes an English c (:func:`~.matching.hard_c`)."""
    found = {k for k in (tokens, plain) if k}
    found |= {k[1:] for k in found if len(k) >= 3 and k[0] == _ARTICLE}
    return found | {tuple(map(hard_c, k)) for k in found}


def link_weak_people(state: State, items: dict[Item, ItemStats]) -> None:
    """Join each person entity that nothing says is a person to the one thing of another
    language that has one of its names (see the module's rules)."""
    uf, names, mentions = state.uf, state.names, state.mentions
    types = state.component_types()
    members = state.components()
    things: dict[tuple[str, ...], set[tuple[int, bool]]] = {}  # key -> (root, written in Cyrillic)
    people_words: set[str] = set()
    for root, group in members.items():
        if types[root] == EntityType.PERSON:
            people_words.update(t for i in group if names[i].full for t in names[i].tokens)
            continue
        for i in group:
            for key in _keys(state, i):
                things.setdefault(key, set()).add((root, is_cyrillic(mentions[i].text)))
    langs = {root: {mentions[i].lang for i in group} for root, group in members.items()}
    joins: list[tuple[int, int]] = []
    for root, group in sorted(members.items()):
        if types[root] != EntityType.PERSON or uf.gid[root] or any(
                mentions[i].cued and mentions[i].type == EntityType.PERSON and i not in state.retyped for i in group):
            continue
        full = [i for i in group if names[i].full and mentions[i].type == EntityType.PERSON]
        found: set[int] = set()
        for i in group:
            m, name = mentions[i], names[i]
            if m.type != EntityType.PERSON:
                kinds = {m.type}
            elif full and i not in full or not full and (len(name.tokens) != 1 or name.tokens[0] in people_words):
                continue
            else:
                kinds = None
            numbered = any(t.isdigit() for t in name.tokens)  # no person's name: also in its language
            for key in _keys(state, i):
                for other, cyrillic in things.get(key, ()):
                    if (langs[other] & langs[root] and cyrillic == is_cyrillic(m.text) and not numbered
                            or kinds is not None and types[other] not in kinds or len(members[other]) < len(group)
                            or not _entry_named(state, i, other, types[other])):
                        continue
                    found.add(other)
        if len(found) == 1:
            joins.append((found.pop(), root))
    for other, root in joins:  # after every look: one join does not change what the next one reads
        kind = types[other]
        if uf.union(other, root):
            for i in members[root]:
                state.retyped[i] = kind


def _keys(state: State, i: int) -> set[tuple[str, ...]]:
    """:func:`thing_keys` of mention ``i``'s name, and its calque key (:func:`~.calques.calque_key`)."""
    name, m = state.names[i], state.mentions[i]
    found = thing_keys(tuple(name.key.split()), name.plain)
    if (calque := calque_key(m.normal or m.text, m.lang)) is not None:
        found.add((_CALQUE, *calque))
    return found


def _entry_named(state: State, i: int, root: int, kind: EntityType) -> bool:
    """Whether mention ``i`` may join the thing ``root``: it is no gazetteer entry, or ``i`` read
    as that thing's type names that very entry in its own language."""
    gid = state.uf.gid[root]
    if not gid:
        return True
    m = state.mentions[i]
    return state.linker.find(replace(m, type=kind)) == gid
