"""Rule 3: resolution across articles and languages, by blocking on keys (never all pairs)."""
from __future__ import annotations

from kgraph.model import EntityType

from .matching import names_match, persons_match
from .state import State

__all__ = ["link_corpus", "WINDOW"]

WINDOW = 6  # sorted-neighbourhood window: each blocking string is compared with the next WINDOW ones

_Item = tuple[EntityType, tuple[str, ...]]


def link_corpus(state: State) -> None:
    """Join components across articles: equal keys, spelling variants, then bare surnames."""
    types = state.component_types()
    items = _exact(state, types)
    for a, b in _variant_pairs(items):
        state.uf.union(a, b)
    _surnames(state, state.component_types())


def _exact(state: State, types: dict[int, EntityType]) -> dict[_Item, int]:
    """Union equal full-name keys of one type; return item → first mention, for fuzzy matching."""
    items: dict[_Item, int] = {}
    find = state.uf.find
    for i, name in enumerate(state.names):
        kind = types[find(i)]
        if kind == EntityType.PERSON:
            if not name.full or state.mentions[i].type != EntityType.PERSON:
                continue
            item: _Item = (kind, name.identity)
        elif name.key:
            item = (kind, ("\x00" + name.key,) if name.acronym else tuple(name.key.split()))
        else:
            continue
        state.uf.union(items.setdefault(item, i), i)
    return items


def _blocking_strings(item: _Item) -> list[str]:
    kind, tokens = item
    if tokens[0].startswith("\x00"):
        return []  # acronyms meet by equal key only
    joined = " ".join(tokens)
    strings = [joined[::-1]]
    if kind == EntityType.PERSON and len(tokens) <= 4:
        strings += [" ".join(tokens[k:] + tokens[:k]) for k in range(len(tokens))]
    else:
        strings.append(joined)
    return strings


def _variant_pairs(items: dict[_Item, int]) -> list[tuple[int, int]]:
    """Pairs of spelling variants among items: sorted neighbourhood per type (n log n)."""
    entries = sorted((item[0].value, s, item) for item in items for s in _blocking_strings(item))
    pairs: set[tuple[int, int]] = set()
    for pos, (kind, _, item) in enumerate(entries):
        for other_kind, _, other in entries[pos + 1 : pos + 1 + WINDOW]:
            if other_kind != kind or other == item:
                continue
            a, b = items[item], items[other]
            if (min(a, b), max(a, b)) in pairs:
                continue
            match = persons_match if item[0] == EntityType.PERSON else names_match
            if match(item[1], other[1]):
                pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


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
    for root, members in sorted(partial.items(), key=lambda kv: kv[1][0]):
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
