"""Rule 3h: one name written alone in several languages, spelt as each writes it.

A person named only by one word in every article of a language ('Rashid' in Bulgarian, Czech
and Slovene articles, 'Рашид' in Russian ones; 'Tamír' in Czech, 'Omar Tamir' in Polish)
has no full name there through which the spellings would meet. A one-word person entity with no
full name and no gazetteer id joins, in disjoint languages, the one full-name person whose surname
its word is a spelling variant of (:func:`~.matching.names_match`, vowels freer across scripts,
an English final e silent there: 'Baldage', 'Балдадж'; the same first letter: 'Zloti' is no
'Sloat'), or of several the one named MINOR_RATIO times more often than any other, never a man's
and a woman's form of a surname ('Kowalski', 'Kowalska'); the one-word entities
left join each other so: the largest first, then each variant of it in languages not yet joined,
one per language.
"""
from __future__ import annotations

from kgraph.model import EntityType
from kgraph.translit import is_cyrillic

from .matching import bare_forms, gendered_pair, names_match, silent_e, skeleton
from .state import State
from .variants import MINOR_RATIO

__all__ = ["link_bare_variants"]


def link_bare_variants(state: State) -> None:
    """Join the one-word person entities whose words are spelling variants in disjoint languages
    (blocked by consonant skeleton, which parts.py keys as 'bk'; see the module)."""
    find, uf, names, mentions = state.uf.find, state.uf, state.names, state.mentions
    types = state.component_types()
    members = state.components()
    words: dict[int, set[str]] = {}  # bare root -> its words; full root -> its surnames
    bare: set[int] = set()
    blocks: dict[str, set[int]] = {}
    for root, group in members.items():
        if types[root] != EntityType.PERSON or uf.gid[root]:
            continue
        full = {names[i].surname for i in group if names[i].full and mentions[i].type == EntityType.PERSON}
        if full:
            words[root] = full
        elif all(len(names[i].tokens) == 1 and not names[i].initials and mentions[i].type == EntityType.PERSON
                 for i in group):
            words[root] = {names[i].tokens[0] for i in group}
            bare.add(root)
        else:
            continue
        for word in words[root]:
            for form in bare_forms(word):
                blocks.setdefault(skeleton(form), set()).add(root)
    langs = {root: {mentions[i].lang for i in members[root]} for root in words}
    scripts = {root: {is_cyrillic(mentions[i].text) for i in members[root]} for root in words}

    def variants(a: int, b: int) -> bool:
        cross = len(scripts[a]) == len(scripts[b]) == 1 and not scripts[a] & scripts[b]
        return not langs[a] & langs[b] and any(
            x[0] == y[0] and not gendered_pair(x, y)
            and (names_match((x,), (y,), cross) or cross and names_match((silent_e(x),), (silent_e(y),), cross))
            for x in words[a] for y in words[b])

    for root in sorted(bare):  # a bare name and the one full name of other languages it spells
        near = {r for word in words[root] for form in bare_forms(word) for r in blocks[skeleton(form)]}
        fits = _dominant([r for r in sorted(near - bare - {root}) if variants(root, r)], members)
        if len(fits) == 1:
            uf.union(fits[0], root)
    for _, roots in sorted(blocks.items()):  # in an order of content only (no set's order)
        roots = {r for r in roots if r in bare and find(r) == r}
        if len(roots) < 2:
            continue
        head, *rest = sorted(roots, key=lambda r: (-len(members[r]), r))
        joined = set(langs[head])
        for root in rest:
            if not langs[root] & joined and variants(head, root):
                uf.union(head, root)
                joined |= langs[root]


def _dominant(roots: list[int], members: dict[int, list[int]]) -> list[int]:
    """Of several full names a bare one may be, the one named MINOR_RATIO times more often than
    any other (a span cut badly once, 'Earlier Dorn', beside the 'Ilse Dorn' of many mentions)."""
    if len(roots) < 2:
        return roots
    ranked = sorted(roots, key=lambda r: (-len(members[r]), r))
    return ranked[:1] if len(members[ranked[0]]) >= MINOR_RATIO * len(members[ranked[1]]) else roots
