"""Gold annotations in the format of the gold folder's FORMAT.md: one entity registry, one file per article.

``entities.json`` maps a stable id to ``{"type", "labels", "wikidata"}``; every other ``*.json``
under the folder is one document: ``{"doc", "lang", "mentions", "relations", "events"}``, where
``doc`` names the article's text file, by its name or by a path relative to a corpus folder.
A document that cannot be read is reported (a ``Problem``) and left out; the others are scored.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgraph.errors import KgraphError, make_problem
from kgraph.model import Problem

__all__ = ["GoldEntity", "GoldMention", "GoldRelation", "GoldEvent", "GoldDoc", "Gold", "load_gold", "norm",
           "REGISTRY"]

REGISTRY = "entities.json"


_QUOTES = {"«": "»", "„": "“”", "“": "”", "\"": "\"", "‘": "’", "‚": "‘’", "'": "'"}


def norm(text: str) -> str:
    """A surface form as compared: NFC, runs of white space as one space, trimmed, and out of the
    quotation marks that enclose it whole ('«Orsk Rail»' is 'Orsk Rail': annotators differ on
    whether the marks are the name's)."""
    out = " ".join(unicodedata.normalize("NFC", text).split())
    if len(out) > 2 and out[0] in _QUOTES and out[-1] in _QUOTES[out[0]] and out[1:-1].strip():
        out = out[1:-1].strip()
    return out


@dataclass(frozen=True)
class GoldEntity:
    """One real-world entity of the registry."""

    id: str
    type: str | None  # Person, Organization, Place or Event
    wikidata: str | None  # a Q-id, only where the annotator was sure


@dataclass(frozen=True)
class GoldMention:
    """One distinct surface form of an entity in a document."""

    entity: str
    text: str  # normalised (``norm``)


@dataclass(frozen=True)
class GoldRelation:
    """A fact between two registry entities (``s p o``)."""

    s: str
    p: str
    o: str


@dataclass(frozen=True)
class GoldEvent:
    """Something that happened: its participants, place and date."""

    id: str
    kind: str
    participants: tuple[str, ...]
    place: str | None
    date: str | None  # ISO date (or its prefix); None when the text does not say


@dataclass(frozen=True)
class GoldDoc:
    """The annotations of one article."""

    doc: str  # the text it annotates, as the file names it (a file name or a relative path)
    lang: str
    mentions: tuple[GoldMention, ...]
    relations: tuple[GoldRelation, ...]
    events: tuple[GoldEvent, ...]
    source: Path  # the gold file

    @property
    def stem(self) -> str:
        """The text's file name without extension: the id kgraph gives an article of that name."""
        return Path(self.doc).stem


@dataclass(frozen=True)
class Gold:
    """A gold set: the registry, the documents read, and the files that could not be."""

    entities: dict[str, GoldEntity]
    docs: tuple[GoldDoc, ...]
    problems: tuple[Problem, ...] = ()

    def named(self) -> set[str]:
        """The entities some document names (only facts between them can be found in a graph)."""
        return {m.entity for d in self.docs for m in d.mentions}


class _Malformed(ValueError):
    """A gold file that does not follow FORMAT.md; the message says where."""


class _NotJson(ValueError):
    """A gold file that is not JSON; the message is the parser's."""


def load_gold(folder: Path) -> Gold:
    """The gold set in ``folder``; raises ``KgraphError`` (E500-E502) when the registry is unusable."""
    folder = Path(folder)
    registry = folder / REGISTRY
    if not registry.is_file():
        raise KgraphError("E500", name=folder.name or str(folder), path=str(folder))
    try:
        entities = _entities(_read_json(registry))
    except _NotJson as exc:
        raise KgraphError("E501", name=registry.name, reason=str(exc)) from None
    except _Malformed as exc:
        raise KgraphError("E502", name=registry.name, reason=str(exc)) from None
    docs: list[GoldDoc] = []
    problems: list[Problem] = []
    for path in sorted(p for p in folder.rglob("*.json") if p != registry):
        try:
            docs.append(_doc(_read_json(path), path))
        except _NotJson as exc:
            problems.append(make_problem("E501", path, reason=str(exc)))
        except _Malformed as exc:
            problems.append(make_problem("E502", path, reason=str(exc)))
    return Gold(entities, tuple(docs), tuple(problems))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _NotJson(str(exc)) from exc


def _entities(data: Any) -> dict[str, GoldEntity]:
    if not isinstance(data, dict):
        raise _Malformed("expected an object of entity id -> entity")
    out: dict[str, GoldEntity] = {}
    for key, value in data.items():
        if not isinstance(value, dict):
            raise _Malformed(f"entity {key!r} is not an object")
        out[key] = GoldEntity(key, _opt_str(value, "type"), _opt_str(value, "wikidata"))
    return out


def _doc(data: Any, path: Path) -> GoldDoc:
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str):
        raise _Malformed('expected an object with "doc" (the text file it annotates)')
    mentions = tuple(GoldMention(_str(m, "entity"), norm(_str(m, "text"))) for m in _rows(data, "mentions"))
    relations = tuple(GoldRelation(_str(r, "s"), _str(r, "p"), _str(r, "o")) for r in _rows(data, "relations"))
    events = tuple(_event(e) for e in _rows(data, "events"))
    return GoldDoc(data["doc"], str(data.get("lang", "?")), mentions, relations, events, path)


def _event(row: dict[str, Any]) -> GoldEvent:
    participants = row.get("participants") or []
    if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
        raise _Malformed(f"event {row.get('id')!r}: participants must be a list of entity ids")
    kind = _opt_str(row, "kind") or ""
    return GoldEvent(_opt_str(row, "id") or kind, kind, tuple(participants), _opt_str(row, "place") or None,
                     _opt_str(row, "date") or None)


def _rows(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    rows = data.get(key, [])
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise _Malformed(f'"{key}" must be a list of objects')
    return rows


def _str(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str):
        raise _Malformed(f'a row without a text "{key}": {row}')
    return value


def _opt_str(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if value is not None and not isinstance(value, str):
        raise _Malformed(f'"{key}" must be text or null, not {value!r}')
    return value
