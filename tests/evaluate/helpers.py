"""Tiny gold sets and graphs written by the tests: Turtle in the shape CONTRACT.md gives a build."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pyoxigraph import RdfFormat, parse

from kgraph.evaluate import GraphIndex
from kgraph.evaluate.graph import index_triples

EX = "http://example.org/"
PREFIXES = f"""@prefix ex: <{EX}> .
@prefix schema: <https://schema.org/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix kg: <https://w3id.org/kgraph/ontology#> .
"""


def article(ident: str, *phrases: tuple[str, str]) -> str:
    """An article ``ident`` with one NIF phrase per (text, entity local name under ex:)."""
    lines = [f'ex:art-{ident} a schema:NewsArticle ; schema:identifier "{ident}" .',
             f"ex:ctx-{ident} a nif:Context ; nif:sourceUrl ex:art-{ident} ."]
    for n, (text, entity) in enumerate(phrases):
        lines.append(f'ex:phr-{ident}-{n} a nif:Phrase ; nif:anchorOf "{text}" ; nif:referenceContext ex:ctx-{ident} ; '
                     f"itsrdf:taIdentRef ex:{entity} .")
        lines.append(f"ex:art-{ident} schema:mentions ex:{entity} .")
    return "\n".join(lines) + "\n"


def turtle(*parts: str) -> str:
    return PREFIXES + "\n".join(parts)


def graph_of(*parts: str) -> GraphIndex:
    """The index of the Turtle made of ``parts`` (prefixes above predeclared)."""
    return index_triples(q.triple for q in parse(turtle(*parts).encode(), format=RdfFormat.TURTLE))


def node(name: str) -> Any:
    from pyoxigraph import NamedNode

    return NamedNode(EX + name)


def write_gold(folder: Path, entities: dict[str, dict[str, Any]] | None, *docs: dict[str, Any]) -> Path:
    """entities.json (unless None) and one DOC.json per document (named after its text) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if entities is not None:
        (folder / "entities.json").write_text(json.dumps(entities, ensure_ascii=False), encoding="utf-8")
    for doc in docs:
        name = Path(doc["doc"]).with_suffix(".json").name
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def doc(name: str, lang: str, mentions: list[tuple[str, str]], relations: list[tuple[str, str, str]] = (),
        events: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """A DOC.json object: mentions as (entity, text), relations as (s, p, o)."""
    return {"doc": name, "lang": lang, "mentions": [{"entity": e, "text": t} for e, t in mentions],
            "relations": [{"s": s, "p": p, "o": o, "evidence": ""} for s, p, o in relations],
            "events": list(events)}
