"""Whether a trigger states a past fact: negated ("did not detain": no event), demanded ("demanded
his release": an Appeal), planned ("will meet", "plans to visit", a future verb form), denied,
only reported or only supposed ("if the flight was cancelled", "possible sanctions"). The cue words
are data (``events.json``: negation, planned, demand, denial, hearsay, hypothetical)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Token

from kgraph.model import EventStatus

from .args import clause_tokens, is_nominal
from .context import ArticleContext, SentenceView
from .tense import is_verb_form, tense_near
from .when import modifier_spans

__all__ = ["Modality", "modality", "planned_at"]

_REACH = 6  # words before the trigger a cue may stand at, in the trigger's clause
_NEGATION_REACH = 2  # a negation stands right before the verb ("nie zatrzymała", "did not detain")


class Modality(NamedTuple):
    """``drop``: the trigger states no event; ``status``: kg:status (None: stated as past);
    ``demand``: the cue token of a demand (the event becomes an Appeal by its speaker)."""

    drop: bool = False
    status: EventStatus | None = None
    demand: Token | None = None


def _word(token: Token) -> tuple[str, str]:
    return token.text.lower(), (token.lemma_ or token.text).lower()


def _cues_before(ctx: ArticleContext, view: SentenceView, trigger: Token,
                 others: Sequence[Token] = ()) -> list[tuple[str, int, Token]]:
    """(cue kind, distance in words, first token) of every cue in the clause before the trigger; a
    cue inside a relative clause or participle phrase that modifies a noun and holds no trigger
    tells of that phrase's event ('dwóch polityków, którzy chcieli pomóc, zostało zamordowanych':
    they wanted to help, the murder is no plan); so does a cue with another event's noun
    (``others``) between it and the trigger ('możliwe sankcje za budowę': the sanctions are
    possible, the construction is real), or a cue noun with a preposition between them."""
    spans = view.memo.get("modifier_spans")
    if spans is None:  # the sentence's, the same for each of its triggers
        spans = view.memo["modifier_spans"] = modifier_spans(view.tokens(), ctx.lex)
    insets = [(b, e) for b, e, _ in spans if not b <= trigger.idx < e]
    clause = [t for t in clause_tokens(ctx, view, trigger)
              if t.i < trigger.i and not any(b <= t.idx < e for b, e in insets)]
    words = [(t.text.lower(), t.text.lower()) if t.text.lower() in ctx.lex.past_auxiliaries else _word(t)
             for t in clause]  # 'wurde' is no 'werden' (will)
    at: dict[str, list[int]] = {}  # where each form and lemma stands, in order: a cue is tried only at its first word
    for k, (form, lemma) in enumerate(words):
        at.setdefault(form, []).append(k)
        if lemma != form:
            at.setdefault(lemma, []).append(k)
    out = []
    for cue, name in ctx.lex.cue_phrases.items():
        n = len(cue)
        for k in at.get(cue[0], ()) if n else range(len(clause) + 1 - n):
            if k + n <= len(clause) and all(cue[j] in words[k + j] for j in range(n)):
                distance = len(clause) - k - n + 1
                if name in ("negation", "demand") or not _held_by_another(ctx, clause[k], trigger, others):
                    out.append((name, distance, clause[k]))
    return out


def _noun_of_another_phrase(ctx: ArticleContext, cue: Token, trigger: Token) -> bool:
    """A cue noun ('возможность', 'możliwość') with a preposition between it and the trigger: the
    trigger is not its complement ('о возможности ограничений за поддержку строительства')."""
    if not _nominal(ctx, cue) or is_verb_form(cue, ctx.lang):
        return False
    between = cue.doc[cue.i + 1: trigger.i]
    return any(t.text.lower() in ctx.lex.prepositions or (ctx.has_parse and t.pos_ == "ADP") for t in between)


_CLAUSE_EDGES = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _in_condition(ctx: ArticleContext, view: SentenceView, trigger: Token, others: Sequence[Token] = ()) -> bool:
    """A ``hypothetical`` cue (a condition's 'if', 'в случае', or 'possible') anywhere between the
    trigger and the comma or sentence start before it: 'Если рейс авиакомпании «X» был отменен'."""
    if not ctx.lex.hypothetical:
        return False
    before: list[Token] = []
    for t in reversed([t for t in view.tokens() if t.i < trigger.i]):
        if t.text in _CLAUSE_EDGES:
            break
        before.insert(0, t)
    words = [_word(t) for t in before]
    cues = [cue for cue, name in ctx.lex.cue_phrases.items() if name == "hypothetical"]
    return any(all(cue[j] in words[k + j] for j in range(len(cue))) and not _held_by_another(ctx, before[k], trigger, others)
               for cue in cues for k in range(len(words) - len(cue) + 1))


def _held_by_another(ctx: ArticleContext, cue: Token, trigger: Token, others: Sequence[Token]) -> bool:
    """The cue tells of another event: another event's noun stands between it and the trigger, or
    the cue is a noun with a preposition between them."""
    return any(cue.i < o.i < trigger.i for o in others) or _noun_of_another_phrase(ctx, cue, trigger)


def _future_form(trigger: Token, lang: str) -> bool:
    """A verb (or its auxiliary) in the future tense by the parser's morphology (Russian perfective
    non-past), or by the dictionary where the tokens have none ('zatrzyma', 'затримає', 'będzie')."""
    if "Fut" in trigger.morph.get("Tense", []) or tense_near(trigger, lang) == "future":
        return True
    return any(c.dep_ in ("aux", "aux:pass") and "Fut" in c.morph.get("Tense", []) for c in trigger.children)


def modality(ctx: ArticleContext, view: SentenceView, trigger: Token, kind: str,
             others: Sequence[Token] = ()) -> Modality:
    """``others``: the nouns of the sentence's events of other kinds (whose cues those are)."""
    nouns = [o for o in others if o.i != trigger.i and _nominal(ctx, o)]
    cues = _cues_before(ctx, view, trigger, nouns)
    if any(name == "negation" and d <= _NEGATION_REACH for name, d, _ in cues):
        return Modality(drop=True)
    near = sorted((d, name, tok) for name, d, tok in cues if d <= _REACH and name != "negation")
    if near and near[0][1] == "demand" and kind != "Appeal":
        return Modality(demand=near[0][2])
    if _in_condition(ctx, view, trigger, nouns):
        return Modality(status=EventStatus.HYPOTHETICAL)
    for _, name, _ in near:
        if name == "planned":
            return Modality(status=EventStatus.PLANNED)
        if name == "denial":
            return Modality(status=EventStatus.DENIED)
        if name == "hearsay":
            return Modality(status=EventStatus.REPORTED)
    if _future_form(trigger, ctx.lang):
        return Modality(status=EventStatus.PLANNED)
    verb = _verb_after_noun(ctx, view, trigger)
    if verb is not None and _planned_verb(ctx, view, verb):
        return Modality(status=EventStatus.PLANNED)  # 'угоду … можуть ухвалити', 'У консультаціях … візьмуть участь'
    return Modality()


