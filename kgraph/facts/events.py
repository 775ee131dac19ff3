"""Events: a trigger word of a known kind, its syntactic arguments as participants, a place and a date."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kgraph.model import EntityRef, EntityType, Event, EventStatus, Mention, Role

from .args import (arguments, clause_tokens, is_nominal, may_be_genitive, may_be_nominative, nominal_args,
                   place_preposition)
from .cited import cited_mentions, interview_words
from .context import ArticleContext, SentenceView
from .coref import is_person_like, person_after_title, title_of
from .counts import casualty_count
from .implicit import implicit_arguments, members_company, offer_triggers, pair_arguments, participation_arguments
from .lexicon import phrase_spans
from .media import media_lexicon
from .members import of_members
from .modality import modality
from .scopes import holders_for_scopes, officers_bodies, title_scopes, without_officers_bodies
from .tense import is_verb_form
from .where import adjective_place, another_phrase, clause_place, dateline_place, in_credit_line, in_dateline, sentence_place
from .when import by_tense, clause_dates, is_past, modifier_spans, nearest_date, sentence_dates
from .world import world

__all__ = ["sentence_events", "event_key", "MAX_PARTICIPANTS"]

MAX_PARTICIPANTS = 6  # an event with more entities than this is a list, not an event
SENSE_REACH = 3  # 'продаж 49% акцій': how far from a trigger a word shows its other sense
LIGHT_REACH = 3  # words between a light verb and its event noun at most ('утвердил новый пакет санкций')
RECEIVING_REACH = 3  # 'Молдова получит экономическую помощь': a verb of receiving at most this far before its noun


def event_key(article_id: str, begin: int, kind: str) -> str:
    """Stable: one event per article, sentence and kind."""
    return f"{article_id}/{begin}/{kind}"


def _lemma(token: Token, lang: str) -> str:
    """The token's lemma; where the pipeline lemmatises none of the text (the fallback pipeline:
    German), simplemma's. A word a lemmatising pipeline left bare (a name, a foreign word) is its
    own lemma: loading simplemma's Polish dictionary for it alone took 3.7 s of CPU."""
    if token.lemma_:
        return token.lemma_.lower()
    if _lemmatised(token.doc):
        return token.text.lower()
    return _simple_lemma(token.text, lang)


def _lemmatised(doc: Doc) -> bool:
    """Whether the pipeline gave ``doc`` lemmas (any token has one), once per doc."""
    found = doc.user_data.get(_LEMMATISED)
    if found is None:
        found = doc.user_data[_LEMMATISED] = doc.has_annotation("LEMMA")
    return bool(found)


_LEMMATISED = "kgraph.lemmatised"


@functools.lru_cache(maxsize=65536)
def _simple_lemma(word: str, lang: str) -> str:
    try:
        import simplemma

        return str(simplemma.lemmatize(word, lang=lang)).lower()
    except (ValueError, KeyError, ImportError):
        return word.lower()


def _phrases_from(by_word: dict[str, tuple[tuple[int, tuple[str, ...], str], ...]],
                  word: tuple[str, str]) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    """The phrases opening with the word's form or lemma, longest first (their rank in
    :attr:`Lexicon.phrases_by_word`)."""
    form, lemma = word
    first, second = by_word.get(form, ()), by_word.get(lemma, ()) if lemma != form else ()
    return tuple(sorted(first + second)) if first and second else first or second


def triggers(ctx: ArticleContext, view: SentenceView) -> list[tuple[Token, str]]:
    """Trigger words and phrases of the sentence; a phrase ('took to the streets', 'вышли на
    улицы') is matched word by word on lemma or form, longest first; its syntactic head (where
    parsed, else its first word) is the trigger."""
    tokens = view.tokens()
    words = _view_words(ctx, view)
    by_word = ctx.lex.phrases_by_word
    forms = [form for form, _ in words]
    taken = {i for start, end in phrase_spans(ctx.lex.idioms, forms) for i in range(start, end)} | interview_words(ctx, forms)
    out = []
    for k, token in enumerate(tokens):
        if k in taken:
            continue
        for _, phrase, kind in _phrases_from(by_word, words[k]):
            n = len(phrase)
            if k + n <= len(tokens) and all(phrase[j] in words[k + j] for j in range(n)) \
                    and not any(ctx.mention_at(tokens[k + j]) for j in range(n)):
                if not _other_sense(ctx, words, k, kind):
                    out.append((_phrase_head(tokens[k: k + n]) if ctx.has_parse else token, kind))
                taken.update(range(k, k + n))
                break
    for k, token in enumerate(tokens):
        if k in taken or ctx.mention_at(token) is not None:
            continue
        compound = _with_particle(ctx, tokens, k, words[k][1])
        if compound is not None:
            found = ctx.lex.triggers.get(compound)  # 'traf … ein': 'eintreffen' (arrive), not 'treffen' (meet)
        else:
            found = ctx.lex.triggers.get(words[k][1]) or ctx.lex.triggers.get(words[k][0])
        if found and not _other_sense(ctx, words, k, found):
            out.append((token, found))
    return sorted(out, key=lambda tk: tk[0].i) + offer_triggers(ctx, view)


def _view_words(ctx: ArticleContext, view: SentenceView) -> list[tuple[str, str]]:
    """(lower-case form, lemma) of each of the sentence's tokens (computed once per sentence; callers
    must not change the list)."""
    words = view.memo.get("words")
    if words is None:
        words = view.memo["words"] = [(t.text.lower(), _lemma(t, ctx.lang)) for t in view.tokens()]
    return words


