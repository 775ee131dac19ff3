"""Mentions of hand-written articles for resolution tests."""
from __future__ import annotations

from kgraph.model import Entity, EntityType, Mention


class Doc:
    """Builds mentions of one article at increasing offsets."""

    def __init__(self, article_id: str, lang: str) -> None:
        self.article_id, self.lang, self.pos = article_id, lang, 0
        self.mentions: list[Mention] = []

    def m(self, text: str, kind: EntityType, normal: str | None = None, *, gap: int = 10,
          gid: str | None = None) -> "Doc":
        begin = self.pos + gap
        self.mentions.append(Mention(self.article_id, self.lang, begin, begin + len(text), text, kind,
                                     normal or text, gid))
        self.pos = begin + len(text)
        return self


def mentions(*docs: Doc) -> list[Mention]:
    return [m for d in docs for m in d.mentions]


def entity_of(entities: list[Entity], article_id: str, text: str) -> Entity:
    found = [e for e in entities if any(m.article_id == article_id and m.text == text for m in e.mentions)]
    assert len(found) == 1, (article_id, text, found)
    return found[0]


def same(entities: list[Entity], *where: tuple[str, str]) -> bool:
    return len({entity_of(entities, a, t).key for a, t in where}) == 1
