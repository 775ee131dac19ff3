"""Entity resolution: one entity per real-world thing, whatever the language, script or form."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.entities import entity_key, resolve
from kgraph.model import Entity, EntityType, Mention
from resolve.helpers import Doc, entity_of, mentions, same

PER, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


@dataclass(frozen=True)
class Entry:
    id: str
    type: EntityType
    labels: dict
    names: frozenset
    acronyms: frozenset = frozenset()
    wikidata: str | None = None
    geonames: int | None = None
    country: str | None = None


class FakeGazetteer:
    def __init__(self, *entries: Entry) -> None:
        self.by_id = {e.id: e for e in entries}

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def lookup(self, name: str) -> list[Entry]:
        key = name.casefold()
        return [e for e in self.by_id.values()
                if key in {n.casefold() for n in e.names} or name in e.acronyms]


ARMENIA = Entry("wd:Q399", LOC, {"en": "Armenia", "ru": "Армения", "pl": "Armenia"},
                frozenset({"Armenia", "Армения", "Republic of Armenia"}), frozenset({"RA"}), "Q399", 174982, "AM")
DUSHANBE = Entry("wd:Q9365", LOC, {"en": "Dushanbe", "ru": "Душанбе"}, frozenset({"Dushanbe", "Душанбе"}),
                 wikidata="Q9365", geonames=1221874, country="TJ")


# --- rule 1: the gazetteer -------------------------------------------------------------------

def test_same_gazetteer_id_is_one_entity_with_its_ids_and_labels() -> None:
    ru = Doc("r1", "ru").m("Армении", LOC, "Армения", gid="wd:Q399")
    pl = Doc("p1", "pl").m("Armenii", LOC, "Armenia", gid="wd:Q399")
    (entity,) = resolve(mentions(ru, pl), FakeGazetteer(ARMENIA))
    assert entity.wikidata == "Q399" and entity.geonames == 174982
    assert entity.labels == {"en": "Armenia", "ru": "Армения", "pl": "Armenia"}
    assert "Армении" in entity.alt_labels["ru"] and "Armenii" in entity.alt_labels["pl"]
    assert entity.key == entity_key(LOC, "wd:Q399")


def test_gazetteer_id_without_gazetteer_still_groups() -> None:
    a = Doc("a", "en").m("Yerevan", LOC, gid="gn:616052")
    b = Doc("b", "ru").m("Еревана", LOC, "Ереван", gid="gn:616052")
    (entity,) = resolve(mentions(a, b))
    assert entity.key == entity_key(LOC, "gn:616052")


def test_unique_gazetteer_name_links_a_mention_without_id() -> None:
    a = Doc("a", "en").m("Republic of Armenia", LOC)
    b = Doc("b", "ru").m("Армению", LOC, "Армения")
    (entity,) = resolve(mentions(a, b), FakeGazetteer(ARMENIA, DUSHANBE))
    assert entity.wikidata == "Q399"


def test_ambiguous_gazetteer_name_links_nothing() -> None:
    twin = Entry("gn:1", LOC, {"en": "Novoivanovka"}, frozenset({"Novoivanovka"}), geonames=1)
    other = Entry("gn:2", LOC, {"en": "Novoivanovka"}, frozenset({"Novoivanovka"}), geonames=2)
    a = Doc("a", "en").m("Novoivanovka", LOC)
    (entity,) = resolve(mentions(a), FakeGazetteer(twin, other))
    assert entity.geonames is None


def test_different_gazetteer_entries_with_one_name_stay_apart() -> None:
    a = Doc("a", "en").m("Novoivanovka", LOC, gid="gn:1")
    b = Doc("b", "en").m("Novoivanovka", LOC, gid="gn:2")
    c = Doc("c", "en").m("Novoivanovka", LOC)
    assert len(resolve(mentions(a, b, c))) >= 2


def test_country_used_as_an_organisation_stays_the_place() -> None:
    a = Doc("a", "en").m("Armenia", LOC)
    b = Doc("b", "en").m("Armenia", ORG)  # "Armenia protested ..."
    (entity,) = resolve(mentions(a, b), FakeGazetteer(ARMENIA))
    assert entity.type == LOC and len(entity.mentions) == 2


def test_metonymy_inside_one_article_without_gazetteer() -> None:
    a = Doc("a", "en").m("Dushanbe", LOC).m("Dushanbe", ORG)
    (entity,) = resolve(mentions(a))
    assert entity.type == LOC


# --- rule 2: inside one article --------------------------------------------------------------

def test_partial_names_join_the_full_name_of_their_article() -> None:
    ru = (Doc("r", "ru").m("Чингиза Сыдыкова", PER, "Чингиз Сыдыков").m("Сыдыков", PER)
          .m("Сыдыкову", PER, "Сыдыков").m("Чингиз", PER).m("Ч. Сыдыков", PER).m("Сыдыков Чингиз", PER))
    (entity,) = resolve(mentions(ru))
    assert entity.labels == {"ru": "Сыдыков"}  # the base form most mentions give (tests/resolve/test_labels.py)
    assert "Чингиз Сыдыков" in entity.alt_labels["ru"]
    assert len(entity.mentions) == 6


def test_patronymic_and_shorter_full_name_meet() -> None:
    ru = Doc("r", "ru").m("Айбек Тологонович Сыдыков", PER).m("Айбек Сыдыков", PER)
    (entity,) = resolve(mentions(ru))
    assert entity.labels["ru"] == "Айбек Сыдыков"


def test_surname_shared_by_two_full_names_of_an_article_joins_neither() -> None:
    en = (Doc("e", "en").m("Ilham Aliyev", PER).m("Heydar Aliyev", PER).m("Aliyev", PER))
    entities = resolve(mentions(en))
    assert len(entities) == 3


def test_initial_must_fit_the_first_name() -> None:
    en = Doc("e", "en").m("Timur Sydykov", PER).m("A. Sydykov", PER)
    assert len(resolve(mentions(en))) == 2


def test_acronym_next_to_its_full_name() -> None:
    en = Doc("e", "en").m("Aral Basin Water Council", ORG).m("ABWC", ORG, gap=2).m("ABWC", ORG)
    (entity,) = resolve(mentions(en))
    assert entity.labels["en"] == "ABWC"  # the name most mentions use (tests/resolve/test_labels.py)
    assert "Aral Basin Water Council" in entity.alt_labels["en"]


def test_acronym_spelled_by_initials_in_its_script() -> None:
    ru = Doc("r", "ru").m("Совет по водным ресурсам", ORG).m("СВР", ORG, gap=200)
    en = Doc("e", "en").m("Organization of Mountain Herders", ORG).m("OMH", ORG, gap=300)
    assert len(resolve(mentions(ru))) == 1
    assert len(resolve(mentions(en))) == 1


def test_dateline_in_capitals_is_not_an_acronym_of_its_neighbour() -> None:
    en = Doc("e", "en").m("DUSHANBE", LOC).m("Republic of Tajikistan", LOC, gap=2)
    later = Doc("f", "en").m("Dushanbe", LOC)
    entities = resolve(mentions(en, later))
    assert len(entities) == 2
    assert same(entities, ("e", "DUSHANBE"), ("f", "Dushanbe"))


def test_initials_across_scripts() -> None:
    ru = Doc("r", "ru").m("Елена Ходжаева", PER).m("Е. Ходжаева", PER)
    en = Doc("e", "en").m("Elena Khodzhayeva", PER).m("Yu. Khodzhayeva", PER)
    entities = resolve(mentions(ru, en))
    assert same(entities, ("r", "Е. Ходжаева"), ("e", "Elena Khodzhayeva"))
    assert not same(entities, ("e", "Yu. Khodzhayeva"), ("e", "Elena Khodzhayeva"))


def test_acronym_of_two_names_joins_neither() -> None:
    en = Doc("e", "en").m("Mountain Herders Union", ORG).m("Mining Holding of Uzbekistan", ORG).m("MHU", ORG)
    assert len(resolve(mentions(en))) == 3


def test_person_tagged_as_organisation_in_the_article_of_the_person() -> None:
    en = (Doc("e", "en").m("Timur Sydykov", PER).m("Sydykov Timur", ORG).m("Sydykov", ORG).m("Sydykov", ORG)
          .m("Sydykov", ORG))
    (entity,) = resolve(mentions(en))
    assert entity.type == PER and len(entity.mentions) == 5


def test_person_tagged_as_place_elsewhere_joins_the_person() -> None:
    a = Doc("a", "en").m("Gulnara Tashmatova", PER).m("Tashmatova", PER)
    b = Doc("b", "en").m("Gulnara Tashmatova", LOC)
    (entity,) = resolve(mentions(a, b))
    assert entity.type == PER


def test_known_place_named_like_a_person_stays_the_place_where_no_such_person_is_named() -> None:
    """In the article of 'Gulnara Tashmatova' a bare 'Tashmatova' is her (a link to the village
    would not be certain there); in another article it is the village."""
    village = Entry("gn:77", LOC, {"en": "Tashmatova"}, frozenset({"Tashmatova"}), geonames=77)
    a = Doc("a", "en").m("Gulnara Tashmatova", PER).m("Tashmatova", LOC)
    b = Doc("b", "en").m("Tashmatova", LOC)
    entities = resolve(mentions(a, b), FakeGazetteer(village))
    assert entity_of(entities, "a", "Tashmatova").type == PER
    assert not entity_of(entities, "a", "Tashmatova").geonames
    assert entity_of(entities, "b", "Tashmatova").geonames == 77


# --- rule 3: across articles and languages ---------------------------------------------------

def test_full_names_in_three_scripts_meet() -> None:
    ru = Doc("r", "ru").m("Нурсултана Назарбаева", PER, "Нурсултан Назарбаев")
    en = Doc("e", "en").m("Nursultan Nazarbayev", PER)
    pl = Doc("p", "pl").m("Nursułtanem Nazarbajewem", PER, "Nursułtan Nazarbajew")
    (entity,) = resolve(mentions(ru, en, pl))
    assert entity.labels == {"ru": "Нурсултан Назарбаев", "en": "Nursultan Nazarbayev",
                             "pl": "Nursułtan Nazarbajew"}


def test_spelling_variants_meet_by_similarity() -> None:
    ru = Doc("r", "ru").m("Александр Мазуренко", PER)
    pl = Doc("p", "pl").m("Aleksandrem Mazurenką", PER, "Aleksandr Mazurenka")  # a Belarusian-style form
    en = Doc("e", "en").m("Alexander Mazurenko", PER)
    (entity,) = resolve(mentions(ru, pl, en))
    assert set(entity.labels) == {"ru", "pl", "en"}


def test_place_spellings_meet() -> None:
    docs = [Doc("r", "ru").m("Хабаровске", LOC, "Хабаровск"), Doc("e", "en").m("Khabarovsk", LOC),
            Doc("p", "pl").m("Chabarowsku", LOC, "Chabarowsk"), Doc("q", "pl").m("Biszkeku", LOC, "Biszkek"),
            Doc("s", "ru").m("Бишкеке", LOC, "Бишкек")]
    entities = resolve(mentions(*docs))
    assert len(entities) == 2
    assert same(entities, ("r", "Хабаровске"), ("e", "Khabarovsk"), ("p", "Chabarowsku"))


def test_bare_surname_joins_the_only_full_name_with_it() -> None:
    a = Doc("a", "en").m("Nikol Pashinyan", PER)
    b = Doc("b", "ru").m("Пашиняна", PER, "Пашинян")
    c = Doc("c", "pl").m("Paszyniana", PER, "Paszynian")
    (entity,) = resolve(mentions(a, b, c))
    assert entity.labels["en"] == "Nikol Pashinyan"


def test_bare_surnames_meet_each_other_without_a_full_name() -> None:
    a = Doc("a", "ru").m("Мирзиёев", PER)
    b = Doc("b", "pl").m("Mirzijojew", PER)
    assert len(resolve(mentions(a, b))) == 1


# --- rule 5: false-merge guards --------------------------------------------------------------

def test_two_people_with_one_surname_in_different_articles() -> None:
    a = Doc("a", "en").m("Timur Sydykov", PER)
    b = Doc("b", "ru").m("Бакыт Сыдыков", PER)
    c = Doc("c", "pl").m("Sydykow", PER)  # which one? neither
    entities = resolve(mentions(a, b, c))
    assert len(entities) == 3


def test_male_and_female_forms_stay_apart() -> None:
    a = Doc("a", "en").m("Aleksandr Sydykov", PER)
    b = Doc("b", "en").m("Aleksandra Sydykova", PER)
    c = Doc("c", "pl").m("Jan Kowalski", PER)
    d = Doc("d", "pl").m("Jan Kowalska", PER)
    assert len(resolve(mentions(a, b, c, d))) == 4


@pytest.mark.parametrize(
    ("city", "region"),
    [("Khabarovsk", "Khabarovsk Krai"), ("Khabarovsk", "Khabarovsk Region"), ("Хабаровск", "Хабаровский край"),
     ("Karaganda", "Karaganda oblast"), ("Караганда", "Карагандинская область"), ("Dushanbe", "Dushanbe Region")],
)
def test_city_and_its_region_stay_apart(city: str, region: str) -> None:
    a = Doc("a", "en").m(city, LOC).m(region, LOC)
    b = Doc("b", "en").m(region, LOC)
    c = Doc("c", "en").m(city, LOC)
    entities = resolve(mentions(a, b, c))
    assert len(entities) == 2
    assert same(entities, ("a", city), ("c", city))


@pytest.mark.parametrize(
    ("country", "body"),
    [("Armenia", "Ministry of Foreign Affairs of Armenia"), ("Armenia", "Government of Armenia"),
     ("Армения", "МИД Армении"), ("Armenia", "Armenia's Ministry of Defence")],
)
def test_country_and_its_government_stay_apart(country: str, body: str) -> None:
    a = Doc("a", "en").m(country, LOC).m(body, ORG)
    b = Doc("b", "en").m(body, ORG).m(country, LOC)
    entities = resolve(mentions(a, b), FakeGazetteer(ARMENIA))
    assert len(entities) == 2
    assert entity_of(entities, "a", country).wikidata == "Q399"
    assert entity_of(entities, "a", body).wikidata is None


def test_place_and_organisation_of_one_name_in_different_articles_stay_apart() -> None:
    a = Doc("a", "en").m("Altyn Dala", LOC)
    b = Doc("b", "en").m("Altyn Dala", ORG)
    assert {e.type for e in resolve(mentions(a, b))} == {LOC, ORG}


def test_similar_country_names_stay_apart() -> None:
    docs = [Doc(str(i), "en").m(n, LOC) for i, n in enumerate(["Austria", "Australia", "Slovakia", "Slovenia",
                                                                "Iran", "Iraq"])]
    assert len(resolve(mentions(*docs))) == 6


# --- rules 4, 6, 7: type, labels, determinism ------------------------------------------------

def test_type_is_the_majority() -> None:
    a = Doc("a", "en").m("Golden Steppe", ORG).m("Golden Steppe", ORG).m("Golden Steppe", LOC)
    (entity,) = [e for e in resolve(mentions(a)) if len(e.mentions) == 2]
    assert entity.type == ORG


def test_labels_prefer_the_most_frequent_full_form() -> None:
    a = (Doc("a", "ru").m("Гульнары Ташматовой", PER, "Гульнара Ташматова").m("Ташматова", PER)
         .m("Гульнаре Ташматовой", PER, "Гульнара Ташматова").m("Ташматовой", PER, "Ташматова"))
    (entity,) = resolve(mentions(a))
    assert entity.labels == {"ru": "Гульнара Ташматова"}
    assert entity.alt_labels["ru"] == {"Гульнары Ташматовой", "Ташматова", "Гульнаре Ташматовой", "Ташматовой"}


def test_keys_are_iri_safe_and_readable() -> None:
    a = Doc("a", "ru").m("Гульнара Ташматова", PER).m("Совет по водным ресурсам", ORG)
    keys = [e.key for e in resolve(mentions(a))]
    assert "Person_gulnara-tashmatova" in keys
    assert all(re.fullmatch(r"[A-Z][A-Za-z]*_[a-z0-9-]+", k) for k in keys)


def test_colliding_keys_are_made_unique() -> None:
    a = Doc("a", "en").m("Timur Sydykov", PER)
    b = Doc("b", "en").m("Timur Sydykov", PER, gid="wd:Q1")
    c = Doc("c", "en").m("Timur Sydykov", PER, gid="wd:Q2")
    keys = [e.key for e in resolve(mentions(a, b, c))]
    assert len(keys) == len(set(keys))


def _corpus() -> list[Mention]:
    return mentions(
        Doc("r", "ru").m("Нурсултана Назарбаева", PER, "Нурсултан Назарбаев").m("Назарбаев", PER)
        .m("Совет по водным ресурсам", ORG).m("СВР", ORG, gap=2).m("Душанбе", LOC).m("Айбек Сыдыков", PER),
        Doc("e", "en").m("Nazarbayev", PER).m("Dushanbe", LOC).m("Aleksandr Sydykov", PER).m("Sydykov", PER),
        Doc("p", "pl").m("Nursułtan Nazarbajew", PER).m("Duszanbe", LOC).m("Sydykow", PER)
        .m("Aleksandr Mazurenka", PER),
        Doc("x", "en").m("Alexander Mazurenko", PER).m("Mazurenko", PER).m("Ilham Aliyev", PER),
    )


def _snapshot(entities: list[Entity]) -> list[tuple]:
    return [(e.key, e.type, sorted(e.labels.items()), sorted((k, sorted(v)) for k, v in e.alt_labels.items()),
             e.mentions) for e in entities]


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_same_output_whatever_the_order(rnd: random.Random) -> None:
    corpus = _corpus()
    expected = _snapshot(resolve(corpus))
    shuffled = corpus[:]
    rnd.shuffle(shuffled)
    assert _snapshot(resolve(shuffled)) == expected
    assert _snapshot(resolve(shuffled + shuffled[:3])) == expected  # duplicates change nothing


def test_corpus_resolution_summary() -> None:
    entities = resolve(_corpus())
    assert same(entities, ("r", "Нурсултана Назарбаева"), ("e", "Nazarbayev"), ("p", "Nursułtan Nazarbajew"))
    assert same(entities, ("r", "Душанбе"), ("e", "Dushanbe"), ("p", "Duszanbe"))
    assert same(entities, ("p", "Aleksandr Mazurenka"), ("x", "Mazurenko"))
    assert not same(entities, ("r", "Айбек Сыдыков"), ("e", "Aleksandr Sydykov"))
    assert not same(entities, ("p", "Sydykow"), ("e", "Aleksandr Sydykov"))  # two full names carry it
    assert same(entities, ("e", "Sydykov"), ("e", "Aleksandr Sydykov"))  # its own article decides


_POOL = [
    (PER, "Айбек Сыдыков", None), (PER, "Aibek Sydykov", None), (PER, "Ajbek Sydykow", None), (PER, "Sydykov", None),
    (PER, "Сыдыков", None), (PER, "Timur Sydykov", None), (PER, "A. Sydykov", None), (PER, "Sydykov Timur", None),
    (LOC, "Dushanbe", None), (LOC, "Duszanbe", None), (ORG, "Dushanbe", None), (LOC, "Dushanbe Region", None),
    (ORG, "Aral Basin Water Council", None), (ORG, "ABWC", None), (LOC, "Novoivanovka", "gn:1"),
    (LOC, "Novoivanovka", "gn:2"), (LOC, "Novoivanovka", None), (ORG, "Sydykov", None), (LOC, "Aibek Sydykov", None),
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, len(_POOL) - 1)), max_size=30), st.randoms())
def test_random_corpora_resolve_the_same_in_any_order(picks: list[tuple[int, int]], rnd: random.Random) -> None:
    docs = [Doc(f"d{k}", ("ru", "en", "pl", "en", "ru")[k]) for k in range(5)]
    for article, pick in picks:
        kind, text, gid = _POOL[pick]
        docs[article].m(text, kind, gid=gid, gap=rnd.choice([2, 10]))
    corpus = mentions(*docs)
    expected = _snapshot(resolve(corpus))
    rnd.shuffle(corpus)
    assert _snapshot(resolve(corpus)) == expected
    assert sum(len(e[4]) for e in expected) == len(set(corpus))
