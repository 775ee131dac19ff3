"""RDF for what articles state: relations (direct triples, each with a reified statement for its
provenance), positions (role nodes), events and claims. Every node points to its NIF sentence
(kg:evidence) and to its article (prov:wasDerivedFrom); all quads go in the article's graph."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from kgraph.facts.merge import MergedEvents
from kgraph.entities import entity_key
from kgraph.facts.refs import PUBLISHER_AT, PUBLISHER_REF, parse_ref
from kgraph.model import ArticleExtraction, Claim, Entity, EntityType, Event, Fact
from kgraph.rdf.build import date_literal, entity_triples
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import KG, PROV, RDF, RDFS, SCHEMA

__all__ = ["EntityRefs", "fact_quads", "PREDICATES"]

# Fact.predicate -> the RDF property of the direct triple (positions go through a role node)
PREDICATES: dict[str, NamedNode] = {
    "nationality": SCHEMA.nationality,
    "memberOf": SCHEMA.memberOf,
    "containedInPlace": SCHEMA.containedInPlace,
    "worksFor": SCHEMA.worksFor,
    "spokespersonOf": KG.spokespersonOf,
    "partOf": KG.partOf,
    "ownedBy": KG.ownedBy,
    "publishesOn": KG.publishesOn,
    "appearedOn": KG.appearedOn,
    "knows": SCHEMA.knows,
}
ROLES = {"agent": KG.agent, "affected": KG.affected, "participant": KG.participant}  # schema:participant is for Actions
Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


class EntityRefs:
    """Maps an article's entity refs to resolved entities; mints entities for gazetteer entries
    the text implies but never names."""

    def __init__(self, entities: list[Entity], entity_of: dict[tuple[str, int, int], Entity], gazetteer=None) -> None:
        self.entity_of = entity_of
        self.gazetteer = gazetteer
        self.by_gazetteer: dict[str, Entity] = {}
        for entity in entities:
            for m in entity.mentions:
                if m.gazetteer_id:
                    self.by_gazetteer.setdefault(m.gazetteer_id, entity)
        self.minted: dict[str, Entity] = {}

    def entity(self, article_id: str, ref: str) -> tuple[Entity | None, bool]:
        """(the entity, whether it was minted from the gazetteer)."""
        try:
            kind, value = parse_ref(ref)
        except ValueError:
            return None, False
        if kind == "m":
            return self.entity_of.get((article_id, *value)), False
        if kind == "p":
            return self.entity_of.get((article_id, PUBLISHER_AT, PUBLISHER_AT)), False
        if not isinstance(value, str):  # parse_ref gives offsets for "m" only
            return None, False
        if value in self.by_gazetteer:
            return self.by_gazetteer[value], False
        return self._mint(value), True

    def _mint(self, entry_id: str) -> Entity | None:
        if entry_id in self.minted:
            return self.minted[entry_id]
        entry = self.gazetteer.get(entry_id) if self.gazetteer is not None else None
        if entry is None:
            return None
        kind = entry.type if isinstance(entry.type, EntityType) else EntityType(str(entry.type))
        entity = Entity(entity_key(kind, entry_id), kind, dict(entry.labels), {}, [], entry.wikidata, entry.geonames)
        self.minted[entry_id] = entity
        return entity


def fact_quads(extraction: ArticleExtraction, refs: EntityRefs, iris: Iris,
               aliases: dict[str, str] | None = None) -> Iterator[Quad]:
    """Every quad of one article's facts, events and claims, in the article's graph. ``aliases``:
    event key -> the key of the cross-article event it merged into (one node, several reports);
    a report whose place is wider than the merged event's (``MergedEvents.wider``) leaves the
    event's schema:location to the report that names the most specific place."""
    graph = iris.graph(extraction.article.id)
    for s, p, o in _triples(extraction, refs, iris, aliases or {}):
        yield Quad(s, p, o, graph)


