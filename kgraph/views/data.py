"""What the views show, read back from the graph into plain, sorted records.

Entities (the four schema.org types), articles with their text and mentions, links between
entities (direct triples, or through one intermediate node such as a role or a claim), and
events with participants, place, date and evidence sentences. Everything the pages print
comes from here, so the views show exactly what the graph says.

Each thing the views read is stated within one article's graph, so the records are a merge
(:func:`view_data`) of one :class:`~kgraph.views.fragment.GraphFragment` per graph: a build can
keep the fragments of unchanged graphs and redo only the changed ones.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

from pyoxigraph import Store

from kgraph.rdf.namespaces import PROV, SCHEMA
from kgraph.views.fragment import HEADLINE, LABEL, NOTE, VARIANT, GraphFragment, rows, store_fragments

__all__ = ["EntityView", "ArticleView", "MentionView", "Evidence", "Link", "EventView", "ViewData",
           "load_view_data", "view_data", "slug_of", "local_name", "ENTITY_TYPES"]

ENTITY_TYPES = ("Person", "Organization", "Place", "Event", "Product")
LABEL_LANG_ORDER = ("en", "ru", "pl", "de", "uk", "kk", "ky", "fr", "es")


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#`` or ``/``)."""
    return re.split(r"[#/]", iri.rstrip("/"))[-1]


