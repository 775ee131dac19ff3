"""``graph.nif.ttl``: the mentions as NIF 2.0 for NIF consumers such as GERBIL.

GERBIL's parser reads every node with offsets and a reference context as an annotation, so this
file holds only the articles' contexts and the named-entity mentions (no sentence nodes), every
string typed ``nif:RFC5147String`` (its IRI is ``#char=b,e``), offsets as NIF's
``xsd:nonNegativeInteger``, and ``itsrdf:taIdentRef`` to the Wikidata entity where the entity is
linked (else kgraph's own IRI, an entity the knowledge base lacks).
(https://persistence.uni-leipzig.org/nlp2rdf/specification/core.html)

A build writes it from per-graph pieces (:data:`NIF_PIECE`, kept with each graph's files: that
graph's contexts and mentions as sorted N-Triples), merged and serialised once: an incremental
build queries only the graphs that changed. Every graph that names an entity states its
``owl:sameAs`` links (:func:`kgraph.rdf.build.entity_triples`), so a graph's own triples answer the
query for its mentions, and the union of the pieces is what the query gives on the whole store.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO, cast

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Store, Triple, parse, serialize

from kgraph.atomic import HashingWriter, write_hashed, write_if_changed
from kgraph.output import FileOutput, GraphFiles, GraphPiece, GraphView, OutputJob, merged_lines, splice_union
from kgraph.rdf.namespaces import ITSRDF, OWL, PREFIXES, RDF, WD, XSD
from kgraph.rdf.namespaces import NIF as NIF_NS  # (NIF is this module's output)
from kgraph.rdf.oxi import to_bytes, triples

__all__ = ["NIF_FILE", "gerbil_nif_bytes", "write_gerbil_nif", "nif_graph_lines", "write_nif_files", "NIF_PIECE", "NIF"]

NIF_FILE = "graph.nif.ttl"
_MENTIONS = """CONSTRUCT {
  ?ctx a nif:Context, nif:RFC5147String ; nif:isString ?text ; nif:beginIndex ?cb ; nif:endIndex ?ce ;
       nif:sourceUrl ?article .
  ?m a nif:Phrase, nif:RFC5147String ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ;
     nif:referenceContext ?ctx ; itsrdf:taIdentRef ?target .
} WHERE {
  { ?ctx a nif:Context ; nif:isString ?text ; nif:beginIndex ?cb ; nif:endIndex ?ce ; nif:sourceUrl ?article }
  UNION
  { ?m itsrdf:taIdentRef ?entity ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx .
    OPTIONAL { ?entity owl:sameAs ?linked FILTER (STRSTARTS(STR(?linked), STR(wd:))) }
    BIND (COALESCE(?linked, ?entity) AS ?target) }
}"""
_INTEGER = XSD.integer.value


def _as_nif(triple: Triple) -> Triple:
    """Offsets in NIF's own datatype (the store keeps xsd:integer, the same values)."""
    value = triple.object
    if isinstance(value, Literal) and value.datatype.value == _INTEGER:
        return Triple(triple.subject, triple.predicate, Literal(value.value, datatype=XSD.nonNegativeInteger))
    return triple


def _nif_triples(store: Store) -> set[Triple]:
    return {_as_nif(t) for t in triples(store.query(_MENTIONS, prefixes=PREFIXES))}


def gerbil_nif_bytes(store: Store) -> bytes:
    """The file's content: the contexts and mentions of the store's union graph, sorted."""
    return to_bytes(sorted(_nif_triples(store), key=str), RdfFormat.TURTLE, prefixes=PREFIXES)


_TYPE = RDF.type.value
_CONTEXT_KEYS = tuple(p.value for p in (NIF_NS.isString, NIF_NS.beginIndex, NIF_NS.endIndex, NIF_NS.sourceUrl))
_MENTION_KEYS = tuple(p.value for p in (NIF_NS.anchorOf, NIF_NS.beginIndex, NIF_NS.endIndex, NIF_NS.referenceContext))
_WD = str(WD)


