"""Cross-article event merging on events built for the test (no parsing)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgraph.resolve import events as merge
from kgraph.resolve.events import merge_events
from kgraph.model import Article, ArticleExtraction, Entity, EntityRef, EntityType, Event, Mention, Sentence
from kgraph.rdf.facts import fact_quads
from kgraph.resolve.refs import EntityRefs
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import SCHEMA

# article-local refs -> (entity key, type) as entity resolution would give them
ENTITIES = {"p": ("Person_ola", "Person"), "q": ("Person_kari", "Person"), "r": ("Person_siri", "Person"), "oslo": ("Place_oslo", "Place"),
            "bergen": ("Place_bergen", "Place"), "norway": ("Place_norway", "Place")}


@pytest.fixture(autouse=True, params=["best pairs first", "in report order"])
def strategy(request, monkeypatch):
    """Every test runs with both merging strategies: all pairs scored, and (for corpora past the
    pair budget) each report joining its best merged event in turn."""
    if request.param == "in report order":
        monkeypatch.setattr(merge, "PAIR_BUDGET", -1)
    return request.param


def _entity(article_id: str, ref: EntityRef):
    return ENTITIES.get(ref.entry)


def _ref(name: str | None) -> EntityRef | None:
    """The invented names above as refs (gazetteer refs: no text to point into)."""
    return None if name is None else EntityRef.gazetteer(name)


def _event(aid: str, begin: int, kind: str, parts=(), place=None, date=None) -> ArticleExtraction:
    article = Article(id=aid, path=Path(f"{aid}.txt"), text="x" * 200, lang="en")
    sentence = Sentence(aid, begin, begin + 10, "x" * 10)
    event = Event(f"{aid}/{begin}/{kind}", kind, sentence, "t", tuple(("affected", _ref(p)) for p in parts), _ref(place),
                  date)
    return ArticleExtraction(article, [sentence], [], [], [event], [])


def test_same_person_same_day_in_two_articles_is_one_event_named_after_what_happened() -> None:
    a = _event("b", 40, "Detention", ["p"], "oslo", dt.date(2023, 3, 5))
    b = _event("a", 90, "Detention", ["p"], None, dt.date(2023, 3, 5))
    alias = merge_events([a, b], _entity)
    node = "event/Detention/2023-03-05/Person_ola"  # its kind, its date, the person all its reports name
    assert alias.aliases == {"b/40/Detention": node, "a/90/Detention": node}


def test_a_report_that_joins_later_renames_no_merged_event() -> None:
    """A new article, whatever its id (here one that sorts first), joins the merged events of
    the others without renaming them: no other graph changes."""
    reports = [_event("m", 40, "Detention", ["p", "oslo"], None, dt.date(2023, 3, 5)),
               _event("n", 10, "Detention", ["p"], None, dt.date(2023, 3, 5)),
               _event("m", 90, "Meeting", ["p", "q"], None, dt.date(2023, 4, 1)),
               _event("n", 70, "Meeting", ["q", "p"], "bergen", dt.date(2023, 4, 1))]
    before = merge_events(reports, _entity).aliases
    added = [_event("a", 5, "Detention", ["p"]), _event("a", 9, "Meeting", ["q", "oslo"], None, dt.date(2023, 4, 1))]
    after = merge_events([*added, *reports], _entity).aliases
    assert len(set(before.values())) == 2 and all(after[key] == node for key, node in before.items())
    assert {after["a/5/Detention"], after["a/9/Meeting"]} == set(before.values())


def test_two_events_of_one_key_are_told_apart_the_same_in_any_order() -> None:
    """Two reports of one article stay apart, so the same person's two detentions on one day are
    two merged events: the one reported first keeps the bare key."""
    reports = [_event("a", 1, "Detention", ["p"]), _event("a", 50, "Detention", ["p"]),
               _event("b", 1, "Detention", ["p"]), _event("b", 50, "Detention", ["p"])]
    merged = merge_events(reports, _entity).aliases
    assert merged == merge_events(reversed(reports), _entity).aliases
    assert len(set(merged.values())) == 2 and merged["a/1/Detention"] == "event/Detention/undated/Person_ola"


def test_conflicting_dates_or_places_stay_apart() -> None:
    days = [_event("a", 1, "Detention", ["p"], None, dt.date(2023, 3, 5)),
            _event("b", 1, "Detention", ["p"], None, dt.date(2023, 3, 6))]
    places = [_event("a", 1, "Detention", ["p"], "oslo"), _event("b", 1, "Detention", ["p"], "bergen")]
    assert merge_events(days, _entity).aliases == {} and merge_events(places, _entity).aliases == {}


def test_other_kind_or_no_shared_person_stays_apart() -> None:
    assert merge_events([_event("a", 1, "Detention", ["p"]), _event("b", 1, "Release", ["p"])], _entity).aliases == {}
    assert merge_events([_event("a", 1, "Detention", ["p"]), _event("b", 1, "Detention", ["q"])], _entity).aliases == {}


def test_sharing_only_a_country_is_not_enough() -> None:
    events = [_event("a", 1, "Deployment", ["norway", "p"]), _event("b", 1, "Deployment", ["norway", "q"])]
    assert merge_events(events, _entity).aliases == {}


def test_a_recurring_kind_needs_two_shared_actors_or_the_same_day() -> None:
    """One person meets many: 'p met q' and 'p met r', undated, are two meetings; 'p met q' twice, or
    p's meetings on one day, are one (``recurring`` of triggers.json's merge)."""
    apart = [_event("a", 1, "Meeting", ["p", "q"]), _event("b", 1, "Meeting", ["p", "r"], None, dt.date(2023, 4, 1))]
    assert merge_events(apart, _entity).aliases == {}
    assert merge_events([_event("a", 1, "Meeting", ["p", "q"]), _event("b", 1, "Meeting", ["q", "p"])], _entity).aliases
    same_day = [_event("a", 1, "Meeting", ["p", "q"], None, dt.date(2023, 4, 1)),
                _event("b", 1, "Meeting", ["p"], None, dt.date(2023, 4, 1))]
    assert merge_events(same_day, _entity).aliases
    detentions = [_event("a", 1, "Detention", ["p", "q"]), _event("b", 1, "Detention", ["p", "r"])]
    assert merge_events(detentions, _entity).aliases  # not a recurring kind: one shared person is enough


def test_a_firms_strikes_are_recurring() -> None:
    """One airline (q) is struck again and again: strikes sharing only the firm, one undated and one
    dated, stay two; on the same day, or sharing the firm and the union (r), they are one."""
    apart = [_event("a", 1, "Strike", ["q"]), _event("b", 1, "Strike", ["q"], None, dt.date(2023, 9, 28))]
    assert merge_events(apart, _entity).aliases == {}
    assert merge_events([_event("a", 1, "Strike", ["q", "r"]), _event("b", 1, "Strike", ["r", "q"])], _entity).aliases
    same_day = [_event("a", 1, "Strike", ["q"], None, dt.date(2023, 9, 28)),
                _event("b", 1, "Strike", ["q"], None, dt.date(2023, 9, 28))]
    assert merge_events(same_day, _entity).aliases



def test_a_firms_cancelled_flights_are_recurring() -> None:
    """One airline (q) cancels flights month after month: two cancellations sharing only the firm,
    one undated and one dated, stay two; on the same day they are one."""
    apart = [_event("a", 1, "FlightSuspension", ["q"]),
             _event("b", 1, "FlightSuspension", ["q"], None, dt.date(2017, 9, 15))]
    assert merge_events(apart, _entity).aliases == {}
    same_day = [_event("a", 1, "FlightSuspension", ["q"], None, dt.date(2018, 7, 25)),
                _event("b", 1, "FlightSuspension", ["q"], None, dt.date(2018, 7, 25))]
    assert merge_events(same_day, _entity).aliases

def test_statements_never_merge_and_one_article_keeps_its_events_apart() -> None:
    assert merge_events([_event("a", 1, "Statement", ["p"]), _event("b", 1, "Statement", ["p"])], _entity).aliases == {}
    same = [_event("a", 1, "Detention", ["p"]), _event("a", 50, "Detention", ["p"])]
    assert merge_events(same, _entity).aliases == {}


def test_a_date_from_one_report_does_not_chain_two_dates_together() -> None:
    events = [_event("a", 1, "Detention", ["p"], None, dt.date(2023, 3, 5)), _event("b", 1, "Detention", ["p"]),
              _event("c", 1, "Detention", ["p"], None, dt.date(2023, 3, 6))]
    alias = merge_events(events, _entity)
    assert len(set(alias.aliases.values())) == 1 and len(alias.aliases) == 2


# places as the gazetteer knows them (a town of Issyk-Kul Region, the region, cities, a region and the
# city of republican significance inside it, countries) and one it does not know; each is mentioned at
# the same offsets in every article written here
GAZETTEER_PLACES = {"karakol": "gn:1528121", "issyk-kul-region": "region:kg-issyk-kul", "naryn": "gn:1527592",
                    "astana": "wd:Q1520", "akmola-region": "region:kz-akmola", "kyrgyzstan": "wd:Q813",
                    "georgia": "wd:Q230", "village": None}
SPANS = {name: (100 + 20 * i, 110 + 20 * i) for i, name in enumerate(GAZETTEER_PLACES)}
ENTITY_OF = {**{f"m:{b}:{e}": (f"Place_{name}", "Place") for name, (b, e) in SPANS.items()},
             "g:wd:Q813": ("Place_kyrgyzstan", "Place"), "g:p": ("Person_ola", "Person")}


def _located(aid: str, begin: int, where: str | None, date=None, parts=("p",), kind="Detention",
             implied: bool = False) -> ArticleExtraction:
    """A report of one event in ``where``: named in the text (a mention linked to the gazetteer, if
    it knows the place), or implied (a ``g:`` ref, as a demonym gives)."""
    ex = _event(aid, begin, kind, parts, None, date)
    mentions = [Mention(aid, "en", b, e, "x" * (e - b), EntityType.PLACE, name, GAZETTEER_PLACES[name])
                for name, (b, e) in SPANS.items()]
    place = None if where is None else EntityRef.gazetteer("wd:Q813") if implied else EntityRef.mention(*SPANS[where])
    event = ex.events[0]
    located = Event(event.key, kind, event.sentence, "t", event.participants, place, date)
    return ArticleExtraction(ex.article, ex.sentences, mentions, [], [located], [])


def _in_context(article_id: str, ref: EntityRef):
    return ENTITY_OF.get(str(ref))


def test_town_region_and_country_reports_are_one_event_placed_in_the_town() -> None:
    reports = [_located("a", 1, "kyrgyzstan"), _located("b", 1, "karakol"), _located("c", 1, "issyk-kul-region")]
    merged = merge_events(reports, _in_context)
    assert set(merged.aliases) == {"a/1/Detention", "b/1/Detention", "c/1/Detention"}
    assert set(merged.aliases.values()) == {"event/Detention/undated/Person_ola"}
    assert merged.wider == {"a/1/Detention", "c/1/Detention"}  # their place contains the town's


def test_a_country_implied_by_the_text_contains_its_city() -> None:
    merged = merge_events([_located("a", 1, "naryn"), _located("b", 1, "kyrgyzstan", implied=True)], _in_context)
    assert len(set(merged.aliases.values())) == 1 and merged.wider == {"b/1/Detention"}


def test_places_that_do_not_contain_one_another_conflict() -> None:
    two_cities = [_located("a", 1, "naryn"), _located("b", 1, "karakol")]
    other_country = [_located("a", 1, "naryn"), _located("b", 1, "georgia")]
    # a city of republican significance is no town of the region around it
    city_and_region = [_located("a", 1, "astana"), _located("b", 1, "akmola-region")]
    for reports in (two_cities, other_country, city_and_region):
        assert merge_events(reports, _in_context).aliases == {}


def test_a_country_report_joins_one_city_and_the_cities_stay_apart() -> None:
    merged = merge_events([_located("a", 1, "naryn"), _located("b", 1, "kyrgyzstan"), _located("c", 1, "karakol")],
                          _in_context)
    assert len(merged.aliases) == 2 and "b/1/Detention" in merged.aliases and merged.wider == {"b/1/Detention"}


def test_an_unknown_place_matches_only_itself() -> None:
    assert merge_events([_located("a", 1, "village"), _located("b", 1, "kyrgyzstan")], _in_context).aliases == {}
    merged = merge_events([_located("a", 1, "village"), _located("b", 1, "village")], _in_context)
    assert len(set(merged.aliases.values())) == 1 and len(merged.aliases) == 2 and not merged.wider


def test_a_date_conflict_splits_reports_whose_places_agree() -> None:
    reports = [_located("a", 1, "karakol", dt.date(2023, 3, 5)), _located("b", 1, "kyrgyzstan", dt.date(2023, 3, 6))]
    assert merge_events(reports, _in_context).aliases == {}
    reports[1] = _located("b", 1, "kyrgyzstan", dt.date(2023, 3, 5))
    assert set(merge_events(reports, _in_context).aliases.values()) == {"event/Detention/2023-03-05/Person_ola"}


def test_events_with_no_participants_merge_on_the_date_and_places_that_agree() -> None:
    day = dt.date(2023, 3, 5)
    same = [_located("a", 1, "naryn", day, (), "Protest"), _located("b", 1, "kyrgyzstan", day, (), "Protest")]
    assert set(merge_events(same, _in_context).aliases.values()) == {"event/Protest/2023-03-05/wd:Q813"}  # the country
    other_day = [same[0], _located("b", 1, "kyrgyzstan", dt.date(2023, 3, 6), (), "Protest")]
    elsewhere = [same[0], _located("b", 1, "astana", day, (), "Protest")]
    assert merge_events(other_day, _in_context).aliases == {} and merge_events(elsewhere, _in_context).aliases == {}


def test_the_merged_node_has_the_most_specific_place_and_each_graph_only_its_own() -> None:
    reports = [_located("a", 1, "kyrgyzstan"), _located("b", 1, "karakol"), _located("c", 1, "issyk-kul-region")]
    merged = merge_events(reports, _in_context)
    entities = {f"Place_{n}": Entity(f"Place_{n}", EntityType.PLACE) for n in GAZETTEER_PLACES}
    entity_of = {(ex.article.id, m.begin, m.end): entities[f"Place_{m.normal}"] for ex in reports for m in ex.mentions}
    iris, refs = Iris(), EntityRefs(list(entities.values()), entity_of)
    places = {ex.article.id: {str(q.object.value) for q in fact_quads(ex, refs, iris, merged)
                              if q.predicate == SCHEMA.location} for ex in reports}
    assert places == {"a": set(), "b": {iris.entity("Place_karakol").value}, "c": set()}
    nodes = {q.subject for ex in reports for q in fact_quads(ex, refs, iris, merged) if q.predicate == SCHEMA.location}
    assert nodes == {iris.fact("event/Detention/undated/Person_ola")}
