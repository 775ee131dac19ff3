"""graph.jsonld: the quads as compact JSON-LD with an ``@context`` of the project's prefixes.

Written directly from the quads (no rdflib round trip): one ``{"@id": graph, "@graph": [...]}``
per named graph, nodes grouped by subject, IRIs compacted to ``schema:``, ``nif:``… where the
IRI's namespace (up to its last ``#``, ``/`` or ``:``) is a declared prefix, ``rdf:type`` as
``@type``, literals with ``@language`` / ``@type``, and every list sorted for a stable file. The
shape is the one rdflib's compacting serializer gives (``auto_compact=True``), which this module
used before; the bytes are the same.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from kgraph.atomic import write_if_changed, write_stream_if_changed
from kgraph.output import FileOutput, GraphFiles, GraphPiece, OutputJob
from kgraph.rdf.namespaces import PREFIXES

__all__ = ["jsonld_document", "jsonld_bytes", "write_jsonld", "jsonld_graph_chunk", "jsonld_from_chunks",
           "jsonld_sort_key", "jsonld_head_tail", "CONTEXT", "JSONLD_FILE", "JSONLD_PIECE", "write_jsonld_files", "JSONLD"]

CONTEXT: dict[str, str] = dict(sorted(PREFIXES.items()))
_PREFIX_OF = {ns: prefix for prefix, ns in CONTEXT.items()}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_NATIVE: dict[str, Callable[[str], Any]] = {_XSD + "integer": int, _XSD + "double": float,
                                           _XSD + "boolean": lambda v: v in ("true", "1")}


def _split(iri: str) -> tuple[str, str]:
    for delim in ("#", "/", ":"):
        at = iri.rfind(delim)
        if at > -1:
            return iri[: at + 1], iri[at + 1:]
    return iri, ""


def _compact(iri: str, cache: dict[str, str]) -> str:
    """``prefix:name`` where the IRI's namespace is a declared prefix, else the IRI."""
    found = cache.get(iri)
    if found is None:
        ns, name = _split(iri)
        prefix = _PREFIX_OF.get(ns)
        found = cache[iri] = f"{prefix}:{name}" if prefix else iri
    return found


def _symbol(iri: str, cache: dict[str, str]) -> str:
    """A class or datatype IRI: a prefix's own IRI is the prefix's term name."""
    return _PREFIX_OF.get(iri) or _compact(iri, cache)


def _node_id(term: NamedNode | BlankNode, cache: dict[str, str]) -> str:
    return _compact(term.value, cache) if isinstance(term, NamedNode) else f"_:{term.value}"


def _literal(lit: Literal, cache: dict[str, str]) -> Any:
    if lit.language:
        return {"@language": lit.language, "@value": lit.value}
    datatype = lit.datatype.value
    if datatype == _XSD_STRING:
        return lit.value
    native = _NATIVE.get(datatype)
    if native is not None:
        try:
            return native(lit.value)
        except ValueError:
            pass
    return {"@type": _symbol(datatype, cache), "@value": lit.value}


def _add(node: dict[str, Any], key: str, value: Any) -> None:
    """Append a value to a key: one value stays scalar, more make a list (as rdflib does)."""
    current = node.get(key)
    if current:
        if isinstance(current, list):
            current.append(value)
        else:
            node[key] = [current, value]
    else:
        node[key] = value


