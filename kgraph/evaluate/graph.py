"""The graph scored, read as CONTRACT.md describes it, into the few indexes the scores need.

A graph is a file (Turtle, TriG, N-Triples, N-Quads, JSON-LD: the union of its graphs), a
pyoxigraph store folder (its default graph, which kgraph keeps as the union), or a folder written
by ``kgraph build`` (its store, else its graph.ttl).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, RdfFormat, Store, Triple, parse

from kgraph.errors import KgraphError
from kgraph.evaluate.gold import norm

__all__ = ["GraphIndex", "read_graph", "index_triples", "Node", "ENTITY_TYPES", "WD"]

Node = NamedNode | BlankNode

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
SCHEMA = "https://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"
ENTITY_TYPES = {SCHEMA + name: name for name in ("Person", "Organization", "Place", "Event", "Product")}
DATE_TYPES = {XSD + name for name in ("date", "gYearMonth", "dateTime", "gYear")}
# links through these say where a text is, not what it states
NOT_FACTS = (NIF, ITSRDF, PROV)
FORMATS = {".ttl": RdfFormat.TURTLE, ".trig": RdfFormat.TRIG, ".nt": RdfFormat.N_TRIPLES,
           ".nq": RdfFormat.N_QUADS, ".jsonld": RdfFormat.JSON_LD, ".n3": RdfFormat.N3}


@dataclass
class GraphIndex:
    """What the scores read of a graph: articles, mentions, types, links, dates, and the articles
    each node was derived from (``prov:wasDerivedFrom``)."""

    article_ids: dict[Node, str] = field(default_factory=dict)  # article node -> schema:identifier
    mentions: dict[str, dict[str, Counter[Node]]] = field(default_factory=dict)  # article id -> text -> entities
    types: dict[Node, set[str]] = field(default_factory=dict)  # node -> Person/Organization/Place/Event
    same_as: dict[Node, set[str]] = field(default_factory=dict)  # node -> Wikidata IRIs
    dates: dict[Node, set[str]] = field(default_factory=dict)  # node -> its xsd date literals
    sources: dict[Node, set[str]] = field(default_factory=dict)  # node -> the article ids it is derived from
    structural: set[Node] = field(default_factory=set)  # articles, NIF contexts, phrases: never facts
    _out: dict[Node, set[Node]] = field(default_factory=dict)
    _in: dict[Node, set[Node]] = field(default_factory=dict)

    def neighbours(self, node: Node) -> set[Node]:
        """The nodes one fact link away (either direction), structural nodes left out."""
        return (self._out.get(node, set()) | self._in.get(node, set())) - self.structural

    @property
    def entities(self) -> set[Node]:
        """Every node typed Person, Organization, Place or Event."""
        return set(self.types)

    def nodes_of_type(self, name: str) -> list[Node]:
        """The nodes typed ``name`` (Person, Event, ...), in a stable order."""
        return sorted((n for n, ts in self.types.items() if name in ts), key=str)


class _Raw:
    """The triples as they come, before the mentions can be joined to their articles."""

    def __init__(self) -> None:
        self.anchor: dict[Node, str] = {}
        self.context: dict[Node, Node] = {}
        self.entity: dict[Node, Node] = {}
        self.source: dict[Node, Node] = {}
        self.derived: dict[Node, set[Node]] = defaultdict(set)  # node -> the articles (prov:wasDerivedFrom)
        self.identifier: dict[Node, str] = {}
        self.articles: set[Node] = set()

    def see(self, s: Node, p: str, o: Node | Literal, index: GraphIndex) -> None:
        if isinstance(o, Literal):
            if p == NIF + "anchorOf":
                self.anchor[s] = o.value
            elif p == SCHEMA + "identifier":
                self.identifier[s] = o.value
        elif p == NIF + "referenceContext":
            self.context.setdefault(s, o)
        elif p == ITSRDF + "taIdentRef":
            self.entity.setdefault(s, o)
        elif p == NIF + "sourceUrl":
            self.source[s] = o
        elif p == PROV + "wasDerivedFrom":
            self.derived[s].add(o)
        elif p == RDF_TYPE and isinstance(o, NamedNode):
            if o.value == SCHEMA + "NewsArticle":
                self.articles.add(s)
            if o.value in ENTITY_TYPES:
                index.types.setdefault(s, set()).add(ENTITY_TYPES[o.value])


def index_triples(triples: Iterable[Triple]) -> GraphIndex:
    """The index of a set of triples (duplicates are harmless)."""
    index, raw = GraphIndex(), _Raw()
    out: dict[Node, set[Node]] = defaultdict(set)
    into: dict[Node, set[Node]] = defaultdict(set)
    for t in triples:
        s, p, o = t.subject, t.predicate.value, t.object
        if isinstance(s, Triple) or isinstance(o, Triple):  # RDF-star: no scored graph has it
            continue
        raw.see(s, p, o, index)
        if isinstance(o, Literal):
            if o.datatype.value in DATE_TYPES:
                index.dates.setdefault(s, set()).add(o.value)
            continue
        if p == OWL_SAME_AS:
            if isinstance(o, NamedNode) and o.value.startswith(WD):
                index.same_as.setdefault(s, set()).add(o.value)
            continue
        if p == RDF_TYPE or p.startswith(NOT_FACTS):
            continue
        out[s].add(o)
        into[o].add(s)
    index._out, index._in = dict(out), dict(into)
    _join_mentions(index, raw)
    return index


def _join_mentions(index: GraphIndex, raw: _Raw) -> None:
    index.article_ids = {a: i for a, i in raw.identifier.items() if a in raw.articles}
    index.sources = {node: ids for node, articles in raw.derived.items()
                     if (ids := {index.article_ids[a] for a in articles if a in index.article_ids})}
    mentions: dict[str, dict[str, Counter[Node]]] = defaultdict(lambda: defaultdict(Counter))
    for phrase, text in raw.anchor.items():
        context = raw.context.get(phrase)
        article = raw.source.get(context) if context is not None else None
        doc = index.article_ids.get(article) if article is not None else None
        entity = raw.entity.get(phrase)
        if doc is not None and entity is not None:
            mentions[doc][norm(text)][entity] += 1
    index.mentions = {doc: dict(texts) for doc, texts in mentions.items()}
    index.structural = set(index.article_ids) | set(raw.source) | set(raw.anchor)


def read_graph(path: Path) -> GraphIndex:
    """The index of the graph at ``path``; raises ``KgraphError`` (E510) when it cannot be read."""
    path = Path(path)
    try:
        return index_triples(_triples(_source(path)))
    except (OSError, SyntaxError, ValueError) as exc:
        raise KgraphError("E510", name=path.name or str(path), reason=str(exc)) from None


def _source(path: Path) -> Path:
    """The file or store folder to read for ``path``: a build folder gives its store, else its graph.ttl."""
    if path.is_file():
        return path
    if not path.is_dir():
        raise FileNotFoundError(f"no such file or folder: {path}")
    for candidate in (path / "store", path):
        if (candidate / "CURRENT").is_file():  # a RocksDB folder: a pyoxigraph store
            return candidate
    if (path / "graph.ttl").is_file():
        return path / "graph.ttl"
    raise FileNotFoundError(f"{path}: neither a store nor a kgraph build (no store/, no graph.ttl)")


def _triples(source: Path) -> Iterator[Triple]:
    """Every triple of the file (its graphs' union) or of the store's default graph (kgraph's union)."""
    if source.is_dir():
        store = Store.read_only(str(source))
        for quad in store.quads_for_pattern(None, None, None, DefaultGraph()):
            yield quad.triple
        return
    fmt = FORMATS.get(source.suffix.lower())
    if fmt is None:
        raise ValueError(f"unknown graph format {source.suffix!r} (known: {', '.join(sorted(FORMATS))})")
    for quad in parse(path=str(source), format=fmt):
        yield quad.triple
