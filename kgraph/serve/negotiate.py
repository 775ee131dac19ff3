"""Content negotiation: the Accept header (with q-values) or a ``format=`` parameter → a format."""
from __future__ import annotations

from pyoxigraph import RdfFormat

__all__ = ["RESULT_TYPES", "GRAPH_TYPES", "HTML_TYPES", "PARAM_ALIASES", "accepted", "choose", "from_params", "graph_format"]

# media type → short name, in order of preference when the client accepts anything
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml", "text/n3": "turtle",
}
HTML_TYPES = {"text/html": "html", "application/xhtml+xml": "html"}
# values of format= / output= / results= (what SPARQLWrapper, Virtuoso and others send)
PARAM_ALIASES = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "n3": (None, "turtle"), "ntriples": (None, "ntriples"), "nt": (None, "ntriples"),
    "json-ld": (None, "jsonld"), "jsonld": (None, "jsonld"), "rdf+xml": (None, "rdfxml"), "rdfxml": (None, "rdfxml"),
}
_RDF_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
                "rdfxml": RdfFormat.RDF_XML}
_MEDIA = {"turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples; charset=utf-8",
          "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


def accepted(header: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q-value, then the client's order)."""
    if not header or not header.strip():
        return ["*/*"]
    ranked = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, position, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def choose(header: str | None, offered: dict[str, str]) -> str | None:
    """The short name of the best offered format the client accepts; None if none (406)."""
    for media in accepted(header):
        if media in offered:
            return offered[media]
        if media == "*/*":
            return next(iter(offered.values()))
        if media.endswith("/*"):
            major = media[:-1]
            match = next((name for m, name in offered.items() if m.startswith(major)), None)
            if match:
                return match
    return None


def from_params(values: list[str], *, graph: bool) -> str | None:
    """A format named by ``format=``/``output=`` (short name or media type), if any is known."""
    for value in values:
        value = value.strip().lower()
        if value in PARAM_ALIASES:
            name = PARAM_ALIASES[value][1 if graph else 0]
            if name:
                return name
        table = GRAPH_TYPES if graph else RESULT_TYPES
        if value in table:
            return table[value]
    return None


def graph_format(name: str) -> tuple[RdfFormat, str]:
    """pyoxigraph's format and the Content-Type for a graph format's short name."""
    return _RDF_FORMATS[name], _MEDIA[name]
