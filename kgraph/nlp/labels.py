"""Entity labels shared by every pipeline, and their mapping to the graph's types."""
from __future__ import annotations

from kgraph.model import EntityType

__all__ = ["LABELS", "entity_type"]

# NER labels of the models kgraph wraps → the types of the contract. "PRO" is kgraph's own
# product label (set by the gazetteer step); spaCy's PRODUCT, like the labels absent here (DATE,
# NORP, MONEY, …), is no named entity of the graph.
LABELS: dict[str, EntityType] = {
    "PERSON": EntityType.PERSON,
    "PER": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "EVENT": EntityType.EVENT,
    "PRO": EntityType.PRODUCT,
}

LABEL_OF_TYPE: dict[EntityType, str] = {
    EntityType.PERSON: "PERSON",
    EntityType.ORGANIZATION: "ORG",
    EntityType.PLACE: "LOC",
    EntityType.EVENT: "EVENT",
    EntityType.PRODUCT: "PRO",
}


def entity_type(label: str) -> EntityType | None:
    return LABELS.get(label)
