"""Event recall, place and date: the best event node for each gold event, on graphs written for the test."""
from __future__ import annotations

from pathlib import Path

from kgraph.evaluate.gold import Gold, GoldDoc, GoldEntity, GoldEvent, GoldMention
from kgraph.evaluate.events import score_events

from .helpers import graph_of, node

NODES = {"mara": node("mara"), "orsk": node("orsk"), "tide": node("tide"), "vel": node("vel")}


def _gold(*events: GoldEvent) -> Gold:
    mentions = tuple(GoldMention(n, n) for n in ("mara", "orsk", "tide", "vel"))
    return Gold({n: GoldEntity(n, None, None) for n in NODES}, (GoldDoc("a.txt", "en", mentions, (), events, Path("a.json")),))


def _event(ident: str, participants: tuple[str, ...], place: str | None = None, date: str | None = None) -> GoldEvent:
    return GoldEvent(ident, "Detention", participants, place, date)


def test_an_event_node_with_participant_place_and_date_is_found_whole() -> None:
    graph = graph_of('ex:ev a schema:Event ; kg:agent ex:mara ; schema:location ex:orsk ; '
                     'schema:startDate "2023-03-01T10:00:00"^^xsd:dateTime .')
    scores = score_events(_gold(_event("held", ("mara",), "orsk", "2023-03-01")), graph, NODES)
    assert (scores.found, scores.gold, scores.place_right, scores.place_gold, scores.date_right, scores.date_gold) \
        == (1, 1, 1, 1, 1, 1)


def test_the_best_node_is_taken_and_a_wrong_place_or_date_is_counted() -> None:
    graph = graph_of('ex:e1 a schema:Event ; kg:agent ex:mara ; schema:location ex:vel ; schema:startDate "2023-02-27"^^xsd:date .',
                     'ex:e2 a schema:Event ; kg:agent ex:mara , ex:tide ; schema:startDate "2023-03"^^xsd:gYearMonth .')
    scores = score_events(_gold(_event("talks", ("mara", "tide"), "orsk", "2023-03-01")), graph, NODES)
    assert (scores.found, scores.place_right, scores.place_gold, scores.date_right, scores.date_gold) == (1, 0, 1, 0, 1)


def test_events_with_no_linked_participant_are_missed_and_unnamed_ones_not_counted() -> None:
    graph = graph_of("ex:e1 a schema:Event ; kg:agent ex:tide .", "ex:e2 kg:agent ex:mara .")  # e2 is no schema:Event
    scores = score_events(_gold(_event("held", ("mara",)), _event("ghost", ("nobody",))), graph, NODES)
    assert (scores.found, scores.gold, scores.missed, scores.recall) == (0, 1, ["held"], 0.0)
    assert scores.place == 0.0 and scores.date == 0.0


def test_the_place_and_date_are_also_scored_on_the_documents_own_nodes() -> None:
    derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
    graph = graph_of('ex:art-a a schema:NewsArticle ; schema:identifier "a" .',
                     'ex:art-b a schema:NewsArticle ; schema:identifier "b" .',
                     f'ex:e1 a schema:Event ; kg:agent ex:mara ; {derived} ex:art-a .',
                     f'ex:e2 a schema:Event ; kg:agent ex:mara ; schema:location ex:orsk ; '
                     f'schema:startDate "2023-03-01"^^xsd:date ; {derived} ex:art-b .')
    gold = _gold(_event("held", ("mara",), "orsk", "2023-03-01"))
    scores = score_events(gold, graph, NODES, {Path("a.json"): "a"})
    assert (scores.place_right, scores.date_right, scores.own_place_right, scores.own_date_right) == (1, 1, 0, 0)
    merged = graph_of('ex:art-a a schema:NewsArticle ; schema:identifier "a" .',
                      f'ex:e2 a schema:Event ; kg:agent ex:mara ; schema:location ex:orsk ; '
                      f'schema:startDate "2023-03-01"^^xsd:date ; {derived} ex:art-a , ex:art-b .')
    scores = score_events(gold, merged, NODES, {Path("a.json"): "a"})
    assert (scores.own_place_right, scores.own_date_right, scores.own_place, scores.own_date) == (1, 1, 1.0, 1.0)
