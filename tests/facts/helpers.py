"""Run the fact extractor on a sentence written for the test."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kgraph.facts import extract_facts
from kgraph.mentions import mentions_of
from kgraph.model import Article
from kgraph.parse import parse


def run(text: str, lang: str, date: dt.date | None = dt.date(2023, 3, 15)):
    article = Article(id="t", path=Path("t.txt"), text=text, lang=lang, date=date)
    parsed = parse(article)
    mentions = mentions_of(parsed)
    facts, events, claims = extract_facts(parsed, mentions)

    def name(ref: str | None) -> str | None:
        if ref is None or not ref.startswith("m:"):
            return ref
        _, b, e = ref.split(":")
        return text[int(b):int(e)]

    return facts, events, claims, name
