"""What the views show, read back from the store by SPARQL into plain, sorted records.

Entities (the four schema.org types), articles with their text and mentions, links between
entities (direct triples, or through one intermediate node such as a role or a claim), and
events with participants, place, date and evidence sentences. Everything the pages print
comes from here, so the views show exactly what the graph says.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import unquote

from pyoxigraph import Store

from kgraph.views import queries as q

__all__ = ["EntityView", "ArticleView", "MentionView", "Evidence", "Link", "EventView", "ViewData",
           "load_view_data", "slug_of", "local_name", "ENTITY_TYPES"]

ENTITY_TYPES = ("Person", "Organization", "Place", "Event")
LABEL_LANG_ORDER = ("en", "ru", "pl", "de", "uk", "kk", "ky", "fr", "es")


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#`` or ``/``)."""
    return re.split(r"[#/]", iri.rstrip("/"))[-1]


def slug_of(iri: str, hint: str) -> str:
    """A stable ASCII file name for a resource: a readable part and a hash of the IRI."""
    readable = re.sub(r"[^A-Za-z0-9_-]+", "-", unquote(hint)).strip("-")[:40]
    digest = hashlib.sha1(iri.encode("utf-8")).hexdigest()[:10]
    return f"{readable}-{digest}" if readable else digest


@dataclass(frozen=True)
class Evidence:
    """A sentence that states something, in the article it comes from."""

    article: str  # article IRI
    begin: int
    end: int
    text: str


@dataclass
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


@dataclass(frozen=True)
class MentionView:
    begin: int
    end: int
    entity: str
    sentence: tuple[int, int] | None = None


@dataclass
class ArticleView:
    iri: str
    id: str
    slug: str
    lang: str = ""
    date: str = ""
    text: str = ""
    mentions: list[MentionView] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """A relation between two entities, possibly through an intermediate node."""

    source: str
    predicate: str  # local name, e.g. "memberOf"
    target: str
    via: str = ""  # IRI of the intermediate node, if any
    note: str = ""  # a literal of the intermediate node (role name, claim text…)
    evidence: tuple[Evidence, ...] = ()


@dataclass
class EventView:
    iri: str
    date: str
    kind: str = ""
    participants: list[tuple[str, str]] = field(default_factory=list)  # (role, entity IRI)
    places: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ViewData:
    entities: dict[str, EntityView]
    articles: dict[str, ArticleView]
    links: list[Link]
    events: list[EventView]

    def entity_list(self) -> list[EntityView]:
        return [self.entities[k] for k in sorted(self.entities)]

    def article_list(self) -> list[ArticleView]:
        return sorted(self.articles.values(), key=lambda a: (a.date, a.id))


def _rows(store: Store, sparql: str):
    return store.query(sparql)


def _load_entities(store: Store) -> dict[str, EntityView]:
    entities: dict[str, EntityView] = {}
    for row in _rows(store, q.ENTITIES):
        iri, kind = row["e"].value, local_name(row["type"].value)
        if iri not in entities:
            entities[iri] = EntityView(iri, kind, slug_of(iri, local_name(iri)))
        elif ENTITY_TYPES.index(kind) < ENTITY_TYPES.index(entities[iri].type):
            entities[iri].type = kind  # one colour per node: the first of the fixed order
    alts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _rows(store, q.NAMES):
        entity = entities.get(row["e"].value)
        if entity is None:
            continue
        lang, value = row["name"].language or "", row["name"].value
        if row["p"].value.endswith("label") and lang not in entity.labels:
            entity.labels[lang] = value
        elif row["p"].value.endswith("label"):
            alts[entity.iri].add((lang, value))
        else:
            alts[entity.iri].add((lang, value))
    for iri, variants in alts.items():
        primary = set(entities[iri].labels.items())
        entities[iri].alt_labels = sorted(variants - primary)
    for row in _rows(store, q.SAME_AS):
        if row["e"].value in entities and row["x"].value not in entities[row["e"].value].same_as:
            entities[row["e"].value].same_as.append(row["x"].value)
    for entity in entities.values():
        entity.same_as.sort()
    return entities


def _load_articles(store: Store) -> dict[str, ArticleView]:
    articles: dict[str, ArticleView] = {}
    for row in _rows(store, q.ARTICLES):
        iri = row["a"].value
        if iri in articles:
            continue
        ident = row["id"].value
        articles[iri] = ArticleView(
            iri, ident, slug_of(iri, ident),
            lang=row["lang"].value if row["lang"] is not None else "",
            date=row["date"].value if row["date"] is not None else "",
            text=row["text"].value if row["text"] is not None else "")
    for row in _rows(store, q.SENTENCES):
        article = articles.get(row["a"].value)
        if article is not None:
            article.sentences.append((int(row["b"].value), int(row["end"].value)))
    for article in articles.values():
        article.sentences = sorted(set(article.sentences))
    return articles


