"""Which places of events contain which (a town lies in its region and its country), from the
gazetteer entries the place entities were linked to: what lets event merging take a report of
"in the country" and one of "in the town" for the same happening."""
from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable

from kgraph.gazetteer.admin import admin1_of
from kgraph.model import ArticleExtraction, EntityRef, EntityType, RefKind

from kgraph.facts.lexicon import facts_data
from kgraph.facts.refs import mention_ref
from kgraph.facts.world import world

__all__ = ["Places", "place_entries", "regions", "EntityOf"]

EntityOf = Callable[[str, EntityRef], tuple[str, str] | None]  # (article id, ref) -> (entity key, type name)


@functools.lru_cache(maxsize=1)
def regions() -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) -> the gazetteer region of that division
    (ontology/facts/regions.json names each region by its administrative centre)."""
    raw = facts_data("regions.json").get("centres", {})
    return {code: region for region, (centre, _) in raw.items() if (code := admin1_of(int(centre))) is not None}


class Places:
    """Which event places contain which, by their gazetteer entries: a city lies in its country and
    its region (where the gazetteer has the region), a region in its country. A place with no
    gazetteer entry neither contains nor lies in anything but itself."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries = entries  # place entity key -> gazetteer id
        self._up: dict[str, frozenset[str]] = {}

    def _containing(self, entry_id: str) -> frozenset[str]:
        """The gazetteer ids of the place and of every place that contains it."""
        if entry_id not in self._up:
            w, out = world(), {entry_id}
            if (country := w.country_of(entry_id)) is not None:
                out.add(country.id)
            entry = w.entry(entry_id)
            if entry is not None and entry.type == EntityType.PLACE and not w.is_country(entry_id):
                admin1 = admin1_of(entry.geonames)
                if admin1 is not None and (region := regions().get(admin1)) is not None:
                    out.add(region)
            self._up[entry_id] = frozenset(out)
        return self._up[entry_id]

    def within(self, inner: str, outer: str) -> bool:
        """Whether the place ``inner`` (an entity key) lies in ``outer`` (or is it)."""
        if inner == outer:
            return True
        a, b = self.entries.get(inner), self.entries.get(outer)
        return a is not None and b is not None and b in self._containing(a)

    def agree(self, places: set[str]) -> bool:
        """Whether the places are one chain (of every two, one contains the other)."""
        return all(self.within(a, b) or self.within(b, a) for a, b in itertools.combinations(sorted(places), 2))

    def root(self, place: str) -> tuple[str, str]:
        """The widest known place containing ``place`` (its country): places that agree share it."""
        entry_id = self.entries.get(place)
        if entry_id is None:
            return "entity", place
        country = world().country_of(entry_id)
        return "entry", country.id if country is not None else entry_id


def place_entries(extractions: list[ArticleExtraction], entity_of: EntityOf) -> dict[str, str]:
    """Place entity key -> its gazetteer id, from the mentions linked to the gazetteer and the
    places the text implies (``g:`` refs). An entity whose mentions name two entries has none."""
    found: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        aid = ex.article.id
        refs = [(mention_ref(m), m.gazetteer_id) for m in ex.mentions if m.gazetteer_id and m.type == EntityType.PLACE]
        refs += [(e.place, e.place.entry) for e in ex.events if e.place and e.place.kind is RefKind.GAZETTEER]
        for ref, entry_id in refs:
            got = entity_of(aid, ref)
            if got is not None and got[1] == EntityType.PLACE.value:
                found[got[0]].add(entry_id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}
