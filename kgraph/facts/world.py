"""What the fact extractor asks of the gazetteer: countries by ISO code, demonyms, containment."""
from __future__ import annotations

import functools
import json

from kgraph.gazetteer import DEFAULT_DIRECTORY, Gazetteer, GazetteerEntry
from kgraph.model import EntityType

__all__ = ["World", "world"]


class World:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        by_geonames = {e.geonames: e for e in gazetteer if e.geonames and e.type == EntityType.PLACE}
        self.countries: dict[str, GazetteerEntry] = {}
        path = DEFAULT_DIRECTORY / "countries.json"
        if path.exists():
            for raw in json.loads(path.read_text(encoding="utf-8")).get("entries", ()):
                entry = by_geonames.get(raw.get("geonames"))
                if entry is not None and raw.get("country"):
                    self.countries[raw["country"]] = entry
        self.country_ids = {e.id for e in self.countries.values()}

    def entry(self, entry_id: str | None) -> GazetteerEntry | None:
        return self.gazetteer.get(entry_id) if entry_id else None

    def is_country(self, entry_id: str | None) -> bool:
        return entry_id in self.country_ids

    def country_of(self, entry_id: str | None) -> GazetteerEntry | None:
        """The country a place lies in (None for countries themselves and unknown places)."""
        entry = self.entry(entry_id)
        if entry is None or entry.type != EntityType.PLACE or self.is_country(entry_id):
            return None
        country = self.countries.get(entry.country or "")
        return country if country is not None and country.id != entry.id else None

    def demonym(self, word: str) -> GazetteerEntry | None:
        """The country of a nationality word; None for short words, digits and names of places."""
        if len(word) < 4 or not word.isalpha() or self.gazetteer.lookup(word):
            return None
        return self.gazetteer.demonym(word)


@functools.lru_cache(maxsize=1)
def world() -> World:
    return World(Gazetteer.load())
