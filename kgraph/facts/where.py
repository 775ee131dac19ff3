"""Where an event was when its clause names no place by name: a country's adjective before a place
noun ("the Polish border", "польская граница", "polska granica", "на польському кордоні": the
country, by the gazetteer's demonyms, the table positions use too), else the dateline's place
for the events of the dateline's own paragraph ("KYIV, 3 May 2021 — Police detained ...")."""
from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from kgraph.dates import find_dateline
from kgraph.lang import language_data
from kgraph.model import EntityRef, EntityType, Mention
from kgraph.nlp.inflection import is_adjective
from kgraph.nlp.morfeusz import analyse

from .args import arguments, clause_tokens, place_preposition
from .context import ArticleContext, SentenceView
from .quotes import quoted
from .tense import is_verb_form
from .refs import gazetteer_ref
from .when import reporting_clause
from .world import World

__all__ = ["adjective_place", "another_phrase", "clause_place", "dateline_place", "in_dateline", "sentence_place", "skippable", "statement_place"]

_GAP = 1  # words that may stand between the adjective and its noun ("the Polish eastern border")
_CLAUSE_REACH = 20  # words of the trigger's clause looked at for a place, beyond the argument window


@functools.lru_cache(maxsize=None)
def _place_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in language_data(lang).places.place_nouns)


def skippable(word: str, lang: str) -> bool:
    """A lower-case adjective or place noun between a preposition and a place name ('całej',
    'пенджабському', 'mieście'): it does not end the preposition's phrase."""
    if not word[:1].islower() or not word.isalpha():
        return False
    if word.lower() in _place_nouns(lang):
        return True
    if lang == "pl":
        return analyse(word).adjective
    return lang in ("ru", "uk") and is_adjective(word, lang)


def adjective_place(ctx: ArticleContext, view: SentenceView, trigger: Token, w: World) -> EntityRef | None:
    """The country whose adjective stands before a place noun in the trigger's clause, as a ``g:`` ref."""
    nouns = _place_nouns(ctx.lang)
    if not nouns:
        return None
    clause = clause_tokens(ctx, view, trigger)
    for k, token in enumerate(clause):
        if ctx.mention_at(token) is not None or token.text[:1].isdigit():
            continue
        after = clause[k + 1:k + 2 + _GAP]
        if not any(t.text.lower() in nouns or t.lemma_.lower() in nouns for t in after):
            continue
        country = w.demonym(token.text)
        if country is not None:
            return gazetteer_ref(country.id)
    return None


def clause_place(ctx: ArticleContext, view: SentenceView, trigger: Token) -> EntityRef | None:
    """Without a parse, a place after a locative preposition further off in the trigger's clause
    than its argument window reaches ('wyrok w sprawie 30-letniego X ogłosił w sobotę w mieście Y
    sędzia Z': the clause's verb and the event it states happened in Y), the nearest one, else
    one before a clause inserted between commas ('у Німеччині, де живе 83 мільйони людей, було
    повідомлено про 265 000 щеплень'); with a
    parse the tree says where (None), and clause breaks ('który', 'який', a comma) end the search."""
    if ctx.has_parse:
        return None
    clause = clause_tokens(ctx, view, trigger, window=_CLAUSE_REACH)
    outer = _before_an_inserted_clause(ctx, view, trigger)
    for token in sorted(clause, key=lambda t: abs(t.i - trigger.i)) + outer[::-1]:
        mention = ctx.mention_at(token)
        if mention is None or mention.type != EntityType.PLACE or token.idx != mention.begin \
                or in_dateline(ctx, mention) or another_phrase(ctx, view, trigger, mention):
            continue
        prep = place_preposition(ctx, token)
        if prep in ctx.lex.place_preps and prep not in ctx.lex.from_preps:  # 'отримує з Росії': not where
            return ctx.ref(mention)
    return None


_DASHES = frozenset({"-", "–", "—"})


def another_phrase(ctx: ArticleContext, view: SentenceView, trigger: Token, mention: Mention) -> bool:
    """Without a parse, whether a place the argument window gave the trigger belongs to another
    phrase of the sentence: one before a noun trigger that hangs on a preposition of its own ('скаргу
    до суду в X на будівництво': the court's city, not where the building is), or one after the
    trigger past a clause break or a dash that ends quoted words ('її звільнення, - сказав міністр у
    провінції X'; '…протестите, ако напусне X'), or, for a trigger in a prepositional phrase, past
    a particle that opens another verb ('адвокатът на осъдената … ще кандидатства … в X')."""
    if ctx.has_parse:
        return False
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == trigger.i), None)
    if pos is None:
        return False
    if mention.end <= trigger.idx:  # before the trigger
        if pos == 0:
            return False
        before = tokens[pos - 1]
        preps = ctx.lex.place_preps | ctx.lex.to_preps | ctx.lex.topic_preps | ctx.lex.from_preps
        return before.idx >= mention.end and before.text.lower() in preps and _closes_a_noun_phrase(ctx, tokens[:pos - 1], mention)
    between = [t for t in tokens[pos + 1:] if t.idx < mention.begin]
    governed = pos > 0 and tokens[pos - 1].text.lower() in ctx.lex.place_preps | ctx.lex.to_preps | ctx.lex.of_words
    return any(t.text.lower() in ctx.lex.clause_breaks or t.text in _DASHES and _says(ctx, between, k)
               or governed and t.text.lower() in ctx.lex.verb_particles for k, t in enumerate(between))


