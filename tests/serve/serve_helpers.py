"""Helpers: a small hand-made build folder and a real `kgraph serve` subprocess on a loopback port."""
from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from kgraph.export.trig import write_trig
from kgraph.export.turtle import write_turtle
from kgraph.rdf.namespaces import ITSRDF, NIF, RDF, RDFS, SCHEMA
from kgraph.store import write_store
from kgraph.void import write_void

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = [("Anna Kowalczyk", "Анна Ковальчик"), ("Tomas Brenner", "Томас Бреннер"), ("Lea Marchetti", "Леа Маркетти")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tiny_quads(base: str, articles: int = 3) -> list[Quad]:
    """Articles mentioning invented people, one named graph per article, plus filler triples."""
    quads = []
    for a in range(articles):
        graph = NamedNode(f"{base}graph/art{a}")
        article = NamedNode(f"{base}article/art{a}")
        quads += [Quad(article, RDF.type, SCHEMA.NewsArticle, graph),
                  Quad(article, SCHEMA.identifier, Literal(f"art{a}"), graph)]
        for i, (latin, cyrillic) in enumerate(PEOPLE):
            person = NamedNode(f"{base}entity/Person_p{i}")
            mention = NamedNode(f"{base}text/art{a}#char={i * 20},{i * 20 + len(latin)}")
            quads += [Quad(person, RDF.type, SCHEMA.Person, graph),
                      Quad(person, RDFS.label, Literal(latin, language="en"), graph),
                      Quad(person, RDFS.label, Literal(cyrillic, language="ru"), graph),
                      Quad(article, SCHEMA.mentions, person, graph),
                      Quad(mention, NIF.anchorOf, Literal(latin), graph),
                      Quad(mention, ITSRDF.taIdentRef, person, graph)]
        quads += [Quad(article, SCHEMA.keywords, Literal(f"filler {a} {k}"), graph) for k in range(60)]
    return quads


def make_build(out: Path, base: str, articles: int = 3) -> list[Quad]:
    quads = tiny_quads(base, articles)
    out.mkdir(parents=True, exist_ok=True)
    write_turtle(quads, out / "graph.ttl")
    write_trig(quads, out / "graph.trig")
    write_store(quads, out)
    write_void(quads, out, base)
    (out / "index.html").write_text("<!doctype html><title>views</title>", encoding="utf-8")
    return quads


class Server:
    def __init__(self, out: Path, *args: str, port: int = 0) -> None:
        cmd = [sys.executable, "-m", "kgraph.serve", str(out), "--port", str(port), *args]
        self.process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = self.process.stdout.readline()
        if " at http://" not in line:
            self.stop()
            raise RuntimeError(f"server did not start: {line}{self.process.stdout.read()}")
        self.url = line.split(" at ", 1)[1].split("/ ", 1)[0]
        self.endpoint = f"{self.url}/sparql"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
