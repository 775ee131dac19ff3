"""A name that is one loaded GeoNames city's own name is no other city's alternate name: GeoNames
lists historical and neighbouring names among a city's alternates (a district's, a merged
town's, an old name another city now bears), and the more populous city would take the text's
mention of the other one."""
from __future__ import annotations

from collections import defaultdict

from kgraph.gazetteer.keys import name_key
from kgraph.gazetteer.sources import read_cities
from kgraph.resources import ontology_dir


def test_a_city_s_own_name_is_no_other_city_s_alternate() -> None:
    cities = read_cities(ontology_dir("gazetteer"))
    own: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        own[name_key(city.labels["en"])].add(city.id)
    taken = [(city.labels["en"], name) for city in cities for name in city.names
             if (owners := own.get(name_key(name))) and city.id not in owners
             and name_key(name) != name_key(city.labels["en"])]
    assert taken == []
