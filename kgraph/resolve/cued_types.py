"""Rule 3i: a name whose type words around it said, read as a person's elsewhere.

A model that does not know the name of a body often reads it as a person's; where a cue word
stands beside it ('linie lotnicze Norvata', 'компания Тарвел') the type is said
(``Mention.cued``). In other articles of the same language, or other sentences, the same name
may still be read as a person's, and typed blocking would then keep the two apart. So may the
first word of a body's cued name, named alone ('Norvata' beside 'linie lotnicze Norvata Air').

A person entity of the corpus is that thing when each of its mentions is uncued, unlinked, and
either the very key of a name cued as one thing's type in its language, or one word that is the
key of such a name or the first word of an organisation's cued name, which no full person name
of the corpus holds ('Jan Norvata' keeps his person: the word may be his). No name of that key
(or word) may be cued as a person's, nor as two things. Its mentions are then read as that type,
before the corpus's names are joined by key, so that they join the thing of that name.
"""
from __future__ import annotations

from kgraph.model import EntityType

from .state import State

__all__ = ["retype_cued_words"]


def retype_cued_words(state: State) -> None:
    """Read as the cued thing's type the 'person' entities named as a cue said a thing is (see
    the module's rules)."""
    mentions, names, find, gid = state.mentions, state.names, state.uf.find, state.uf.gid
    said: dict[tuple[str, tuple[str, ...]], set[EntityType]] = {}  # (language, key) -> cued types
    first: dict[tuple[str, str], set[EntityType]] = {}  # (language, first word of an organisation's cued long name)
    people_words: set[str] = set()
    for i, m in enumerate(mentions):
        name = names[i]
        if m.type == EntityType.PERSON and len(name.tokens) >= 2:
            people_words.update(name.tokens)
        if not m.cued or i in state.retyped or not _plain(state, i):
            continue
        said.setdefault((m.lang, name.tokens), set()).add(m.type)
        if len(name.tokens) >= 2 and m.type == EntityType.ORGANIZATION:
            first.setdefault((m.lang, name.tokens[0]), set()).add(m.type)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    for root, group in groups.items():
        if gid[root]:
            continue
        kinds: set[EntityType] = set()
        for i in group:
            m, tokens = mentions[i], names[i].tokens
            if m.type != EntityType.PERSON or m.cued or i in state.retyped or not _plain(state, i):
                break
            if len(tokens) == 1:
                if tokens[0] in people_words:
                    break
                found = said.get((m.lang, tokens), set()) | first.get((m.lang, tokens[0]), set())
            else:
                found = said.get((m.lang, tokens), set())
            kinds |= found or {EntityType.PERSON}
        else:
            if len(kinds) == 1 and (kind := kinds.pop()) != EntityType.PERSON:
                for i in group:
                    state.retyped[i] = kind


def _plain(state: State, i: int) -> bool:
    """A name of words alone: no initials, no acronym, no gazetteer id."""
    name = state.names[i]
    return bool(name.tokens) and not name.initials and not name.acronym and not state.mentions[i].gazetteer_id
