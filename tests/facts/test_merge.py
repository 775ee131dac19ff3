"""Cross-article event merging on events built for the test (no parsing)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kgraph.facts import merge_events
from kgraph.model import Article, ArticleExtraction, Event, Sentence

# article-local refs -> (entity key, type) as entity resolution would give them
ENTITIES = {"p": ("Person_ola", "Person"), "q": ("Person_kari", "Person"), "oslo": ("Place_oslo", "Place"),
            "bergen": ("Place_bergen", "Place"), "norway": ("Place_norway", "Place")}


def _entity(article_id: str, ref: str):
    return ENTITIES.get(ref)


def _event(aid: str, begin: int, kind: str, parts=(), place=None, date=None) -> ArticleExtraction:
    article = Article(id=aid, path=Path(f"{aid}.txt"), text="x" * 200, lang="en")
    sentence = Sentence(aid, begin, begin + 10, "x" * 10)
    event = Event(f"{aid}/{begin}/{kind}", kind, sentence, "t", tuple(("affected", p) for p in parts), place, date)
    return ArticleExtraction(article, [sentence], [], [], [event], [])


def test_same_person_same_day_in_two_articles_is_one_event_named_after_the_earliest() -> None:
    a = _event("b", 40, "Detention", ["p"], "oslo", dt.date(2023, 3, 5))
    b = _event("a", 90, "Detention", ["p"], None, dt.date(2023, 3, 5))
    alias = merge_events([a, b], _entity)
    assert alias == {"b/40/Detention": "a/90/Detention", "a/90/Detention": "a/90/Detention"}


def test_conflicting_dates_or_places_stay_apart() -> None:
    days = [_event("a", 1, "Detention", ["p"], None, dt.date(2023, 3, 5)),
            _event("b", 1, "Detention", ["p"], None, dt.date(2023, 3, 6))]
    places = [_event("a", 1, "Detention", ["p"], "oslo"), _event("b", 1, "Detention", ["p"], "bergen")]
    assert merge_events(days, _entity) == {} and merge_events(places, _entity) == {}


def test_other_kind_or_no_shared_person_stays_apart() -> None:
    assert merge_events([_event("a", 1, "Detention", ["p"]), _event("b", 1, "Release", ["p"])], _entity) == {}
    assert merge_events([_event("a", 1, "Detention", ["p"]), _event("b", 1, "Detention", ["q"])], _entity) == {}


def test_sharing_only_a_country_is_not_enough() -> None:
    events = [_event("a", 1, "Deployment", ["norway", "p"]), _event("b", 1, "Deployment", ["norway", "q"])]
    assert merge_events(events, _entity) == {}


def test_statements_never_merge_and_one_article_keeps_its_events_apart() -> None:
    assert merge_events([_event("a", 1, "Statement", ["p"]), _event("b", 1, "Statement", ["p"])], _entity) == {}
    same = [_event("a", 1, "Detention", ["p"]), _event("a", 50, "Detention", ["p"])]
    assert merge_events(same, _entity) == {}


def test_a_date_from_one_report_does_not_chain_two_dates_together() -> None:
    events = [_event("a", 1, "Detention", ["p"], None, dt.date(2023, 3, 5)), _event("b", 1, "Detention", ["p"]),
              _event("c", 1, "Detention", ["p"], None, dt.date(2023, 3, 6))]
    alias = merge_events(events, _entity)
    assert len(set(alias.values())) == 1 and len(alias) == 2