@functools.lru_cache(maxsize=64)
def _phrases_by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """``phrases`` under their first word, each with its rank in ``phrases`` (looked up once per sentence)."""
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, phrase in enumerate(phrases):
        if phrase:
            out.setdefault(phrase[0], []).append((rank, phrase))
    return {word: tuple(entries) for word, entries in out.items()}


def _first_phrase_at(index: dict[str, tuple[tuple[int, tuple[str, ...]], ...]], words: list[tuple[str, str]],
                     k: int) -> int:
    """The length of the first phrase of ``index`` (:func:`_phrases_by_first`) whose words stand (as
    form or lemma) from ``k`` on, 0 for none."""
    form, lemma = words[k]
    entries = index.get(form, ()) + (index.get(lemma, ()) if lemma != form else ())
    for _, phrase in sorted(entries) if len(entries) > 1 else entries:
        if k + len(phrase) <= len(words) and all(word in words[k + j] for j, word in enumerate(phrase)):
            return len(phrase)
    return 0


def light_verb_nouns(ctx: ArticleContext, view: SentenceView, found: list[tuple[Token, str]],
                     reactions: bool = False) -> dict[int, Token]:
    """The event nouns a light verb (events.json ``light_verbs``) governs, each to its verb: 'утвердил
    новый пакет санкций', 'провели обмен пленными', 'carried out a prisoner exchange'. The noun follows
    the verb within :data:`LIGHT_REACH` words with no punctuation, preposition or other trigger
    between (and, where parsed, hangs on it): 'approved the law on elections' holds no election. Only
    kinds whose doer the verb's subject is (triggers.json ``light_verb``): 'accepted his resignation' is
    still his. ``reactions``: the nouns a reaction verb governs instead ('condemned the attack'), any kind."""
    verbs = ctx.lex.reaction_verbs if reactions else ctx.lex.light_verbs
    if not verbs:
        return {}
    tokens = view.tokens()
    kinds = {t.i: kind for t, kind in found}
    stops = ctx.lex.prepositions | ctx.lex.place_preps | ctx.lex.to_preps | ctx.lex.from_preps | ctx.lex.of_words
    out: dict[int, Token] = {}
    words, index = _view_words(ctx, view), _phrases_by_first(verbs)
    for k, verb in enumerate(tokens):
        n = _first_phrase_at(index, words, k)
        between: list[Token] = []
        for t in tokens[k + n: k + n + LIGHT_REACH + 1] if n else ():
            if t.i in kinds:
                if (reactions or kinds[t.i] in ctx.lex.light_verb_kinds) and kinds[t.i] != kinds.get(verb.i) \
                        and not is_verb_form(t, ctx.lang) and _hangs_on(ctx, t, verb) \
                        and not any(_other_noun(ctx, w, t) for w in between):
                    out[t.i] = verb
                break
            if t.is_punct or t.text.lower() in stops or (ctx.has_parse and t.pos_ == "ADP"):
                break
            between.append(t)
    return out


def _other_noun(ctx: ArticleContext, word: Token, noun: Token) -> bool:
    """A noun between a light verb and an event noun that is the verb's object itself ('схвалив текст
    угоди': a text approved): not a name, not one of the language's ``light_containers`` ('пакет
    санкций'), and, where parsed, not a word of the event noun's own phrase ('a prisoner exchange')."""
    if ctx.mention_at(word) is not None or word.text.lower() in ctx.lex.light_containers \
            or _lemma(word, ctx.lang) in ctx.lex.light_containers:
        return False
    if ctx.has_parse:
        return word.pos_ in ("NOUN", "PROPN") and word.head.i != noun.i
    return is_nominal(ctx, word)


def _light_verb_args(ctx: ArticleContext, view: SentenceView, verb: Token, args: list) -> list:
    """Without a parse, a light verb's doer is the name, or list of names, right before it (past a
    modal: 'Німеччина може продовжити локдаун') and its objects follow it: in 'влада країни продовжить
    локдаун' no name does it; a name further back, or a subject after it, is another clause's."""
    tokens = view.tokens()
    k = next(j for j, t in enumerate(tokens) if t.i == verb.i)
    skip = ctx.lex.conjunctions | ctx.lex.planned | ctx.lex.hypothetical | ctx.lex.negation | ctx.lex.passive_aux
    start = verb.idx
    for t in reversed(tokens[:k]):
        if ctx.mention_at(t) is None and t.text.lower() not in skip and _lemma(t, ctx.lang) not in skip and t.text != ",":
            break
        start = t.idx
    return [(slot, m) for slot, m in args
            if slot in ("place", "to") or (m.begin > verb.idx and slot != "subject") or start <= m.begin < verb.idx]


def _hangs_on(ctx: ArticleContext, noun: Token, verb: Token, hops: int = 3) -> bool:
    """Where parsed, the verb is among the noun's nearest heads; without a parse the words decide."""
    if not ctx.has_parse:
        return True
    token = noun
    for _ in range(hops):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _with_particle(ctx: ArticleContext, tokens: list[Token], k: int, lemma: str) -> str | None:
    """The verb a separable particle ending the clause makes of the verb at ``k`` ('nahm … fest':
    'festnehmen'), None where the clause ends on no particle (German: events.json
    ``separable_particles``)."""
    if not ctx.lex.separable_particles or not tokens[k].text[:1].islower():
        return None
    end = next((j for j in range(k + 1, len(tokens))
                if tokens[j].is_punct or tokens[j].text.lower() in ctx.lex.clause_breaks), len(tokens))
    last = tokens[end - 1].text.lower() if end - 1 > k else ""
    return last + lemma if last in ctx.lex.separable_particles else None


