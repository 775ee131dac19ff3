"""Rule 3g: a body named by one word of its name in articles that never write it in full.

Within an article a body's head noun alone follows its full name (rule 2, 'Unia' after 'Unia
Europejska'). Across articles a body is often named in full in some and by its distinctive word
in others ('Falke' for the pilots' union 'Vereinigung Falke', 'Novik' for 'Агентство Новик'):
a one-word organisation (no gazetteer entry, no other name) joins the one organisation of the
corpus whose multi-word name begins or ends on that word (by stem; of several, the one named
MINOR_RATIO times more often than any other: 'Svaz Vereinigung Falke' once beside the union's
name throughout), when that one has more mentions: the full name is the more common, the word its short form; a company named alone far
more often than a longer name holding its word ('Norvella', 'Norvella Energy') stays itself.
"""
from __future__ import annotations

from kgraph.model import EntityType

from .names import stem
from .state import State
from .variants import MINOR_RATIO

__all__ = ["link_head_words", "head_stems"]

HEAD_MIN_LETTERS = 5  # a shorter word names too many things ('Post', 'Bank')


def head_stems(tokens: tuple[str, ...], plain: tuple[str, ...], text: str) -> set[str]:
    """The stems a multi-word body's name may be named by alone: its first and last words, also as
    English spells them (not a number, not a hyphenated pair of names, 'Velomed-Genvax')."""
    if len(tokens) < 2 or "-" in text:
        return set()
    return {stem(t) for words in (tokens, plain) if words for t in {words[0], words[-1]}
            if not t.isdigit() and len(t) >= HEAD_MIN_LETTERS}


def link_head_words(state: State) -> None:
    """Join each one-word organisation to the one larger organisation named by a multi-word name
    that begins or ends on its word."""
    uf, names, mentions = state.uf, state.names, state.mentions
    types = state.component_types()
    members = state.components()
    full: dict[str, set[int]] = {}
    for root, group in members.items():
        if types[root] != EntityType.ORGANIZATION:
            continue
        for i in group:
            if mentions[i].type == EntityType.ORGANIZATION and not names[i].acronym:
                for s in head_stems(names[i].tokens, names[i].plain, mentions[i].text):
                    full.setdefault(s, set()).add(root)
    joins = []
    for root, group in sorted(members.items()):
        if types[root] != EntityType.ORGANIZATION or uf.gid[root] or any(
                mentions[i].type != EntityType.ORGANIZATION or len(names[i].tokens) != 1 or names[i].acronym
                or names[i].initials for i in group):
            continue
        words = {stem(names[i].tokens[0]) for i in group}
        if len(words) != 1 or len(word := words.pop()) < HEAD_MIN_LETTERS - 1:
            continue
        spelt = {word} | {stem(t) for i in group for t in names[i].plain}
        found = sorted({r for s in spelt for r in full.get(s, ())} - {root}, key=lambda r: (-len(members[r]), r))
        if found and (len(found) == 1 or len(members[found[0]]) >= MINOR_RATIO * len(members[found[1]])) \
                and len(members[found[0]]) > len(group):
            joins.append((found[0], root))
    for other, root in joins:
        uf.union(other, root)
