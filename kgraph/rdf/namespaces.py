"""Namespaces, bound once. Prefixes follow CONTRACT.md and common usage (prefix.cc)."""
from __future__ import annotations

from functools import lru_cache

from pyoxigraph import NamedNode

__all__ = ["PREFIXES", "Namespace", "SCHEMA", "NIF", "ITSRDF", "RDF", "RDFS", "OWL", "XSD", "PROV", "SKOS",
           "KG", "WD", "GEONAMES", "DCTERMS", "DEFAULT_BASE_IRI"]

DEFAULT_BASE_IRI = "https://w3id.org/kgraph/id/"


class Namespace(str):
    """``SCHEMA.Person`` → ``NamedNode("https://schema.org/Person")``."""

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return _term(self + name)

    def term(self, name: str) -> NamedNode:
        return _term(self + name)


@lru_cache(maxsize=4096)
def _term(iri: str) -> NamedNode:
    """The vocabulary's terms, made once (NamedNode is immutable)."""
    return NamedNode(iri)


SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
KG = Namespace("https://w3id.org/kgraph/ontology#")
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = "https://sws.geonames.org/"  # the form GeoNames publishes its features under

PREFIXES: dict[str, str] = {
    "schema": str(SCHEMA), "nif": str(NIF), "itsrdf": str(ITSRDF), "rdf": str(RDF), "rdfs": str(RDFS),
    "owl": str(OWL), "xsd": str(XSD), "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS),
    "kg": str(KG), "wd": str(WD),
}
