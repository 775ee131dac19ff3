"""Article pages: the text, sentence by sentence, with every mention linked to its entity."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kgraph.views.data import ArticleView, MentionView, ViewData
from kgraph.views.labels import Labels, format_date, outlet_name
from kgraph.views.text import body_start

__all__ = ["Block", "article_blocks", "article_context"]


@dataclass
class Block:
    """A stretch of text: a sentence (anchor ``s-BEGIN``) or the text between sentences."""

    anchor: str | None
    parts: list[tuple[str, MentionView | None]] = field(default_factory=list)


def _non_overlapping(mentions: list[MentionView]) -> list[MentionView]:
    chosen: list[MentionView] = []
    for mention in sorted(mentions, key=lambda m: (m.begin, -m.end, m.entity)):
        if mention.end > mention.begin and (not chosen or mention.begin >= chosen[-1].end):
            chosen.append(mention)
    return chosen


def _parts(text: str, begin: int, end: int, mentions: list[MentionView]) -> list[tuple[str, MentionView | None]]:
    parts: list[tuple[str, MentionView | None]] = []
    at = begin
    for m in mentions:
        if m.begin < begin or m.end > end:
            continue
        if m.begin > at:
            parts.append((text[at:m.begin], None))
        parts.append((text[m.begin:m.end], m))
        at = m.end
    if at < end:
        parts.append((text[at:end], None))
    return parts


def article_blocks(article: ArticleView) -> list[Block]:
    """The article's body (:func:`~kgraph.views.text.body_start` on) cut into sentences and gaps, each cut at its mentions."""
    text, start = article.text, body_start(article)
    mentions = [m for m in _non_overlapping(article.mentions) if m.begin >= start]
    sentences: list[tuple[int, int, int]] = []
    for first, e in article.sentences:  # a sentence begun in the header keeps its anchor (evidence links to it)
        b = max(first, start)
        if 0 <= b < e <= len(text) and (not sentences or b >= sentences[-1][1]):
            sentences.append((b, e, first))
    blocks, at = [], start
    for b, e, first in sentences:
        if b > at:
            blocks.append(Block(None, _parts(text, at, b, mentions)))
        blocks.append(Block(f"s-{first}", _parts(text, b, e, mentions)))
        at = e
    if at < len(text):
        blocks.append(Block(None, _parts(text, at, len(text), mentions)))
    return blocks


def article_context(data: ViewData, article: ArticleView, labels: Labels) -> dict[str, Any]:
    """What the page shows but its text's ``blocks`` (:func:`article_blocks`, added when it is rendered)."""
    mentioned = sorted({m.entity for m in article.mentions},
                       key=lambda iri: (data.entities[iri].type, data.entities[iri].label.casefold(), iri))
    return {"article": article, "entities": data.entities, "title": article.headline or article.id,
            "outlet": outlet_name(article, data), "published": format_date(article.date),
            "mentioned": [data.entities[i] for i in mentioned], "root": "../", "nav": "articles"}
