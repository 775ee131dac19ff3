"""RDF for what articles state: relations (direct triples, each with a reified statement for its
provenance), positions (role nodes), events and claims. Every node points to its NIF sentence
(kg:evidence) and to its article (prov:wasDerivedFrom); all quads go in the article's graph."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

from pyoxigraph import Literal, NamedNode, Quad

from kgraph.resolve.events import MergedEvents
from kgraph.facts.refs import PUBLISHER_REF, EntityRef
from kgraph.model import ArticleExtraction, Claim, Entity, EntityType, Event, Fact, Role
from kgraph.rdf.build import date_literal, entity_triples, is_country
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import KG, PROV, RDF, RDFS, SCHEMA, XSD
from kgraph.resolve.refs import EntityRefs

__all__ = ["fact_quads", "PREDICATES"]

# Fact.predicate -> the RDF property of the direct triple (positions go through a role node)
PREDICATES: dict[str, NamedNode] = {
    "nationality": SCHEMA.nationality,
    "memberOf": SCHEMA.memberOf,
    "containedInPlace": SCHEMA.containedInPlace,
    "location": SCHEMA.location,  # an organisation's seat or country ("the court in Karlsruhe", "Russian Gazprom")
    "worksFor": SCHEMA.worksFor,
    "spokespersonOf": KG.spokespersonOf,
    "partOf": KG.partOf,
    "ownedBy": KG.ownedBy,
    "publishesOn": KG.publishesOn,
    "appearedOn": KG.appearedOn,
    "knows": SCHEMA.knows,
    "spouse": SCHEMA.spouse,
    "child": SCHEMA.parent,  # "X, the son of Y": X's parent is Y
    "parent": SCHEMA.children,  # "X, the mother of Y": X's child is Y
    "sibling": SCHEMA.sibling,
    "lawyerOf": KG.lawyerOf,
    "responsibleFor": KG.responsibleFor,  # "the minister for Brexit X": the named event his post answers for
}
ROLES = {Role.AGENT: KG.agent, Role.AFFECTED: KG.affected, Role.PARTICIPANT: KG.participant}  # schema:participant is for Actions
Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


def fact_quads(extraction: ArticleExtraction, refs: EntityRefs, iris: Iris,
               merged: MergedEvents | None = None) -> Iterator[Quad]:
    """Every quad of one article's facts, events and claims, in the article's graph. ``merged``:
    the cross-article events (``MergedEvents.aliases``: event key -> the key of the event it merged
    into, one node for several reports); a report whose place is wider than the merged event's
    (``MergedEvents.wider``) leaves the event's schema:location to the report that names the most
    specific place."""
    graph = iris.graph(extraction.article.id)
    for s, p, o in _triples(extraction, refs, iris, merged or MergedEvents()):
        yield Quad(s, p, o, graph)


def _triples(ex: ArticleExtraction, refs: EntityRefs, iris: Iris, merged: MergedEvents) -> Iterator[Triple]:
    aid = ex.article.id

    def event_node(key: str) -> NamedNode:
        return iris.fact(merged.node_of(key))
    minted: dict[str, Entity] = {}

    def resolved(ref: EntityRef | None) -> Entity | None:
        if ref is None:
            return None
        entity, new = refs.entity(aid, ref)
        if entity is not None and new:
            minted[entity.key] = entity
        return entity

    def node(ref: EntityRef | None) -> NamedNode | None:
        entity = resolved(ref)
        return None if entity is None else iris.entity(entity.key)

    for fact in ex.facts:
        yield from _fact(fact, resolved, iris)
    events = {e.key for e in ex.events}
    for event in ex.events:
        yield from _event(event, node, iris, event_node(event.key), ex.article.lang, event.key in merged.wider)
    agents = {e.key: {ref for role, ref in e.participants if role is Role.AGENT} for e in ex.events if e.kind == "Statement"}
    for claim in ex.claims:
        yield from _claim(claim, node, iris, events, refs, event_node, agents)
    for entity in minted.values():
        yield iris.article(aid), SCHEMA.mentions, iris.entity(entity.key)
        yield from entity_triples(entity, iris)


def _provenance(subject: NamedNode, sentence, iris: Iris) -> Iterator[Triple]:
    yield subject, KG.evidence, iris.string(sentence.article_id, sentence.begin, sentence.end)
    yield subject, PROV.wasDerivedFrom, iris.article(sentence.article_id)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def _fact(fact: Fact, resolved: Callable[[EntityRef | None], Entity | None], iris: Iris) -> Iterator[Triple]:
    subject, object_ = resolved(fact.subject), resolved(fact.object)
    if subject is None or object_ is None or subject.key == object_.key:
        return
    s, o = iris.entity(subject.key), iris.entity(object_.key)
    aid = fact.sentence.article_id
    if fact.predicate == "holdsPosition":
        role = iris.fact(f"{aid}/position/{_digest(str(s), str(o), fact.title or '', fact.qualifier or '')}")
        yield s, KG.holdsPosition, role
        yield role, RDF.type, KG.Position
        yield role, KG.positionIn, o
        if fact.qualifier == "former":
            yield role, KG.former, Literal("true", datatype=XSD.boolean)  # held once, not now: no schema:jobTitle
        if fact.title:
            yield role, SCHEMA.roleName, Literal(fact.title, language="en")
            if fact.qualifier != "former":
                yield s, SCHEMA.jobTitle, Literal(fact.title, language="en")
        yield from _provenance(role, fact.sentence, iris)
        return
    prop = _property(fact.predicate, subject, object_)
    if prop is None:
        return
    yield s, prop, o
    statement = iris.fact(f"{aid}/relation/{_digest(str(s), str(prop), str(o))}")
    yield statement, RDF.type, KG.Relation
    yield statement, RDF.subject, s
    yield statement, RDF.predicate, prop
    yield statement, RDF.object, o
    yield from _provenance(statement, fact.sentence, iris)


def _property(predicate: str, subject: Entity, object_: Entity) -> NamedNode | None:
    """The property of a relation as its ends' types allow: schema:memberOf is a person's or an
    organisation's (a state in an alliance is kg:stateMemberOf); schema:nationality points at a
    country, else the relation is not stated."""
    if predicate == "memberOf" and subject.type is EntityType.PLACE:
        return KG.stateMemberOf
    if predicate == "nationality" and not is_country(object_):
        return None
    return PREDICATES.get(predicate)


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
        yield subject, KG.status, Literal(event.status.value)
    if event.date is not None:
        yield subject, SCHEMA.startDate, date_literal(event.date, event.date_precision)
    if event.casualties is not None:
        yield subject, KG.casualtyCount, Literal(str(event.casualties), datatype=XSD.integer)
    yield from _provenance(subject, event.sentence, iris)


def _claim(claim: Claim, node, iris: Iris, events: set[str], refs: EntityRefs, event_node,
           agents: dict[str, set[EntityRef]]) -> Iterator[Triple]:
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
    if statement in events and (claim.source in agents.get(statement, ()) or claim.quotes):
        # the sentence's statement made its speaker's claim and the reports quoting it, not the claim of
        # another speaker of the sentence ("A podtrzymał X, B powtórzyła, że ...": B's is not A's statement)
        yield subject, PROV.wasGeneratedBy, event_node(statement)
    if claim.quotes:  # "как передает агентство X, сообщил пресс-секретарь Y": the outlet's claim reports the spokesman's
        yield subject, PROV.wasQuotedFrom, iris.fact(claim.quotes)
    for ref in claim.concerns:
        n = node(ref)
        if n is not None and n != source:
            yield subject, KG.concerns, n
    entity, _ = refs.entity(aid, claim.source)
    if entity is not None and entity.type == EntityType.ORGANIZATION and claim.source != PUBLISHER_REF:
        yield iris.article(aid), KG.citesSource, source  # an outlet cited, not the one publishing
    yield from _provenance(subject, claim.sentence, iris)
