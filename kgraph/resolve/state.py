"""The working state of one resolution run, shared by its phases."""
from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.model import EntityType, Mention

from .gazetteer_link import Linker
from .names import ParsedName, is_acronym, parse_name
from .unionfind import UnionFind

__all__ = ["State", "mention_order"]

_TYPE_ORDER = {t: i for i, t in enumerate(EntityType)}


def mention_order(m: Mention) -> tuple:
    """A total order of mentions that depends on their content only."""
    return (m.article_id, m.begin, m.end, m.text, _TYPE_ORDER[m.type], m.normal, m.lang, m.gazetteer_id or "")


@dataclass
class State:
    """Mentions in canonical order, their parsed names, the union-find and per-mention flags."""

    mentions: list[Mention]
    linker: Linker
    names: list[ParsedName] = field(init=False)
    uf: UnionFind = field(init=False)
    ambiguous: set[int] = field(default_factory=set)  # partial names with 2+ candidates in their article
    by_gid: dict[str, int] = field(default_factory=dict)
    retyped: dict[int, EntityType] = field(default_factory=dict)  # type votes corrected by context
    thing_words: set[str] = field(default_factory=set)  # words named alone as bodies far more than in people's names

    def __post_init__(self) -> None:
        self.names = [
            parse_name(m.normal or m.text, m.lang, _acronym_surface(m)) for m in self.mentions
        ]
        self.uf = UnionFind(len(self.mentions))

    def tag(self, i: int, gid: str | None) -> None:
        """Give mention ``i`` gazetteer id ``gid`` and join it with that entry's other mentions."""
        if not gid:
            return
        self.uf.tag(i, gid)
        first = self.by_gid.setdefault(gid, i)
        if first != i:
            self.uf.union(first, i)

    def components(self) -> dict[int, list[int]]:
        """Root → its mentions' indices, in order, as the union-find holds them now."""
        find = self.uf.find
        members: dict[int, list[int]] = {}
        for i in range(len(self.mentions)):
            members.setdefault(find(i), []).append(i)
        return members

    def component_types(self) -> dict[int, EntityType]:
        """Root → type: the gazetteer entry's, else the majority of its mentions' types, counting
        only the mentions whose type words around them said ('pandemia COVID-19', 'firma Norvata')
        where there are any: a model's guess in other articles does not outvote them."""
        kinds = list(EntityType)
        votes: dict[int, list[int]] = {}
        said: dict[int, list[int]] = {}
        find = self.uf.find
        for i, m in enumerate(self.mentions):
            kind = self.retyped.get(i, m.type)
            row = votes.get(root := find(i))
            if row is None:
                row = votes[root] = [0] * len(kinds)
            row[_TYPE_ORDER[kind]] += 1
            if m.cued and i not in self.retyped:
                said.setdefault(root, [0] * len(kinds))[_TYPE_ORDER[kind]] += 1
        out: dict[int, EntityType] = {}
        for root, row in votes.items():
            fixed = self.linker.type_of(self.uf.gid[root]) if self.uf.gid[root] else None
            row = said.get(root, row)
            out[root] = fixed or kinds[max(range(len(kinds)), key=lambda k: (row[k], -k))]
        return out


def _acronym_surface(m: Mention) -> bool:
    return m.type != EntityType.PERSON and is_acronym(m.text)
