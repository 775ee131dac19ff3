"""A name that is the attribute of a noun for the people around it: its shareholders, staff, crews,
customers, lawyers or kin ("Инвесторы X требуют", "piloci X zapowiedzieli", "адвокат X сказал").
Those people act and speak, not X: X is not the speaker, and not the verb's subject but its object
(the crews of X strike against X; the investors of X demand of X).

The nouns are data: ``member_nouns`` of ``cues.json`` (lemmas). With a parse, the name hangs on such
a noun as its genitive (``nmod``, ``poss``, "of X"), directly or through a classifier ("акционеры
компании X"); without one, an organisation's name stands a few words after such a noun in its
clause ("personel pokładowy X", "Piloci ze X").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgraph.model import EntityType, Mention

if TYPE_CHECKING:
    from .context import ArticleContext

__all__ = ["of_members", "members_before"]

_GENITIVE = frozenset({"nmod", "nmod:poss", "poss"})
_THROUGH = frozenset({"appos", "flat", "flat:name", "compound", "nmod", "nmod:poss", "poss", "pobj", "prep"})
_HOPS = 3  # 'акционеры компании X': X, its classifier, the members' noun
_BACK = 3  # words a member noun may stand before the name without a parse ('personel pokładowy X')


def _member(ctx: ArticleContext, token: Token) -> bool:
    return token.lemma_.lower() in ctx.lex.member_nouns or token.text.lower() in ctx.lex.member_nouns


def _parsed(ctx: ArticleContext, root: Token) -> bool:
    token = root
    for _ in range(_HOPS):
        head = token.head
        if head.i == token.i or token.dep_ not in _THROUGH:
            return False
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lemma_.lower() in ctx.lex.of_words:
            token, head = head, head.head  # "the pilots of X": 'of' hangs on the noun
            if _member(ctx, head):
                return True
        elif token.dep_ in _GENITIVE and _member(ctx, head):
            return True
        elif token.dep_ == "pobj":
            return False  # "the pilots of X in Germany": a place phrase, not whose
        token = head
    return False


def _window(ctx: ArticleContext, first: Token) -> bool:
    doc = first.doc
    for i in range(first.i - 1, max(-1, first.i - 1 - _BACK), -1):
        word = doc[i]
        if word.is_punct or word.text.lower() in ctx.lex.clause_breaks or ctx.mention_at(word) is not None:
            return False
        if _member(ctx, word):
            return True
        if word.is_sent_start:
            return False
    return False


def of_members(ctx: ArticleContext, mention: Mention) -> bool:
    """Whether ``mention`` names whose members, staff or kin the phrase is about (not who acts).
    Without a parse organisations, and a person only in an oblique case right after a nominative
    noun: a person after such a noun is mostly the noun's own name ("адвокат Олег X")."""
    if mention.type == EntityType.PLACE:
        return False  # "Пилоты X в Германии": where, never whose (the arguments' place rules)
    if ctx.has_parse:
        root = ctx.root_of(mention)
        return root is not None and _parsed(ctx, root)
    span = ctx.parsed.doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if mention.type != EntityType.ORGANIZATION:
        return mention.type == EntityType.PERSON and _oblique_after_nominative(ctx, span[0])
    return _window(ctx, span[0])


def _oblique_after_nominative(ctx: ArticleContext, first: Token) -> bool:
    """A person's name with no nominative reading right after a member noun that has one ('Mąż
    Marii Nowak - Jan Nowak', 'адвокат Марії Петренко'): the genitive of whose kin or lawyer he is,
    not the noun's own name ('адвокат Олег Петренко'); only where a dictionary tells (pl, ru, uk)."""
    from .args import may_be_nominative

    if ctx.lang not in ("pl", "ru", "uk") or first.i == 0:
        return False
    noun = first.doc[first.i - 1]
    return _member(ctx, noun) and may_be_nominative(ctx, noun) and not may_be_nominative(ctx, first)


def members_before(ctx: ArticleContext, noun: Token) -> bool:
    """Without a parse, a company noun standing for a firm named before ('пілоти компанії
    страйкуватимуть', 'співробітники компанії'): a member noun stands right before it, so the
    firm is whose staff act, not the doer."""
    return not ctx.has_parse and _window(ctx, noun)
