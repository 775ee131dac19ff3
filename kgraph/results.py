"""SPARQL 1.1 query results: JSON, XML, CSV and TSV, one writer for `kgraph query` and the endpoint.

pyoxigraph serializes whole result sets only (the endpoint must stop at ``max_rows``) and leaves
commas in CSV fields unquoted, so the four W3C formats are written here (https://www.w3.org/TR/sparql11-results-json/, -csv-tsv/,
rdf-sparql-XMLres/).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

__all__ = ["SOLUTION_FORMATS", "write_solutions", "write_boolean"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SOLUTION_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
Row = Sequence[object | None]


def _json_term(term: object) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term: object) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_value(term: object | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (NamedNode, Literal)):
        return term.value
    return str(term)


def _json(variables: list[str], rows: Iterable[Row]) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def _xml(variables: list[str], rows: Iterable[Row]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head>\n<results>")
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                        for v, t in zip(variables, row) if t is not None)
        out.append(f"<result>{cells}</result>")
    out.append("</results>\n</sparql>\n")
    return "\n".join(out).encode("utf-8")


def _csv(variables: list[str], rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_csv_value(t) for t in row])
    return buffer.getvalue().encode("utf-8")


def _tsv(variables: list[str], rows: Iterable[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]  # N-Triples syntax
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}


def write_solutions(fmt: str, variables: list[str], rows: Iterable[Row]) -> bytes:
    """``rows`` (tuples of terms or None, in ``variables`` order) in one of SOLUTION_FORMATS."""
    return _WRITERS[fmt](variables, rows)


def write_boolean(fmt: str, value: bool) -> bytes:
    """An ASK answer; CSV and TSV (which the W3C leaves undefined) get the bare word."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>\n").encode()
    return f"{str(value).lower()}\n".encode()
