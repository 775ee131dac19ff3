"""The gazetteer: countries, cities, regions, organisations and heads of state as data, with a
fast matcher over tokens. Data: ontology/gazetteer/ (see its README.md)."""
from __future__ import annotations

from .entries import GazetteerEntry, GazetteerMatch, TokenForms
from .keys import name_key
from .matcher import DEFAULT_DIRECTORY, Gazetteer

__all__ = ["Gazetteer", "GazetteerEntry", "GazetteerMatch", "TokenForms", "name_key", "DEFAULT_DIRECTORY"]
