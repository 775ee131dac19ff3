"""A body named in full in some articles and by one word of its name in others ('Luftwerk' for
'Verband Luftwerk') is one body across articles and languages (rule 3g,
kgraph/resolve/head_words.py), when one body of the corpus, named more often, has that word
first or last."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType

from .helpers import Doc, mentions, same

ORG = EntityType.ORGANIZATION


def test_a_union_named_by_its_last_word_in_russian_is_the_union_named_in_full_elsewhere() -> None:
    cs = Doc("cs1", "cs").m("Verband Luftwerk", ORG).m("Verband Luftwerk", ORG)
    uk = Doc("uk1", "uk").m("Verband Luftwerk", ORG)
    ru = Doc("ru1", "ru").m("Luftwerk", ORG).m("Luftwerk", ORG)
    entities = resolve(mentions(cs, uk, ru))
    assert same(entities, ("cs1", "Verband Luftwerk"), ("uk1", "Verband Luftwerk"), ("ru1", "Luftwerk"))


def test_an_institute_named_by_its_first_word_in_two_scripts() -> None:
    pl = Doc("pl1", "pl").m("Kalvora Institute of Medicine", ORG).m("Kalvora Institute of Medicine", ORG)
    pl.m("Kalvora Institute of Medicine", ORG)
    uk = Doc("uk1", "uk").m("Калвора", ORG)
    sl = Doc("sl1", "sl").m("Kalvora", ORG)
    entities = resolve(mentions(pl, uk, sl))
    assert same(entities, ("pl1", "Kalvora Institute of Medicine"), ("sl1", "Kalvora"), ("uk1", "Калвора"))


def test_a_company_named_alone_more_often_stays_apart_from_a_longer_name() -> None:
    a = Doc("a", "pl").m("Norvella", ORG).m("Norvella", ORG).m("Norvella", ORG)
    b = Doc("b", "cs").m("Norvella Energy", ORG)
    entities = resolve(mentions(a, b))
    assert not same(entities, ("a", "Norvella"), ("b", "Norvella Energy"))


def test_a_word_two_bodies_end_on_alike_names_neither() -> None:
    a = Doc("a", "cs").m("Verband Luftwerk", ORG).m("Verband Luftwerk", ORG)
    b = Doc("b", "pl").m("Luftwerk Holding", ORG).m("Luftwerk Holding", ORG)
    c = Doc("c", "ru").m("Luftwerk", ORG)
    entities = resolve(mentions(a, b, c))
    assert not same(entities, ("c", "Luftwerk"), ("a", "Verband Luftwerk"))
    assert not same(entities, ("c", "Luftwerk"), ("b", "Luftwerk Holding"))


def test_of_two_bodies_the_one_named_far_more_often_takes_the_word() -> None:
    a = Doc("a", "cs").m("Verband Luftwerk", ORG).m("Verband Luftwerk", ORG).m("Verband Luftwerk", ORG)
    a2 = Doc("a2", "sl").m("Verband Luftwerk", ORG).m("Verband Luftwerk", ORG)
    b = Doc("b", "cs").m("Bund Verband Luftwerk", ORG)
    c = Doc("c", "ru").m("Luftwerk", ORG)
    entities = resolve(mentions(a, a2, b, c))
    assert same(entities, ("c", "Luftwerk"), ("a", "Verband Luftwerk"))
