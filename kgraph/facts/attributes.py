"""A name that modifies a common noun ('замовлення ЄС', 'zamówienie UE': the EU's order): the
noun's owner, which acts in no clause by standing there."""
from __future__ import annotations

from spacy.tokens import Token

from .args import is_nominal
from .context import ArticleContext
from .coref import title_of
from .media import media_lexicon
from .tense import is_verb_form

__all__ = ["of_a_noun_after"]

_REACH = 6  # words of the noun phrase looked back at from the name


def of_a_noun_after(ctx: ArticleContext, token: Token, verb: Token) -> bool:
    """Without a parse, the name opening at ``token``, after the verb, follows a common noun of the
    verb's object phrase that no title, body, staff or media noun heads ('розкритикували обережне
    замовлення ЄС'): the noun's genitive, not the verb's speaker ('powiedział szef dyplomacji X',
    'заявили в компанії X', 'сказав прем'єр X' keep theirs)."""
    if ctx.has_parse or ctx.lang not in ("pl", "uk", "ru") or token.i <= verb.i + 1:
        return False
    doc = token.doc
    if not doc[token.i - 1].is_alpha or not is_nominal(ctx, doc[token.i - 1]):
        return False
    if token.i - verb.i - 1 > _REACH:
        return False
    for word in doc[verb.i + 1: token.i]:
        low = word.text.lower()
        if ctx.mention_at(word) is not None and word.i < token.i - 1:
            continue  # 'замовлення ЄС вакцини X': another owner of the phrase
        if not word.is_alpha or not word.is_lower or low in ctx.lex.prepositions or low in ctx.lex.place_preps \
                or is_verb_form(word, ctx.lang) or _heads_a_name(ctx, word):
            return False  # 'повідомили в міністерстві X', 'сказав прем'єр X': where from, or who
    return True


def _heads_a_name(ctx: ArticleContext, word: Token) -> bool:
    """A title, a body's, staff's, person's or media noun: the name after it is its holder or itself."""
    low, lemma = word.text.lower(), word.lemma_.lower()
    if title_of(ctx, word) is not None or {low, lemma} & (ctx.lex.organisation_nouns | ctx.lex.member_nouns):
        return True
    ml = media_lexicon(ctx.lang)
    return bool({low, lemma} & (ml.person_nouns | set(ml.relations))) or any(low.startswith(c) for c in ml.cues if len(c) >= 4)
