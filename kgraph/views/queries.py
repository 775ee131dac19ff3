"""The SPARQL the views run (on the union of all article graphs)."""
from __future__ import annotations

from kgraph.rdf.namespaces import ITSRDF, KG, NIF, OWL, RDF, RDFS, SCHEMA, SKOS, XSD

__all__ = ["ENTITIES", "NAMES", "SAME_AS", "ARTICLES", "SENTENCES", "MENTIONS", "EVIDENCE",
           "DIRECT_LINKS", "STATEMENTS", "VIA_LINKS", "NOTES", "EVENT_DATES", "EVENT_LINKS", "EVENT_KINDS"]

TYPES = f"{SCHEMA.Person}, {SCHEMA.Organization}, {SCHEMA.Place}, {SCHEMA.Event}"
NOT_RELATIONS = (f"{RDF.type}, {OWL.sameAs}, {SCHEMA.mentions}, {ITSRDF.taIdentRef}, {ITSRDF.taClassRef}, "
                 f"{RDF.subject}, {RDF.object}, {RDF.predicate}, {KG.evidence}, {NIF.referenceContext}, "
                 f"{NIF.sourceUrl}, {NIF.sentence}")

ENTITIES = f"SELECT DISTINCT ?e ?type WHERE {{ ?e a ?type . FILTER(?type IN ({TYPES})) }}"
NAMES = f"""SELECT DISTINCT ?e ?p ?name WHERE {{ VALUES ?p {{ {RDFS.label} {SKOS.altLabel} }} ?e ?p ?name .
  FILTER(isLiteral(?name)) }} ORDER BY ?e ?p ?name"""
SAME_AS = f"SELECT DISTINCT ?e ?x WHERE {{ ?e {OWL.sameAs} ?x . FILTER(isIRI(?x)) }}"
ARTICLES = f"""SELECT DISTINCT ?a ?id ?lang ?date ?text WHERE {{
  ?a a {SCHEMA.NewsArticle} ; {SCHEMA.identifier} ?id .
  OPTIONAL {{ ?a {SCHEMA.inLanguage} ?lang }}
  OPTIONAL {{ ?a {SCHEMA.datePublished} ?date }}
  OPTIONAL {{ ?ctx {NIF.sourceUrl} ?a ; {NIF.isString} ?text }}
}} ORDER BY ?a ?id ?lang ?date"""
SENTENCES = f"""SELECT DISTINCT ?a ?b ?end WHERE {{
  ?s a {NIF.Sentence} ; {NIF.referenceContext} ?ctx ; {NIF.beginIndex} ?b ; {NIF.endIndex} ?end .
  ?ctx {NIF.sourceUrl} ?a }}"""
MENTIONS = f"""SELECT DISTINCT ?a ?e ?b ?end ?sb ?se WHERE {{
  ?m {ITSRDF.taIdentRef} ?e ; {NIF.referenceContext} ?ctx ; {NIF.beginIndex} ?b ; {NIF.endIndex} ?end .
  ?ctx {NIF.sourceUrl} ?a .
  OPTIONAL {{ ?m {NIF.sentence} ?s . ?s {NIF.beginIndex} ?sb ; {NIF.endIndex} ?se }}
}}"""
EVIDENCE = f"""SELECT DISTINCT ?x ?a ?b ?end ?text WHERE {{
  ?x {KG.evidence} ?s . ?s {NIF.referenceContext} ?ctx ; {NIF.beginIndex} ?b ; {NIF.endIndex} ?end .
  ?ctx {NIF.sourceUrl} ?a .
  OPTIONAL {{ ?s {NIF.anchorOf} ?text }}
}}"""
DIRECT_LINKS = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  ?s ?p ?o . FILTER(isIRI(?o) && ?p NOT IN ({NOT_RELATIONS}))
}}"""
STATEMENTS = f"""SELECT DISTINCT ?s ?p ?o ?st WHERE {{
  ?st {RDF.subject} ?s ; {RDF.predicate} ?p ; {RDF.object} ?o }}"""
VIA_LINKS = f"""SELECT DISTINCT ?x ?p ?y ?dir WHERE {{
  ?y a ?t . FILTER(?t IN ({TYPES}))
  {{ ?y ?p ?x . BIND("in" AS ?dir) }} UNION {{ ?x ?p ?y . BIND("out" AS ?dir) }}
  FILTER(isIRI(?x) && ?p NOT IN ({NOT_RELATIONS}))
}}"""
NOTES = f"""SELECT DISTINCT ?x ?note WHERE {{
  VALUES ?p {{ {SCHEMA.roleName} {SCHEMA.jobTitle} {SCHEMA.name} {SCHEMA.text} {RDFS.label} }}
  ?x ?p ?note . FILTER(isLiteral(?note))
}} ORDER BY ?x ?note"""
EVENT_DATES = f"""SELECT DISTINCT ?ev ?date WHERE {{
  ?ev a {SCHEMA.Event} ; ?p ?date .
  FILTER(isLiteral(?date) && datatype(?date) IN ({XSD.date}, {XSD.dateTime}, {XSD.gYearMonth}, {XSD.gYear}))
}}"""
EVENT_LINKS = f"""SELECT DISTINCT ?ev ?p ?x WHERE {{
  ?ev a {SCHEMA.Event} ; ?p ?x . FILTER(isIRI(?x) && ?p NOT IN ({NOT_RELATIONS}))
}}"""
EVENT_KINDS = f"""SELECT DISTINCT ?ev ?k WHERE {{ ?ev a {SCHEMA.Event}, ?k . FILTER(?k != {SCHEMA.Event}) }}
ORDER BY ?ev ?k"""
