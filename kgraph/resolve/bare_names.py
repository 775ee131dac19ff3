"""Rule 3h: one name written alone in several languages, spelt as each writes it.

A person named only by one word in every article that names them ('Mohamed' in Bulgarian, Czech
and Slovene articles, 'Мухаммед' in Russian ones) has no full name through which the spellings
would meet. The one-word person entities with no full name and no gazetteer id join across
languages when their words are spelling variants (:func:`~.matching.names_match`, vowels freer
across scripts), never a man's and a woman's form of a surname ('Kowalski', 'Kowalska'): the
largest first, then each variant of it in languages not yet joined, one per language.
"""
from __future__ import annotations

from kgraph.model import EntityType
from kgraph.translit import is_cyrillic

from .matching import gendered_pair, hard_c, names_match, skeleton
from .state import State

__all__ = ["link_bare_variants"]


def link_bare_variants(state: State) -> None:
    """Join the one-word person entities whose words are spelling variants in disjoint languages
    (blocked by consonant skeleton, which parts.py keys as 'bk'; see the module)."""
    find, uf, names, mentions = state.uf.find, state.uf, state.names, state.mentions
    types = state.component_types()
    members: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        members.setdefault(find(i), []).append(i)
    words: dict[int, set[str]] = {}
    blocks: dict[str, set[int]] = {}
    for root, group in members.items():
        if types[root] != EntityType.PERSON or uf.gid[root] or any(
                len(names[i].tokens) != 1 or names[i].initials or mentions[i].type != EntityType.PERSON for i in group):
            continue
        words[root] = {names[i].tokens[0] for i in group}
        for word in words[root]:
            for form in {word, hard_c(word)}:
                blocks.setdefault(skeleton(form), set()).add(root)
    langs = {root: {mentions[i].lang for i in members[root]} for root in words}
    scripts = {root: {is_cyrillic(mentions[i].text) for i in members[root]} for root in words}
    for roots in blocks.values():
        if len(roots) < 2:
            continue
        head, *rest = sorted(roots, key=lambda r: (-len(members[r]), r))
        joined = set(langs[head])
        for root in rest:
            if langs[root] & joined or find(root) == find(head):
                continue
            cross = len(scripts[head]) == len(scripts[root]) == 1 and not scripts[head] & scripts[root]
            if any(names_match((a,), (b,), cross) and not gendered_pair(a, b) for a in words[head] for b in words[root]):
                uf.union(head, root)
                joined |= langs[root]
