"""What a query worker does with the store: answer SPARQL, describe a resource. Runs in a
worker process (see :mod:`kgraph.serve.pool`), so a runaway query can be killed."""
from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, QueryTriples, Store, Variable

from kgraph.query_errors import explain_query_error
from kgraph.rdf.namespaces import PREFIXES
from kgraph.rdf.oxi import to_bytes
from kgraph.rdf.oxi import triples as graph_triples
from kgraph.results import SOLUTION_FORMATS, write_boolean, write_solutions
from kgraph.serve.negotiate import GRAPH_TYPES, HTML_TYPES, RESULT_TYPES, choose, from_params, graph_format

__all__ = ["Answer", "QueryRequest", "answer_query", "describe", "void_stats"]

TRUNCATED = "X-Kgraph-Truncated"


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class QueryRequest:
    """One SPARQL Protocol query operation, already taken apart by the HTTP handler."""

    query: str
    accept: str | None = None
    format_params: tuple[str, ...] = ()
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_rows: int = 10_000


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def _run(store: Store, request: QueryRequest) -> QuerySolutions | QueryBoolean | QueryTriples:
    dataset: dict = {}  # the store's default graph is the union of the article graphs, as a set
    if request.default_graphs:
        dataset["default_graph"] = [NamedNode(g) for g in request.default_graphs]
    if request.named_graphs:
        dataset["named_graphs"] = [NamedNode(g) for g in request.named_graphs]
    return store.query(request.query, prefixes=PREFIXES, **dataset)


def answer_query(store: Store, request: QueryRequest) -> Answer:
    """Run the query and write its results in the negotiated format, at most ``max_rows`` of them."""
    try:
        result = _run(store, request)
    except SyntaxError as exc:
        return _text(400, explain_query_error(request.query, str(exc)))
    except ValueError as exc:  # e.g. a malformed graph IRI
        return _text(400, str(exc))
    if isinstance(result, QueryTriples):
        return _graph_answer(result, request)
    fmt = from_params(list(request.format_params), graph=False) or choose(request.accept, RESULT_TYPES)
    if fmt is None:
        return _text(406, f"results are available as {', '.join(SOLUTION_FORMATS.values())}")
    ctype = SOLUTION_FORMATS[fmt] + "; charset=utf-8"
    if isinstance(result, QueryBoolean):
        return Answer(200, ctype, write_boolean(fmt, bool(result)))
    names = [v.value for v in result.variables]
    rows = [tuple(row[n] for n in names) for row in itertools.islice(result, request.max_rows + 1)]
    headers = {}
    if len(rows) > request.max_rows:
        rows = rows[:request.max_rows]
        headers[TRUNCATED] = f"results cut at {request.max_rows} rows"
    return Answer(200, ctype, write_solutions(fmt, names, rows), headers)


def _graph_answer(result: QueryTriples, request: QueryRequest) -> Answer:
    fmt = from_params(list(request.format_params), graph=True) or choose(request.accept, GRAPH_TYPES)
    if fmt is None:
        return _text(406, f"graphs are available as {', '.join(GRAPH_TYPES)}")
    triples = list(itertools.islice(result, request.max_rows + 1))
    headers = {}
    if len(triples) > request.max_rows:
        triples = triples[:request.max_rows]
        headers[TRUNCATED] = f"results cut at {request.max_rows} triples"
    rdf_format, ctype = graph_format(fmt)
    return Answer(200, ctype, to_bytes(triples, rdf_format, prefixes=PREFIXES), headers)


DESCRIBE = """CONSTRUCT { ?r ?p ?o . ?s ?q ?r . ?s ?sp ?so }
WHERE { { ?r ?p ?o } UNION { ?s ?q ?r . OPTIONAL { ?s ?sp ?so } } }"""
# a named graph: what it holds (as the Graph Store Protocol's GET would give it)
GRAPH_CONTENT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?r { ?s ?p ?o } }"
# a document whose resources are its fragments (an article's text: text/ID#char=b,e), read in its graph
# (the prefix is written into the query as an escaped literal: a variable only in FILTER cannot be substituted)
FRAGMENTS = """CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?s), {prefix})) }}"""


def describe(store: Store, iri: str, accept: str | None, page: str | None, fragments_in: str | None = None,
             max_triples: int = 10_000) -> Answer:
    """A resource's description: its triples, the facts about it, and those of nodes linking it;
    for a named graph, its content; for a document of fragments (``fragments_in``: the graph that
    holds them), the fragments' triples.

    ``page`` is the path of a ready-made HTML page for it (the views' page), if any.
    """
    fmt = choose(accept, {**GRAPH_TYPES, **HTML_TYPES})
    if fmt is None:
        return _text(406, f"available as {', '.join([*GRAPH_TYPES, 'text/html'])}")
    triples = _description(store, NamedNode(iri), fragments_in, max_triples)
    if not triples:
        return _text(404, f"nothing is known about <{iri}>")
    vary = {"Vary": "Accept"}
    if fmt == "html":
        if page:
            return Answer(303, "text/plain; charset=utf-8", f"see {page}\n".encode(), {**vary, "Location": page})
        return Answer(200, "text/html; charset=utf-8", _html_page(iri, triples), vary)
    rdf_format, ctype = graph_format(fmt)
    return Answer(200, ctype, to_bytes(triples, rdf_format, prefixes=PREFIXES), vary)


def _description(store: Store, node: NamedNode, fragments_in: str | None, limit: int) -> list:
    bound: NamedNode = node
    queries = [(DESCRIBE, Variable("r"), bound), (GRAPH_CONTENT, Variable("r"), bound)]
    if fragments_in:
        queries.append((FRAGMENTS.format(prefix=Literal(node.value + "#")), Variable("g"), NamedNode(fragments_in)))
    for query, variable, value in queries:
        triples = list(itertools.islice(graph_triples(store.query(query, substitutions={variable: value})), limit))
        if triples:
            return triples
    return []


def _html_page(iri: str, triples: list) -> bytes:
    """A plain page listing the description, for resources the views have no page for."""
    rows = "\n".join(f"<tr><td>{html.escape(str(t.subject))}</td><td>{html.escape(str(t.predicate))}</td>"
                     f"<td>{html.escape(str(t.object))}</td></tr>" for t in triples)
    title = html.escape(iri)
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<h1>{title}</h1><table>\n{rows}\n</table></body></html>\n").encode("utf-8")


def void_stats(store: Store, base_iri: str):  # noqa: ANN201 (VoidStats; imported lazily)
    """The VoID figures counted on the store (when the build folder has no void.ttl)."""
    from kgraph.void import stats_of_store

    return stats_of_store(store, base_iri)