def _closes_a_noun_phrase(ctx: ArticleContext, tokens: list[Token], mention: Mention) -> bool:
    """Whether a place before a trigger's preposition closes the phrase of a noun right before it
    ('скаргу до суду в X на будівництво': the court's city): a word that is no verb stands before the
    place's preposition, and no verb, mark or clause break between the place and the trigger's
    preposition; a place that opens the clause ('W X żołnierze otworzyli ogień do demonstrujących')
    or a verb's ('otworzyli ogień w X do …') is the clause's."""
    start = next((k for k, t in enumerate(tokens) if t.idx >= mention.begin), None)
    if start is None:
        return False
    if any(t.idx >= mention.end and _ends_a_phrase(ctx, t) for t in tokens[start:]):
        return False
    k = start - 1 if start > 0 and tokens[start - 1].text.lower() in ctx.lex.place_preps | ctx.lex.to_preps else start
    return k > 0 and not _ends_a_phrase(ctx, tokens[k - 1])


def _ends_a_phrase(ctx: ArticleContext, token: Token) -> bool:
    """A verb, a mark or a clause break: no noun phrase runs across it."""
    return token.is_punct or token.text.lower() in ctx.lex.clause_breaks or is_verb_form(token, ctx.lang)


def _says(ctx: ArticleContext, tokens: list[Token], k: int) -> bool:
    """A dash after a comma or before a reporting verb ('…, - сказав', '… - mówił'): quoted words end there."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (k > 0 and tokens[k - 1].text == ",") or after is not None \
        and (after.text.lower() in ctx.lex.reporting or (after.lemma_ or "").lower() in ctx.lex.reporting)


def _before_an_inserted_clause(ctx: ArticleContext, view: SentenceView, trigger: Token) -> list[Token]:
    """Without a parse: the words of the trigger's clause before a clause inserted in it between
    commas ('У понеділок у Німеччині, де живе 83 мільйони людей, було повідомлено про 265 000
    щеплень': 'У понеділок у Німеччині'); none when no such clause stands before the trigger."""
    tokens = view.tokens()
    pos = next((k for k, t in enumerate(tokens) if t.i == trigger.i), None)
    breaks = ctx.lex.clause_breaks
    k = (pos or 0) - 1
    while k >= 0 and tokens[k].text != ",":  # the comma that closes the inserted clause
        if tokens[k].text.lower() in breaks:
            return []
        k -= 1
    j = k - 1
    while j >= 0 and tokens[j].text != "," and tokens[j].text.lower() not in breaks:
        j -= 1
    if pos is None or k < 0 or j < 1 or tokens[j].text.lower() not in breaks or tokens[j - 1].text != ",":
        return []
    start = j - 1  # the comma that opens it
    lo = start
    while lo > 0 and start - lo < _CLAUSE_REACH and tokens[lo - 1].text != "," \
            and tokens[lo - 1].text.lower() not in breaks:
        lo -= 1
    return tokens[lo:start]


@functools.lru_cache(maxsize=256)
def _dateline(text: str, lang: str, start: int) -> tuple[int, int, tuple[int, int]] | None:
    """(dateline begin, end of its paragraph, place span) of the article, or None."""
    found = find_dateline(text, lang, start)
    if found is None or found.place is None:
        return None
    paragraph = text.find("\n", found.end)
    return found.begin, len(text) if paragraph < 0 else paragraph, found.place


def sentence_place(ctx: ArticleContext, view: SentenceView, trigger: Token) -> EntityRef | None:
    """The first place the sentence names after a locative preposition, in any of its clauses ('Four
    people were killed when a drone hit a block of flats in Mykolaiv'), but not one before a reporting
    verb that introduces the trigger ('at a press conference in X he said that protesters injured
    people': X is where he spoke); None where it names none."""
    doc = ctx.parsed.doc
    for mention in view.mentions:
        span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
        if mention.type != EntityType.PLACE or span is None or not len(span) \
                or place_preposition(ctx, span[0]) not in ctx.lex.place_preps:
            continue
        between = list(doc[span.end:trigger.i]) if span.end <= trigger.i else []
        if not any(t.lemma_.lower() in ctx.lex.reporting or t.text.lower() in ctx.lex.reporting for t in between):
            return ctx.ref(mention)
    return None


def dateline_place(ctx: ArticleContext, view: SentenceView) -> EntityRef | None:
    """The dateline's place for a sentence of the dateline's paragraph that names no place itself."""
    article = ctx.parsed.article
    got = _dateline(article.text, article.lang, article.body_start)
    if got is None:
        return None
    begin, end, (place_begin, place_end) = got
    sentence = view.sentence
    if not (begin <= sentence.end and sentence.begin < end):
        return None
    if any(m.type == EntityType.PLACE for m in view.mentions if m.begin >= place_end or m.end <= place_begin):
        return None
    for m in ctx.mentions:
        if m.begin <= place_begin and place_end <= m.end and m.type == EntityType.PLACE:
            return ctx.ref(m)
    return None


def in_dateline(ctx: ArticleContext, mention: Mention) -> bool:
    """Whether the mention is the place a dateline names (no participant of the events after it)."""
    article = ctx.parsed.article
    got = _dateline(article.text, article.lang, article.body_start)
    return got is not None and mention.begin <= got[2][0] and got[2][1] <= mention.end


def in_credit_line(ctx: ArticleContext, mention: Mention) -> bool:
    """'Агентство-Х - Министр ... ушел в отставку': an organisation that opens a paragraph, with a
    dash and a capitalised word after it, is the agency the report is credited to, no participant."""
    if mention.type != EntityType.ORGANIZATION:
        return False
    text = ctx.parsed.article.text
    if text[:mention.begin].rstrip(" \t")[-1:] not in ("\n", ""):
        return False
    after = _CREDIT_DASH.match(text, mention.end)
    return after is not None and after.group(1).isupper()


_CREDIT_DASH = re.compile(r"[ \t]*[-–—][ \t]+(\w)")


def statement_place(ctx: ArticleContext, view: SentenceView, cue: Token) -> EntityRef | None:
    """Where a statement was made: a place its reporting verb's clause names after a locative
    preposition ('заявил во время пресс-конференции в Карачи', 'said in Orsk'), else the
    dateline's for the dateline's paragraph; the places a speaker talks about are not it, nor a
    place in quoted words ('„... it is in Europe.” According to X, ...': the words', not where said)
    nor a place after 'according to' ('Според X', 'Według X': the words that follow are X's)
    nor, without a parse, one outside the verb's own clause ('Як повідомляв X, газопровід з Росії …':
    :func:`~kgraph.facts.when.reporting_clause`)."""
    sentence = view.sentence
    if cue.text.lower() in ctx.lex.person_source_words:
        return dateline_place(ctx, view)  # 'Според X Брекзит е загуба за Лондон': the rest is X's words
    begin, end = (0, len(ctx.parsed.article.text)) if ctx.has_parse else reporting_clause(view.tokens(), cue, ctx.lex)
    for slot, mention in arguments(ctx, view, cue):
        if slot in ("place", "to") and mention.type == EntityType.PLACE and not in_dateline(ctx, mention) \
                and not quoted(sentence.text, mention.begin - sentence.begin, "„" in ctx.parsed.article.text) \
                and begin <= mention.begin < end \
                and not (ctx.has_parse and _through_a_noun_argument(ctx, mention, cue)) \
                and not (not ctx.has_parse and _after_a_title(ctx, view, cue, mention)):
            return ctx.ref(mention)
    return dateline_place(ctx, view)


def _after_a_title(ctx: ArticleContext, view: SentenceView, cue: Token, mention: Mention) -> bool:
    """Without a parse, a place after the reporting verb and a title ('сказав міністр юстиції в
    провінції X Y'): the office's place, where the speaker serves, not where the words were said."""
    titles = {key[0] for key in ctx.lex.titles if len(key) == 1}
    return any(t.i > cue.i and (t.lemma_ or t.text).lower() in titles for t in view.tokens()
               if cue.idx < t.idx < mention.begin)


_ARGUMENT_DEPS = ("obj", "dobj", "iobj", "nsubj", "nsubj:pass", "nsubjpass", "attr")


def _through_a_noun_argument(ctx: ArticleContext, mention: Mention, cue: Token) -> bool:
    """Whether the place hangs on the verb's subject or object ('told details of his detention in
    X': where the detention was, not the telling), not on a circumstance ('at a conference in X')."""
    token = ctx.root_of(mention)
    for _ in range(8):
        if token is None or token.i == cue.i or token.head.i == token.i:
            return False
        if token.dep_ in _ARGUMENT_DEPS:
            return True
        token = token.head
    return False
