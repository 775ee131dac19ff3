"""The test oracle: the views' data as they were read before fragments, by 14 SPARQL queries.

Each pattern is matched inside one named graph (an article's) or the default graph; the records
are built from the rows exactly as ``kgraph.views.data`` did. ``test_views_data`` checks that
:func:`kgraph.views.data.load_view_data` (fragments of each graph's quads, merged) gives the same.
"""
from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Store

from kgraph.rdf.namespaces import ITSRDF, KG, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kgraph.views.data import (ENTITY_TYPES, ArticleView, EntityView, EventView, Evidence, Link, MentionView, ViewData,
                               local_name, slug_of)

__all__ = ["load_view_data_sparql"]


def per_graph(select: str, body: str, tail: str = "") -> str:
    """``select`` over ``body`` matched within each named graph and within the default graph."""
    return f"{select} WHERE {{ {{ GRAPH ?g {{ {body} }} }} UNION {{ {body} }} }} {tail}"


TYPES = f"{SCHEMA.Person}, {SCHEMA.Organization}, {SCHEMA.Place}, {SCHEMA.Event}"
NOT_RELATIONS = (f"{RDF.type}, {OWL.sameAs}, {SCHEMA.mentions}, {ITSRDF.taIdentRef}, {ITSRDF.taClassRef}, "
                 f"{RDF.subject}, {RDF.object}, {RDF.predicate}, {KG.evidence}, {NIF.referenceContext}, "
                 f"{NIF.sourceUrl}, {NIF.sentence}")

ENTITIES = per_graph("SELECT DISTINCT ?e ?type", f"?e a ?type . FILTER(?type IN ({TYPES}))")
NAMES = per_graph("SELECT DISTINCT ?e ?p ?name", f"""
  VALUES ?p {{ {RDFS.label} {SKOS.altLabel} }} ?e ?p ?name . FILTER(isLiteral(?name))""", "ORDER BY ?e ?p ?name")
SAME_AS = per_graph("SELECT DISTINCT ?e ?x", f"?e {OWL.sameAs} ?x . FILTER(isIRI(?x))")
ARTICLES = per_graph("SELECT DISTINCT ?a ?id ?lang ?date ?text", f"""
  ?a a {SCHEMA.NewsArticle} ; {SCHEMA.identifier} ?id .
  OPTIONAL {{ ?a {SCHEMA.inLanguage} ?lang }}
  OPTIONAL {{ ?a {SCHEMA.datePublished} ?date }}
  OPTIONAL {{ ?ctx {NIF.sourceUrl} ?a ; {NIF.isString} ?text }}""", "ORDER BY ?a ?id ?lang ?date")
SENTENCES = per_graph("SELECT DISTINCT ?a ?b ?end", f"""
  ?s a {NIF.Sentence} ; {NIF.referenceContext} ?ctx ; {NIF.beginIndex} ?b ; {NIF.endIndex} ?end .
  ?ctx {NIF.sourceUrl} ?a""")
MENTIONS = per_graph("SELECT DISTINCT ?a ?e ?b ?end ?sb ?se", f"""
  ?m {ITSRDF.taIdentRef} ?e ; {NIF.referenceContext} ?ctx ; {NIF.beginIndex} ?b ; {NIF.endIndex} ?end .
  ?ctx {NIF.sourceUrl} ?a .
  OPTIONAL {{ ?m {NIF.sentence} ?s . ?s {NIF.beginIndex} ?sb ; {NIF.endIndex} ?se }}""")
EVIDENCE = per_graph("SELECT DISTINCT ?x ?a ?b ?end ?text", f"""
  ?x {KG.evidence} ?s . ?s {NIF.referenceContext} ?ctx ; {NIF.beginIndex} ?b ; {NIF.endIndex} ?end .
  ?ctx {NIF.sourceUrl} ?a .
  OPTIONAL {{ ?s {NIF.anchorOf} ?text }}""")
