"""Minting IRIs: stable, percent-encoded, injection-safe (RFC 3987 ipchar subset)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode

from kgraph.rdf.namespaces import DEFAULT_BASE_IRI

__all__ = ["Iris", "safe_segment"]


@lru_cache(maxsize=1 << 16)
def safe_segment(text: str) -> str:
    """One path segment: every character outside unreserved ASCII percent-encoded."""
    return quote(text, safe="-._~")


@dataclass(frozen=True)
class Iris:
    """Where each kind of resource of one dataset lives, under ``base``."""

    base: str = DEFAULT_BASE_IRI

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")
        NamedNode(self.base)  # raises ValueError on a malformed base IRI

    def article(self, article_id: str) -> NamedNode:
        return NamedNode(f"{self.base}article/{safe_segment(article_id)}")

    def context(self, article_id: str, length: int) -> NamedNode:
        return self.string(article_id, 0, length)

    def string(self, article_id: str, begin: int, end: int) -> NamedNode:
        """An NIF string: RFC 5147 ``#char=begin,end`` on the article's text resource."""
        return NamedNode(f"{self.base}text/{safe_segment(article_id)}#char={begin},{end}")

    def graph(self, article_id: str) -> NamedNode:
        """The named graph holding what one article states."""
        return NamedNode(f"{self.base}graph/{safe_segment(article_id)}")

    def entity(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}entity/{'/'.join(safe_segment(p) for p in key.split('/'))}")

    def fact(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}fact/{'/'.join(safe_segment(p) for p in key.split('/'))}")
