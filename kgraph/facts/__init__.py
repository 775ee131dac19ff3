"""Facts: relations, events and claims extracted from parsed articles."""
from __future__ import annotations

__all__: list[str] = []
