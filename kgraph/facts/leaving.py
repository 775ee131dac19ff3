"""Posts the sentence says their holders left: "the minister for X, Y, resigned", "уволился министр
Y", "у відставку пішла міністр Y" — the position is a former one (kg:former), and a former
spokesperson or employee no longer speaks or works for the body."""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kgraph.model import EntityRef, Event, Fact, Role

from .context import ArticleContext, SentenceView
from .events import triggers
from .tense import is_verb_form

__all__ = ["left_posts"]

LEAVING = ("Resignation", "Dismissal")  # the kinds whose affected no longer holds the post
_HELD = ("spokespersonOf", "memberOf", "worksFor")  # what a current position adds (relations._position_facts)


def left_posts(ctx: ArticleContext, view: SentenceView, facts: list[Fact], events: list[Event]) -> list[Fact]:
    """``facts`` with the positions of this sentence made former whose holder its stated (not
    planned, not supposed) resignation or dismissal affects, its trigger in the holder's clause:
    no verb, clause break or sentence mark between the two ('X, яка пішла у відставку, повернулася
    як міністр': the new post is held)."""
    left = {ref for e in events if e.kind in LEAVING and e.status is None and e.sentence == view.sentence
            for role, ref in e.participants if role == Role.AFFECTED}
    if not left:
        return facts
    words = [t for t, kind in triggers(ctx, view) if kind in LEAVING]
    former: set[tuple[EntityRef, EntityRef]] = set()
    out = []
    for f in facts:
        if f.predicate == "holdsPosition" and f.qualifier is None and f.sentence == view.sentence \
                and any(_same_clause(ctx, view, t, f.subject, listed=f.subject not in left) for t in words):
            former.add((f.subject, f.object))
            f = dataclasses.replace(f, qualifier="former")
        out.append(f)
    return [f for f in out if not (f.predicate in _HELD and (f.subject, f.object) in former
                                   and f.sentence == view.sentence)]


def _same_clause(ctx: ArticleContext, view: SentenceView, trigger: Token, holder: EntityRef, listed: bool) -> bool:
    """No verb, clause break or stop between the trigger and the holder's name in this sentence;
    ``listed``: a holder the event's arguments left out (a window cut a list short: 'подали у
    відставку міністр X, держсекретар Y і міністр Z') stands after the trigger."""
    doc = trigger.doc
    return any(_between_clear(ctx, trigger, span.start, span.end - 1) for m in view.mentions if ctx.ref(m) == holder
               and (span := doc.char_span(m.begin, m.end, alignment_mode="expand")) is not None
               and not (listed and span.start < trigger.i))


def _between_clear(ctx: ArticleContext, trigger: Token, first: int, last: int) -> bool:
    lo, hi = (trigger.i, first) if trigger.i < first else (last, trigger.i)
    for t in trigger.doc[lo + 1: hi]:
        word = t.text.lower()
        if word in ctx.lex.clause_breaks or word in ctx.lex.relative_pronouns or word in ctx.lex.object_relatives:
            return False
        if t.is_punct and t.text not in (",", "-", "–", "—"):
            return False
        if ctx.mention_at(t) is None and not _in_trigger_phrase(trigger, t) and _only_verb(ctx, t):
            return False
    return True


def _only_verb(ctx: ArticleContext, t: Token) -> bool:
    """A verb by the parse, or where there is none by every dictionary reading ('повернулася';
    not 'освіти', a noun that is also an imperative)."""
    if t.pos_ or ctx.lang not in ("pl", "ru", "uk"):
        return is_verb_form(t, ctx.lang)
    if ctx.lang == "pl":
        from kgraph.nlp.morfeusz import analyse

        classes = analyse(t.text.lower()).classes
        return bool(classes) and classes <= _PL_VERBS
    from kgraph.nlp.inflection import readings

    known = readings(t.text.lower(), ctx.lang)
    return bool(known) and all(p.tag.POS in ("VERB", "INFN", "GRND") for p in known)


_PL_VERBS = frozenset({"fin", "praet", "impt", "inf", "pcon", "pant", "bedzie", "imps", "winien"})


def _in_trigger_phrase(trigger: Token, t: Token) -> bool:
    """'пішов у відставку', 'ушел в отставку': the phrase's other words, right after its head."""
    return 0 < t.i - trigger.i <= 2
