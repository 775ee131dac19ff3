"""Helpers for the whole-build reliability tests: invented articles, builds, and graph readers."""
from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from typer.testing import CliRunner

__all__ = [
    "GOOD", "LEGACY", "Built", "cli_build", "subprocess_build", "load_graph", "article_ids",
    "mention_rows", "context_texts", "recombined_corpus", "ROOT",
]

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = "https://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

# Invented people, places in the real world only; none of them are from corpus/.
GOOD: dict[str, str] = {
    "good_en": "Yesterday Margaret Holloway, the mayor of Leeds, met Daniel Okafor in London. "
               "They discussed the new railway between Leeds and Manchester.\n",
    "good_ru": "Вчера в Москве Ирина Соболевская встретилась с министром Павлом Гришиным. "
               "Они обсудили строительство моста через Волгу.\n",
    "good_pl": "Wczoraj w Krakowie Agnieszka Wróblewska spotkała się z Tomaszem Zielińskim. "
               "Rozmawiali o nowym moście na Wiśle.\n",
}

# name → (encoding, text): articles whose bytes are not plain UTF-8 but whose text is good.
LEGACY: dict[str, tuple[str, str]] = {
    "legacy_cp1251": ("cp1251", "Вчера в Новосибирске Олег Вершинин открыл новую библиотеку. "
                                "Губернатор Светлана Карпова поблагодарила жителей города.\n"),
    "legacy_cp1250": ("cp1250", "W Gdańsku Małgorzata Ścisłowska otworzyła wczoraj nową żółtą "
                                "bibliotekę. Prezydent miasta Łukasz Żółkiewicz podziękował "
                                "mieszkańcom za cierpliwość.\n"),
    "legacy_iso8859_2": ("iso-8859-2", "W Łodzi Bożena Śliwińska zaśpiewała wczoraj w nowej "
                                       "filharmonii. Dyrektor Józef Ząbkowski dziękował "
                                       "słuchaczom za gorące przyjęcie.\n"),
    "legacy_utf16_bom": ("utf-16", "Last week Priya Natarajan opened a bakery in Bristol. "
                                   "The council of Bristol praised the project.\n"),
    "legacy_utf8_bom": ("utf-8-sig", "On Monday Henrik Sørensen arrived in Oslo from Copenhagen. "
                                     "He met the Norwegian minister Ingrid Dahl.\n"),
}


@dataclass
class Built:
    """One CLI build: its exit code, its combined output, and the folder it wrote."""

    exit_code: int
    output: str
    out: Path


def cli_build(corpus: Path, out: Path, *extra: str) -> Built:
    """``kgraph build CORPUS --out OUT`` in this process (pipelines stay loaded between builds)."""
    from kgraph.cli import app

    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(out), "--quiet", *extra])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Built(result.exit_code, result.output, out)


# The CLI, with a marker file touched when the first article's extraction starts.
_MARKED_CLI = """
import sys, pathlib
import kgraph.extract as extraction
marker, real = pathlib.Path(sys.argv.pop(1)), extraction.extract
def extract(parsed):
    marker.touch()
    return real(parsed)
extraction.extract = extract
from kgraph.cli import app
app(prog_name="kgraph")
"""


def subprocess_build(corpus: Path, out: Path, *extra: str, marker: Path | None = None,
                     hash_seed: str = "0") -> subprocess.Popen:
    """``kgraph build`` in a child process (for crashes); ``marker`` is touched once extraction runs."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    head = ["-c", _MARKED_CLI, str(marker)] if marker else ["-m", "kgraph.cli"]
    return subprocess.Popen([sys.executable, *head, "build", str(corpus), "--out", str(out), "--quiet", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# What a build that failed midway must leave whole (test_crash, test_disk_full): the exports, and
# the answers the previous build's store gave.
EXPORTS = ("graph.ttl", "graph.trig", "graph.jsonld", "index.html")
QUERIES = {
    "articles": "SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id } ORDER BY ?id",
    "labels": "SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY ?e ?l",
    "size": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answers(out: Path, queries: dict[str, str] = QUERIES) -> dict[str, list]:
    """The build's answers to ``queries``, its store closed afterwards."""
    import kgraph

    kg = kgraph.open_graph(out)
    try:
        return {name: kg.query(q) for name, q in queries.items()}
    finally:
        del kg


def load_graph(path: Path) -> pyoxigraph.Store:
    """graph.ttl / graph.trig / graph.jsonld, parsed by pyoxigraph into a store."""
    fmt = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".trig": pyoxigraph.RdfFormat.TRIG,
           ".jsonld": pyoxigraph.RdfFormat.JSON_LD}[path.suffix]
    store = pyoxigraph.Store()
    store.bulk_load(path=str(path), format=fmt)
    return store


def _rows(store: pyoxigraph.Store, sparql: str) -> list[tuple]:
    result = store.query(sparql, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [tuple(row[n].value if row[n] is not None else None for n in names) for row in result]


def article_ids(store: pyoxigraph.Store) -> list[str]:
    """The schema:identifier of every schema:NewsArticle, sorted (duplicates kept)."""
    rows = _rows(store, f"SELECT ?a ?id WHERE {{ ?a a <{SCHEMA}NewsArticle> ; <{SCHEMA}identifier> ?id }}")
    return sorted(row[1] for row in rows)


def context_texts(store: pyoxigraph.Store) -> dict[str, str]:
    """Article id → the nif:isString of its context."""
    q = (f"SELECT DISTINCT ?id ?text WHERE {{ ?a <{SCHEMA}identifier> ?id . ?ctx <{NIF}sourceUrl> ?a ; "
         f"<{NIF}isString> ?text }}")
    return dict(_rows(store, q))


def mention_rows(store: pyoxigraph.Store) -> list[tuple[str, str, int, int]]:
    """(article id, anchorOf, begin, end) of every mention (nif:Phrase)."""
    q = (f"SELECT DISTINCT ?id ?anchor ?b ?e WHERE {{ ?m a <{NIF}Phrase> ; <{NIF}anchorOf> ?anchor ; "
         f"<{NIF}beginIndex> ?b ; <{NIF}endIndex> ?e ; <{NIF}referenceContext> ?ctx . "
         f"?ctx <{NIF}sourceUrl> ?a . ?a <{SCHEMA}identifier> ?id }}")
    return [(i, anchor, int(b), int(e)) for i, anchor, b, e in _rows(store, q)]


def recombined_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    """``count`` articles made by recombining sentences of corpus/ (same language per article)."""
    import re

    folder.mkdir(parents=True, exist_ok=True)
    pools: list[list[str]] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
        if sentences:
            pools.append(sentences)
    rng = random.Random(seed)
    for i in range(count):
        pool = pools[i % len(pools)]
        picked = rng.sample(pool, min(len(pool), 6))
        (folder / f"mix_{i:03d}.txt").write_text(" ".join(picked) + "\n", encoding="utf-8")
    return folder
