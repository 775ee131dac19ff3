"""What the views need from one named graph (one article's), read from its quads in plain Python.

A :class:`GraphFragment` holds, for one graph, the rows the views' questions have within that
graph: the entities typed there, their names, the article with its text, sentences, mentions,
evidence, the links between nodes, the reified statements and the events. It depends on that
graph's quads only, so a build can keep one per graph digest and merge them
(:func:`kgraph.views.data.view_data`) without reading the store. It is made of tuples of
``str``, ``int`` and ``None``: small, picklable, comparable.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any
from dataclasses import dataclass, fields

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Store

from kgraph.rdf.namespaces import ITSRDF, KG, NIF, OWL, RDF, RDFS, SCHEMA, SKOS, XSD
from kgraph.rdf.oxi import term_value

__all__ = ["GraphFragment", "graph_fragment", "store_fragments", "rows", "LABEL", "VARIANT", "NOTE", "HEADLINE", "KINDS"]

LABEL, VARIANT, NOTE, HEADLINE = 0, 1, 2, 3  # rdfs:label (a name and a note), skos:altLabel, a note only, schema:headline
KINDS = {SCHEMA.Person.value: "Person", SCHEMA.Organization.value: "Organization", SCHEMA.Place.value: "Place",
         SCHEMA.Event.value: "Event", SCHEMA.Product.value: "Product"}
_LITERALS = {RDFS.label.value: LABEL, SKOS.altLabel.value: VARIANT, SCHEMA.roleName.value: NOTE,
             SCHEMA.jobTitle.value: NOTE, SCHEMA.name.value: NOTE, SCHEMA.text.value: NOTE,
             SCHEMA.headline.value: HEADLINE}
# predicates that are not relations between nodes (the views read them for something else)
NOT_RELATIONS = frozenset(p.value for p in (
    RDF.type, OWL.sameAs, SCHEMA.mentions, ITSRDF.taIdentRef, ITSRDF.taClassRef, RDF.subject, RDF.object,
    RDF.predicate, KG.evidence, NIF.referenceContext, NIF.sourceUrl, NIF.sentence))
_DATES = frozenset(t.value for t in (XSD.date, XSD.dateTime, XSD.gYearMonth, XSD.gYear))
_TYPE, _SAME_AS, _EVENT = RDF.type.value, OWL.sameAs.value, SCHEMA.Event.value
_ARTICLE, _SENTENCE = SCHEMA.NewsArticle.value, NIF.Sentence.value
_INDEXED = frozenset(p.value for p in (
    SCHEMA.identifier, SCHEMA.inLanguage, SCHEMA.datePublished, NIF.sourceUrl, NIF.isString,
    NIF.referenceContext, NIF.beginIndex, NIF.endIndex, NIF.sentence, NIF.anchorOf, ITSRDF.taIdentRef,
    KG.evidence, RDF.subject, RDF.predicate, RDF.object))

Table = tuple[tuple, ...]  # columns of equal length: row i is (column[i] for column in the table)


@dataclass(frozen=True)
class GraphFragment:
    """One graph's share of the view data: tables of distinct rows, sorted, stored by column
    (a tuple per column costs 8 bytes a value; a tuple per row, 56 more a row). :func:`rows` reads them."""

    entities: Table = ((),) * 2  # node, kind: typed schema:Person, Organization, Place, Event or Product
    literals: Table = ((),) * 4  # node, LABEL/VARIANT/NOTE/HEADLINE, language or "", value
    same_as: Table = ((),) * 2  # node, IRI
    articles: Table = ((),) * 5  # article, identifier, language, date, text: its first row in that order
    sentences: Table = ((),) * 3  # article, begin, end
    mentions: Table = ((),) * 6  # article, entity, begin, end, its sentence's begin and end (None: none)
    evidence: Table = ((),) * 5  # node, article, begin, end, anchor (None: the article text's slice)
    links: Table = ((),) * 3  # subject, predicate IRI, object (not a literal): the relations between nodes
    blank: tuple[str, ...] = ()  # the blank nodes among the links' ends
    statements: Table = ((),) * 4  # subject, predicate, object, statement node
    event_dates: Table = ((),) * 2  # event, the value of a date it has
    event_kinds: Table = ((),) * 2  # event, its other rdf:type

    def __reduce__(self):
        return _restore, tuple(getattr(self, f.name) for f in fields(self))

    def article_texts(self) -> dict[str, str]:
        """Article IRI → its text (the evidence whose anchor is ``None`` is a slice of it)."""
        return {a: text for a, text in zip(self.articles[0], self.articles[4]) if text is not None}


def rows(table: Table) -> Iterator[tuple]:
    """The rows of one of a fragment's tables."""
    return zip(*table)


