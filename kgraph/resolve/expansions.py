"""Rule 3d: an acronym only ever written as one in some languages ('TLP' in Czech and Polish
articles) names the one body of the corpus whose full name, written in other languages, it
spells ('Тахрик-э-Нур Бангла' read in Latin letters: the words' initials, short lower-case
words skippable). Within one article an acronym meets its expansion already (rule 2); this is
for the languages that only ever write one of the two."""
from __future__ import annotations

from kgraph.model import EntityType

from kgraph.translit import to_latin

from .names import spells_acronym
from .state import State
from .variants import Item, ItemStats

__all__ = ["link_expansions", "EXPANSION_MIN_LETTERS"]

EXPANSION_MIN_LETTERS = 3  # a two-letter acronym spells too many names


def _first_letter(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    return to_latin(letters[0])[:1].casefold() if letters else ""


def link_expansions(state: State, items: dict[Item, ItemStats]) -> None:
    """Join each bare acronym to the one full name of its type, in other languages, that it spells."""
    find = state.uf.find
    acronyms = [(item, st) for item, st in items.items()
                if st.acronym and item[0] != EntityType.PERSON and len(item[1]) == 1]
    if not acronyms:
        return
    full: dict[tuple[EntityType, str], list[tuple[ItemStats, str]]] = {}  # (type, first Latin letter) -> names
    for item, st in items.items():
        if not st.acronym and item[0] != EntityType.PERSON and len(state.names[st.first].letters) >= EXPANSION_MIN_LETTERS:
            m = state.mentions[st.first]
            full.setdefault((item[0], _first_letter(m.normal or m.text)), []).append((st, m.normal or m.text))
    written = {find(st.first) for item, st in items.items() if not st.acronym}  # roots with a full name
    for (kind, _), stats in sorted(acronyms, key=lambda pair: pair[1].first):
        root = find(stats.first)
        text = state.mentions[stats.first].text
        if root in written or state.uf.gid[root] or sum(c.isalpha() for c in text) < EXPANSION_MIN_LETTERS:
            continue
        fits = {find(st.first) for st, name in full.get((kind, _first_letter(text)), ())
                if not st.langs & stats.langs and spells_acronym(text, name)}
        if len(fits) == 1:
            state.uf.union(fits.pop(), stats.first)
