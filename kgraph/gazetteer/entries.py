"""The gazetteer's data types (what others code against)."""
from __future__ import annotations

from dataclasses import dataclass

from kgraph.model import EntityType

__all__ = ["GazetteerEntry", "TokenForms", "GazetteerMatch"]


@dataclass(frozen=True)
class GazetteerEntry:
    """One thing of the world the gazetteer knows: a country, city, region, organisation or person.

    ``id`` is ``wd:Q…`` when the Wikidata id is certain, else ``gn:<geonameid>``, else a slug
    such as ``org:kabar``. ``names`` are every known name or variant in any script (not
    acronyms); ``acronyms`` match case-sensitively. ``demonyms`` (countries only) are
    adjectives/nouns of nationality: they are never matched as names of the place.
    """

    id: str
    type: EntityType
    labels: dict[str, str]
    names: frozenset[str]
    acronyms: frozenset[str]
    wikidata: str | None
    geonames: int | None
    country: str | None
    demonyms: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        return hash(self.id)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GazetteerEntry) and other.id == self.id


@dataclass(frozen=True)
class TokenForms:
    """One token of an article: its char offsets, surface and extra candidate normal forms."""

    begin: int
    end: int
    text: str
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class GazetteerMatch:
    """A span of tokens (char offsets) that names a gazetteer entry."""

    begin: int
    end: int
    entry: GazetteerEntry
    names: tuple[str, ...] = ()  # the entry's names or acronyms the span matched, as the data writes them
