"""The SPARQL the views run: each pattern matched inside one named graph (an article's), or the default graph.

Matching inside ``GRAPH ?g`` is an order of magnitude faster on the on-disk store than the union
default graph, and exact: an article states its mentions, entities and facts in its own graph.
"""
from __future__ import annotations

from kgraph.rdf.namespaces import ITSRDF, KG, NIF, OWL, RDF, RDFS, SCHEMA, SKOS, XSD

__all__ = ["per_graph", "ENTITIES", "NAMES", "SAME_AS", "ARTICLES", "SENTENCES", "MENTIONS", "EVIDENCE",
           "DIRECT_LINKS", "STATEMENTS", "VIA_LINKS", "NOTES", "EVENT_DATES", "EVENT_LINKS", "EVENT_KINDS"]



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
EVENT_KINDS = per_graph("SELECT DISTINCT ?ev ?k", f"?ev a {SCHEMA.Event}, ?k . FILTER(?k != {SCHEMA.Event})",
                        "ORDER BY ?ev ?k")
