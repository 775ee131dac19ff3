"""Cross-document, cross-lingual entity resolution (the implementation lives in :mod:`kgraph.resolve`).

Rules, in order: gazetteer ids and unique gazetteer names (never for a word of a person's name
of the same article); inside each article partial names, initials and acronyms; across articles
equal keys of one type (also as English spells a Latin name, and without case endings), similar
keys (blocked, never all pairs), then bare surnames that only one full name carries. An entity's
key is its gazetteer id, else the phonetic key of its fullest name: adding articles does not
move it. See :mod:`kgraph.resolve`.
"""
from __future__ import annotations

from kgraph.resolve import entity_key, resolve

__all__ = ["resolve", "entity_key"]
