"""Facts: relations, events and claims extracted from parsed articles.

``extract_facts(parsed, mentions)`` works on one article; entities are referred to by typed
refs (:class:`kgraph.model.EntityRef`: a mention by its offsets, a gazetteer entry the text implies,
such as the country of a demonym, or the publisher) that the resolution stage maps to entities; the
events of different articles are merged there too (:mod:`kgraph.resolve.events`).
"""
from __future__ import annotations

from .extract import extract_facts
from .refs import gazetteer_ref, mention_ref

__all__ = ["extract_facts", "mention_ref", "gazetteer_ref"]