def slug_of(iri: str, hint: str) -> str:
    """A stable ASCII file name for a resource: a readable part and a hash of the IRI."""
    readable = re.sub(r"[^A-Za-z0-9_-]+", "-", unquote(hint)).strip("-")[:40]
    digest = hashlib.sha1(iri.encode("utf-8")).hexdigest()[:10]
    return f"{readable}-{digest}" if readable else digest


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that states something, in the article it comes from."""

    article: str  # article IRI
    begin: int
    end: int
    text: str


@dataclass(slots=True)
class EntityView:
    iri: str
    type: str
    slug: str
    labels: dict[str, str] = field(default_factory=dict)  # lang ("" when untagged) -> label
    alt_labels: list[tuple[str, str]] = field(default_factory=list)  # (lang, variant), sorted
    same_as: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # IRIs of the articles mentioning it
    mention_count: int = 0

    @property
    def label(self) -> str:
        """The display name: English first, then a fixed order of languages, then any."""
        for lang in LABEL_LANG_ORDER:
            if lang in self.labels:
                return self.labels[lang]
        if self.labels:
            return self.labels[sorted(self.labels)[0]]
        if self.alt_labels:
            return self.alt_labels[0][1]
        return unquote(local_name(self.iri))

    def names(self) -> list[str]:
        """Every distinct label and variant, sorted (for search)."""
        return sorted(set(self.labels.values()) | {v for _, v in self.alt_labels})


@dataclass(frozen=True, slots=True)
class MentionView:
    begin: int
    end: int
    entity: str
    sentence: tuple[int, int] | None = None


@dataclass(slots=True)
class ArticleView:
    iri: str
    id: str
    slug: str
    lang: str = ""
    date: str = ""
    text: str = ""
    mentions: list[MentionView] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    headline: str = ""  # schema:headline (the least, when graphs disagree)
    publisher: str = ""  # the IRI of its schema:publisher, an entity (the least)


@dataclass(frozen=True, slots=True)
class Link:
    """A relation between two entities, possibly through an intermediate node."""

    source: str
    predicate: str  # local name, e.g. "memberOf"
    target: str
    via: str = ""  # IRI of the intermediate node, if any
    note: str = ""  # a literal of the intermediate node (role name, claim text…)
    evidence: tuple[Evidence, ...] = ()


@dataclass(slots=True)
class EventView:
    """An event node with a kind of its own or a date ("" when undated)."""

    iri: str
    date: str
    kind: str = ""
    participants: list[tuple[str, str]] = field(default_factory=list)  # (role, entity IRI)
    places: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # the articles it is derived from (prov:wasDerivedFrom)


@dataclass(slots=True)
class ViewData:
    entities: dict[str, EntityView]
    articles: dict[str, ArticleView]
    links: list[Link]
    events: list[EventView]

    def entity_list(self) -> list[EntityView]:
        return [self.entities[k] for k in sorted(self.entities)]

    def article_list(self) -> list[ArticleView]:
        return sorted(self.articles.values(), key=lambda a: (a.date, a.id))


class _Merged:
    """The rows of every fragment together: what each question of the views gives over all graphs."""

    def __init__(self) -> None:
        self.kinds: dict[str, int] = {}  # node -> the first of ENTITY_TYPES it is typed with
        self.labels: dict[tuple[str, str], str] = {}  # (node, language) -> its first rdfs:label
        self.names: dict[str, set[tuple[str, str]]] = defaultdict(set)  # node -> (language, label or variant)
        self.notes: dict[str, str] = {}  # node -> its first note
        self.same_as: dict[str, set[str]] = defaultdict(set)
        self.articles: dict[str, tuple] = {}  # article -> its first row
        self.sentences: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.mentions: set[tuple] = set()
        self.evidence: dict[str, set[Evidence]] = defaultdict(set)
        self.relations: set[tuple[str, str, str]] = set()  # (s, p, o), o an IRI
        self.statements: dict[tuple[str, str, str], str] = {}  # (s, p, o) -> its first statement node
        self.inbound: dict[str, set[tuple[str, str]]] = defaultdict(set)  # node -> (p, typed node stating it)
        self.outbound: dict[str, set[tuple[str, str]]] = defaultdict(set)  # node -> (p, typed node it states)
        self.event_dates: dict[str, str] = {}  # event -> its first date
        self.event_links: set[tuple[str, str, str]] = set()
        self.event_kinds: dict[str, str] = {}  # event -> its first other type
        self.headlines: dict[str, str] = {}  # article -> its least headline

    def add(self, fragment: GraphFragment) -> None:
        for iri, kind in rows(fragment.entities):
            order = ENTITY_TYPES.index(kind)
            if order < self.kinds.get(iri, len(ENTITY_TYPES)):
                self.kinds[iri] = order  # one colour per node: the first of the fixed order
        for node, code, lang, value in rows(fragment.literals):
            if code == HEADLINE:
                _keep_first(self.headlines, node, value)
                continue
            if code != VARIANT:
                _keep_first(self.notes, node, value)
            if code != NOTE:
                self.names[node].add((lang, value))
            if code == LABEL:
                _keep_first(self.labels, (node, lang), value)
        for node, iri in rows(fragment.same_as):
            self.same_as[node].add(iri)
        for row in rows(fragment.articles):
            if row[0] not in self.articles or _article_order(row) < _article_order(self.articles[row[0]]):
                self.articles[row[0]] = row
        for article, begin, end in rows(fragment.sentences):
            self.sentences[article].add((begin, end))
        self.mentions.update((a, e, begin, end, None if sb is None else (sb, se))
                             for a, e, begin, end, sb, se in rows(fragment.mentions))
        texts = fragment.article_texts()
        for node, article, begin, end, text in rows(fragment.evidence):
            text = texts[article][begin:end] if text is None else text
            self.evidence[node].add(Evidence(article, begin, end, text))
        for s, p, o, st in rows(fragment.statements):
            _keep_first(self.statements, (s, p, o), st)
        typed = set(fragment.entities[0])
        events = {iri for iri, kind in rows(fragment.entities) if kind == "Event"}
        blank = set(fragment.blank)
        for s, p, o in rows(fragment.links):
            if o in blank:
                if s not in blank and o in typed:
                    self.outbound[s].add((p, o))
                continue
            self.relations.add((s, p, o))
            if s in typed:
                self.inbound[o].add((p, s))
            if o in typed and s not in blank:
                self.outbound[s].add((p, o))
            if s in events:
                self.event_links.add((s, p, o))
        for event, date in rows(fragment.event_dates):
            _keep_first(self.event_dates, event, date)
        for event, kind in rows(fragment.event_kinds):
            if _local(kind):  # a kind is shown by its local name
                _keep_first(self.event_kinds, event, kind)


def _keep_first(found: dict, key, value: str) -> None:
    """``found[key]``: the least value seen (SPARQL's ORDER BY on strings; the views keep the first row)."""
    if key not in found or value < found[key]:
        found[key] = value


def _article_order(row: tuple) -> tuple:
    """``ORDER BY ?id ?lang ?date``, an unbound value first."""
    return (row[1], row[2] is not None, row[2] or "", row[3] is not None, row[3] or "", row[4] or "")


@lru_cache(maxsize=4096)
def _local(iri: str) -> str:
    return local_name(iri)


def _entities(merged: _Merged) -> dict[str, EntityView]:
    entities = {iri: EntityView(iri, ENTITY_TYPES[merged.kinds[iri]], slug_of(iri, local_name(iri)))
                for iri in sorted(merged.kinds)}
    for (iri, lang), label in sorted(merged.labels.items(), key=lambda kv: (kv[0][0], kv[1], kv[0][1])):
        if iri in entities:
            entities[iri].labels[lang] = label
    for iri, names in merged.names.items():
        if iri in entities:
            entities[iri].alt_labels = sorted(names - set(entities[iri].labels.items()))
    for iri, same in merged.same_as.items():
        if iri in entities:
            entities[iri].same_as = sorted(same)
    return entities


_PUBLISHER, _DERIVED_FROM = SCHEMA.publisher.value, PROV.wasDerivedFrom.value


def _articles(merged: _Merged) -> dict[str, ArticleView]:
    articles = {}
    for iri, ident, lang, date, text in sorted(merged.articles.values()):
        articles[iri] = ArticleView(iri, ident, slug_of(iri, ident), lang=lang or "", date=date or "", text=text or "",
                                    sentences=sorted(merged.sentences.get(iri, ())),
                                    headline=merged.headlines.get(iri, ""))
    for s, p, o in merged.relations:
        if p == _PUBLISHER and s in articles and o in merged.kinds:
            if not articles[s].publisher or o < articles[s].publisher:
                articles[s].publisher = o
    return articles


def _mentions(merged: _Merged, data: ViewData) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, list[MentionView]] = defaultdict(list)
    for article, entity, begin, end, sentence in merged.mentions:
        if article in data.articles and entity in data.entities:
            mentions[article].append(MentionView(begin, end, entity, sentence))
            data.entities[entity].mention_count += 1
            seen[entity].add(article)
    for iri, arts in seen.items():
        data.entities[iri].articles = sorted(arts)
    for iri, found in mentions.items():
        data.articles[iri].mentions = sorted(set(found), key=lambda m: (m.begin, -m.end, m.entity, m.sentence or ()))


