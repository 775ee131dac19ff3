"""Cross-article event merging: the same happening reported by several articles becomes one event
node with every report's evidence. Events of one kind merge when their participants (resolved
entities) overlap and neither their dates nor their places conflict; a merged event keeps at most
one event per article, one date, places that contain one another (a town, its region, its country:
the most specific is where it happened) and a few entities (no hubs)."""
from __future__ import annotations

import hashlib
import itertools
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kgraph.model import ArticleExtraction, Event
from .unionfind import UnionFind

from kgraph.facts.lexicon import facts_data

from .event_places import EntityOf, Places, place_entries

__all__ = ["merge_events", "MergedEvents", "EntityOf"]


@dataclass(frozen=True)
class MergedEvents:
    """``aliases``: event key -> the key of the merged event it belongs to (reports merged with no
    other are absent). ``wider``: the reports whose place contains the merged event's (a country
    where another report names the city): their graphs state no schema:location for it, so that
    the merged node has one place, the most specific, and no graph states a place its article did
    not name."""

    aliases: dict[str, str] = field(default_factory=dict)
    wider: frozenset[str] = frozenset()

    def node_of(self, key: str) -> str:
        """The key of the event node that stands for report ``key``."""
        return self.aliases.get(key, key)


@dataclass
class _Cluster:
    events: list[Event]
    articles: set[str]
    dates: set[tuple]
    places: set[str]
    entities: set[str]
    parts: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)  # participants that are not places


def _settings() -> tuple[frozenset[str], int, frozenset[str]]:
    raw = facts_data("triggers.json").get("merge", {})
    return frozenset(raw.get("never", ())), int(raw.get("max_entities", 8)), frozenset(raw.get("recurring", ()))


def _order(event: Event) -> tuple[str, int, str]:
    """Reports in article order, then sentence, then kind (the parts of their key)."""
    return event.sentence.article_id, event.sentence.begin, event.kind


def _cluster(event: Event, entity_of: EntityOf) -> _Cluster:
    aid = event.sentence.article_id
    found = [e for _, ref in event.participants if (e := entity_of(aid, ref)) is not None]
    parts = {key for key, _ in found}
    actors = {key for key, kind in found if kind != "Place"}
    place = entity_of(aid, event.place) if event.place else None
    places = {place[0]} if place else set()
    dates = {(event.date, event.date_precision)} if event.date else set()
    return _Cluster([event], {aid}, dates, places, parts | places, parts, actors)


def _fits(a: _Cluster, b: _Cluster, limit: int, places: Places) -> bool:
    return (not a.articles & b.articles and len(a.dates | b.dates) <= 1 and places.agree(a.places | b.places)
            and len(a.entities | b.entities) <= limit)


def _similar(a: _Cluster, b: _Cluster, places: Places, recurring: bool = False) -> tuple[int, bool, bool, bool] | None:
    """(shared participants, same date, same place, places that agree), None when they are not the
    same happening (sharing only a country or city as participant is not enough: a person or body
    must be shared; with no participants, the date and the place must agree). A ``recurring`` kind
    (a meeting, a vote: one person takes part in many) needs two shared actors or the same date."""
    shared = len(a.parts & b.parts) if a.actors & b.actors else 0
    same_date, same_place = bool(a.dates and a.dates == b.dates), bool(a.places and a.places == b.places)
    near = bool(a.places and b.places and places.agree(a.places | b.places))
    if recurring and shared and len(a.actors & b.actors) < 2 and not same_date:
        return None  # 'X met the regional leaders', 'X met Y', 'X talked with Z': three meetings
    if shared or (not a.parts and not b.parts and same_date and near):
        return shared, same_date, same_place, near
    return None


def merge_events(extractions: Iterable[ArticleExtraction], entity_of: EntityOf,
                 memo: dict[str, list] | None = None) -> MergedEvents:
    """Event key -> the key of the merged event it belongs to (only for events that merged), and
    the reports whose place is wider than the merged event's. The merged key is made of what the
    event is (:func:`_node_keys`): a report that joins it does not rename it.

    ``memo`` (kept between incremental builds): the digest of one kind's input (its reports, the
    entities and places they lead to) -> that kind's result; a kind whose input is unchanged is
    not merged again, so a new article re-merges only the kinds of event it reports."""
    never, limit, recurring = _settings()
    extractions = list(extractions)
    places = Places(place_entries(extractions, entity_of))
    by_kind: dict[str, list[Event]] = {}
    for ex in extractions:
        for event in ex.events:
            if event.kind not in never and event.status is None:
                by_kind.setdefault(event.kind, []).append(event)
    alias: dict[str, str] = {}
    wider: set[str] = set()
    used: dict[str, list] = {}
    for kind in sorted(by_kind):
        events = sorted(by_kind[kind], key=_order)
        key = _input_digest(events, entity_of, limit, places) if memo is not None else ""
        if memo is not None and key in memo:
            merged, coarse = dict(memo[key][0]), set(memo[key][1])
        else:
            merged, coarse = _merge_kind(events, entity_of, limit, places, kind in recurring)
        used[key] = [sorted(merged.items()), sorted(coarse)]
        alias.update(merged)
        wider |= coarse
    if memo is not None:
        memo.clear()
        memo.update(used)
    return MergedEvents(alias, frozenset(wider))