def _phrase_head(words: list[Token]) -> Token:
    """The word of a parsed phrase whose head is outside it ('the transition period for X': the
    names hang on 'period'); the first word where the parse gives none or several."""
    span = {t.i for t in words}
    heads = [t for t in words if t.head.i not in span or t.head.i == t.i]
    return heads[0] if len(heads) == 1 else words[0]


def _with_country(ctx: ArticleContext, mention) -> bool:
    """A country right after a preposition that is also the comitative 'with' ('з', 'z': the
    ``from_preps`` that are ``place_preps`` too): in talks or an agreement, a party ('на переговорах
    з X і ЄС'), not where they were held."""
    if not world().is_country(mention.gazetteer_id):
        return False
    span = ctx.parsed.doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word = span.doc[span.start - 1].text.lower()
    return word in ctx.lex.from_preps and word in ctx.lex.place_preps


def _other_sense(ctx: ArticleContext, words: list[tuple[str, str]], k: int, kind: str) -> bool:
    """A word of the kind's ``other_senses`` (events.json) within :data:`SENSE_REACH` of the
    trigger shows the trigger's other sense: 'пакет акций', 'shares rallied' are no Rally."""
    cues = ctx.lex.other_senses.get(kind)
    if not cues:
        return False
    near = range(max(0, k - SENSE_REACH), min(len(words), k + SENSE_REACH + 1))
    return any(j != k and (words[j][0] in cues or words[j][1] in cues) for j in near)


_TOPIC_MODIFIERS = 1  # words between a topic preposition and its event noun at most ('закон про місцеві вибори')


def _counted_toll_place(ctx: ArticleContext, view: SentenceView, trigger: Token, by_kind: dict) -> EntityRef | None:
    """'Внаслідок обстрілу Харкова загинули троє людей': a toll that counts its dead, with no place of
    its own, took place where the sentence's event told before it did."""
    if casualty_count(ctx, view, trigger) is None:
        return None
    return next((acc["place"] for acc in by_kind.values() if acc["place"] is not None), None)


def _topic_of_noun(ctx: ArticleContext, trigger: Token) -> bool:
    """'закон про вибори', 'ustawa o wyborach', 'law on elections': an event noun right after a topic
    preposition (cues.json ``topic_preps``) that follows a common noun is that noun's topic; the
    sentence states no such event. For the languages no parser reads (a parse gives the noun's head)."""
    if not ctx.lex.topic_preps:  # a preposition governs no verb: the trigger is a noun there ('вибори')
        return False
    doc = trigger.doc
    for j in range(trigger.i - 1, max(trigger.i - 2 - _TOPIC_MODIFIERS, 0), -1):
        word = doc[j]
        if word.text.lower() in ctx.lex.topic_preps:
            noun = doc[j - 1]
            return noun.is_alpha and noun.is_lower and ctx.mention_at(noun) is None and is_nominal(ctx, noun) \
                and not is_verb_form(noun, ctx.lang)
        if not (word.is_alpha and word.is_lower) or ctx.mention_at(word) is not None:
            return False
    return False


def _right_after(ctx: ArticleContext, trigger: Token, mention) -> bool:
    """A country or body named right after the noun ('санкций США', 'sankcje UE'): its genitive,
    the one who imposes (``genitive_agent`` of ontology/facts/triggers.json)."""
    doc = trigger.doc
    if trigger.i + 1 >= len(doc) or doc[trigger.i + 1].idx != mention.begin:
        return False
    if not may_be_genitive(ctx, doc[trigger.i + 1]):
        return False  # 'помощи Украине': given to Ukraine
    return mention.type == EntityType.ORGANIZATION or (mention.type == EntityType.PLACE and world().is_country(mention.gazetteer_id))


def _receiving_verb(ctx: ArticleContext, view: SentenceView, trigger: Token) -> Token | None:
    """A verb of receiving (``receiving_verbs`` of events.json) shortly before a noun trigger in its
    clause: 'Молдова получит помощь', 'X otrzymał wsparcie' — its subject is the one aided, not the giver."""
    words = ctx.lex.receiving_verbs
    nominal = trigger.pos_ == "NOUN" if ctx.has_parse else is_nominal(ctx, trigger) or not is_verb_form(trigger, ctx.lang)
    if not words or not nominal:
        return None
    for t in clause_tokens(ctx, view, trigger):
        if trigger.i - RECEIVING_REACH <= t.i < trigger.i and (t.text.lower() in words or t.lemma_.lower() in words):
            return t
    return None


def _receiver(ctx: ArticleContext, view: SentenceView, verb: Token):
    """The name nearest before a verb of receiving in its clause, in the nominative ('Mołdawia
    otrzyma pomoc'), past no punctuation; None when there is none."""
    for t in reversed([t for t in clause_tokens(ctx, view, verb) if t.i < verb.i]):
        if t.is_punct:
            return None
        m = ctx.mention_at(t)
        if m is not None:
            first = ctx.parsed.doc.char_span(m.begin, m.end, alignment_mode="expand")
            return m if first is not None and may_be_nominative(ctx, first[0]) and place_preposition(ctx, first[0]) is None else None
    return None


def _names_participants(ctx: ArticleContext, trigger: Token) -> bool:
    words = ctx.lex.participant_nouns
    return bool(words) and (trigger.text.lower() in words or _lemma(trigger, ctx.lang) in words)


