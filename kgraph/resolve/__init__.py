"""Entity resolution: mentions in any language → one entity per real-world thing.

Public entry point: :func:`kgraph.entities.resolve` (re-exported here).
"""
from __future__ import annotations

from .build import entity_key
from .core import resolve

__all__ = ["resolve", "entity_key"]
