"""``graph.nif.ttl``: the mentions as NIF 2.0 for NIF consumers such as GERBIL.

GERBIL's parser reads every node with offsets and a reference context as an annotation, so this
file holds only the articles' contexts and the named-entity mentions (no sentence nodes), every
string typed ``nif:RFC5147String`` (its IRI is ``#char=b,e``), offsets as NIF's
``xsd:nonNegativeInteger``, and ``itsrdf:taIdentRef`` to the Wikidata entity where the entity is
linked (else kgraph's own IRI, an entity the knowledge base lacks).
(https://persistence.uni-leipzig.org/nlp2rdf/specification/core.html)
"""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import Literal, RdfFormat, Store, Triple

from kgraph.atomic import write_if_changed
from kgraph.output import FileOutput, OutputJob
from kgraph.rdf.namespaces import PREFIXES, XSD
from kgraph.rdf.oxi import to_bytes, triples

__all__ = ["NIF_FILE", "gerbil_nif_bytes", "write_gerbil_nif", "NIF"]

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


def gerbil_nif_bytes(store: Store) -> bytes:
    """The file's content: the contexts and mentions of the store's union graph, sorted."""
    found = sorted({_as_nif(t) for t in triples(store.query(_MENTIONS, prefixes=PREFIXES))}, key=str)
    return to_bytes(found, RdfFormat.TURTLE, prefixes=PREFIXES)


def write_gerbil_nif(store: Store, out_dir: Path) -> bool:
    """Write ``out_dir/graph.nif.ttl`` (atomically, only if it changed); True if written."""
    return write_if_changed(out_dir / NIF_FILE, gerbil_nif_bytes(store))


class _NifOutput(FileOutput):
    """graph.nif.ttl, read from the store the build prepared (the ``store`` output's result)."""

    name = "nif"
    files = (NIF_FILE,)
    after = ("store",)

    def write_file(self, job: OutputJob, path: Path) -> bool:
        store = Store.read_only(str(job.result("store", Path)))
        try:
            return write_gerbil_nif(store, path.parent)
        finally:
            del store


NIF = _NifOutput()
