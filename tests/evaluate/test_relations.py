"""Relation recall: two entities linked directly or through one fact node, never through text structure."""
from __future__ import annotations

from kgraph.evaluate.gold import Gold, GoldDoc, GoldEntity, GoldMention, GoldRelation
from kgraph.evaluate.relations import HUB_LIMIT, score_relations

from .helpers import article, graph_of, node

NAMES = ("mara", "orsk", "tide", "vel", "kora")
NODES = {name: node(name) for name in NAMES}
TYPES = " ".join(f"ex:{n} a schema:Person ." for n in NAMES)


def _gold(*pairs: tuple[str, str]) -> Gold:
    mentions = tuple(GoldMention(n, n.title()) for n in NAMES)
    relations = tuple(GoldRelation(s, "related_to", o) for s, o in pairs)
    return Gold({n: GoldEntity(n, "Person", None) for n in NAMES},
                (GoldDoc("a.txt", "en", mentions, relations, (), None),))  # type: ignore[arg-type]


def test_a_direct_link_in_either_direction_is_found() -> None:
    graph = graph_of(TYPES, "ex:mara schema:memberOf ex:tide .")
    scores = score_relations(_gold(("mara", "tide"), ("tide", "mara")), graph, NODES)
    assert (scores.found, scores.gold, scores.recall) == (2, 2, 1.0)


def test_a_link_through_one_fact_node_is_found() -> None:
    graph = graph_of(TYPES, "ex:pos a kg:Position ; kg:holder ex:mara ; schema:memberOf ex:tide .")
    assert score_relations(_gold(("mara", "tide")), graph, NODES).found == 1


def test_a_hub_linked_to_too_many_entities_is_no_fact() -> None:
    extra = [f"hub{i}" for i in range(HUB_LIMIT - 1)]  # with mara and tide: HUB_LIMIT + 1 entities
    graph = graph_of(TYPES, " ".join(f"ex:{n} a schema:Place ." for n in extra),
                     "ex:list schema:about " + ", ".join(f"ex:{n}" for n in ("mara", "tide", *extra)) + " .")
    scores = score_relations(_gold(("mara", "tide")), graph, NODES)
    assert scores.found == 0 and scores.missed == [("mara", "tide", "no link")]


def test_mentions_in_one_article_and_nif_links_are_not_relations() -> None:
    graph = graph_of(TYPES, article("a", ("Mara", "mara"), ("Tide", "tide")),
                     "ex:mara nif:sentence ex:s1 . ex:tide nif:sentence ex:s1 .")
    assert score_relations(_gold(("mara", "tide")), graph, NODES).missed == [("mara", "tide", "no link")]


def test_why_a_fact_was_missed_and_which_facts_count() -> None:
    gold = _gold(("mara", "orsk"), ("vel", "ghost"), ("vel", "kora"))  # ghost: no document names it
    scores = score_relations(gold, graph_of(TYPES), {"mara": node("same"), "orsk": node("same"), "vel": node("vel")})
    assert scores.gold == 2
    assert scores.missed == [("mara", "orsk", "merged"), ("vel", "kora", "entity not found")]


def test_links_per_entity_count_both_ends() -> None:
    graph = graph_of(TYPES, "ex:mara schema:memberOf ex:tide . ex:vel schema:knows ex:kora .")
    scores = score_relations(_gold(), graph, NODES)
    assert (scores.entity_links, scores.entities, scores.links_per_entity) == (4, 5, 0.8)
