"""One article's facts, events and claims (per article: no state shared across articles)."""
from __future__ import annotations

from kgraph.model import Claim, Event, Fact, Mention
from kgraph.parse import ParsedArticle

from .claims import sentence_claims
from .context import ArticleContext
from .events import sentence_events, triggers
from .implicit import taking_part
from .leaving import left_posts
from .modality import planned_at
from .predicative import predicative_positions
from .relations import article_relations, sentence_relations
from .when import article_anchor, carried_dates, heading_dates
from .world import World, world

__all__ = ["extract_facts"]


def extract_facts(parsed: ParsedArticle, mentions: list[Mention], *, w: World | None = None
                  ) -> tuple[list[Fact], list[Event], list[Claim]]:
    """Relations, events and claims one article states; entities referred to as ``m:``/``g:`` refs."""
    w = w or world()
    ctx = ArticleContext(parsed, mentions)
    anchor = article_anchor(parsed.article, lambda begin, end: planned_at(ctx, begin, end))
    facts: list[Fact] = []
    events: list[Event] = []
    claims: list[Claim] = []
    previous = None
    for k, view in enumerate(ctx.views):
        following = ctx.views[k + 1] if k + 1 < len(ctx.views) else None
        joined = taking_part(ctx, view, following) if following is not None else []
        if joined and following is not None and triggers(ctx, following):
            joined = []  # it states an event of its own: its names are that event's
        carried = carried_dates(parsed.article.text, previous.sentence if previous else None,
                                _has_verb(previous), view.sentence, ctx.lang, anchor) \
            or heading_dates(parsed.article.text, view.sentence, ctx.lang, anchor)
        found = sentence_events(ctx, view, anchor, carried, previous, events, joined)
        said, statements = sentence_claims(ctx, view, found, anchor)
        events += found + [s for s in statements if s.key not in {e.key for e in found}]
        claims += said
        facts += left_posts(ctx, view, sentence_relations(ctx, view, previous, w) + predicative_positions(ctx, view, w), found)
        previous = view
    facts += article_relations(ctx, w)
    return _unique(facts), events, claims


def _has_verb(view) -> bool:
    return view is not None and any(t.pos_ in ("VERB", "AUX") for t in view.tokens())


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        key = (f.subject, f.predicate, f.object, f.title)
        if key not in seen and f.subject != f.object:
            seen.add(key)
            out.append(f)
    return out