def _another_trigger_between(trigger: Token, kind: str, when, found: list[tuple[Token, str]], lang: str) -> bool:
    """Without a parse: a noun trigger of another kind stands between the trigger and the date
    after them, with no verb between it and the date, so the date is that other event's ('the
    transition period after the exit of X on 29 March'; but 'the deal on the exit may be adopted
    on 25 November': the verb between takes the date)."""
    doc = trigger.doc
    for other, other_kind in found:
        if other_kind == kind or not trigger.idx < other.idx < when.begin or is_verb_form(other, lang):
            continue  # a verb between: its clause, the trigger its object perhaps, holds the date
        between = [t for t in doc[other.i + 1:] if t.idx < when.begin]
        if not any(is_verb_form(t, lang) for t in between):
            return True
    return False


def sentence_events(ctx: ArticleContext, view: SentenceView, anchor, carried: list | None = None,
                    previous: SentenceView | None = None, earlier: list[Event] | None = None,
                    joined: Sequence[Mention] = ()) -> list[Event]:
    """Every event a sentence states, one per kind; events with no argument at all are dropped
    unless the context supplies one (:func:`implicit_arguments`: ``previous`` sentence, the
    article's ``earlier`` events). ``carried``: dates that hold for the sentence when it states none itself.
    ``joined``: names the next sentence says take part in 'it' (:func:`taking_part`), participants
    of the sentence's last trigger."""
    by_kind: dict[str, dict] = {}
    own = sentence_dates(view.sentence, ctx.lang, anchor, ctx.parsed.article.text)
    cited = cited_mentions(ctx, view.tokens())  # "у розмові із X": X carried the words, it took part in nothing
    found = triggers(ctx, view)
    governors = light_verb_nouns(ctx, view, found)  # 'утвердил санкции': the verb's clause, the noun's event
    reacted = light_verb_nouns(ctx, view, found, reactions=True)  # 'осудил нападение': it judged no one
    verbs = {v.i for v in governors.values()} | {v.i for v in reacted.values()}
    found = [(t, kind) for t, kind in found if t.i not in verbs]
    scopes = title_scopes(ctx, view) if found else {}  # 'Президент України зустрівся': its holder met
    officers = officers_bodies(ctx, view) if found else {}  # 'spotkanie prezesa X Y': Y met, not X
    for trigger, kind in found:
        verb = governors.get(trigger.i, trigger)
        mood = modality(ctx, view, verb, kind, [t for t, k in found if k != kind])
        if mood.drop:
            continue  # "police did not detain him": no event
        args, implied_place = arguments(ctx, view, verb), None
        if verb is not trigger and not ctx.has_parse:
            args = _light_verb_args(ctx, view, verb, args)
        args = holders_for_scopes(scopes, args)
        if verb is trigger and not ctx.has_parse and _topic_of_noun(ctx, trigger):  # 'закон про вибори': no election
            args = [a for a in args if a[1].begin > trigger.idx]
            if not args:
                continue
        if trigger.i in reacted:  # 'the minister condemned the attack': he is none of its parties
            args = [a for a in args if a[1].begin > reacted[trigger.i].idx]
        if _names_participants(ctx, trigger):  # 'the minister met the protesters': he protested nothing;
            args = [a if a[0] in ("place", "to") else ("subject", a[1])  # 'protesters of X': X protested
                    for a in args if a[0] in ("place", "to") or a[1].begin > trigger.idx]
        roles = ctx.lex.roles[kind]
        if not ctx.has_parse and roles[0] != roles[1] and verb is trigger and is_nominal(ctx, trigger):
            args = nominal_args(ctx, view, trigger, args)  # "X oczyścił Y z zarzutu": X charged nobody
        if not ctx.has_parse and verb is trigger and is_nominal(ctx, trigger):  # 'spór o sukcesję po śmierci X':
            args = [a for a in args if not _after_event_noun(ctx, trigger, kind, a[1], found)]  # X's is the death
        if kind in ctx.lex.genitive_agent and is_nominal(ctx, trigger):
            args = [("subject", m) if slot == "object" and _right_after(ctx, trigger, m) else (slot, m) for slot, m in args]
        received = _receiving_verb(ctx, view, trigger)
        if received is not None:  # 'Молдова получит помощь': Moldova is aided
            args = [("object", m) if slot in ("subject", "owner") and m.begin < received.idx else (slot, m) for slot, m in args]
            receiver = None if ctx.has_parse else _receiver(ctx, view, received)
            if receiver is not None and receiver not in [m for _, m in args]:
                args.append(("object", receiver))  # without a parse a noun takes nothing before it: the verb's subject
        if mood.demand is not None:  # "the union demanded his release": an Appeal by the union
            demanded = [("object", m) for _, m in args if m.type != EntityType.PLACE]
            args = [a for a in arguments(ctx, view, mood.demand) if a[0] != "object"] + demanded
            trigger, kind = mood.demand, "Appeal"
        args += [a for a in participation_arguments(ctx, view, trigger) if a[1] not in [m for _, m in args]]
        if joined and trigger.i == max(t.i for t, _ in found):
            taken = [m for _, m in args]
            args += [("subject", name) for name in joined if name not in taken]
        args = [a for a in without_officers_bodies(officers, args) if not in_dateline(ctx, a[1])
                and not in_credit_line(ctx, a[1]) and a[1] not in cited]  # 'KYIV, 3 May —' is where the report was filed, 'Interfax -' who filed it
        if kind in ctx.lex.agent_titles:  # 'wyrok ... ogłosił w sobotę sędzia X': the judge ruled
            agents = _titled(ctx, view, ctx.lex.agent_titles[kind])
            args = [("subject", m) if m in agents else (slot, m) for slot, m in args] \
                + [("subject", m) for m in agents if m not in [x for _, x in args]]
        bodies: list[Mention] = []
        if kind in ctx.lex.agent_nouns:  # 'strajk dwóch związków zawodowych - X oraz Y': the unions strike
            bodies = named_after_nouns(ctx, view, ctx.lex.agent_nouns[kind])
            args = [("subject", m) if m in bodies else (slot, m) for slot, m in args] \
                + [("subject", m) for m in bodies if m not in [x for _, x in args]]
        pair = pair_arguments(ctx, view, trigger, previous) if args else []  # 'Both signed … with X'
        args = pair + [a for a in args if a[1] not in {m for _, m in pair}]
        if kind == "Agreement" and _approval(ctx, trigger, args):
            kind = "Vote"  # 'кабінет погодив план': one body approved its own plan, agreed with no one
            args = [a for a in args if not _after_partner_prep(ctx, a[1])]  # '…, узгодженої з X': the deal's partner
        if not args and (company := members_company(ctx, trigger)) is not None:
            args = [("object", company)]  # 'собрание акционеров': the company's shareholders meet
        if not args and kind not in by_kind:
            args, implied_place = implicit_arguments(ctx, view, trigger, kind, bool(own), previous, list(earlier or ()))
        if not args and implied_place is None:  # 'detained at the Polish border', 'у Німеччині, де ..., щеплень'
            implied_place = adjective_place(ctx, view, trigger, world()) or clause_place(ctx, view, trigger)
        if not args and implied_place is None and kind in ctx.lex.toll_kinds:  # 'Four people were killed …'
            implied_place = sentence_place(ctx, view, trigger) or dateline_place(ctx, view) \
                or _counted_toll_place(ctx, view, trigger, by_kind)
        if not args and implied_place is None:
            continue
        acc = by_kind.setdefault(kind, {"trigger": trigger, "parts": [], "place": implied_place, "date": None,
                                        "status": mood.status})
        if kind in ctx.lex.toll_kinds and acc.get("count") is None:  # 'Four people were killed'
            acc["count"] = casualty_count(ctx, view, trigger)
        subj_role, obj_role = ctx.lex.roles[kind]
        for slot, mention in args:
            ref = ctx.ref(mention)
            if mention.type == EntityType.PLACE and (slot in ("place", "to") or slot == "object" and kind in ctx.lex.object_place) \
                    and another_phrase(ctx, view, trigger, mention):
                continue  # 'скаргу до суду в X на будівництво', '…, ако напусне X': another phrase's place
            if slot == "place" and obj_role == Role.PARTICIPANT and _with_country(ctx, mention):
                if ref not in [r for _, r in acc["parts"]]:
                    acc["parts"].append((obj_role, ref))  # 'переговори з X': talks with the country, not in it
                continue
            if slot in ("place", "to") and mention.type == EntityType.PLACE:
                if acc["place"] is None or (slot == "to" and not acc.get("to")):
                    acc["place"], acc["to"] = ref, slot == "to"  # the first 'to' of a list: 'в Італії, Бельгії
                continue
            if mention.type == EntityType.PLACE and slot == "object" and kind in ctx.lex.object_place:
                if acc["place"] is None:
                    acc["place"] = ref  # 'visited Warsaw', 'shelled Kharkiv': the place is where
                elif acc["place"] != ref and ref not in [r for _, r in acc["parts"]]:
                    acc["parts"].append((obj_role, ref))  # 'fighting in X ... the battle for Y': Y fought over too
                continue
            if mention.type == EntityType.PLACE and kind in ctx.lex.people_only:
                continue  # 'citizens of Tajikistan were there too' does not make Tajikistan a traveller
            if slot == "owner" and kind in ctx.lex.needs_affected:
                continue  # "пилоты компании X назначили забастовку": the firm was appointed to nothing
            role = subj_role if slot == "subject" else obj_role
            if obj_role == Role.PARTICIPANT and slot != "subject" and _after_topic_prep(ctx, mention):
                continue  # 'Rozmowy o Green Stream 2', 'переговоры о X': the talks' topic, no party
            if role == Role.AFFECTED and kind in ctx.lex.addressed and mention.type != EntityType.PERSON \
                    and _after_to_prep(ctx, mention):
                continue  # 'подала скаргу до суду': the court hears the complaint, nobody charged it
            if mention.type == EntityType.PRODUCT and role == Role.PARTICIPANT and mention not in bodies:
                continue  # 'podczas spotkania omówiono projekty jak X': a pipeline or a vaccine is discussed, takes no part
            if _on_platform(ctx, mention):
                continue  # 'oskarżeń o udostępnienie materiałów na Facebooku': where it was posted, no party
            if mention.type == EntityType.EVENT and mention not in bodies and (role != Role.AFFECTED or kind not in ctx.lex.event_affected
                                                     and kind not in ctx.lex.toll_kinds):
                continue  # 'talks on Brexit', 'supplies of vaccine against X': a named event is the topic, no party
            if role == Role.AFFECTED and kind in ctx.lex.affected_persons and not is_person_like(ctx, mention):
                continue  # "aresztowano X za wpisy na Facebooku": the platform was not detained
            if role == Role.AFFECTED and kind in ctx.lex.affected_bodies and mention.type == EntityType.PERSON:
                continue  # "the minister for the exit of X from the EU, Y": Y left nothing
            if mention.type == EntityType.PLACE and role == Role.AGENT and not world().is_country(mention.gazetteer_id) \
                    and mention not in bodies:  # a union the tagger took for a town still strikes
                if acc["place"] is None:
                    acc["place"] = ref  # a city does not arrest: where its court or police acted
                continue
            if (role, ref) not in acc["parts"] and ref not in [r for _, r in acc["parts"]]:
                acc["parts"].append((role, ref))
                acc["body"] = acc.get("body") or _is_body(mention)
        # the dates of the trigger's clause (the sentence's own dates elsewhere are not the event's)
        dates = clause_dates(own, trigger, ctx.has_parse, view.tokens(), ctx.lex) if own else list(carried or ())
        if own and acc["trigger"] is not trigger:  # 'оправдал X, осуждённую в 2010 году': one kind, the
            first = clause_dates(own, acc["trigger"], ctx.has_parse, view.tokens(), ctx.lex)  # event's first
            dates = [d for d in dates if d in first]  # trigger's clause must hold the date too
        if not ctx.has_parse:  # 'перехідний період ... з урахуванням виходу X 29 березня': the exit's day
            dates = [d for d in dates if not (own and d in own and _another_trigger_between(trigger, kind, d, found, ctx.lang))]
        when = nearest_date(dates, trigger.idx)
        if when is not None:
            when = by_tense(when, anchor, ctx.lang, planned=mood.status == EventStatus.PLANNED, past=is_past(verb, ctx.lang))
        if when is not None and acc["date"] is None:
            acc["date"] = when
    out = []
    for kind, acc in by_kind.items():
        if acc["place"] is None:  # none in reach: further in the clause, a country's adjective ('the Polish border'), the dateline's
            acc["place"] = clause_place(ctx, view, acc["trigger"]) or adjective_place(ctx, view, acc["trigger"], world()) \
                or dateline_place(ctx, view) or (_counted_toll_place(ctx, view, acc["trigger"], by_kind)
                                                 if kind in ctx.lex.toll_kinds else None)
        told = _restated(ctx, view, acc["trigger"], kind, earlier)
        for part in told.participants if told is not None else ():
            if part[1] not in [r for _, r in acc["parts"]]:
                acc["parts"].append(part)  # "... strajk w X. Jest to pierwszy strajk związków Y": one strike
        if told is not None and acc["place"] is None:
            acc["place"] = told.place  # ... in X, where the strike told before was
        parts = tuple(acc["parts"][:MAX_PARTICIPANTS])
        if not parts and acc["place"] is None:
            continue
        if kind in ctx.lex.needs_affected and not any(role == Role.AFFECTED for role, _ in parts):
            continue  # "пилоты назначили забастовку": a strike was set, no one appointed
        if kind in ctx.lex.needs_body and not acc.get("body"):
            continue  # "Они купили мне билет": private people's purchases are no news event
        when = acc["date"]
        date, precision = (when.value, when.precision) if when else _named_before(ctx, acc["trigger"], kind, earlier,
                                                                                    acc["status"])
        if date is None and not ctx.has_parse and acc["status"] is None:
            date, precision = _described_before(ctx, view, {_lemma(t, ctx.lang) for t, k in found if k == kind},
                                                parts, anchor)
        out.append(Event(
            key=event_key(view.sentence.article_id, view.sentence.begin, kind), kind=kind,
            sentence=view.sentence, trigger=acc["trigger"].text, participants=parts, place=acc["place"],
            date=date, date_precision=precision, status=acc["status"], casualties=acc.get("count"),
        ))
    return out