def _table(found: Iterable[tuple], width: int, key=None) -> Table:
    ordered = sorted(found, key=key)
    return tuple(zip(*ordered)) if ordered else ((),) * width


_intern = sys.intern  # an IRI or name is one string in memory, however many rows and fragments hold it


def _restore(*tables: Table | tuple[str, ...]) -> GraphFragment:
    """A fragment read back (from a pickle), its strings shared with those of the fragments already read."""
    def column(values: tuple) -> tuple:
        return tuple(_intern(v) if type(v) is str else v for v in values)
    restored: list[Any] = [tuple(column(c) for c in t) if t and type(t[0]) is tuple else column(t) for t in tables]
    return GraphFragment(*restored)


def _first(values: list[str] | None) -> list[str | None]:
    return list(sorted(set(values))) if values else [None]


def _order(value: str | None) -> tuple[bool, str]:
    """SPARQL's ORDER BY for one optional value: unbound first."""
    return (value is not None, value or "")


def _article_row(iri: str, props: dict[str, dict[str, list[str]]], contexts: list[str]) -> tuple | None:
    """The row ``ORDER BY ?a ?id ?lang ?date`` puts first for this article (the one the views keep)."""
    ids = props[SCHEMA.identifier.value].get(iri)
    if not ids:
        return None
    best = min(((i, lang, date) for i in set(ids) for lang in _first(props[SCHEMA.inLanguage.value].get(iri))
                for date in _first(props[SCHEMA.datePublished.value].get(iri))),
               key=lambda row: (row[0], _order(row[1]), _order(row[2])))
    texts = sorted({t for ctx in contexts for t in props[NIF.isString.value].get(ctx, ())})
    return (iri, *best, texts[0] if texts else None)


def graph_fragment(quads: Iterable[Quad]) -> GraphFragment:
    """The rows the views read from one graph, from that graph's quads (in any order, repeats allowed)."""
    terms = [(q.subject, q.predicate, q.object) for q in quads]
    return terms_fragment(terms, [(term_value(s), p.value, term_value(o)) for s, p, o in terms])


def terms_fragment(terms: Iterable[tuple[Any, Any, Any]], values: Iterable[tuple[str, str, str]]) -> GraphFragment:
    """:func:`graph_fragment` of a graph's (subject, predicate, object) terms and their lexical
    values, in the same order (a :class:`kgraph.output.GraphView`'s: read once for every piece)."""
    types: dict[str, set[str]] = defaultdict(set)  # node -> its rdf:type (IRIs, blank nodes)
    props: dict[str, dict[str, list[str]]] = {p: defaultdict(list) for p in _INDEXED}
    literals: set[tuple[str, int, str, str]] = set()
    links: set[tuple[str, str, str]] = set()
    blank: set[str] = set()
    dates: set[tuple[str, str]] = set()
    same_as: set[tuple[str, str]] = set()
    for (subject, _, obj), (s, predicate, o) in zip(terms, values):
        predicate, s, o = _intern(predicate), _intern(s), _intern(o)
        if type(obj) is Literal:
            code = _LITERALS.get(predicate)
            if code is not None:
                literals.add((s, code, _intern(obj.language or ""), o))
            if obj.datatype.value in _DATES:
                dates.add((s, o))
        elif predicate == _TYPE:
            types[s].add(o)
            continue
        elif predicate == _SAME_AS:
            if type(obj) is NamedNode:
                same_as.add((s, o))
            continue
        elif predicate not in NOT_RELATIONS:
            links.add((s, predicate, o))
            if type(subject) is BlankNode:
                blank.add(s)
            if type(obj) is BlankNode:
                blank.add(o)
        if predicate in _INDEXED:
            props[predicate][s].append(o)
    return _assemble(types, props, literals, same_as, links, blank, dates)


