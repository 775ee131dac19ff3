"""Person names across scripts read as English says them (soft g and c before e, i, y) and as
Bulgarian writes German 'St' (щ, шт elsewhere)."""
from __future__ import annotations

from kgraph.entities import resolve
from kgraph.model import EntityType
from kgraph.resolve.matching import persons_match, soft_english

from .helpers import Doc, mentions, same

PER = EntityType.PERSON


def test_an_english_soft_g_is_the_dzh_of_its_transcription() -> None:
    docs = [Doc("cs1", "cs").m("Reginald Pargeter", PER), Doc("pl1", "pl").m("Reginald Pargeter", PER),
            Doc("bg1", "bg").m("Реджиналд Парджетър", PER), Doc("ru1", "ru").m("Реджиналд Парджетер", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, *((d.article_id, d.mentions[0].text) for d in docs))


def test_a_hard_g_still_meets_its_transcription() -> None:
    assert persons_match(("angela", "bergmann"), ("angela", "bergman"), cross_script=True)
    assert soft_english("angela") == "anjela"
    assert persons_match(("cecil", "gibbs"), ("sesil", "jibs"), cross_script=True)


def test_soft_readings_do_not_join_two_people() -> None:
    assert not persons_match(("gina", "farrow"), ("dina", "farou"), cross_script=True)


def test_bulgarian_shch_is_the_russian_sht() -> None:
    docs = [Doc("bg1", "bg").m("Дитер Щайнбах", PER), Doc("ru1", "ru").m("Дитер Штайнбах", PER),
            Doc("uk1", "uk").m("Дітер Штайнбах", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("bg1", "Дитер Щайнбах"), ("ru1", "Дитер Штайнбах"), ("uk1", "Дітер Штайнбах"))


def test_an_initial_greek_eu_is_ev_in_cyrillic() -> None:
    """'Eurolink' is Евролинк: a Cyrillic transcription writes the Greek 'eu' as 'ев'."""
    docs = [Doc("cs1", "cs").m("Eurolink", EntityType.ORGANIZATION), Doc("ru1", "ru").m("Евролинка", EntityType.ORGANIZATION)]
    entities = resolve(mentions(*docs))
    assert same(entities, ("cs1", "Eurolink"), ("ru1", "Евролинка"))


def test_the_greek_ch_of_an_english_given_name_is_k() -> None:
    docs = [Doc("cs1", "cs").m("Michael Denholm", PER), Doc("pl1", "pl").m("Michael Denholm", PER),
            Doc("bg1", "bg").m("Майкъл Денхолм", PER), Doc("uk1", "uk").m("Майкл Денголм", PER)]
    entities = resolve(mentions(*docs))
    assert same(entities, *((d.article_id, d.mentions[0].text) for d in docs))