def _after_event_noun(ctx: ArticleContext, trigger: Token, kind: str, m: Mention, found: list) -> bool:
    """Without a parse, another kind's event noun stands between the verbal noun and the name after
    it ('sporu o sukcesję po śmierci X', 'wyrok w sprawie zabójstwa X'): the name is that event's."""
    doc = trigger.doc
    return any(other_kind != kind and trigger.i < other.i and other.idx < m.begin and is_nominal(ctx, other)
               and doc[other.i - 1].text.lower() not in ctx.lex.topic_preps  # 'угода щодо виходу X': X's deal
               for other, other_kind in found)


def _after_topic_prep(ctx: ArticleContext, mention: Mention) -> bool:
    """The name stands right after a topic preposition (cues.json ``topic_preps``: 'o', 'про', 'about')."""
    doc = ctx.parsed.doc
    span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].text.lower() in ctx.lex.topic_preps


def _after_to_prep(ctx: ArticleContext, mention: Mention) -> bool:
    """The name stands right after a directional preposition (cues.json ``to_preps``: 'до', 'do', 'to')."""
    doc = ctx.parsed.doc
    span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].text.lower() in ctx.lex.to_preps


def _on_platform(ctx: ArticleContext, mention: Mention) -> bool:
    """A platform (ontology/facts/media.json ``platforms``) named right after a place preposition
    ('na Facebooku', 'у Facebook', 'on Telegram'): the medium something was posted on."""
    low = mention.text.lower()
    if not any(stem in low for stem in media_lexicon(ctx.lang).platforms):
        return False
    doc = ctx.parsed.doc
    span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1].text.lower()
    return before in ctx.lex.place_preps or before in ctx.lex.to_preps