DIRECT_LINKS = per_graph("SELECT DISTINCT ?s ?p ?o", f"?s ?p ?o . FILTER(isIRI(?o) && ?p NOT IN ({NOT_RELATIONS}))")
STATEMENTS = per_graph("SELECT DISTINCT ?s ?p ?o ?st", f"?st {RDF.subject} ?s ; {RDF.predicate} ?p ; {RDF.object} ?o")
VIA_LINKS = per_graph("SELECT DISTINCT ?x ?p ?y ?dir", f"""
  ?y a ?t . FILTER(?t IN ({TYPES}))
  {{ ?y ?p ?x . BIND("in" AS ?dir) }} UNION {{ ?x ?p ?y . BIND("out" AS ?dir) }}
  FILTER(isIRI(?x) && ?p NOT IN ({NOT_RELATIONS}))""")
NOTES = per_graph("SELECT DISTINCT ?x ?note", f"""
  VALUES ?p {{ {SCHEMA.roleName} {SCHEMA.jobTitle} {SCHEMA.name} {SCHEMA.text} {RDFS.label} }}
  ?x ?p ?note . FILTER(isLiteral(?note))""", "ORDER BY ?x ?note")
EVENT_DATES = per_graph("SELECT DISTINCT ?ev ?date", f"""
  ?ev a {SCHEMA.Event} ; ?p ?date .
  FILTER(isLiteral(?date) && datatype(?date) IN ({XSD.date}, {XSD.dateTime}, {XSD.gYearMonth}, {XSD.gYear}))""")
EVENT_LINKS = per_graph("SELECT DISTINCT ?ev ?p ?x", f"""
  ?ev a {SCHEMA.Event} ; ?p ?x . FILTER(isIRI(?x) && ?p NOT IN ({NOT_RELATIONS}))""")
HEADLINES = per_graph("SELECT DISTINCT ?a ?h", f"?a a {SCHEMA.NewsArticle} ; {SCHEMA.headline} ?h . FILTER(isLiteral(?h))")
PUBLISHERS = per_graph("SELECT DISTINCT ?a ?p", f"""
  ?a a {SCHEMA.NewsArticle} ; {SCHEMA.publisher} ?p . ?p a ?t . FILTER(isIRI(?p) && ?t IN ({TYPES}))""")
EVENT_SOURCES = per_graph("SELECT DISTINCT ?ev ?a", f"?ev a {SCHEMA.Event} ; {PROV.wasDerivedFrom} ?a")
EVENT_KINDS = per_graph("SELECT DISTINCT ?ev ?k", f"?ev a {SCHEMA.Event}, ?k . FILTER(?k != {SCHEMA.Event})",
                        "ORDER BY ?ev ?k")


def _rows(store: Store, sparql: str):
    return store.query(sparql)


def _load_entities(store: Store) -> dict[str, EntityView]:
    entities: dict[str, EntityView] = {}
    for row in _rows(store, ENTITIES):
        iri, kind = row["e"].value, local_name(row["type"].value)
        if iri not in entities:
            entities[iri] = EntityView(iri, kind, slug_of(iri, local_name(iri)))
        elif ENTITY_TYPES.index(kind) < ENTITY_TYPES.index(entities[iri].type):
            entities[iri].type = kind  # one colour per node: the first of the fixed order
    alts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _rows(store, NAMES):
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
    for row in _rows(store, SAME_AS):
        if row["e"].value in entities and row["x"].value not in entities[row["e"].value].same_as:
            entities[row["e"].value].same_as.append(row["x"].value)
    for entity in entities.values():
        entity.same_as.sort()
    return entities


