"""What the facts name before resolution, as :class:`~kgraph.model.EntityRef` s: a mention of
the article, a gazetteer entry, or the outlet that published the article (by its metadata)."""
from __future__ import annotations

from kgraph.model import PUBLISHER_REF, EntityRef, Mention

__all__ = ["mention_ref", "gazetteer_ref", "PUBLISHER_REF", "PUBLISHER_AT", "EntityRef"]

# The publisher takes part in entity resolution as a mention at this position: one no text has,
# far from every real mention (nothing that looks at neighbouring mentions ever sees it).
PUBLISHER_AT = -(10**9)


def mention_ref(mention: Mention) -> EntityRef:
    return EntityRef.mention(mention.begin, mention.end)


def gazetteer_ref(entry_id: str) -> EntityRef:
    return EntityRef.gazetteer(entry_id)
