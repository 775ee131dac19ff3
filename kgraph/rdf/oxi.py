"""Typed narrowing of pyoxigraph's union-typed results, in one place.

pyoxigraph's ``serialize`` returns ``bytes | None``, ``Store.query`` a union of three result kinds
and a triple's terms may be quoted triples (RDF-star); kgraph never writes RDF-star, so the
helpers below state what kgraph relies on and fail loudly (a bug) when it does not hold.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples,
                        RdfFormat, Triple, serialize)

__all__ = ["to_bytes", "term_value", "solutions", "triples", "resource", "results_bytes"]


def to_bytes(items: Iterable[Any], rdf_format: RdfFormat, **options: Any) -> bytes:
    """``serialize`` into memory: the document's bytes."""
    payload = serialize(items, None, rdf_format, **options)
    if payload is None:  # only when an output is given
        raise AssertionError("pyoxigraph.serialize returned nothing without an output")
    return payload


def term_value(term: NamedNode | BlankNode | Literal | Triple) -> str:
    """The lexical value of a term (kgraph's graphs hold no quoted triples)."""
    if isinstance(term, Triple):
        raise TypeError(f"a quoted triple where a term was expected: {term}")
    return term.value


def resource(term: NamedNode | BlankNode | Triple) -> NamedNode | BlankNode:
    """A subject that is an IRI or blank node (never a quoted triple in kgraph's graphs)."""
    if isinstance(term, Triple):
        raise TypeError(f"a quoted triple where a resource was expected: {term}")
    return term


def solutions(result: QuerySolutions | QueryBoolean | QueryTriples) -> QuerySolutions:
    """The rows of a SELECT query's result."""
    if not isinstance(result, QuerySolutions):
        raise TypeError(f"a SELECT query was expected, got a {type(result).__name__}")
    return result


def triples(result: QuerySolutions | QueryBoolean | QueryTriples) -> QueryTriples:
    """The triples of a CONSTRUCT or DESCRIBE query's result."""
    if not isinstance(result, QueryTriples):
        raise TypeError(f"a CONSTRUCT or DESCRIBE query was expected, got a {type(result).__name__}")
    return result


def results_bytes(result: QuerySolutions | QueryBoolean, results_format: QueryResultsFormat) -> bytes:
    """A SELECT or ASK result written in memory in a SPARQL results format."""
    payload = result.serialize(format=results_format)
    if payload is None:
        raise AssertionError("pyoxigraph returned nothing without an output")
    return payload
