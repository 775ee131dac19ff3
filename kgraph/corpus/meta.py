"""An article's metadata from a crawler's record: news-please's and trafilatura's field names.

news-please writes ``url``, ``title``, ``date_publish``, ``date_modify``, ``source_domain``,
``language``, ``authors``, ``description`` and the text as ``maintext``; trafilatura's JSON
writes ``text``, ``title``, ``date``, ``sitename`` (``source-hostname``), ``url`` (``source``),
``author`` ("A; B"), ``hostname``, ``excerpt``. Unknown fields are ignored, wrong types too:
metadata never stops an article from being read.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from kgraph.dates import parse_value
from kgraph.model import ArticleMeta

__all__ = ["RecordMeta", "TEXT_FIELDS", "meta_of_record", "text_of_record", "language_code",
           "domain_of", "merge_meta"]

TEXT_FIELDS = ("maintext", "text")
_FIELDS: dict[str, tuple[str, ...]] = {  # ArticleMeta field -> record keys, first found wins
    "url": ("url", "source"),
    "headline": ("title", "headline"),
    "published": ("date_publish", "date", "datePublished", "date_published"),
    "modified": ("date_modify", "dateModified", "date_modified"),
    "publisher": ("sitename", "source-hostname", "publisher"),
    "domain": ("source_domain", "hostname"),
    "authors": ("authors", "author"),
    "description": ("description", "excerpt"),
    "language": ("language", "lang", "inLanguage"),
}
_LANG = re.compile(r"\A([a-z]{2,3})(?:[-_][a-z0-9]+)*\Z")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")


@dataclass(frozen=True)
class RecordMeta:
    """The metadata of a record and the fields it gave that could not be used (for a warning)."""

    meta: ArticleMeta
    bad_dates: tuple[str, ...] = ()


def _string(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    return next((record[k] for k in keys if record.get(k) not in (None, "", [])), None)


def language_code(value: str) -> str:
    """``en-US`` → ``en``; "" for anything that is not a language tag."""
    m = _LANG.match(value.strip().lower())
    return m[1] if m else ""


def domain_of(url: str) -> str:
    """The host of a URL without ``www.``; "" for no URL."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _authors(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else _AUTHOR_SPLIT.split(value) if isinstance(value, str) else []
    return tuple(dict.fromkeys(a for a in (_string(x) for x in items) if a))


def _date(value: Any, bad: list[str]) -> dt.date | None:
    if value is None:
        return None
    found = parse_value(value) if isinstance(value, str) else None
    if found is None or found[1] != "day":
        bad.append(str(value)[:60])
        return None
    return found[0]


def meta_of_record(record: Mapping[str, Any]) -> RecordMeta:
    """The ``ArticleMeta`` of one crawler record (a JSON object)."""
    bad: list[str] = []
    got = {name: _first(record, keys) for name, keys in _FIELDS.items()}
    url = _string(got["url"])
    domain = _string(got["domain"]) or domain_of(url)
    meta = ArticleMeta(
        url=url, headline=_string(got["headline"]),
        published=_date(got["published"], bad), modified=_date(got["modified"], bad),
        publisher=_string(got["publisher"]) or domain, domain=domain,
        authors=_authors(got["authors"]), description=_string(got["description"]),
        language=language_code(got["language"]) if isinstance(got["language"], str) else "",
    )
    return RecordMeta(meta, tuple(bad))


def text_of_record(record: Mapping[str, Any]) -> str | None:
    """The article text of a record (``maintext``, else ``text``), exactly as given; None if absent."""
    value = _first(record, TEXT_FIELDS)
    return value if isinstance(value, str) else None


def merge_meta(primary: ArticleMeta, fallback: ArticleMeta) -> ArticleMeta:
    """``primary``'s fields, each empty one taken from ``fallback``."""
    return replace(primary, **{name: getattr(fallback, name) for name in primary.__dataclass_fields__
                               if not getattr(primary, name) and getattr(fallback, name)})