def _approval(ctx: ArticleContext, trigger: Token, args: list) -> bool:
    """An approval verb (events.json ``approvals``: 'погодити', 'дати згода', 'согласовать') with no
    partner: no name after a partner preposition ('погодив з X'), at most one party — the body
    approves its own plan or position ('Кабінет погодив план', 'согласовал позицию')."""
    if not ctx.lex.approvals:
        return False
    doc = trigger.doc
    lemma = _lemma(trigger, ctx.lang)
    following = _lemma(doc[trigger.i + 1], ctx.lang) if trigger.i + 1 < len(doc) else ""
    if lemma not in ctx.lex.approvals and f"{lemma} {following}" not in ctx.lex.approvals:
        return False
    parties = [m for slot, m in args if slot not in ("place", "to") and not _in_object(ctx, trigger, m)]
    if len({(m.begin, m.end) for m in parties}) > 1:
        return False
    return not any(_partner(ctx, trigger, m) for _, m in args)


def _in_object(ctx: ArticleContext, trigger: Token, m: Mention) -> bool:
    """By the parse, the name is part of the verb's object ('согласовал позицию по переговорам с X'):
    of what is approved, no party."""
    token = ctx.root_of(m) if ctx.has_parse else None
    for _ in range(_MAX_OBJECT_HOPS):
        if token is None or token.head.i == token.i:
            return False
        if token.head.i == trigger.i:
            return token.dep_ in ("obj", "dobj")
        token = token.head
    return False


