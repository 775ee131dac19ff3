"""Cross-article event merging: the same happening reported by several articles becomes one event
node with every report's evidence. Events of one kind merge when their participants (resolved
entities) overlap and neither their dates nor their places conflict; a merged event keeps at most
one event per article, one date, one place and a few entities (no hubs)."""
from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kgraph.model import ArticleExtraction, Event

from .lexicon import DATA_DIR

__all__ = ["merge_events", "EntityOf"]

EntityOf = Callable[[str, str], tuple[str, str] | None]  # (article id, ref) -> (entity key, type name)


@dataclass
class _Cluster:
    events: list[Event]
    articles: set[str]
    dates: set[tuple]
    places: set[str]
    entities: set[str]
    parts: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)  # participants that are not places


def _settings() -> tuple[frozenset[str], int]:
    raw = json.loads((DATA_DIR / "triggers.json").read_text(encoding="utf-8")).get("merge", {})
    return frozenset(raw.get("never", ())), int(raw.get("max_entities", 8))


def _order(event: Event) -> tuple:
    aid, begin, kind = event.key.rsplit("/", 2)
    return aid, int(begin) if begin.isdigit() else 0, kind


def _cluster(event: Event, entity_of: EntityOf) -> _Cluster:
    aid = event.sentence.article_id
    found = [e for _, ref in event.participants if (e := entity_of(aid, ref)) is not None]
    parts = {key for key, _ in found}
    actors = {key for key, kind in found if kind != "Place"}
    place = entity_of(aid, event.place) if event.place else None
    places = {place[0]} if place else set()
    dates = {(event.date, event.date_precision)} if event.date else set()
    return _Cluster([event], {aid}, dates, places, parts | places, parts, actors)


def _fits(a: _Cluster, b: _Cluster, limit: int) -> bool:
    return (not a.articles & b.articles and len(a.dates | b.dates) <= 1 and len(a.places | b.places) <= 1
            and len(a.entities | b.entities) <= limit)


def _similar(a: _Cluster, b: _Cluster) -> tuple[int, bool, bool] | None:
    """(shared participants, same date, same place), None when they are not the same happening
    (sharing only a country or city as participant is not enough: a person or body must be shared)."""
    shared = len(a.parts & b.parts) if a.actors & b.actors else 0
    same_date, same_place = bool(a.dates and a.dates == b.dates), bool(a.places and a.places == b.places)
    if shared or (not a.parts and not b.parts and same_date and same_place):
        return shared, same_date, same_place
    return None


def merge_events(extractions: Iterable[ArticleExtraction], entity_of: EntityOf) -> dict[str, str]:
    """Event key -> the key of the merged event it belongs to (only for events that merged). The
    merged key is its earliest report's (article id, sentence, kind): stable across builds."""
    never, limit = _settings()
    by_kind: dict[str, list[Event]] = {}
    for ex in extractions:
        for event in ex.events:
            if event.kind not in never:
                by_kind.setdefault(event.kind, []).append(event)
    alias: dict[str, str] = {}
    for kind in sorted(by_kind):
        alias.update(_merge_kind(sorted(by_kind[kind], key=_order), entity_of, limit))
    return alias


def _blocks(clusters: list[_Cluster]) -> Iterable[list[int]]:
    """Groups of clusters that can be similar: those sharing an actor; those with no participants
    but the same date and place. A pair outside every group is never similar."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        for actor in c.actors:
            blocks["actor", actor].append(i)
        if not c.parts and c.dates and c.places:
            blocks["where-when", frozenset(c.dates), frozenset(c.places)].append(i)
    return blocks.values()


def _candidate_pairs(clusters: list[_Cluster]) -> set[tuple[int, int]]:
    """The pairs (i < j) within a block whose dates agree (the same, or one undated)."""
    pairs: set[tuple[int, int]] = set()
    for members in _blocks(clusters):  # members ascend: combinations give i < j
        by_date: dict[tuple | None, list[int]] = defaultdict(list)
        for i in members:
            by_date[next(iter(clusters[i].dates), None)].append(i)
        undated = by_date.pop(None, [])
        pairs.update(itertools.combinations(undated, 2))
        for group in by_date.values():
            pairs.update(itertools.combinations(group, 2))
            pairs.update((i, j) if i < j else (j, i) for i in group for j in undated)
    return pairs


def _merge_kind(events: list[Event], entity_of: EntityOf, limit: int) -> dict[str, str]:
    clusters = [_cluster(e, entity_of) for e in events]
    pairs = []
    for i, j in _candidate_pairs(clusters):  # every pair that can be similar (the rest never are)
        score = _similar(clusters[i], clusters[j])
        if score is not None and _fits(clusters[i], clusters[j], limit):
            pairs.append((tuple(-int(x) for x in score), i, j))
    owner = list(range(len(clusters)))

    def find(i: int) -> int:
        while owner[i] != i:
            i = owner[i]
        return i

    for _, i, j in sorted(pairs):
        ri, rj = find(i), find(j)
        if ri == rj or not _fits(clusters[ri], clusters[rj], limit):
            continue
        a, b = clusters[ri], clusters[rj]
        a.events += b.events
        a.articles |= b.articles
        a.dates |= b.dates
        a.places |= b.places
        a.entities |= b.entities
        a.parts |= b.parts
        a.actors |= b.actors
        owner[rj] = ri
    alias: dict[str, str] = {}
    for i, c in enumerate(clusters):
        if find(i) == i and len(c.events) > 1:
            head = min(c.events, key=_order).key
            alias.update({e.key: head for e in c.events})
    return alias