def _input_digest(events: list[Event], entity_of: EntityOf, limit: int, places: Places) -> str:
    """Everything :func:`_merge_kind` reads of one kind: the reports, the entities their refs lead
    to, the gazetteer entries of their places (which contain which follows from those)."""
    digest = hashlib.sha256(f"{limit}".encode())
    for event in events:
        aid = event.sentence.article_id
        refs = [ref for _, ref in event.participants] + ([event.place] if event.place else [])
        found = [entity_of(aid, ref) for ref in refs]
        where = [places.entries.get(f[0]) for f in found if f is not None]
        digest.update(repr((event, found, where)).encode() + b"\0")
    return digest.hexdigest()


Block = tuple[str | None, list[int]]  # (the actor its clusters share, None for a where-when block; the clusters)


def _blocks(clusters: list[_Cluster], places: Places) -> list[Block]:
    """Groups of clusters that can be similar: those sharing an actor; those with no participants
    but the same date and a place in the same country. A pair outside every group is never similar."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        for key in _keys(c, places):
            blocks[key].append(i)
    return [(key[1] if key[0] == "actor" else None, members) for key, members in blocks.items()]


def _candidate_pairs(clusters: list[_Cluster], blocks: list[Block]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) within a block whose dates agree (the same, or one undated), each once: a
    pair sharing several actors comes from the block of the least of them. Nothing is stored, so
    dense corpora (one actor in thousands of events) cost time, not memory."""
    for actor, members in blocks:  # members ascend: combinations give i < j
        by_date: dict[tuple | None, list[int]] = defaultdict(list)
        for i in members:
            by_date[next(iter(clusters[i].dates), None)].append(i)
        undated = by_date.pop(None, [])
        groups: list[Iterator[tuple[int, int]]] = [itertools.combinations(undated, 2)]
        for group in by_date.values():
            groups.append(itertools.combinations(group, 2))
            groups.append(((i, j) if i < j else (j, i) for i in group for j in undated))
        for i, j in itertools.chain.from_iterable(groups):
            if actor is None or min(clusters[i].actors & clusters[j].actors) == actor:
                yield i, j


class _ScoredPairs:
    """The pairs that may merge, by score, in two integer arrays per score (16 bytes a pair)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.by_score: dict[tuple[int, ...], tuple[array, array]] = {}

    def add(self, score: tuple[int, ...], i: int, j: int) -> None:
        left, right = self.by_score.setdefault(score, (array("q"), array("q")))
        left.append(i)
        right.append(j)

    def in_order(self) -> Iterator[tuple[int, int]]:
        """Best score first (more shared participants, same date, same place...), then by (i, j)."""
        import numpy as np

        for score in sorted(self.by_score):
            left, right = self.by_score.pop(score)
            keys = np.frombuffer(left, dtype=np.int64) * self.size + np.frombuffer(right, dtype=np.int64)
            keys.sort()
            for start in range(0, len(keys), 1 << 16):  # a slice at a time as Python ints
                for key in keys[start:start + (1 << 16)].tolist():
                    yield divmod(key, self.size)


def _pair_bound(blocks: list[Block]) -> int:
    """How many candidate pairs there are at most (pairs sharing several actors counted in each block)."""
    return sum(len(members) * (len(members) - 1) // 2 for _, members in blocks)


def _absorb(a: _Cluster, b: _Cluster) -> None:
    """Cluster ``b``'s reports join ``a``."""
    a.events += b.events
    a.articles |= b.articles
    a.dates |= b.dates
    a.places |= b.places
    a.entities |= b.entities
    a.parts |= b.parts
    a.actors |= b.actors


def _merge_best_pairs_first(clusters: list[_Cluster], blocks: list[Block], limit: int,
                            places: Places, recurring: bool = False) -> Callable[[int], int]:
    """Merge the most similar pairs first (every candidate pair scored); returns each report's cluster."""
    pairs = _ScoredPairs(len(clusters))
    for i, j in _candidate_pairs(clusters, blocks):  # every pair that can be similar (the rest never are)
        score = _similar(clusters[i], clusters[j], places, recurring)
        if score is not None and _fits(clusters[i], clusters[j], limit, places):
            pairs.add(tuple(-int(x) for x in score), i, j)
    sets = UnionFind(len(clusters))
    for i, j in pairs.in_order():
        ri, rj = sets.find(i), sets.find(j)
        if ri != rj and _fits(clusters[ri], clusters[rj], limit, places):
            _absorb(clusters[ri], clusters[rj])
            sets.join(ri, rj)  # the absorbing cluster stays the root
    return sets.find


