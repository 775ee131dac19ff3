"""References to entities before resolution: ``m:<begin>:<end>`` (a mention) or ``g:<gazetteer id>``."""
from __future__ import annotations

from kgraph.model import Mention

__all__ = ["mention_ref", "gazetteer_ref", "parse_ref"]


def mention_ref(mention: Mention) -> str:
    return f"m:{mention.begin}:{mention.end}"


def gazetteer_ref(entry_id: str) -> str:
    return f"g:{entry_id}"


def parse_ref(ref: str) -> tuple[str, tuple[int, int] | str]:
    """``("m", (begin, end))`` or ``("g", entry_id)``; ValueError for anything else."""
    kind, _, rest = ref.partition(":")
    if kind == "m":
        begin, _, end = rest.partition(":")
        return "m", (int(begin), int(end))
    if kind == "g" and rest:
        return "g", rest
    raise ValueError(f"not an entity reference: {ref!r}")