def _evidence_key(evidence: Evidence) -> tuple:
    return (evidence.article, evidence.begin, evidence.end, evidence.text)


def _links(merged: _Merged, data: ViewData, evidence: dict[str, list[Evidence]]) -> list[Link]:
    links: set[Link] = set()
    for s, p, o in merged.relations:
        if s in data.entities and o in data.entities and s != o:
            st = merged.statements.get((s, p, o), "")
            links.add(Link(s, _local(p), o, evidence=tuple(evidence.get(st, ()))))
    inbound: dict[str, set[tuple[str, str]]] = defaultdict(set)
    outbound: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for found, raw in ((inbound, merged.inbound), (outbound, merged.outbound)):
        for x, pairs in raw.items():
            if x not in data.entities and x not in data.articles:
                found[x].update((_local(p), other) for p, other in pairs if other in data.entities)
    for x in sorted(set(inbound) | set(outbound)):
        sources = inbound.get(x) or outbound.get(x, set())
        targets = outbound.get(x, set()) if inbound.get(x) else set()
        for (_, s), (p, o) in ((a, b) for a in sorted(sources) for b in sorted(targets)):
            if s != o:
                links.add(Link(s, p, o, via=x, note=merged.notes.get(x, ""), evidence=tuple(evidence.get(x, ()))))
    return sorted(links, key=lambda link: (link.source, link.predicate, link.target, link.via, link.note,
                                           [_evidence_key(e) for e in link.evidence]))


def _events(merged: _Merged, data: ViewData, evidence: dict[str, list[Evidence]]) -> list[EventView]:
    """Every event node with a date or a kind of its own (a named event with neither stays an entity only)."""
    events = {iri: EventView(iri, merged.event_dates.get(iri, ""),
                             kind=_local(merged.event_kinds[iri]) if iri in merged.event_kinds else "")
              for iri in sorted(set(merged.event_dates) | set(merged.event_kinds))}
    for iri, p, other in merged.event_links:
        event = events.get(iri)
        if event is not None and p == _DERIVED_FROM and other in data.articles:
            event.articles.append(other)
        if event is None or other not in data.entities or other == iri:
            continue
        role = _local(p)
        if role == "location":
            event.places.append(other)
        else:
            event.participants.append((role, other))
    for event in events.values():
        event.participants = sorted(set(event.participants))
        event.places = sorted(set(event.places))
        event.evidence = list(evidence.get(event.iri, ()))
        event.articles = sorted(set(event.articles))
    return sorted(events.values(), key=lambda e: (e.date, e.iri))


def view_data(fragments: Iterable[GraphFragment]) -> ViewData:
    """The records of the graphs whose fragments are given (in any order): their union, as the views show it.

    Where graphs disagree the first value wins, in a fixed order: the first type of
    ``ENTITY_TYPES``, the least label per language, note, event date and kind, the least
    ``(identifier, language, date)`` of an article; a relation's evidence is that of its least
    statement node.
    """
    merged = _Merged()
    for fragment in fragments:
        merged.add(fragment)
    data = ViewData(_entities(merged), _articles(merged), [], [])
    _mentions(merged, data)
    evidence = {k: sorted(v, key=_evidence_key) for k, v in merged.evidence.items()}
    data.links = _links(merged, data, evidence)
    data.events = _events(merged, data, evidence)
    return data


def load_view_data(store: Store) -> ViewData:
    """Everything the pages need, read from ``store``: each named graph's quads, as fragments, merged."""
    return view_data(store_fragments(store))