def _load_articles(store: Store) -> dict[str, ArticleView]:
    articles: dict[str, ArticleView] = {}
    for row in _rows(store, ARTICLES):
        iri = row["a"].value
        if iri in articles:
            continue
        ident = row["id"].value
        articles[iri] = ArticleView(
            iri, ident, slug_of(iri, ident),
            lang=row["lang"].value if row["lang"] is not None else "",
            date=row["date"].value if row["date"] is not None else "",
            text=row["text"].value if row["text"] is not None else "")
    for row in _rows(store, SENTENCES):
        article = articles.get(row["a"].value)
        if article is not None:
            article.sentences.append((int(row["b"].value), int(row["end"].value)))
    for article in articles.values():
        article.sentences = sorted(set(article.sentences))
    for row in _rows(store, HEADLINES):
        article = articles.get(row["a"].value)
        if article is not None and (not article.headline or row["h"].value < article.headline):
            article.headline = row["h"].value
    for row in _rows(store, PUBLISHERS):
        article = articles.get(row["a"].value)
        if article is not None and (not article.publisher or row["p"].value < article.publisher):
            article.publisher = row["p"].value
    return articles


def _load_mentions(store: Store, data: ViewData) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, MENTIONS):
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
    for row in _rows(store, EVIDENCE):
        index[row["x"].value].add(Evidence(row["a"].value, int(row["b"].value), int(row["end"].value),
                                           row["text"].value if row["text"] is not None else ""))
    return {k: sorted(v, key=lambda e: (e.article, e.begin)) for k, v in index.items()}


def _load_links(store: Store, data: ViewData, evidence: dict[str, list[Evidence]]) -> list[Link]:
    links: set[Link] = set()
    statements: dict[tuple[str, str, str], str] = {}
    for r in _rows(store, STATEMENTS):  # the least statement node (the rows' order is not defined)
        key = (r["s"].value, r["p"].value, r["o"].value)
        statements[key] = min(statements.get(key, r["st"].value), r["st"].value)
    for row in _rows(store, DIRECT_LINKS):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        if s in data.entities and o in data.entities and s != o:
            st = statements.get((s, p, o), "")
            links.add(Link(s, local_name(p), o, evidence=tuple(evidence.get(st, ()))))
    inbound: dict[str, set[tuple[str, str]]] = defaultdict(set)
    outbound: dict[str, set[tuple[str, str]]] = defaultdict(set)
    notes: dict[str, str] = {}
    for row in _rows(store, VIA_LINKS):
        x = row["x"].value
        if x in data.entities or x in data.articles:
            continue
        other, p = row["y"].value, local_name(row["p"].value)
        if other not in data.entities:
            continue
        (inbound if row["dir"].value == "in" else outbound)[x].add((p, other))
    for row in _rows(store, NOTES):
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
    for row in _rows(store, EVENT_DATES):
        iri = row["ev"].value
        if iri not in events or row["date"].value < events[iri].date:
            events[iri] = EventView(iri, row["date"].value)
    for row in _rows(store, EVENT_KINDS):  # an undated event with a kind of its own is an event too
        events.setdefault(row["ev"].value, EventView(row["ev"].value, ""))
    for row in _rows(store, EVENT_LINKS):
        event, other = events.get(row["ev"].value), row["x"].value
        if event is None or other not in data.entities or other == event.iri:
            continue
        role = local_name(row["p"].value)
        if role == "location":
            event.places.append(other)
        else:
            event.participants.append((role, other))
    for row in _rows(store, EVENT_KINDS):
        if row["ev"].value in events and not events[row["ev"].value].kind:
            events[row["ev"].value].kind = local_name(row["k"].value)
    for row in _rows(store, EVENT_SOURCES):
        if row["ev"].value in events and row["a"].value in data.articles:
            events[row["ev"].value].articles.append(row["a"].value)
    for event in events.values():
        event.articles = sorted(set(event.articles))
        event.participants = sorted(set(event.participants))
        event.places = sorted(set(event.places))
        event.evidence = list(evidence.get(event.iri, ()))
    return sorted(events.values(), key=lambda e: (e.date, e.iri))


def load_view_data_sparql(store: Store) -> ViewData:
    """The ViewData as the views read it before fragments: 14 SPARQL queries over the whole store."""
    data = ViewData(_load_entities(store), _load_articles(store), [], [])
    _load_mentions(store, data)
    evidence = _evidence_index(store)
    data.links = _load_links(store, data, evidence)
    data.events = _load_events(store, data, evidence)
    return data