def _merge_in_report_order(clusters: list[_Cluster], limit: int, places: Places,
                           recurring: bool = False) -> Callable[[int], int]:
    """Each report, in report order, joins the most similar merged event it fits (ties: the
    earliest), found through the actors and where-when keys it shares; else starts its own."""
    owner = list(range(len(clusters)))
    index: dict[tuple, list[int]] = defaultdict(list)  # actor or where-when key -> merged events
    for i, c in enumerate(clusters):
        keys = _keys(c, places)
        best, best_score = None, None
        for k in sorted({k for key in keys for k in index[key]}):
            score = _similar(clusters[k], c, places, recurring)
            if score is not None and _fits(clusters[k], c, limit, places) and (best_score is None or score > best_score):
                best, best_score = k, score
        if best is None:
            for key in keys:
                index[key].append(i)
            continue
        before = _keys(clusters[best], places)
        _absorb(clusters[best], c)
        owner[i] = best
        for key in _keys(clusters[best], places) - before:
            index[key].append(best)
    return lambda i: owner[i]


def _keys(c: _Cluster, places: Places) -> set[tuple]:
    """The blocks a cluster is in: one per actor; a where-when one if it has no participants."""
    keys: set[tuple] = {("actor", actor) for actor in c.actors}
    if not c.parts and c.dates and c.places:
        keys.add(("where-when", frozenset(c.dates), frozenset(places.root(p) for p in c.places)))
    return keys


PAIR_BUDGET = 2_000_000  # candidate pairs of one kind compared all against all; beyond, event by event


def _merge_kind(events: list[Event], entity_of: EntityOf, limit: int,
                places: Places, recurring: bool = False) -> tuple[dict[str, str], set[str]]:
    """(event key -> merged key, the reports whose place is wider than their merged event's)."""
    clusters = [_cluster(e, entity_of) for e in events]
    actors = {e.key: frozenset(c.actors) for e, c in zip(events, clusters)}  # each report's own (merging grows them)
    blocks = _blocks(clusters, places)
    if _pair_bound(blocks) <= PAIR_BUDGET:
        find = _merge_best_pairs_first(clusters, blocks, limit, places, recurring)
    else:  # a dense corpus (one actor in thousands of reports): near-linear instead of quadratic
        find = _merge_in_report_order(clusters, limit, places, recurring)
    alias: dict[str, str] = {}
    wider: set[str] = set()
    merged = [c for i, c in enumerate(clusters) if find(i) == i and len(c.events) > 1]
    for c, node in zip(merged, _node_keys(merged, actors, places)):
        alias.update({e.key: node for e in c.events})
        if len(c.places) > 1:  # they agree: one lies in all the others
            where = next(p for p in sorted(c.places) if all(places.within(p, q) for q in c.places))
            wider.update(e.key for e in c.events if e.place and (got := entity_of(e.sentence.article_id, e.place))
                         and got[0] != where)
    return alias, wider


def _node_keys(merged: list[_Cluster], actors: dict[str, frozenset[str]], places: Places) -> list[str]:
    """The key of each merged event's node, made of what the event is, not of which report sorts
    first: ``event/<kind>/<date>/<core>``, the core being the actor most of its reports name (ties:
    the least key), or for an event with no participants the country it happened in. A report
    that joins the event later, or an article whose id sorts first, leaves it alone (it moves only
    when the core or the date does). Two merged events with one key (two reports of one article,
    kept apart) are told apart by their earliest report: the earliest keeps the bare key."""
    keys = [_node_key(c, actors, places) for c in merged]
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        by_key[key].append(i)
    for key, same in by_key.items():
        if len(same) > 1:
            same.sort(key=lambda i: _order(min(merged[i].events, key=_order)))
            for i in same[1:]:
                first = min(merged[i].events, key=_order).key
                keys[i] = f"{key}-{hashlib.sha1(first.encode('utf-8')).hexdigest()[:8]}"
    return keys


def _node_key(c: _Cluster, actors: dict[str, frozenset[str]], places: Places) -> str:
    counts: dict[str, int] = defaultdict(int)
    for event in c.events:
        for actor in actors[event.key]:
            counts[actor] += 1
    if counts:
        core = min(counts, key=lambda a: (-counts[a], a))
    else:  # merged on the date and the place: the country (the reports' places agree, they share it)
        core = min(places.root(p)[1] for p in c.places) if c.places else "-"
    date = next(iter(c.dates), None)
    return f"event/{c.events[0].kind}/{_date_text(date) if date else 'undated'}/{core}"


def _date_text(date: tuple) -> str:
    """A report's (date, precision) as ISO 8601 at that precision: 2023-03-05, 2023-03, 2023."""
    day, precision = date
    return day.isoformat()[:{"year": 4, "month": 7}.get(precision, 10)]
