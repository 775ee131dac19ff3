"""The knowledge graph as RDF quads: one named graph per article, per CONTRACT.md.

Articles (schema:NewsArticle), their NIF context, sentences and mentions, and the entities they
mention (typed with schema.org, labelled per language, linked with owl:sameAs where certain).
A statement made by several articles appears in each of their graphs; the union is graph.ttl.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from kgraph.facts.refs import PUBLISHER_AT
from kgraph.model import Article, ArticleExtraction, Entity, EntityType, Mention, Sentence
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import GEONAMES, ITSRDF, NIF, OWL, RDF, RDFS, SCHEMA, SKOS, WD, XSD
from kgraph.resources import read_json

__all__ = ["article_quads", "entity_triples", "date_literal", "is_country"]

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


def date_literal(value: dt.date, precision: str = "day") -> Literal:
    if precision == "month":
        return Literal(value.strftime("%Y-%m"), datatype=XSD.gYearMonth)
    if precision == "year":
        return Literal(value.strftime("%Y"), datatype=XSD.gYear)
    return Literal(value.isoformat(), datatype=XSD.date)


def _int(value: int) -> Literal:
    """An offset as xsd:integer: the value NIF's xsd:nonNegativeInteger range asks, in the one
    integer datatype the store keeps (pyoxigraph folds the derived ones into it on load)."""
    return Literal(str(value), datatype=XSD.integer)


def article_quads(extraction: ArticleExtraction, entity_of: dict[tuple[str, int, int], Entity],
                  iris: Iris) -> Iterator[Quad]:
    """Every quad one article states, in its named graph."""
    graph = iris.graph(extraction.article.id)
    for s, p, o in _article_triples(extraction, entity_of, iris):
        yield Quad(s, p, o, graph)


def _article_triples(extraction: ArticleExtraction, entity_of, iris: Iris) -> Iterator[Triple]:
    article = extraction.article
    node = iris.article(article.id)
    context = iris.context(article.id, len(article.text))
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, SCHEMA.identifier, Literal(article.id)
    yield node, SCHEMA.inLanguage, Literal(article.lang)
    if article.date:
        yield node, SCHEMA.datePublished, date_literal(article.date, article.date_precision)
    yield from _meta_triples(article, node)
    publisher = entity_of.get((article.id, PUBLISHER_AT, PUBLISHER_AT))
    if publisher is not None:
        yield node, SCHEMA.publisher, iris.entity(publisher.key)
    yield context, RDF.type, NIF.Context
    yield context, NIF.isString, Literal(article.text)
    yield context, NIF.sourceUrl, node
    yield context, NIF.beginIndex, _int(0)
    yield context, NIF.endIndex, _int(len(article.text))
    sentence_nodes = []
    for sentence in extraction.sentences:
        sentence_node = iris.string(article.id, sentence.begin, sentence.end)
        sentence_nodes.append((sentence, sentence_node))
        yield from _sentence_triples(sentence, sentence_node, context)
    mentioned: dict[str, Entity] = {}
    for mention in extraction.mentions:
        entity = entity_of.get((mention.article_id, mention.begin, mention.end))
        if entity is None:
            continue
        mentioned[entity.key] = entity
        yield from _mention_triples(mention, entity, context, _sentence_of(mention, sentence_nodes), iris)
    for key in sorted(mentioned):
        yield node, SCHEMA.mentions, iris.entity(key)
        yield from entity_triples(mentioned[key], iris)
    if publisher is not None and publisher.key not in mentioned:
        yield from entity_triples(publisher, iris)


def _url(value: str) -> NamedNode | None:
    try:
        return NamedNode(value) if value.lower().startswith(("http://", "https://")) else None
    except ValueError:
        return None


def _meta_triples(article: Article, node: NamedNode) -> Iterator[Triple]:
    """What the crawler's metadata says: URL, headline, modification date, authors, description."""
    meta = article.meta
    if meta.url and (url := _url(meta.url)) is not None:
        yield node, SCHEMA.url, url
    if meta.headline:
        yield node, SCHEMA.headline, _label(meta.headline, article.lang)
    if meta.modified:
        yield node, SCHEMA.dateModified, date_literal(meta.modified)
    for author in meta.authors:
        yield node, SCHEMA.author, Literal(author)
    if meta.description:
        yield node, SCHEMA.description, _label(meta.description, article.lang)


def _sentence_triples(sentence: Sentence, node: NamedNode, context: NamedNode) -> Iterator[Triple]:
    yield node, RDF.type, NIF.Sentence
    yield node, NIF.referenceContext, context
    yield node, NIF.beginIndex, _int(sentence.begin)
    yield node, NIF.endIndex, _int(sentence.end)
    yield node, NIF.anchorOf, Literal(sentence.text)


def _sentence_of(mention: Mention, sentences: Sequence[tuple[Sentence, NamedNode]]) -> NamedNode | None:
    for sentence, node in sentences:
        if sentence.begin <= mention.begin and mention.end <= sentence.end:
            return node
    return None


def _mention_triples(mention: Mention, entity: Entity, context: NamedNode, sentence: NamedNode | None,
                     iris: Iris) -> Iterator[Triple]:
    node = iris.string(mention.article_id, mention.begin, mention.end)
    yield node, RDF.type, NIF.Phrase
    yield node, NIF.anchorOf, Literal(mention.text)
    yield node, NIF.beginIndex, _int(mention.begin)
    yield node, NIF.endIndex, _int(mention.end)
    yield node, NIF.referenceContext, context
    if sentence is not None:
        yield node, NIF.sentence, sentence
    if mention.normal:  # this mention's own base form, which the entity's one label may not be
        yield node, NIF.lemma, _label(mention.normal, mention.lang)
    yield node, ITSRDF.taIdentRef, iris.entity(entity.key)
    yield node, ITSRDF.taClassRef, SCHEMA.term(entity.type.value)


def entity_triples(entity: Entity, iris: Iris) -> Iterator[Triple]:
    """An entity's own description: type, labels, variants, links."""
    node = iris.entity(entity.key)
    yield node, RDF.type, SCHEMA.term(entity.type.value)
    if is_country(entity):
        yield node, RDF.type, SCHEMA.Country
    for lang, label in sorted(entity.labels.items()):
        yield node, RDFS.label, _label(label, lang)
    for lang, variants in sorted(entity.alt_labels.items()):
        for variant in sorted(variants - {entity.labels.get(lang)}):
            yield node, SKOS.altLabel, _label(variant, lang)
    if entity.wikidata:
        yield node, OWL.sameAs, WD.term(entity.wikidata)
    if entity.geonames:
        yield node, OWL.sameAs, NamedNode(f"{GEONAMES}{entity.geonames}/")


@lru_cache(maxsize=1)
def _country_geonames() -> frozenset[int]:
    """The GeoNames ids of the countries (ontology/gazetteer/countries.json)."""
    entries = read_json("ontology/gazetteer/countries.json")["entries"]
    return frozenset(int(e["geonames"]) for e in entries if e.get("geonames") and e.get("country"))


def is_country(entity: Entity | None) -> bool:
    """A place linked to a country of the gazetteer (typed schema:Country as well as schema:Place)."""
    return entity is not None and entity.type is EntityType.PLACE and entity.geonames in _country_geonames()


def _label(text: str, lang: str) -> Literal:
    return Literal(text, language=lang) if lang and lang not in {"und", "xx"} else Literal(text)
