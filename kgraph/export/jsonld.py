"""graph.jsonld with a compact @context built from the project's prefixes (rdflib's JSON-LD serializer).

pyoxigraph writes expanded JSON-LD (full IRIs, no @context); this writes the same quads, one
named graph per article, compacted with ``schema:``, ``nif:``… and sorted for stable output.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import rdflib
from pyoxigraph import Quad, RdfFormat, serialize

from kgraph.export.atomic import write_atomic
from kgraph.rdf.namespaces import PREFIXES

__all__ = ["jsonld_document", "write_jsonld", "CONTEXT"]

CONTEXT: dict[str, str] = dict(sorted(PREFIXES.items()))


def _sorted(value: Any) -> Any:
    """Lists of nodes ordered by @id (then by their JSON), recursively, for deterministic files."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: (str(v.get("@id", "")) if isinstance(v, dict) else "",
                                            json.dumps(v, sort_keys=True, ensure_ascii=False)))
    return value


def jsonld_document(quads: Iterable[Quad]) -> dict[str, Any]:
    """The quads as a compacted JSON-LD document with ``@context``."""
    ordered = sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))
    dataset = rdflib.Dataset()
    dataset.parse(data=serialize(ordered, None, RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    text = dataset.serialize(format="json-ld", context=CONTEXT, auto_compact=True)
    document = json.loads(text)
    if isinstance(document, list):
        document = {"@context": CONTEXT, "@graph": document}
    document["@context"] = CONTEXT
    return _sorted(document)


def write_jsonld(quads: Iterable[Quad], path: Path) -> None:
    document = jsonld_document(quads)
    payload = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1)
    write_atomic(path, lambda out: out.write(payload.encode("utf-8")))