def _graph_nodes(triples: Iterable[tuple[Any, Any, Any]], cache: dict[str, str]) -> list[dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o in triples:
        node_id = _node_id(s, cache)
        node = nodes.get(node_id)
        if node is None:
            node = nodes[node_id] = {"@id": node_id}
        if p.value == _RDF_TYPE:
            key = "@type"
            value: Any = _symbol(o.value, cache) if isinstance(o, NamedNode) else (
                _literal(o, cache) if isinstance(o, Literal) else {"@id": _node_id(o, cache)})
        else:
            key = _compact(p.value, cache)
            value = _literal(o, cache) if isinstance(o, Literal) else {"@id": _node_id(o, cache)}
        _add(node, key, value)
    return list(nodes.values())


def _key(value: Any) -> tuple[str, str]:
    return (str(value.get("@id", "")) if isinstance(value, dict) else "",
            json.dumps(value, sort_keys=True, ensure_ascii=False))


def _sorted(value: Any) -> Any:
    """Lists of nodes ordered by @id (then by their JSON), recursively, for deterministic files."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        if all(isinstance(v, str) for v in items):
            return sorted(items, key=_STRING)  # what json.dumps(v, ensure_ascii=False) writes of a string
        ids = [str(v.get("@id", "")) if isinstance(v, dict) else "" for v in items]
        if len(set(ids)) == len(ids):  # distinct ids decide alone: no need to write each item's JSON
            return [v for _, v in sorted(zip(ids, items), key=lambda pair: pair[0])]
        return sorted(items, key=_key)
    return value


def jsonld_document(quads: Iterable[Quad]) -> dict[str, Any]:
    """The quads as a compacted JSON-LD document with ``@context``."""
    default: set[tuple[Any, Any, Any]] = set()
    named: dict[str, set[tuple[Any, Any, Any]]] = {}
    for q in quads:
        graph = q.graph_name
        target = default if isinstance(graph, DefaultGraph) else named.setdefault(graph.value, set())
        target.add((q.subject, q.predicate, q.object))
    cache: dict[str, str] = {}
    objs: list[dict[str, Any]] = []
    default_nodes = _graph_nodes(default, cache)
    if len(default_nodes) == 1:
        objs.append(default_nodes[0])
    elif default_nodes:
        objs.append({"@graph": default_nodes})
    for name, triples in named.items():
        nodes = _graph_nodes(triples, cache)
        if nodes:
            objs.append({"@id": _compact(name, cache), "@graph": nodes})
    document: dict[str, Any] = dict(objs[0]) if len(objs) == 1 else {"@graph": objs}
    document["@context"] = CONTEXT
    return _sorted(document)


_STRING = json.encoder.encode_basestring  # (the C one where there is one) what ensure_ascii=False writes


def _pretty(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)``, character for character,
    for the values a document holds (dicts with string keys, lists, strings, numbers, booleans,
    None) — the json module's indented writer is pure Python and several times slower."""
    if isinstance(value, str):
        return _STRING(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        items = (f"{_STRING(k)}: {_pretty(value[k], level + 1)}" for k in sorted(value))
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return "[" + inner + ("," + inner).join(_pretty(v, level + 1) for v in value) + "\n" + " " * level + "]"
    return json.dumps(value)  # numbers, booleans, None


def jsonld_bytes(quads: Iterable[Quad]) -> bytes:
    """graph.jsonld's content."""
    return _pretty(jsonld_document(quads)).encode("utf-8")


def write_jsonld(quads: Iterable[Quad], path: Path) -> bool:
    """Write graph.jsonld unless it already holds exactly this; True if written."""
    return write_if_changed(path, jsonld_bytes(quads))


def jsonld_graph_chunk(name: str, quads: Iterable[Quad]) -> tuple[str, bytes]:
    """One named graph's object as it stands inside graph.jsonld's ``@graph`` list: (sort key, text).

    :func:`jsonld_from_chunks` joins them into the very bytes :func:`jsonld_bytes` gives for a
    dataset of two or more non-empty named graphs and no default graph.
    """
    return _chunk(name, {(q.subject, q.predicate, q.object) for q in quads})


def _chunk(name: str, triples: Iterable[tuple[Any, Any, Any]]) -> tuple[str, bytes]:
    """:func:`jsonld_graph_chunk` of a graph's distinct triples."""
    cache: dict[str, str] = {}
    obj = _sorted({"@id": _compact(name, cache), "@graph": _graph_nodes(triples, cache)})
    text = _pretty({"@graph": [obj]})
    return obj["@id"], text[len(_LIST_OPEN):-len(_LIST_CLOSE)].encode("utf-8")


_LIST_OPEN, _LIST_CLOSE = '{\n "@graph": [\n', '\n ]\n}'


def jsonld_sort_key(name: str) -> str:
    """Where a named graph's chunk goes in graph.jsonld: ordered by its compacted IRI."""
    return _compact(name, {})


def jsonld_head_tail() -> tuple[bytes, bytes]:
    """What comes before the first chunk (with the ``@context``) and after the last."""
    skeleton = json.dumps({"@context": CONTEXT, "@graph": [0]}, ensure_ascii=False, sort_keys=True, indent=1)
    head, tail = skeleton.split("\n  0\n")
    return (head + "\n").encode("utf-8"), ("\n" + tail).encode("utf-8")


def jsonld_from_chunks(chunks: Iterable[tuple[str, bytes]]) -> bytes:
    """graph.jsonld's content from the chunks of :func:`jsonld_graph_chunk` (two or more)."""
    head, tail = jsonld_head_tail()
    return head + b",\n".join(text for _, text in sorted(chunks, key=lambda c: c[0])) + tail


JSONLD_FILE = "graph.jsonld"
JSONLD_PIECE = GraphPiece("jsonld", lambda view: _chunk(view.name, view.terms)[1],
                          (__name__, "kgraph.rdf.namespaces"))


def write_jsonld_files(files: GraphFiles, path: Path) -> bool:
    """graph.jsonld from the graphs' members of ``@graph`` in a stable order (one graph: serialised
    whole). True if the file changed."""
    if len(files.digests) < 2:
        return write_if_changed(path, jsonld_bytes(files.quads()))
    head, tail = jsonld_head_tail()
    names = sorted(files.digests, key=jsonld_sort_key)

    def pieces() -> Iterable[bytes]:
        yield head
        for i, name in enumerate(names):
            yield (b",\n" if i else b"") + files.read(name, JSONLD_PIECE.ext)
        yield tail
    return write_stream_if_changed(path, pieces())


class _JsonldOutput(FileOutput):
    name = "jsonld"
    files = (JSONLD_FILE,)
    pieces = (JSONLD_PIECE,)

    def write_file(self, job: OutputJob, path: Path) -> bool:
        return write_jsonld_files(job.graphs, path)


JSONLD = _JsonldOutput()
