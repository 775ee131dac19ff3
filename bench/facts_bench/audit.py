"""A precision audit: facts drawn at random (seeded) from a build, each with its evidence sentence.

A fact is a node of the graph with ``kg:evidence``: an event, a position, a reified relation, a
claim. Each is described by its types and its links (entity labels, dates, triggers) and printed
beside the sentences it was read from, for a person to judge right or wrong.
"""
from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["AuditFact", "draw_facts", "write_audit"]

EVIDENCE = "SELECT ?fact ?evidence WHERE { ?fact kg:evidence ?evidence }"
CONTEXTS = "SELECT ?ctx ?text ?id WHERE { ?ctx a nif:Context ; nif:isString ?text ; nif:sourceUrl ?a . ?a schema:identifier ?id }"
OUTGOING = "SELECT ?p ?o WHERE {{ <{fact}> ?p ?o }}"
INCOMING = "SELECT ?s ?p WHERE {{ ?s ?p <{fact}> }}"
LABEL = "SELECT ?label (LANG(?label) AS ?lang) WHERE {{ <{node}> rdfs:label ?label }}"
SKIPPED = ("kg:evidence", "prov:wasDerivedFrom", "rdfs:label", "kg:about")
CHARS = re.compile(r"^(?P<base>[^#]+)#char=(?P<begin>\d+),(?P<end>\d+)$")
PREFIXES = {"https://w3id.org/kgraph/ontology#": "kg:", "https://schema.org/": "schema:",
            "http://www.w3.org/ns/prov#": "prov:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:"}


@dataclass(frozen=True)
class AuditFact:
    """One drawn fact: its IRI, what the graph says of it, and its evidence (article id, sentence)."""

    iri: str
    statement: str
    evidence: tuple[tuple[str, str], ...]


def _short(iri: str) -> str:
    for long, short in PREFIXES.items():
        if iri.startswith(long):
            return short + iri[len(long):]
    return iri


def _value(kg, node: str) -> str:
    """An entity's label, a literal's text, a vocabulary term's short name."""
    if not node.startswith("http"):
        return node
    rows = kg.query(LABEL.format(node=node))
    if not rows:
        return _short(node)
    return str(min(rows, key=lambda r: (r["lang"] != "en", str(r["lang"]), str(r["label"])))["label"])


def _statement(kg, fact: str) -> str:
    parts = []
    for row in kg.query(OUTGOING.format(fact=fact)):
        p = _short(row["p"])
        if p not in SKIPPED:
            parts.append(f"{p}={_value(kg, row['o'])}")
    for row in kg.query(INCOMING.format(fact=fact)):
        p = _short(row["p"])
        if p not in SKIPPED and not p.startswith("kg:about"):
            parts.append(f"{_value(kg, row['s'])} {p}")
    return "; ".join(sorted(parts))


def _texts(kg) -> dict[str, tuple[str, str]]:
    """Text IRI (without the fragment) -> (article id, the article's text)."""
    return {row["ctx"].split("#")[0]: (row["id"], row["text"]) for row in kg.query(CONTEXTS)}


def draw_facts(kg, n: int, seed: int = 0) -> list[AuditFact]:
    """``n`` facts of the built graph ``kg`` drawn at random with ``seed`` (all of them when fewer)."""
    evidence: dict[str, list[str]] = defaultdict(list)
    for row in kg.query(EVIDENCE):
        evidence[row["fact"]].append(row["evidence"])
    facts = sorted(evidence)
    drawn = random.Random(seed).sample(facts, min(n, len(facts)))
    texts = _texts(kg)
    out = []
    for fact in drawn:
        sentences = []
        for iri in sorted(evidence[fact]):
            match = CHARS.match(iri)
            if match and match["base"] in texts:
                article, text = texts[match["base"]]
                sentences.append((article, text[int(match["begin"]):int(match["end"])]))
        out.append(AuditFact(fact, _statement(kg, fact), tuple(sentences)))
    return out


def write_audit(facts: list[AuditFact], path: Path, names: dict[str, str]) -> None:
    """The drawn facts as a Markdown list, a verdict to fill in for each; ``names``: article id -> path."""
    lines = ["# Precision audit: mark each fact right or wrong against its sentence", ""]
    for number, fact in enumerate(facts, 1):
        lines.append(f"## {number}. {fact.iri}")
        lines.append(f"- graph: {fact.statement}")
        for article, sentence in fact.evidence:
            lines.append(f"- evidence ({names.get(article, article)}): {' '.join(sentence.split())}")
        lines += ["- verdict: ", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
