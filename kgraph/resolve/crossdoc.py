"""Rule 3: resolution across articles and languages, by blocking on keys (never all pairs)."""
from __future__ import annotations

from kgraph.model import EntityType

from .state import State
from .variants import Item, ItemStats, variant_pairs

__all__ = ["link_corpus"]


def link_corpus(state: State) -> None:
    """Join components across articles: equal keys, spelling variants, then bare surnames."""
    types = state.component_types()
    items = _exact(state, types)
    _mistyped_people(state, types, items)
    for a, b in variant_pairs(items):
        state.uf.union(a, b)
    _surnames(state, state.component_types())


def _exact(state: State, types: dict[int, EntityType]) -> dict[Item, ItemStats]:
    """Union equal full-name keys of one type; return each key's statistics, for variants."""
    items: dict[Item, ItemStats] = {}
    find = state.uf.find
    for i, name in enumerate(state.names):
        kind = types[find(i)]
        if kind == EntityType.PERSON:
            if not name.full or state.mentions[i].type != EntityType.PERSON:
                continue
            item: Item = (kind, name.identity)
        elif name.key:
            item = (kind, tuple(name.key.split()))
        else:
            continue
        stats = items.get(item)
        if stats is None:
            stats = items[item] = ItemStats(i)
        stats.count += 1
        stats.acronym = stats.acronym and name.acronym
        stats.langs.add(state.mentions[i].lang)
        state.uf.union(stats.first, i)
    return items


def _mistyped_people(state: State, types: dict[int, EntityType], items: dict[Item, ItemStats]) -> None:
    """A full person name tagged as a place or organisation (and unknown to the gazetteer) in
    one article joins the person of that exact name found elsewhere; the majority then decides."""
    find, uf = state.uf.find, state.uf
    for i, name in enumerate(state.names):
        root = find(i)
        if types[root] == EntityType.PERSON or uf.gid[root] or name.acronym or not name.full:
            continue
        person = items.get((EntityType.PERSON, name.identity))
        if person is not None and uf.union(person.first, i):
            state.retyped[i] = EntityType.PERSON


def _surnames(state: State, types: dict[int, EntityType]) -> None:
    """A partial-name person joins the one full-name person with that surname, if exactly one."""
    find, names = state.uf.find, state.names
    by_surname: dict[str, set[int]] = {}
    letters: dict[int, set[str]] = {}
    has_full: set[int] = set()
    for i, name in enumerate(names):
        root = find(i)
        if types[root] == EntityType.PERSON and name.full:
            has_full.add(root)
            by_surname.setdefault(name.surname, set()).add(root)
            letters.setdefault(root, set()).update(t[0] for t in name.tokens[:-1])
    partial: dict[int, list[int]] = {}
    for i, name in enumerate(names):
        root = find(i)
        if types[root] == EntityType.PERSON and root not in has_full and name.tokens:
            partial.setdefault(root, []).append(i)
    groups: dict[tuple, int] = {}
    for members in sorted(partial.values(), key=lambda group: group[0]):
        if any(i in state.ambiguous for i in members):
            continue
        tokens = {t for i in members for t in names[i].tokens}
        if len(tokens) != 1:
            continue
        surname = tokens.pop()
        initials = {c for i in members for c in names[i].initials}
        fits = sorted(r for r in by_surname.get(surname, ()) if initials <= letters[r])
        if len(fits) == 1:
            state.uf.union(fits[0], members[0])
        elif not fits:
            key = (surname, tuple(sorted(initials)))
            state.uf.union(groups.setdefault(key, members[0]), members[0])