def _direct_triples(terms: Iterable[tuple[Any, Any, Any]]) -> set[Triple]:
    """What :data:`_MENTIONS` constructs from one graph's quads, read off them directly (no store,
    no query: a graph is small, and this runs once per graph): the contexts with their string,
    offsets and article; each mention (a node with an entity, anchor, offsets and context) typed,
    with its context typed too, and the entity's Wikidata link for the entity where it has one."""
    values: dict[Any, dict[str, set[Any]]] = {}  # subject -> predicate IRI -> objects
    for subject, predicate, obj in terms:
        values.setdefault(subject, {}).setdefault(predicate.value, set()).add(obj)
    out: set[Triple] = set()
    rdf_type, context, rfc = RDF.type, NIF_NS.Context, NIF_NS.RFC5147String
    for subject, props in values.items():
        if context in props.get(_TYPE, ()) and all(key in props for key in _CONTEXT_KEYS):
            out.add(Triple(subject, rdf_type, context))
            out.add(Triple(subject, rdf_type, rfc))
            out.update(Triple(subject, NamedNode(key), value) for key in _CONTEXT_KEYS for value in props[key])
        entities = props.get(_TAIDENT)
        if entities and all(key in props for key in _MENTION_KEYS):
            out.add(Triple(subject, rdf_type, NIF_NS.Phrase))
            out.add(Triple(subject, rdf_type, rfc))
            out.update(Triple(subject, NamedNode(key), value) for key in _MENTION_KEYS for value in props[key])
            for ctx in props[_MENTION_KEYS[-1]]:
                out.add(Triple(ctx, rdf_type, context))
                out.add(Triple(ctx, rdf_type, rfc))
            for entity in entities:
                linked = [t for t in values.get(entity, {}).get(_SAME_AS, ())
                          if not isinstance(t, BlankNode) and t.value.startswith(_WD)]
                out.update(Triple(subject, ITSRDF.taIdentRef, target) for target in (linked or [entity]))
    return {_as_nif(t) for t in out}


_TAIDENT, _SAME_AS = ITSRDF.taIdentRef.value, OWL.sameAs.value


def nif_graph_lines(quads: list[Quad]) -> list[str]:
    """One graph's part of the file: its contexts and mentions, as sorted N-Triples statements
    (what the query of :func:`gerbil_nif_bytes` gives on a store of that graph alone)."""
    return _lines(_direct_triples((q.subject, q.predicate, q.object) for q in quads))


def _lines(found: set[Triple]) -> list[str]:
    return sorted({str(t) for t in found})


def _piece_bytes(view: GraphView) -> bytes:
    return "".join(f"{line} .\n" for line in _lines(_direct_triples(view.terms))).encode()


NIF_PIECE = GraphPiece("nif", _piece_bytes, (__name__, "kgraph.rdf.namespaces", "kgraph.rdf.oxi"))


def write_nif_files(files: GraphFiles, path: Path, batch: int = 20_000) -> bool:
    """graph.nif.ttl from the graphs' pieces, merged (the bytes :func:`gerbil_nif_bytes` gives for
    the store of the same graphs). True if the file changed."""
    lines = merged_lines([files.path(name, NIF_PIECE.ext) for name in files.digests])

    def stream():
        while pending := list(itertools.islice(lines, batch)):
            yield from parse("".join(pending), format=RdfFormat.N_TRIPLES)

    def fill(out: HashingWriter) -> None:  # pyoxigraph needs only write() and flush()
        serialize(stream(), cast(BinaryIO, out), RdfFormat.TURTLE, prefixes=PREFIXES)

    return write_hashed(path, fill)


def write_gerbil_nif(store: Store, out_dir: Path) -> bool:
    """Write ``out_dir/graph.nif.ttl`` (atomically, only if it changed); True if written."""
    return write_if_changed(out_dir / NIF_FILE, gerbil_nif_bytes(store))


class _NifOutput(FileOutput):
    """graph.nif.ttl, merged from each graph's piece."""

    name = "nif"
    files = (NIF_FILE,)
    pieces = (NIF_PIECE,)

    def write_file(self, job: OutputJob, path: Path) -> bool:
        """Spliced from the last file when incremental (:mod:`kgraph.output.splice`), else merged."""
        if not job.incremental:
            return write_nif_files(job.graphs, path)
        return splice_union(job.graphs, NIF_PIECE.ext, job.cache_dir, path, PREFIXES,
                            lambda: write_nif_files(job.graphs, path)).changed


NIF = _NifOutput()
