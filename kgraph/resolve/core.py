"""The resolution pipeline: gazetteer ids, then each article, then the corpus, then entities."""
from __future__ import annotations

from typing import Sequence

from kgraph.model import Entity, EntityType, Mention

from .build import build_entities, disambiguate
from .crossdoc import link_corpus
from .gazetteer_link import GazetteerLike, Linker
from .institutions import link_institutions
from .local import link_article, person_words, thing_words
from .names import parse_name
from .state import State, mention_order

__all__ = ["resolve", "resolve_raw"]


def resolve(mentions: Sequence[Mention], gazetteer: GazetteerLike | None = None) -> list[Entity]:
    """Group mentions into entities, one per real-world thing; same input → same output."""
    return disambiguate(resolve_raw(mentions, gazetteer))


def resolve_raw(mentions: Sequence[Mention], gazetteer: GazetteerLike | None = None) -> list[Entity]:
    """The entities of :func:`resolve` before entities sharing a key are told apart (a key is
    made of one entity's own mentions; :mod:`kgraph.resolve.parts` resolves parts separately)."""
    state = State(sorted(set(mentions), key=mention_order), Linker(gazetteer))
    words_of_people = person_words(state)
    for i, gid in enumerate(state.linker.initial_ids(state.mentions, state.names)):
        if i in words_of_people:
            state.retyped[i] = EntityType.PERSON  # 'Соколова' after 'Мария Соколова': not the town
            m = state.mentions[i]
            state.names[i] = parse_name(m.text, m.lang)  # the word as written, not the town's name
            continue
        state.tag(i, gid)
    state.thing_words = thing_words(state)
    for idxs in _by_article(state.mentions).values():
        link_article(state, idxs)
    _late_lookups(state)
    link_institutions(state)
    link_corpus(state)
    return build_entities(state)


def _by_article(mentions: list[Mention]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        out.setdefault(m.article_id, []).append(i)
    return out


def _late_lookups(state: State) -> None:
    """Partial person names that found no full name in their article may still name an entry:
    a person of the gazetteer, or a country ('Гърция' read as a person: no full name holds it,
    every mention of it is that one word, and the gazetteer knows one country of that name)."""
    if state.linker.gazetteer is None:
        return
    find, uf = state.uf.find, state.uf
    with_full = {find(i) for i, n in enumerate(state.names) if n.full}
    keys: dict[int, set[str]] = {}
    for i, n in enumerate(state.names):
        keys.setdefault(find(i), set()).add(n.key if len(n.tokens) == 1 and not n.initials else "")
    for i, m in enumerate(state.mentions):
        root = find(i)
        if (m.type == EntityType.PERSON and uf.gid[root] is None and root not in with_full
                and i not in state.ambiguous and state.names[i].tokens):
            gid = state.linker.find(m)
            if gid is None and len(keys[root]) == 1 and "" not in keys[root]:
                gid = state.linker.country(m)
            state.tag(i, gid)
