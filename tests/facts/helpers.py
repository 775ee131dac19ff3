"""Run the fact extractor on a sentence written for the test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kgraph.facts import extract_facts
from kgraph.mentions import mentions_of
from kgraph.model import Article, EntityRef, RefKind
from kgraph.parse import parse


def run(text: str, lang: str, date: dt.date | None = dt.date(2023, 3, 15)):
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang, date=date)
    parsed = parse(article)
    mentions = mentions_of(parsed)
    facts, events, claims = extract_facts(parsed, mentions)

    def name(ref: EntityRef | None) -> str | None:
        """The text a mention ref points at; any other ref as written ("g:wd:Q142")."""
        if ref is None or ref.kind is not RefKind.MENTION:
            return None if ref is None else str(ref)
        return text[ref.begin:ref.end]

    return facts, events, claims, name


def statement_agents(text: str, lang: str) -> list[str | None]:
    """Who speaks in ``text``: the agents of its Statements, as written."""
    _, events, _, name = run(text, lang)
    return [name(r) for e in events if e.kind == "Statement" for role, r in e.participants if role.name == "AGENT"]