def _nominal(ctx: ArticleContext, token: Token) -> bool:
    """A noun, by the parse where there is one, else by the dictionary."""
    return token.pos_ in ("NOUN", "PROPN") if ctx.has_parse else is_nominal(ctx, token) and not is_verb_form(token, ctx.lang)


def _verb_after_noun(ctx: ArticleContext, view: SentenceView, trigger: Token) -> Token | None:
    """The verb of an event noun that opens its clause ahead of it ('угоду щодо виходу X можуть
    ухвалити'): by the parse, the noun's head verb after it; without one, the first verb form after
    the noun in its clause, outside the phrases that modify a noun. None for a verb trigger."""
    if not _nominal(ctx, trigger):
        return None
    if ctx.has_parse:
        head = trigger.head
        for _ in range(_HEAD_HOPS):
            if head.pos_ in ("VERB", "AUX"):
                return head if head.i > trigger.i else None
            if head.head.i == head.i:
                return None
            head = head.head
        return None
    spans = view.memo.get("modifier_spans")
    if spans is None:
        spans = view.memo["modifier_spans"] = modifier_spans(view.tokens(), ctx.lex)
    for t in clause_tokens(ctx, view, trigger):
        if t.i > trigger.i and not any(b <= t.idx < e for b, e, _ in spans) and is_verb_form(t, ctx.lang):
            return t
    return None


_HEAD_HOPS = 3  # heads from an event noun up to its verb at most ('в консультациях … примут участие')


def _planned_verb(ctx: ArticleContext, view: SentenceView, verb: Token) -> bool:
    """The verb after an event noun, or the verb right after it, is a one-word ``planned`` cue
    ('можуть ухвалити'), or it takes part in the future ('У консультаціях візьмуть участь': events.json
    ``participation``); not negated ('не можуть'). A future verb of another kind tells of another
    event ('strajk odczują pasażerowie': the passengers will feel it)."""
    doc = verb.doc
    if verb.i > 0 and _word(doc[verb.i - 1])[0] in ctx.lex.negation:
        return False
    planned = {cue[0] for cue, name in ctx.lex.cue_phrases.items() if name == "planned" and len(cue) == 1}
    run = [verb] + [doc[i] for i in range(verb.i + 1, min(view.span.end, verb.i + 2)) if is_verb_form(doc[i], ctx.lang)]
    if any(word in planned for t in run for word in _word(t)):
        return True
    taking_part = [doc[i] for i in range(verb.i, min(view.span.end, verb.i + 2))
                   if any(word in ctx.lex.participation for word in _word(doc[i]))]
    return bool(taking_part) and _future_form(verb, ctx.lang)


def planned_at(ctx: ArticleContext, begin: int, end: int) -> bool:
    """Whether the words at ``begin:end`` (a date) belong to a planned event: the verb nearest to
    them in their sentence is in the future tense ('the summit will be held on 5 May 2021') or a
    ``planned`` cue stands among the words right before that verb ('plans to publish on 5 May')."""
    view = next((v for v in ctx.views if v.sentence.begin <= begin < v.sentence.end), None)
    if view is None:
        return False
    tokens = view.tokens()
    verbs = [t for t in tokens if not begin <= t.idx < end and is_verb_form(t, ctx.lang)]
    if verbs:
        verb = _governing_verb(ctx, tokens, begin) or min(verbs, key=lambda t: min(abs(t.idx - begin), abs(t.idx - end)))
        if _future_form(verb, ctx.lang):
            return True
        before = [_word(t) for t in tokens if verb.i - _PLAN_REACH <= t.i <= verb.i]
    else:  # no verb known ('ще се проведе на 20 април'): the words of the date's clause before it
        before = []
        for t in reversed([t for t in tokens if t.idx < begin][-_REACH:]):
            if t.text in _CLAUSE_EDGES:
                break
            before.append(_word(t))
    return any(cue[0] in w for cue, name in ctx.lex.cue_phrases.items() if name == "planned" for w in before)


def _governing_verb(ctx: ArticleContext, tokens: list[Token], begin: int) -> Token | None:
    """With a parse, the verb the date hangs on ('left on Jan. 2 to work': left), else None."""
    if not ctx.has_parse:
        return None
    token = next((t for t in tokens if t.idx >= begin), None)
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


_PLAN_REACH = 2  # words before the verb a planned cue stands at ('планирует опубликовать')
