"""Names a reader understands, in the reader's language: events by kind, participants, place and
date; articles by headline, outlet and date; entities by their label in that language.

The kinds' names and the phrases that join them are data (``event_labels.json``, beside this
module); dates are written by babel in each language's locale. A language has labels when the
file names it; English is the default, and a name missing in a language falls back to English.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from babel.dates import format_skeleton

from kgraph.views.data import ArticleView, EntityView, EventView, ViewData
from kgraph.views.text import body_start

__all__ = ["DEFAULT_LANG", "Phrases", "phrases", "reader_languages", "format_date", "entity_label", "event_label",
           "article_label", "lead", "Labels", "display_labels", "WHO_MAX"]

DEFAULT_LANG = "en"
WHO_MAX = 2  # participants named in an event's label; the others are counted
SEP = " · "
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_FIRST_ROLES = {"of": ("affected", "agent"), "by": ("agent", "affected")}


@dataclass(frozen=True)
class Phrases:
    """The file's content: per language its phrases, per kind its names and which participants come first."""

    languages: dict[str, dict[str, str]]
    kinds: dict[str, dict[str, str]]


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    raw = json.loads(resources.files("kgraph.views").joinpath("event_labels.json").read_text(encoding="utf-8"))
    return Phrases(raw["languages"], raw["kinds"])


def reader_languages() -> list[str]:
    """The languages labels exist for, English first."""
    return [DEFAULT_LANG] + sorted(lang for lang in phrases().languages if lang != DEFAULT_LANG)


_DATE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=8192)
def format_date(value: str, lang: str = DEFAULT_LANG) -> str:
    """An ``xsd:date`` / ``gYearMonth`` / ``gYear`` / ``dateTime`` value as the language writes it ("7 Jan 2022")."""
    m = _DATE.match(value or "")
    if not m:
        return value or ""
    locale = _language(lang)["locale"]
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if month and day:
            return format_skeleton("yMMMd", dt.date(year, month, day), locale=locale)
        if month:
            return format_skeleton("yMMM", dt.date(year, month, 1), locale=locale)
    except ValueError:
        return value
    return str(year)


def _language(lang: str) -> dict[str, str]:
    languages = phrases().languages
    return languages.get(lang) or languages[DEFAULT_LANG]


def entity_label(entity: EntityView, lang: str = DEFAULT_LANG) -> str:
    """The entity's label in ``lang``, else its display label (English first)."""
    return entity.labels.get(lang) or entity.label


def kind_name(kind: str, lang: str = DEFAULT_LANG) -> str:
    names = phrases().kinds.get(kind or "Event")
    if names is None:  # a kind the file does not know: its local name, split at capitals
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).capitalize()
    return names.get(lang) or names[DEFAULT_LANG]


def _main_participants(event: EventView, kind: str) -> list[str]:
    first = _FIRST_ROLES.get(phrases().kinds.get(kind or "Event", {}).get("who", "by"), ("agent", "affected"))
    order = {role: i for i, role in enumerate(first)}
    ranked = sorted(event.participants, key=lambda rp: (order.get(rp[0], len(order)), rp[1]))
    return list(dict.fromkeys(iri for _, iri in ranked))


def event_label(event: EventView, data: ViewData, lang: str = DEFAULT_LANG) -> str:
    """"Detention of A and B · Place · 7 Jan 2022": the kind, main participants, place and date in ``lang``."""
    words = _language(lang)
    name = kind_name(event.kind, lang)
    who = [entity_label(data.entities[iri], lang) for iri in _main_participants(event, event.kind)
           if iri in data.entities]
    head = name
    if who:
        named = words["and"].join(who[:WHO_MAX])
        if len(who) > WHO_MAX:
            named = words["others"].format(who=", ".join(who[:WHO_MAX]), n=len(who) - WHO_MAX)
        role = phrases().kinds.get(event.kind or "Event", {}).get("who", "by")
        head = words.get(role, words["by"]).format(kind=name, who=named)
    parts = [head]
    if event.places and event.places[0] in data.entities:
        parts.append(entity_label(data.entities[event.places[0]], lang))
    if event.date:
        parts.append(format_date(event.date, lang))
    return SEP.join(parts)


def outlet_name(article: ArticleView, data: ViewData, lang: str = DEFAULT_LANG) -> str:
    publisher = data.entities.get(article.publisher) if article.publisher else None
    return entity_label(publisher, lang) if publisher else ""


LEAD_MAX = 60  # characters of an article's opening that stand for a missing headline


def lead(article: ArticleView) -> str:
    """The opening of an article's body (after the crawl marker): its first sentence, cut at a word near
    ``LEAD_MAX`` characters; "" for an empty text."""
    body = " ".join(article.text[body_start(article):body_start(article) + 4 * LEAD_MAX].split())
    end = _SENTENCE_END.search(body)
    first = body[:end.start() + 1] if end else body
    if len(first) <= LEAD_MAX:
        return first
    cut = first.rfind(" ", 0, LEAD_MAX)
    return first[:cut if cut > LEAD_MAX // 2 else LEAD_MAX].rstrip(" ,;:–-") + "…"


def article_label(article: ArticleView, data: ViewData, lang: str = DEFAULT_LANG) -> str:
    """"Headline · Outlet · 7 Jan 2022"; the article's opening words stand for a missing headline (the file
    name for an empty text)."""
    parts = [article.headline or lead(article) or article.id, outlet_name(article, data, lang),
             format_date(article.date, lang)]
    return SEP.join(p for p in parts if p)


@dataclass
class Labels:
    """Every node's label per reader language: ``of[iri][lang]``; ``default`` is the English one."""

    languages: list[str]
    of: dict[str, dict[str, str]]

    def default(self, iri: str) -> str:
        return self.of[iri][DEFAULT_LANG] if iri in self.of else iri

    def others(self, iri: str) -> dict[str, str]:
        """The labels in the other languages that differ from the default (what a language switch changes)."""
        found = self.of.get(iri, {})
        base = found.get(DEFAULT_LANG)
        return {lang: text for lang, text in found.items() if lang != DEFAULT_LANG and text != base}


def display_labels(data: ViewData) -> Labels:
    """Labels of every entity, event and article in every reader language."""
    languages = reader_languages()
    events = {event.iri: event for event in data.events}
    of: dict[str, dict[str, str]] = {}
    for iri, entity in data.entities.items():
        event = events.get(iri)
        of[iri] = {lang: event_label(event, data, lang) if event else entity_label(entity, lang) for lang in languages}
    for iri, event in events.items():
        if iri not in of:
            of[iri] = {lang: event_label(event, data, lang) for lang in languages}
    for iri, article in data.articles.items():
        of[iri] = {lang: article_label(article, data, lang) for lang in languages}
    return Labels(languages, of)