def _assemble(types, props, literals, same_as, links, blank, dates) -> GraphFragment:
    begin, end = props[NIF.beginIndex.value], props[NIF.endIndex.value]
    context_of, source = props[NIF.referenceContext.value], props[NIF.sourceUrl.value]
    contexts: dict[str, list[str]] = defaultdict(list)  # article -> the contexts whose nif:sourceUrl it is
    for ctx, articles in source.items():
        for a in articles:
            contexts[a].append(ctx)

    def spans(node: str) -> list[tuple[int, int]]:
        return [(int(b), int(e)) for b in begin.get(node, ()) for e in end.get(node, ())]

    def located(node: str) -> list[tuple[str, int, int]]:
        """(article, begin, end) of a NIF string: its context's source and its offsets."""
        return [(a, b, e) for ctx in context_of.get(node, ()) for a in source.get(ctx, ()) for b, e in spans(node)]

    entities = {(s, KINDS[t]) for s, ts in types.items() for t in ts if t in KINDS}
    events = {s for s, kind in entities if kind == "Event"}
    articles = [row for a, ts in types.items() if _ARTICLE in ts
                if (row := _article_row(a, props, contexts.get(a, []))) is not None]
    texts = {row[0]: row[4] for row in articles if row[4] is not None}
    sentences = {row for s, ts in types.items() if _SENTENCE in ts for row in located(s)}
    mentions: set[tuple[str, str, int, int, int | None, int | None]] = set()
    for m, targets in props[ITSRDF.taIdentRef.value].items():
        within: list[tuple[int | None, int | None]] = [
            span for s in props[NIF.sentence.value].get(m, ()) for span in spans(s)] or [(None, None)]
        mentions.update((a, e, b, end_, *sentence) for e in targets for a, b, end_ in located(m) for sentence in within)
    evidence: set[tuple[str, str, int, int, str | None]] = set()
    for x, nodes in props[KG.evidence.value].items():
        for s in nodes:
            anchors = props[NIF.anchorOf.value].get(s) or [""]  # no anchor: "" (the views print the article's slice)
            for a, b, e in located(s):
                text = texts.get(a)
                evidence.update((x, a, b, e, None if text is not None and t == text[b:e] else t) for t in anchors)
    subjects, predicates, objects = (props[p.value] for p in (RDF.subject, RDF.predicate, RDF.object))
    statements = {(s, p, o, st) for st in subjects for s in subjects[st] for p in predicates.get(st, ())
                  for o in objects.get(st, ())}
    return GraphFragment(
        entities=_table(entities, 2),
        literals=_table(literals, 4),
        same_as=_table(same_as, 2),
        articles=_table(articles, 5),
        sentences=_table(sentences, 3),
        mentions=_table(mentions, 6, key=lambda m: (*m[:4], m[4] is not None, m[4] or 0, m[5] or 0)),
        evidence=_table(evidence, 5, key=lambda r: (*r[:4], r[4] or "")),
        links=_table(links, 3),
        blank=tuple(sorted(blank)),
        statements=_table(statements, 4),
        event_dates=_table((d for d in dates if d[0] in events), 2),
        event_kinds=_table(((ev, t) for ev in events for t in types[ev] if t != _EVENT), 2))


def store_fragments(store: Store) -> Iterator[GraphFragment]:
    """One fragment per named graph of ``store`` (its default graph holds their union, read by none);
    a store without named graphs (a plain Turtle file loaded) is one graph, its default graph."""
    named = sorted(store.named_graphs(), key=lambda g: g.value)
    graphs: list[NamedNode | BlankNode | DefaultGraph] = [*named] or [DefaultGraph()]
    for graph in graphs:
        yield graph_fragment(store.quads_for_pattern(None, None, None, graph))