_MAX_OBJECT_HOPS = 6


def _after_partner_prep(ctx: ArticleContext, m: Mention) -> bool:
    doc = ctx.parsed.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].text.lower() in ctx.lex.partner_preps


_PARTNER_REACH = 3  # words from an approval verb to its partner's preposition at most, without a parse


def _partner(ctx: ArticleContext, trigger: Token, m: Mention) -> bool:
    """The name follows a partner preposition that the verb itself governs ('погодив із X',
    'согласовала с X'; not 'позицию по переговорам с X', the talks' partner): by the parse, the
    name hangs on the verb; without one, the preposition stands within a few words of it."""
    doc = trigger.doc
    span = doc.char_span(m.begin, m.end, alignment_mode="expand")
    if span is None or not _after_partner_prep(ctx, m):
        return False
    if ctx.has_parse:
        root = ctx.root_of(m)
        return root is not None and root.head.i == trigger.i
    return 0 < span.start - 1 - trigger.i <= _PARTNER_REACH or span.start < trigger.i


def _is_body(mention: Mention) -> bool:
    """An organisation or a country: a party that can sell a company, buy weapons or sign a deal."""
    return mention.type == EntityType.ORGANIZATION or (
        mention.type == EntityType.PLACE and world().is_country(mention.gazetteer_id))


_RESTATED_REACH = 4  # words between a restating opener and its event noun at most ('Jest to pierwszy wspólny strajk')


def _restated(ctx: ArticleContext, view: SentenceView, trigger: Token, kind: str, earlier: list[Event] | None
              ) -> Event | None:
    """"Jest to pierwszy wspólny strajk ...", "Это была крупнейшая забастовка ...": a sentence opening
    with a restating phrase (events.json ``restating_openers``) whose event noun follows closely tells
    of the event of that kind the paragraph told last; that event (its participants and place are this one's)."""
    tokens = [t for t in view.tokens() if not t.is_punct]
    words = [t.text.lower() for t in tokens]
    n = next((len(p) for p in ctx.lex.restating_openers if tuple(words[:len(p)]) == p), 0)
    if not n or not earlier:
        return None
    at = next((k for k, t in enumerate(tokens) if t.i == trigger.i), None)
    if at is None or at < n or at - n > _RESTATED_REACH or any(ctx.mention_at(t) for t in tokens[n:at]):
        return None
    text = ctx.parsed.article.text
    paragraph = text.rfind("\n", 0, view.sentence.begin) + 1
    told = [e for e in earlier if e.kind == kind and e.participants and paragraph <= e.sentence.begin < view.sentence.begin]
    return told[-1] if told else None


_NOUN_REACH = 4  # words between such a noun and the name ('związków zawodowych pilotów -')


def named_after_nouns(ctx: ArticleContext, view: SentenceView, nouns: frozenset[str]) -> list[Mention]:
    """The organisations the sentence names right after one of these nouns, past at most a few
    lower-case words, numbers, a dash or quotation marks, and those listed after the first one
    ('związek zawodowy X', 'dwóch związków - X oraz Y', 'профспілка «X»'): ``agent_nouns``."""
    out: list[Mention] = []
    doc = view.span.doc
    for token in view.tokens():
        if token.text.lower() not in nouns and (token.lemma_ or "").lower() not in nouns or ctx.mention_at(token) is not None:
            continue  # 'the Transport Workers Union' is a name, not the noun before one
        between, i, listed = 0, token.i + 1, False
        while i < view.span.end and between <= _NOUN_REACH:
            word = doc[i]
            found = ctx.mention_at(word)
            if found is not None:
                span = doc.char_span(found.begin, found.end, alignment_mode="expand")
                i = span.end if span is not None and span.end > i else i + 1
                acronym = _bracketed_acronym(ctx, doc, i, view.span.end)
                if (found.type != EntityType.ORGANIZATION and acronym is None
                        and not (listed and found.type != EntityType.PERSON)) or of_members(ctx, found):
                    break  # 'профспілки пілотів X': the pilots' firm, struck against; listed after a body, a
                    # name the tagger took for a place is one of the bodies ('związków - X (XC) oraz Y')
                for body in (found, acronym):  # 'Full Name (FN)': the acronym says it is a body, and is that body
                    if body is not None and body not in out:
                        out.append(body)
                if acronym is not None:
                    i += 3
                while i < view.span.end and doc[i].is_quote:
                    i += 1  # '«X» и Y'
                if i < view.span.end and (doc[i].text == "," or doc[i].text.lower() in ctx.lex.conjunctions):
                    i, listed = i + 1, bool(out)  # 'X oraz Y', 'X, Y': listed after it
                    continue
                break
            if word.text in ("-", "–", "—", ":") or (word.text == "," and i == token.i + 1) or word.is_quote or word.like_num or (word.is_alpha and word.text.islower()
                                                                                   and not _stops_noun_phrase(ctx, word)):
                between, i = between + 1, i + 1
                continue
            break
    return out


