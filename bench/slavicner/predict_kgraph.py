"""kgraph's side: the documents written as a corpus folder, built with ``kgraph.build``, and the
predictions read back from the graph with SPARQL (NIF phrases, their entities' types and labels).

The views and exports are written too (the API has no switch to skip them); the extraction stage
is timed on its own from the build's progress reports.
"""
from __future__ import annotations

import json
import resource
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .model import Document, Predicted

KINDS = ("PER", "ORG", "LOC", "EVT", "PRO")  # in this order of preference when an entity has two types

PHRASES = """
SELECT ?id ?begin ?end ?anchor ?entity ?lemma WHERE {
  ?m a nif:Phrase ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor ;
     nif:referenceContext ?ctx ; itsrdf:taIdentRef ?entity .
  ?ctx nif:sourceUrl ?article . ?article schema:identifier ?id .
  OPTIONAL { ?m nif:lemma ?lemma }
}"""
CONTEXTS = """
SELECT ?id ?text ?lang WHERE {
  ?ctx a nif:Context ; nif:isString ?text ; nif:sourceUrl ?article .
  ?article schema:identifier ?id . OPTIONAL { ?article schema:inLanguage ?lang }
}"""
TYPES = """
SELECT DISTINCT ?entity ?kind WHERE {
  VALUES (?type ?kind) { (schema:Person "PER") (schema:Organization "ORG") (schema:Place "LOC") (schema:Event "EVT") (schema:Product "PRO") }
  ?p itsrdf:taIdentRef ?entity . ?entity a ?type }"""
LABELS = """
SELECT DISTINCT ?entity ?label (LANG(?label) AS ?lang) WHERE {
  ?p itsrdf:taIdentRef ?entity . ?entity rdfs:label ?label }"""
VARIANTS = """
SELECT DISTINCT ?entity ?label (LANG(?label) AS ?lang) WHERE {
  ?p itsrdf:taIdentRef ?entity . ?entity skos:altLabel ?label }"""


@dataclass
class KgraphRun:
    """The predictions per document path, and what the build took."""

    predictions: dict[str, list[Predicted]]
    seconds: float  # the whole kgraph.build
    extract_seconds: float  # from the start to the last article extracted
    detected: dict[str, str | None]  # document path -> the language kgraph gave it
    cpu_seconds: float = 0.0  # its CPU time, this process's threads and its finished children
    shifted: list[str] = field(default_factory=list)  # documents whose graph text is offset from the file
    unmatched: list[str] = field(default_factory=list)  # documents whose graph text is not the file's
    missing: list[str] = field(default_factory=list)  # documents kgraph did not build
    problems: list[str] = field(default_factory=list)


def write_corpus(documents: list[Document], folder: Path) -> dict[str, str]:
    """One ``dNNNNN.txt`` per document (no name hints at its language); the map name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {}
    for i, doc in enumerate(documents):
        name = f"d{i:05d}"
        (folder / f"{name}.txt").write_bytes(doc.text.encode("utf-8"))
        names[name] = doc.path
    (folder.parent / f"{folder.name}-map.json").write_text(json.dumps(names, indent=1), encoding="utf-8")
    return names


def build_and_read(documents: list[Document], work: Path, *, jobs: int = 1) -> KgraphRun:
    """Build ``documents`` with kgraph in ``work`` and read its predictions back."""
    import kgraph

    names = write_corpus(documents, work / "corpus")
    last_extract = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "extract":
            last_extract[0] = time.perf_counter()

    cpu = _cpu_seconds()
    start = time.perf_counter()
    kg = kgraph.build(work / "corpus", work / "out", jobs=jobs, incremental=False, progress=progress)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu
    run = _read(kg, names, {d.path: d for d in documents})
    run.seconds, run.extract_seconds, run.cpu_seconds = seconds, max(last_extract[0] - start, 0.0) or seconds, cpu
    run.problems = [str(p) for p in kg.report.problems]
    return run


def _cpu_seconds() -> float:
    """User and system CPU time of this process and of its children that have ended (--jobs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _read(kg, names: dict[str, str], documents: dict[str, Document]) -> KgraphRun:
    shifts, detected, shifted, unmatched = {}, {}, [], []
    for row in kg.query(CONTEXTS):
        path = names.get(row["id"])
        if path is None:
            continue
        detected[path] = row["lang"]
        shift = _shift(row["text"], documents[path].text)
        if shift is None:
            unmatched.append(path)
        else:
            shifts[path] = shift
            if shift:
                shifted.append(path)
    types: dict[str, set[str]] = defaultdict(set)
    for row in kg.query(TYPES):
        types[row["entity"]].add(row["kind"])
    kinds = {entity: min(found, key=KINDS.index) for entity, found in types.items()}
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in kg.query(LABELS):
        labels[row["entity"], (row["lang"] or "").lower()].add(row["label"])
    variants: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in kg.query(VARIANTS):
        variants[row["entity"], (row["lang"] or "").lower()].add(row["label"])
    predictions: dict[str, list[Predicted]] = defaultdict(list)
    for row in kg.query(PHRASES):
        path = names.get(row["id"])
        if path not in shifts:
            continue
        doc, shift = documents[path], shifts[path]
        entity = row["entity"]
        predictions[path].append(Predicted(int(row["begin"]) + shift, int(row["end"]) + shift, row["anchor"],
                                           kinds.get(entity), entity, frozenset(labels[entity, doc.lang]),
                                           row["lemma"], frozenset(variants[entity, doc.lang])))
    missing = sorted(set(documents) - set(detected))
    return KgraphRun(dict(predictions), 0.0, 0.0, detected, shifted, unmatched, missing)


def _shift(graph_text: str, file_text: str) -> int | None:
    """What to add to the graph's offsets to land on the file's text (None: no simple mapping)."""
    if graph_text == file_text:
        return 0
    if (at := file_text.find(graph_text)) >= 0:
        return at
    return None