def _load_mentions(store: Store, data: ViewData) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, q.MENTIONS):
        article, entity = data.articles.get(row["a"].value), data.entities.get(row["e"].value)
        if article is None or entity is None:
            continue
        sentence = None
        if row["sb"] is not None and row["se"] is not None:
            sentence = (int(row["sb"].value), int(row["se"].value))
        article.mentions.append(MentionView(int(row["b"].value), int(row["end"].value), entity.iri, sentence))
        entity.mention_count += 1
        seen[entity.iri].add(article.iri)
    for iri, arts in seen.items():
        data.entities[iri].articles = sorted(arts)
    for article in data.articles.values():
        article.mentions = sorted(set(article.mentions), key=lambda m: (m.begin, -m.end, m.entity))


def _evidence_index(store: Store) -> dict[str, list[Evidence]]:
    """Node IRI → the sentences ``kg:evidence`` points to."""
    index: dict[str, set[Evidence]] = defaultdict(set)
    for row in _rows(store, q.EVIDENCE):
        index[row["x"].value].add(Evidence(row["a"].value, int(row["b"].value), int(row["end"].value),
                                           row["text"].value if row["text"] is not None else ""))
    return {k: sorted(v, key=lambda e: (e.article, e.begin)) for k, v in index.items()}


def _load_links(store: Store, data: ViewData, evidence: dict[str, list[Evidence]]) -> list[Link]:
    links: set[Link] = set()
    statements = {(r["s"].value, r["p"].value, r["o"].value): r["st"].value for r in _rows(store, q.STATEMENTS)}
    for row in _rows(store, q.DIRECT_LINKS):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        if s in data.entities and o in data.entities and s != o:
            st = statements.get((s, p, o), "")
            links.add(Link(s, local_name(p), o, evidence=tuple(evidence.get(st, ()))))
    inbound: dict[str, set[tuple[str, str]]] = defaultdict(set)
    outbound: dict[str, set[tuple[str, str]]] = defaultdict(set)
    notes: dict[str, str] = {}
    for row in _rows(store, q.VIA_LINKS):
        x = row["x"].value
        if x in data.entities or x in data.articles:
            continue
        other, p = row["y"].value, local_name(row["p"].value)
        if other not in data.entities:
            continue
        (inbound if row["dir"].value == "in" else outbound)[x].add((p, other))
    for row in _rows(store, q.NOTES):
        notes.setdefault(row["x"].value, row["note"].value)
    for x in sorted(set(inbound) | set(outbound)):
        sources = inbound.get(x) or outbound.get(x, set())
        targets = outbound.get(x, set()) if inbound.get(x) else set()
        for (_, s), (p, o) in ((a, b) for a in sorted(sources) for b in sorted(targets)):
            if s != o:
                links.add(Link(s, p, o, via=x, note=notes.get(x, ""), evidence=tuple(evidence.get(x, ()))))
    return sorted(links, key=lambda link: (link.source, link.predicate, link.target, link.via))


def _load_events(store: Store, data: ViewData, evidence: dict[str, list[Evidence]]) -> list[EventView]:
    events: dict[str, EventView] = {}
    for row in _rows(store, q.EVENT_DATES):
        iri = row["ev"].value
        if iri not in events or row["date"].value < events[iri].date:
            events[iri] = EventView(iri, row["date"].value)
    for row in _rows(store, q.EVENT_LINKS):
        event, other = events.get(row["ev"].value), row["x"].value
        if event is None or other not in data.entities or other == event.iri:
            continue
        role = local_name(row["p"].value)
        if role == "location":
            event.places.append(other)
        else:
            event.participants.append((role, other))
    for row in _rows(store, q.EVENT_KINDS):
        if row["ev"].value in events and not events[row["ev"].value].kind:
            events[row["ev"].value].kind = local_name(row["k"].value)
    for event in events.values():
        event.participants = sorted(set(event.participants))
        event.places = sorted(set(event.places))
        event.evidence = list(evidence.get(event.iri, ()))
    return sorted(events.values(), key=lambda e: (e.date, e.iri))


def load_view_data(store: Store) -> ViewData:
    """Everything the pages need, read from ``store`` (union of all article graphs)."""
    data = ViewData(_load_entities(store), _load_articles(store), [], [])
    _load_mentions(store, data)
    evidence = _evidence_index(store)
    data.links = _load_links(store, data, evidence)
    data.events = _load_events(store, data, evidence)
    return data