def _triples(ex: ArticleExtraction, refs: EntityRefs, iris: Iris, aliases: dict[str, str]) -> Iterator[Triple]:
    aid = ex.article.id

    def event_node(key: str) -> NamedNode:
        return iris.fact(aliases.get(key, key))
    minted: dict[str, Entity] = {}

    def node(ref: str | None) -> NamedNode | None:
        if ref is None:
            return None
        entity, new = refs.entity(aid, ref)
        if entity is None:
            return None
        if new:
            minted[entity.key] = entity
        return iris.entity(entity.key)

    for fact in ex.facts:
        yield from _fact(fact, node, iris)
    events = {e.key for e in ex.events}
    wider = aliases.wider if isinstance(aliases, MergedEvents) else frozenset()
    for event in ex.events:
        yield from _event(event, node, iris, event_node(event.key), ex.article.lang, event.key in wider)
    for claim in ex.claims:
        yield from _claim(claim, node, iris, events, refs, event_node)
    for entity in minted.values():
        yield iris.article(aid), SCHEMA.mentions, iris.entity(entity.key)
        yield from entity_triples(entity, iris)


def _provenance(subject: NamedNode, sentence, iris: Iris) -> Iterator[Triple]:
    yield subject, KG.evidence, iris.string(sentence.article_id, sentence.begin, sentence.end)
    yield subject, PROV.wasDerivedFrom, iris.article(sentence.article_id)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def _fact(fact: Fact, node, iris: Iris) -> Iterator[Triple]:
    s, o = node(fact.subject), node(fact.object)
    if s is None or o is None or s == o:
        return
    aid = fact.sentence.article_id
    if fact.predicate == "holdsPosition":
        role = iris.fact(f"{aid}/position/{_digest(str(s), str(o), fact.title or '')}")
        yield s, KG.holdsPosition, role
        yield role, RDF.type, KG.Position
        yield role, KG.positionIn, o
        if fact.title:
            yield role, SCHEMA.roleName, Literal(fact.title, language="en")
            yield s, SCHEMA.jobTitle, Literal(fact.title, language="en")
        yield from _provenance(role, fact.sentence, iris)
        return
    prop = PREDICATES.get(fact.predicate)
    if prop is None:
        return
    yield s, prop, o
    statement = iris.fact(f"{aid}/relation/{_digest(str(s), str(prop), str(o))}")
    yield statement, RDF.type, KG.Relation
    yield statement, RDF.subject, s
    yield statement, RDF.predicate, prop
    yield statement, RDF.object, o
    yield from _provenance(statement, fact.sentence, iris)


def _event(event: Event, node, iris: Iris, subject: NamedNode, lang: str, wider: bool = False) -> Iterator[Triple]:
    parts = [(ROLES.get(role, KG.participant), node(ref)) for role, ref in event.participants]
    place = node(event.place)
    parts = [(p, n) for p, n in parts if n is not None and n != place]
    if not parts and place is None:
        return
    yield subject, RDF.type, SCHEMA.Event
    yield subject, RDF.type, KG.term(event.kind)
    yield subject, RDFS.label, Literal(f"{event.kind}: {event.trigger}", language=lang)  # the trigger's language
    yield subject, KG.trigger, Literal(event.trigger)
    for prop, n in parts:
        yield subject, prop, n
    if place is not None and not wider:
        yield subject, SCHEMA.location, place
    if event.status is not None:
        yield subject, KG.status, Literal(event.status)
    if event.date is not None:
        yield subject, SCHEMA.startDate, date_literal(event.date, event.date_precision)
    yield from _provenance(subject, event.sentence, iris)


def _claim(claim: Claim, node, iris: Iris, events: set[str], refs: EntityRefs, event_node) -> Iterator[Triple]:
    source = node(claim.source)
    if source is None:
        return
    subject = iris.fact(claim.key)
    aid = claim.sentence.article_id
    yield subject, RDF.type, KG.Claim
    yield subject, SCHEMA.author, source
    yield subject, PROV.wasAttributedTo, source
    if claim.about and claim.about in events:
        yield subject, KG.about, event_node(claim.about)
    statement = f"{aid}/{claim.sentence.begin}/Statement"
    if statement in events:
        yield subject, PROV.wasGeneratedBy, event_node(statement)
    for ref in claim.concerns:
        n = node(ref)
        if n is not None and n != source:
            yield subject, KG.concerns, n
    entity, _ = refs.entity(aid, claim.source)
    if entity is not None and entity.type == EntityType.ORGANIZATION and claim.source != PUBLISHER_REF:
        yield iris.article(aid), KG.citesSource, source  # an outlet cited, not the one publishing
    yield from _provenance(subject, claim.sentence, iris)
