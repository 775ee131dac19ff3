"""What the fact extractor asks of the gazetteer: countries by ISO code, demonyms, containment."""
from __future__ import annotations

import functools
import json
import re

from kgraph.gazetteer import DEFAULT_DIRECTORY, Gazetteer, GazetteerEntry
from kgraph.model import EntityType

__all__ = ["World", "world"]

_ROLE = re.compile(r"^(?P<office>[^()]+?) of [^()]+\((?P<since>\d{4})\s*[–-]\s*(?P<to>\d{4})?\)")


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
        self.offices = self._offices()
        self._demonyms: dict[str, GazetteerEntry | None] = {}  # word -> its country, as found

    def _offices(self) -> list[tuple[str, str, int, int | None, str]]:
        """(office, country entry id, from year, to year, person entry id) from the gazetteer's
        people ("role": "President of X (2019–)")."""
        path = DEFAULT_DIRECTORY / "people.json"
        if not path.exists():
            return []
        out = []
        for raw in json.loads(path.read_text(encoding="utf-8")).get("entries", ()):
            country = self.countries.get(raw.get("country") or "")
            name = (raw.get("labels") or {}).get("en", "")
            person = next((e for e in self.gazetteer.lookup(name) if e.type == EntityType.PERSON), None) if name else None
            if country is None or person is None:
                continue
            for role in str(raw.get("role", "")).split(";"):
                m = _ROLE.match(role.strip())
                if m:
                    to = int(m["to"]) if m["to"] else None
                    out.append((m["office"].strip(), country.id, int(m["since"]), to, person.id))
        return out

    def office_holder(self, office: str, country_id: str, year: int | None) -> str | None:
        """The gazetteer person who held ``office`` of a country in ``year`` (now, without a year)."""
        found = {p for o, c, since, to, p in self.offices if o == office and c == country_id
                 and (since <= year <= (to or 9999) if year else to is None)}
        return found.pop() if len(found) == 1 else None

    def organisation(self, name: str) -> GazetteerEntry | None:
        """The gazetteer's one organisation of this name (None for none or several)."""
        found = {e.id: e for e in self.gazetteer.lookup(name) if e.type == EntityType.ORGANIZATION}
        return next(iter(found.values())) if len(found) == 1 else None

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
        if len(word) < 4 or not word.isalpha():
            return None
        try:
            return self._demonyms[word]
        except KeyError:
            found = None if self.gazetteer.lookup(word) else self.gazetteer.demonym(word)
            self._demonyms[word] = found
            return found


@functools.lru_cache(maxsize=1)
def world() -> World:
    return World(Gazetteer.load())