def _bracketed_acronym(ctx: ArticleContext, doc, i: int, end: int) -> Mention | None:
    """The organisation named alone in brackets at token ``i`` ('(VC)'), None for anything else."""
    if i + 2 >= end or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    m = ctx.mention_at(doc[i + 1])
    return m if m is not None and m.type == EntityType.ORGANIZATION and m.text.isupper() else None


def _stops_noun_phrase(ctx: ArticleContext, word: Token) -> bool:
    """A preposition, a verb or a trigger ends the noun's phrase: 'związek ogłosił strajk przeciwko
    X', 'the union's strike against X' — X is the other side."""
    text = word.text.lower()
    return (text in ctx.lex.prepositions or word.pos_ == "ADP" or is_verb_form(word, ctx.lang)
            or text in ctx.lex.triggers or (word.lemma_ or "").lower() in ctx.lex.triggers)


def _titled(ctx: ArticleContext, view: SentenceView, titles: frozenset[str]) -> list[Mention]:
    """The people the sentence names right after one of these titles ('sędzia X', 'судья X')."""
    out: list[Mention] = []
    for token in view.tokens():
        if ctx.mention_at(token) is None and title_of(ctx, token) in titles:
            person = person_after_title(ctx, token)
            if person is not None and person not in out:
                out.append(person)
    return out


def _named_before(ctx: ArticleContext, trigger: Token, kind: str, earlier: list[Event] | None,
                  status: EventStatus | None = None) -> tuple:
    """"... атакували EMA 9 грудня 2020 року. ... під час кібератаки на відомство хакери викрали":
    an undated event named by a noun ('the attack') is the article's one dated event of its kind
    reported before, when there is exactly one such date; (None, "day") otherwise. A planned event
    is not one that happened ("at the next meeting, in September ... at the last meeting"): only
    the events of the same ``status`` count, and a noun after 'last', 'next' (events.json
    ``other_occasion_prefixes``) names another occasion."""
    nominal = trigger.pos_ == "NOUN" if ctx.has_parse else is_nominal(ctx, trigger)
    if not nominal or _other_occasion(ctx, trigger):
        return None, "day"
    dated = {(e.date, e.date_precision) for e in earlier or ()
             if e.kind == kind and e.date is not None and e.status == status}
    return next(iter(dated)) if len(dated) == 1 else (None, "day")


def _other_occasion(ctx: ArticleContext, trigger: Token) -> bool:
    """'на последнем собрании', 'at the next meeting of': one of the three words before the noun
    (past its adjectives: 'the last annual meeting') begins with an ``other_occasion_prefixes`` word."""
    doc = trigger.doc
    prefixes = ctx.lex.other_occasion_prefixes
    before = [doc[i].text.lower() for i in range(max(0, trigger.i - 3), trigger.i)]
    return bool(prefixes) and any(w.startswith(prefixes) for w in before)


def _described_before(ctx: ArticleContext, view: SentenceView, lemmas: set[str], parts: tuple, anchor) -> tuple:
    """"... uniewinnił Annę Kowal skazaną w 2010 r. ... . Sąd, który skazał Annę Kowal, ...": without
    a parse, an earlier sentence that describes a participant by a participle or relative clause
    of the same verb with a date ('skazaną w 2010 r.') dated that participant's event of that verb:
    an undated report of it later takes the date, when the article so dates only one; (None, "day")
    otherwise."""
    normal = {ctx.ref(m): m.normal for m in ctx.mentions}
    names = {normal[ref] for _, ref in parts if ref in normal}
    found: set[tuple] = set()
    for earlier, begin, end, named, words in _descriptions(ctx):
        if earlier.sentence.begin >= view.sentence.begin or not names:
            break
        if named not in names or not any(_same_verb(w, lemmas) for w in words):
            continue
        found |= {(d.value, d.precision) for d in sentence_dates(earlier.sentence, ctx.lang, anchor)
                  if begin <= d.begin < end and not d.limit}
    return next(iter(found)) if len(found) == 1 else (None, "day")


def _descriptions(ctx: ArticleContext) -> list[tuple[SentenceView, int, int, str, frozenset[str]]]:
    """The article's participle and relative clauses right after a name (computed once per
    article): (sentence, begin, end, the name's normal form, the lemmas in the clause)."""
    if "descriptions" not in ctx.memo:
        out = []
        for view in ctx.views:
            tokens = view.tokens()
            for begin, end, noun in modifier_spans(tokens, ctx.lex):
                named = ctx.mention_at(tokens[0].doc[noun]) if noun >= 0 else None
                if named is not None:
                    words = frozenset(_lemma(t, ctx.lang) for t in tokens if begin <= t.idx < end)
                    out.append((view, begin, end, named.normal, words))
        ctx.memo["descriptions"] = out
    return ctx.memo["descriptions"]


_STEM = 5  # letters two lemmas share at the start to be one verb's ('skazać', 'skazana'; 'засудити', 'засуджений')


def _same_verb(lemma: str, lemmas: set[str]) -> bool:
    """One of ``lemmas`` and ``lemma`` (a participle's, which dictionaries give as an adjective)
    begin with the same :data:`_STEM` letters."""
    return len(lemma) >= _STEM and any(len(other) >= _STEM and other[:_STEM] == lemma[:_STEM] for other in lemmas)
