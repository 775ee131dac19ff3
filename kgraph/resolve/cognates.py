"""Rule 3c: one name of a thing translated word for word between Slavic languages.

A body, place or event of two words or more is often named in each language by the cognates of
the same words, in the order and with the endings of that language: 'Morze Czarne', 'Černé moře',
'Черно море'; 'Partia Konserwatywna', 'Консервативная партия'; 'Evropski svet', 'Европейски
съвет'. Their keys share no spelling, but each word's consonants, once its case ending is cut,
agree: the name's *cognate key* is the sorted consonant skeletons of its stems. Names of one type
with one cognate key, written in disjoint languages, are one thing. An adjective keeps its
suffix ('evropsk-' is not 'evrop-'), so 'Rada Europy' (of Europe) stays apart from 'Evropská
rada' (European).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable

from kgraph.model import EntityType

from .institutions import institution_of
from .matching import skeleton
from .names import stem
from .state import State
from .variants import Item, ItemStats, across_scripts

__all__ = ["cognate_key", "link_cognates", "COGNATE_MIN_CONSONANTS"]

COGNATE_MIN_CONSONANTS = 5  # the whole name's, at least: a shorter key is no evidence
_WORD_MIN_CONSONANTS = 2  # each word's ('UE', 'of' are no cognates)
# Polish 'rz' is the Czech 'ř' (keyed 'rj', whose j a skeleton drops) and the 'r' of the others;
# the adjective suffixes '-cki', '-tski', '-ski', '-stka' are one: s, t, c before a k are one s
# (bałtycki, baltský, балтийски; Bulgarian '-истка', Russian '-истская'); a bare 'tk' stays ('Arktyki').
_RZ = re.compile(r"rz")
_CK = re.compile(r"[stc]*[sc][stc]*k")


@functools.lru_cache(maxsize=1 << 16)
def _word(token: str) -> str:
    base = _RZ.sub("r", stem(token))
    return _CK.sub("sk", skeleton(base))


def cognate_key(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The sorted consonant skeletons of a name's stems, then its numbers as written ('Severni
    potok 2'); None when the name is too short to say anything: fewer than two words beside its
    numbers, a word of fewer than two consonants."""
    numbers = tuple(sorted(t for t in tokens if t.isdigit()))
    words = tuple(sorted(_word(t) for t in tokens if not t.isdigit()))
    if (len(words) < 2 or any(len(w) < _WORD_MIN_CONSONANTS for w in words)
            or sum(map(len, words)) < COGNATE_MIN_CONSONANTS):
        return None
    return words + numbers


def link_cognates(state: State, items: dict[Item, ItemStats]) -> None:
    """Join the names of one type and cognate key written in disjoint languages; a name seen in
    a language of another already joined is not joined to it (there it is a different name, kept
    apart by the stricter rules of one language); a state body ('Supreme Court') is left to
    :mod:`.institutions`, which joins it by its country."""
    def key(item: Item, stats: ItemStats) -> Hashable | None:
        if item[0] == EntityType.PERSON or stats.acronym:
            return None
        mention = state.mentions[stats.first]
        if is_state_body(state, mention.normal or mention.text):
            return None  # a state body of some country: rule 2b joins it by its country
        found = cognate_key(state.names[stats.first].tokens)  # as its language spells it, not as English
        return (item[0], found) if found is not None else None

    join_by_key(state, items, key)


def is_state_body(state: State, text: str) -> bool:
    """A kind of state body every country has ('Supreme Court', 'Върховен съд'): whose it is, its
    article tells (:mod:`.institutions`), not its words."""
    return state.linker.gazetteer is not None and institution_of(text, state.linker.gazetteer) is not None


def join_by_key(state: State, items: dict[Item, ItemStats], key: Callable[[Item, ItemStats], Hashable | None]) -> None:
    """Group the names by ``key`` (None: in no group), then join each group across languages."""
    groups: dict[Hashable, list[Item]] = {}
    for item, stats in items.items():
        if (found := key(item, stats)) is not None:
            groups.setdefault(found, []).append(item)
    join_across_languages(state, items, groups.values())


def join_across_languages(state: State, items: dict[Item, ItemStats], groups: Iterable[list[Item]]) -> None:
    """In each group, most frequent first, join every name whose languages none joined before
    holds: one name per language joins, a second one there stays apart; but a name only ever
    written in Latin letters and one only ever in Cyrillic are no two names of one language (a
    Ukrainian article quotes the original 'Varta Stream' beside its translation 'Вартовий потік')."""
    for group in groups:
        if len(group) < 2:
            continue
        group.sort(key=lambda it: (-items[it].count, it))
        joined: list[ItemStats] = []
        for item in group:
            stats = items[item]
            if all(not stats.langs & other.langs or across_scripts(stats, other) for other in joined):
                if joined:
                    state.uf.union(joined[0].first, stats.first)
                joined.append(stats)
