"""What each input format yields: an article's text with its metadata, or a record it cannot use."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kgraph.model import ArticleMeta

__all__ = ["Piece", "Failure", "Note"]


@dataclass(frozen=True)
class Note:
    """A warning about a piece that was read: a code of kgraph.errors and its fields."""

    code: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Piece:
    """One article as a format gives it, before its language and date are settled."""

    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    record: str = ""  # where in the file: "line 3", "record at byte 1234"; "" for the whole file
    key: str = ""  # what the article id adds to the file's id: "line3"; "" for the whole file
    encoding: str = "utf-8"
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Failure:
    """A record (or a whole file) that gives no article: a code of kgraph.errors and its fields."""

    code: str
    record: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
