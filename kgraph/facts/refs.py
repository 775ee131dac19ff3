"""References to entities before resolution: ``m:<begin>:<end>`` (a mention), ``g:<gazetteer id>``,
or ``p:`` (the outlet that published the article, named by its metadata)."""
from __future__ import annotations

from kgraph.model import Mention

__all__ = ["mention_ref", "gazetteer_ref", "parse_ref", "PUBLISHER_REF", "PUBLISHER_AT"]

PUBLISHER_REF = "p:"
# The publisher takes part in entity resolution as a mention at this position: one no text has,
# far from every real mention (nothing that looks at neighbouring mentions ever sees it).
PUBLISHER_AT = -(10**9)


def mention_ref(mention: Mention) -> str:
    return f"m:{mention.begin}:{mention.end}"


def gazetteer_ref(entry_id: str) -> str:
    return f"g:{entry_id}"


def parse_ref(ref: str) -> tuple[str, tuple[int, int] | str]:
    """``("m", (begin, end))``, ``("g", entry_id)`` or ``("p", "")``; ValueError for anything else."""
    kind, _, rest = ref.partition(":")
    if kind == "m":
        begin, _, end = rest.partition(":")
        return "m", (int(begin), int(end))
    if kind == "g" and rest:
        return "g", rest
    if ref == PUBLISHER_REF:
        return "p", ""
    raise ValueError(f"not an entity reference: {ref!r}")
