"""Linked data: entity (and article, fact…) IRIs under the build's base dereference to their
description, content-negotiated; the dataset's VoID at /.well-known/void."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit


from kgraph.rdf.namespaces import DEFAULT_BASE_IRI, PREFIXES
from kgraph.rdf.oxi import to_bytes
from kgraph.serve.negotiate import GRAPH_TYPES, choose, graph_format
from kgraph.serve.pool import QueryPool
from kgraph.serve.static import resolve_static
from kgraph.serve.work import Answer
from kgraph.views.data import local_name, slug_of
from kgraph.void import VOID, VoidStats, read_void, void_triples

__all__ = ["LinkedData"]

_ROOT_KINDS = ("entity/", "article/", "fact/", "graph/", "text/")


class LinkedData:
    """Maps request paths to IRIs of the build's base, and serves VoID."""

    def __init__(self, out_dir: Path, base_iri: str | None, pool: QueryPool) -> None:
        self.out_dir, self.pool = out_dir, pool
        stats = read_void(out_dir)
        self.base = base_iri or (stats.base_iri if stats else DEFAULT_BASE_IRI)
        if not self.base.endswith(("/", "#")):
            self.base += "/"
        self.prefix = urlsplit(self.base).path or "/"
        self._stats: VoidStats | None = stats if stats and stats.base_iri == self.base else None

    def iri_of(self, path: str) -> str | None:
        """The IRI a request path stands for, when it lies under the base's path."""
        if not path.startswith(self.prefix) or len(path) <= len(self.prefix):
            return None
        rest = path[len(self.prefix):]
        if self.prefix == "/" and not rest.startswith(_ROOT_KINDS):
            return None  # a base at the server's root: leave the views' files alone
        return self.base + rest

    def page_of(self, iri: str) -> str | None:
        """The URL path of the views' HTML page for a resource (an entity or event, an article, whose
        page the article's graph and text share), if the build has one."""
        article = self._article_of(iri)
        if article is not None:
            return self._existing(f"article/{slug_of(article, local_name(article))}.html")
        if not iri.startswith(self.base + "entity/") and not iri.startswith(self.base + "fact/"):
            return None
        rest = iri[len(self.base):].split("/", 1)[1]
        candidates = [f"entity/{slug_of(iri, local_name(iri))}.html"]
        for name in (rest, unquote(rest)):
            candidates += [f"entity/{name}.html", f"entity/{name}/index.html", f"entity/{name}"]
        return next((page for page in map(self._existing, candidates) if page), None)

    def fragments_graph(self, iri: str) -> str | None:
        """For an article's text document (``text/ID``: its strings are ``text/ID#char=b,e``), the
        article's graph, which holds them."""
        if not iri.startswith(self.base + "text/"):
            return None
        return f"{self.base}graph/{iri[len(self.base + 'text/'):]}"

    def _article_of(self, iri: str) -> str | None:
        for kind in ("article/", "graph/", "text/"):
            if iri.startswith(self.base + kind) and "/" not in iri[len(self.base + kind):]:
                return f"{self.base}article/{iri[len(self.base + kind):].split('#')[0]}"
        return None

    def _existing(self, candidate: str) -> str | None:
        return "/" + candidate if resolve_static(self.out_dir, "/" + candidate) is not None else None

    def stats(self) -> VoidStats:
        if self._stats is None:
            self._stats = self.pool.call("void_stats", self.base)  # type: ignore[assignment]
        assert self._stats is not None
        return self._stats

    def void(self, server_url: str, accept: str | None) -> Answer:
        """The VoID description, with this server's endpoint and data dump."""
        fmt = choose(accept, GRAPH_TYPES)
        if fmt is None:
            return Answer(406, "text/plain; charset=utf-8", b"VoID is available as Turtle, N-Triples, JSON-LD, RDF/XML\n")
        dump = f"{server_url}/graph.ttl" if (self.out_dir / "graph.ttl").is_file() else None
        triples = void_triples(self.stats(), endpoint=f"{server_url}/sparql", dump=dump)
        rdf_format, ctype = graph_format(fmt)
        return Answer(200, ctype, to_bytes(triples, rdf_format, prefixes={**PREFIXES, "void": str(VOID)}))
