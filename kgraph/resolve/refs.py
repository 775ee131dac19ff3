"""Entity lookup for what the facts name: an article's entity refs (a mention, a gazetteer entry,
the publisher: :class:`~kgraph.model.EntityRef`) to the entities resolution made, minting one for a gazetteer entry the text implies
but never names. The resolution stage's answer to "which entity is this ref?", asked by the
cross-article event merging and by the graph."""
from __future__ import annotations

from kgraph.facts.refs import PUBLISHER_AT
from kgraph.model import Entity, EntityRef, EntityType, RefKind

from .build import entity_key

__all__ = ["EntityRefs"]

class EntityRefs:
    """Maps an article's entity refs to resolved entities; mints entities for gazetteer entries
    the text implies but never names."""

    def __init__(self, entities: list[Entity], entity_of: dict[tuple[str, int, int], Entity], gazetteer=None) -> None:
        self.entity_of = entity_of
        self.gazetteer = gazetteer
        self.by_gazetteer: dict[str, Entity] = {}
        for entity in entities:
            for m in entity.mentions:
                if m.gazetteer_id:
                    self.by_gazetteer.setdefault(m.gazetteer_id, entity)
        self.minted: dict[str, Entity] = {}

    def entity(self, article_id: str, ref: EntityRef) -> tuple[Entity | None, bool]:
        """(the entity, whether it was minted from the gazetteer)."""
        if ref.kind is RefKind.MENTION:
            return self.entity_of.get((article_id, ref.begin, ref.end)), False
        if ref.kind is RefKind.PUBLISHER:
            return self.entity_of.get((article_id, PUBLISHER_AT, PUBLISHER_AT)), False
        if ref.entry in self.by_gazetteer:
            return self.by_gazetteer[ref.entry], False
        return self._mint(ref.entry), True

    def _mint(self, entry_id: str) -> Entity | None:
        if entry_id in self.minted:
            return self.minted[entry_id]
        entry = self.gazetteer.get(entry_id) if self.gazetteer is not None else None
        if entry is None:
            return None
        kind = entry.type if isinstance(entry.type, EntityType) else EntityType(str(entry.type))
        entity = Entity(entity_key(kind, entry_id), kind, dict(entry.labels), {}, [], entry.wikidata, entry.geonames)
        self.minted[entry_id] = entity
        return entity
