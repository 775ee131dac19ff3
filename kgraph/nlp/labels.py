"""Entity labels shared by every pipeline, and their mapping to the graph's types."""
from __future__ import annotations

from kgraph.model import EntityType

__all__ = ["LABELS", "entity_type"]

# NER labels of the models kgraph wraps → the four types of the contract.
# Labels absent here (DATE, NORP, MONEY, …) are not named entities of the graph.
LABELS: dict[str, EntityType] = {
    "PERSON": EntityType.PERSON,
    "PER": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "EVENT": EntityType.EVENT,
}

LABEL_OF_TYPE: dict[EntityType, str] = {
    EntityType.PERSON: "PERSON",
    EntityType.ORGANIZATION: "ORG",
    EntityType.PLACE: "LOC",
    EntityType.EVENT: "EVENT",
}


def entity_type(label: str) -> EntityType | None:
    return LABELS.get(label)
