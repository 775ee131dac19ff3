"""Cross-document, cross-lingual entity resolution (the implementation lives in :mod:`kgraph.resolve`).

Rules, in order: gazetteer ids and unique gazetteer names; inside each article partial names,
initials and acronyms; across articles equal or similar keys (blocked, never all pairs) of one
type, then bare surnames that only one full name carries. See :mod:`kgraph.resolve`.
"""
from __future__ import annotations

from kgraph.resolve import entity_key, resolve

__all__ = ["resolve", "entity_key"]
