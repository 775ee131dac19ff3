"""Events: a trigger word of a known kind, its syntactic arguments as participants, a place and a date."""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import EntityType, Event

from .args import arguments
from .context import ArticleContext, SentenceView
from .implicit import implicit_arguments, offer_triggers
from .when import nearest_date, sentence_dates

__all__ = ["sentence_events", "event_key", "MAX_PARTICIPANTS"]

MAX_PARTICIPANTS = 6  # an event with more entities than this is a list, not an event


def event_key(article_id: str, begin: int, kind: str) -> str:
    """Stable: one event per article, sentence and kind."""
    return f"{article_id}/{begin}/{kind}"


def triggers(ctx: ArticleContext, view: SentenceView) -> list[tuple[Token, str]]:
    out = []
    for token in view.tokens():
        if ctx.mention_at(token) is not None:
            continue
        kind = ctx.lex.triggers.get(token.lemma_.lower()) or ctx.lex.triggers.get(token.text.lower())
        if kind:
            out.append((token, kind))
    return out + offer_triggers(ctx, view)


def sentence_events(ctx: ArticleContext, view: SentenceView, anchor, carried: list | None = None,
                    previous: SentenceView | None = None, earlier: list[Event] | None = None) -> list[Event]:
    """Every event a sentence states, one per kind; events with no argument at all are dropped
    unless the context supplies one (:func:`implicit_arguments`: ``previous`` sentence, the
    article's ``earlier`` events). ``carried``: dates that hold for the sentence when it states none itself."""
    by_kind: dict[str, dict] = {}
    own = sentence_dates(view.sentence, ctx.lang, anchor)
    dates = own or list(carried or ())
    for trigger, kind in triggers(ctx, view):
        args, implied_place = arguments(ctx, view, trigger), None
        if not args and kind not in by_kind:
            args, implied_place = implicit_arguments(ctx, view, trigger, kind, bool(own), previous, list(earlier or ()))
        if not args and implied_place is None:
            continue
        acc = by_kind.setdefault(kind, {"trigger": trigger, "parts": [], "place": implied_place, "date": None})
        subj_role, obj_role = ctx.lex.roles[kind]
        for slot, mention in args:
            ref = ctx.ref(mention)
            if slot in ("place", "to") and mention.type == EntityType.PLACE:
                if acc["place"] is None or slot == "to":
                    acc["place"] = ref
                continue
            if mention.type == EntityType.PLACE and kind in ctx.lex.people_only:
                continue  # 'citizens of Tajikistan were there too' does not make Tajikistan a traveller
            role = subj_role if slot == "subject" else obj_role
            if (role, ref) not in acc["parts"] and ref not in [r for _, r in acc["parts"]]:
                acc["parts"].append((role, ref))
        when = nearest_date(dates, trigger.idx)
        if when is not None and acc["date"] is None:
            acc["date"] = when
    out = []
    for kind, acc in by_kind.items():
        parts = tuple(acc["parts"][:MAX_PARTICIPANTS])
        if not parts and acc["place"] is None:
            continue
        when = acc["date"]
        out.append(Event(
            key=event_key(view.sentence.article_id, view.sentence.begin, kind), kind=kind,
            sentence=view.sentence, trigger=acc["trigger"].text, participants=parts, place=acc["place"],
            date=when.value if when else None, date_precision=when.precision if when else "day",
        ))
    return out
