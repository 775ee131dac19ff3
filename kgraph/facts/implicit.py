"""Events whose arguments lie outside their clause: an offer to take part in a rally told in the
first person (Recruitment), a bare noun with a date ("it was a rough detention"), a shutdown whose
place the previous sentence names ("In the capital X the internet is down. It was switched off ...")."""
from __future__ import annotations

from spacy.tokens import Token

from kgraph.model import EntityRef, EntityType, Event, Mention

from .context import ArticleContext, SentenceView
from .coref import company_of_members

__all__ = ["offer_triggers", "implicit_arguments", "participation_arguments", "taking_part", "members_company",
           "RECRUITMENT"]

RECRUITMENT = "Recruitment"
Arg = tuple[str, Mention]


def _words(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.text.lower()


def offer_triggers(ctx: ArticleContext, view: SentenceView) -> list[tuple[Token, str]]:
    """The first offer word of a sentence that also names taking part or a gathering:
    "they offered me to take part in the rally" is a Recruitment, "he offered condolences" is not."""
    tokens = view.tokens()
    words = {w for t in tokens for w in _words(t)}
    gathering = any(ctx.lex.triggers.get(w) in ctx.lex.gatherings for w in words)
    if not (words & ctx.lex.participation or gathering):
        return []
    return [(t, RECRUITMENT) for t in tokens
            if ctx.mention_at(t) is None and set(_words(t)) & ctx.lex.offers][:1]


def implicit_arguments(ctx: ArticleContext, view: SentenceView, trigger: Token, kind: str, dated: bool,
                       previous: SentenceView | None, earlier: list[Event]) -> tuple[list[Arg], EntityRef | None]:
    """(arguments, place ref) for a trigger with no argument of its own; ([], None) when the
    context points to nothing."""
    pair = pair_arguments(ctx, view, trigger, previous)
    if pair:
        return pair, None
    if kind in ctx.lex.implicit_person:
        person = _pronoun_person(ctx, view)
        if person is None and dated and _bare_noun(trigger):
            person = ctx.person_for_pronoun(trigger)
        if person is None:
            return [], None
        return [("object", person)], _earlier_place(ctx, kind, person, earlier)
    if kind in ctx.lex.implicit_place and dated and previous is not None and _same_paragraph(ctx, previous, view):
        places = [m for m in previous.mentions if m.type == EntityType.PLACE]
        if places:
            return [], ctx.ref(places[-1])
    return [], None


def pair_arguments(ctx: ArticleContext, view: SentenceView, trigger: Token, previous: SentenceView | None) -> list[Arg]:
    """"Both leaders signed an agreement", "Оба политика подписали": a pair word (cues.json
    ``pair_words``) before the trigger stands for the two people the paragraph's sentence before
    named, its subjects, whatever else the clause names after it ('… signed an agreement with
Germany'); none where that sentence names more or fewer than two."""
    if not ctx.lex.pair_words or previous is None or not _same_paragraph(ctx, previous, view):
        return []
    tokens = view.tokens()
    pair = [k for k, t in enumerate(tokens) if t.i < trigger.i and t.text.lower() in ctx.lex.pair_words]
    if not pair or any(ctx.mention_at(t) is not None for t in tokens[pair[-1]:] if t.i < trigger.i):
        return []  # 'Both X and Y signed': the names are there
    people: dict[str, Mention] = {}
    for m in previous.mentions:
        if m.type == EntityType.PERSON:
            people.setdefault(m.normal, m)
    return [("subject", m) for m in people.values()] if len(people) == 2 else []


def _pronoun_person(ctx: ArticleContext, view: SentenceView) -> Mention | None:
    """"They called me", "contacted him": the first personal pronoun of the sentence that is not
    its subject; first-person ones stand for the speaker, the others for the person named before."""
    for token in view.tokens():
        if not ctx.is_pronoun(token) and not ctx.is_first_person(token):
            continue
        if "subj" in token.dep_:
            continue
        if ctx.is_first_person(token):
            return ctx.speaker_for_first_person(token)
        return ctx.person_for_pronoun(token)
    return None


def _bare_noun(trigger: Token) -> bool:
    """A singular noun ("a rough detention"), not "mass detentions"."""
    return trigger.pos_ in ("NOUN", "PROPN") and "Plur" not in trigger.morph.get("Number", [])


def _earlier_place(ctx: ArticleContext, kind: str, person: Mention, earlier: list[Event]) -> EntityRef | None:
    """The place of the article's latest earlier event of the kind that is about the same person
    or about nobody named (a bare noun re-mentions the event the article already told)."""
    normal = {ctx.ref(m): m.normal for m in ctx.mentions}
    for event in reversed(earlier):
        if event.kind != kind or event.place is None:
            continue
        others = {normal.get(ref, ref) for _, ref in event.participants}
        if not others or others == {person.normal}:
            return event.place
    return None


def _same_paragraph(ctx: ArticleContext, previous: SentenceView, view: SentenceView) -> bool:
    return "\n" not in ctx.parsed.article.text[previous.sentence.end:view.sentence.begin]


_TAKE_PART_REACH = 15  # words from the trigger to the participation word, and from it to the last name


def participation_arguments(ctx: ArticleContext, view: SentenceView, trigger: Token) -> list[Arg]:
    """"У консультаціях ... візьмуть участь X та Y", "W rozmowach weźmie udział X", "В переговорах
    примут участие X": after an event named in a prepositional phrase, the names that take part
    in it later in the clause are its participants, however far from the trigger."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == trigger.i), None)
    if pos is None or not any(t.text.lower() in ctx.lex.place_preps for t in tokens[max(0, pos - 2):pos]):
        return []
    breaks = ctx.lex.clause_breaks | {","}
    cue = None
    for k in range(pos + 1, min(len(tokens), pos + 1 + _TAKE_PART_REACH)):
        if tokens[k].text.lower() in breaks:
            return []
        if set(_words(tokens[k])) & ctx.lex.participation:
            cue = k
            break
    if cue is None:
        return []
    out: list[Arg] = []
    for t in tokens[cue + 1:cue + 1 + _TAKE_PART_REACH]:
        if t.text.lower() in breaks:
            break
        m = ctx.mention_at(t)
        if m is not None and t.idx == m.begin:
            out.append(("subject", m))
    return out


def taking_part(ctx: ArticleContext, previous: SentenceView | None, view: SentenceView) -> list[Mention]:
    """"The pilots announced a strike for 28 September. Crews of five countries will take part in
    it: X, Y and Z": a sentence that says who takes part in 'it' (a participation word and, after
    a preposition, a pronoun of events.json ``participation_pronouns``) names participants of the
    event the sentence before it named, in the same paragraph. Its names, or none when it says no
    such thing (whether it states an event of its own is the caller's to check)."""
    if previous is None or not ctx.lex.participation_pronouns or not _same_paragraph(ctx, previous, view):
        return []
    tokens = view.tokens()
    if not any(set(_words(t)) & ctx.lex.participation for t in tokens):
        return []
    if not any(t.text.lower() in ctx.lex.participation_pronouns and tokens[k - 1].text.lower() in ctx.lex.place_preps
               for k, t in enumerate(tokens) if k > 0):
        return []
    return list(view.mentions)


def members_company(ctx: ArticleContext, trigger: Token) -> Mention | None:
    """"на ежегодном собрании акционеров", "the annual meeting of shareholders": an event noun whose
    complement is a bare member noun (right after it, or after 'of') is the company's of those
    members (:func:`kgraph.facts.coref.company_of_members`); None otherwise."""
    doc = trigger.doc
    k = trigger.i + 1
    if k < len(doc) and doc[k].text.lower() in ctx.lex.of_words:
        k += 1
    return company_of_members(ctx, doc[k]) if k < len(doc) else None
