"""Facts: relations, events and claims extracted from parsed articles.

``extract_facts(parsed, mentions)`` works on one article; entities are referred to by reference
strings (``m:<begin>:<end>`` for a mention, ``g:<gazetteer id>`` for a gazetteer entry the text
implies, such as the country of a demonym) that the RDF layer maps to resolved entities.
"""
from __future__ import annotations

from .extract import extract_facts
from .merge import merge_events
from .refs import gazetteer_ref, mention_ref

__all__ = ["extract_facts", "merge_events", "mention_ref", "gazetteer_ref"]
