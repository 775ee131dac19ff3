"""Base forms of many-word names and of possessive adjectives for the Latin-script reader.

A body's or a place's name is adjectives, a head noun and what follows it ('Českého rozhlasu
Plus', 'Ministrstvu za zdravje', 'Osnovne šole Cvetka Golarja'): the head goes to the
dictionary's lemma, each adjective before it to the nominative in the head's gender (the
adjective's stem as written, its case ending swapped: 'Baltskim morjem' → 'Baltsko morje'), and
what follows the head stays as written (it is a genitive or a preposition's case). A possessive
adjective made from a name ('Mayeva', 'Merklova', 'Putinův') names the one its stem names, when
the article names that one too. Every ending is the language's ``names.json``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kgraph.lang.data import LanguageData
from kgraph.nlp.lexicon import word_facts

__all__ = ["PhraseWords", "phrase_words", "phrase_normal", "possessive_base", "proper_lemma", "thing_base"]

CONSONANTS = frozenset("bcčćdďfghjklľĺłmnňńpqrřsśštťvwxzźżž")
MIN_STEM = 3


@dataclass(frozen=True)
class PhraseWords:
    """The endings of one language that the base forms of names need, lower-cased."""

    code: str
    adjective_endings: tuple[str, ...]  # endings of adjectives' lemmas ('ský', 'ski')
    adjective_cases: tuple[tuple[str, str], ...]  # ending -> its nominative ('' = by the noun's gender), longest first
    adjective_nominatives: Mapping[str, str]  # gender ('m', 'f', 'n') -> the nominative ending
    noun_genders: tuple[tuple[str, str], ...]  # a noun lemma's ending -> its gender, longest first
    possessive_endings: tuple[str, ...]  # 'ova', 'ův', 'jevega': a possessive adjective's endings, longest first
    lemma_endings: tuple[tuple[str, str], ...] = ()  # a proper lemma's wrong ending -> the base form's ('sko' -> 'ska')
    thing_case_endings: tuple[str, ...] = ()  # oblique endings of unknown one-word names of things, longest first


def phrase_words(data: LanguageData) -> PhraseWords:
    names = data.names
    longest = lambda pairs: tuple(sorted(((k.lower(), v.lower()) for k, v in pairs), key=lambda kv: -len(kv[0])))  # noqa: E731
    return PhraseWords(
        data.code, tuple(sorted((e.lower() for e in names.adjective_endings), key=len, reverse=True)),
        longest(names.adjective_cases.items()), dict(names.adjective_nominatives), longest(names.noun_genders.items()),
        tuple(sorted((e.lower() for e in names.possessive_endings), key=len, reverse=True)),
        longest(names.lemma_endings.items()), tuple(sorted((e.lower() for e in names.thing_case_endings), key=len, reverse=True)))


def proper_lemma(lemma: str, words: PhraseWords | None) -> str:
    """The dictionary's proper lemma, its ending mended where the dictionary gives a case form
    for the base ('Irskem' -> 'Irsko', the accusative, for 'Irska')."""
    lower = lemma.lower()
    for wrong, right in words.lemma_endings if words is not None else ():
        if lower.endswith(wrong) and len(lower) - len(wrong) >= 2:
            return lemma[: len(lemma) - len(wrong)] + right
    return lemma


def thing_base(word: str, endings: tuple[str, ...]) -> str | None:
    """'Brindonu' -> 'Brindon', 'Tarvexitem' -> 'Tarvexit': a capitalised word that ends in one of
    ``endings`` (longest first) after a consonant, less that ending; None otherwise. For one-word
    names of places, bodies and things no dictionary knows: no nominative ends so ('-u', '-em'
    after a consonant), while a person's name may (a woman's in '-a')."""
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return None
    lower = word.lower()
    for ending in endings:
        stem = lower[: len(lower) - len(ending)]
        if lower.endswith(ending) and len(stem) >= MIN_STEM and stem[-1] in CONSONANTS:
            return word[: len(stem)]
    return None


def _case_ending(lower: str, words: PhraseWords) -> tuple[str, str] | None:
    return next(((e, n) for e, n in words.adjective_cases if lower.endswith(e) and len(lower) - len(e) >= MIN_STEM), None)


def _is_adjective(token: Token, words: PhraseWords) -> bool:
    """The dictionary's lemma has an adjective's ending, or is the word less an adjective's case
    ending ('Črnem' of 'črn'); or a word it does not know ends as an adjective made with the
    commonest adjective suffix of these languages ('Baltskim': -sk-)."""
    facts = word_facts(token.text, words.code)
    lower = token.text.lower()
    found = _case_ending(lower, words)
    stem = lower[: len(lower) - len(found[0])] if found is not None else None
    if facts.known:
        lemma = facts.lemma.lower()
        return facts.common and not facts.proper and (lemma.endswith(words.adjective_endings) or (
            found is not None and len(found[0]) >= 2 and stem == lemma))  # 'Črnem' of 'črn'
    return stem is not None and stem.endswith(("sk", "ck", "šk", "čk"))


def _gender(lemma: str, words: PhraseWords) -> str:
    return next((g for e, g in words.noun_genders if lemma.endswith(e)), "m")


def _cased(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def phrase_normal(span: Span, words: PhraseWords) -> str | None:
    """The name of a body or place in the nominative (see the module); None where the words are
    not adjectives before a noun the dictionary knows, or are already in the nominative."""
    if not words.adjective_cases or not words.adjective_nominatives:
        return None
    tokens = [t for t in span if not t.is_space]
    head = None
    for k, token in enumerate(tokens):
        if not token.text.isalpha() or (token.text.isupper() and len(token.text) > 1):
            return None
        if k + 1 < len(tokens) and _is_adjective(token, words):
            continue
        head = k
        break
    if head is None:
        return None
    facts = word_facts(tokens[head].text, words.code)
    if not facts.known:
        return None
    lemma = facts.lemma.lower()
    if lemma == tokens[head].lower_ and head == 0:
        return None  # a noun in its base form opens the name: the rest is its tail
    gender = _gender(lemma, words)
    out = []
    for token in tokens[:head]:
        lower = token.text.lower()
        found = _case_ending(lower, words)
        if found is None:
            return None  # a plural or an ending the data does not know: left as written
        ending, nominative = found
        out.append(_cased(token.text, lower[: len(lower) - len(ending)] + (nominative or words.adjective_nominatives.get(gender, ""))))
    out.append(_cased(tokens[head].text, proper_lemma(facts.lemma, words) if facts.proper else lemma))
    out.extend(t.text for t in tokens[head + 1:])
    normal = " ".join(out)
    return None if normal == " ".join(t.text for t in tokens) else normal


def _candidates(stem: str) -> list[str]:
    """The name a possessive's stem may come from: itself, without the 'j' Slovene puts after a
    vowel or 'r' ('Bibij-', 'Junckerj-'), with a fleeting 'e' back ('Merkl-' of 'Merkel'), with
    the '-a' a feminine name loses ('Asi-in' of 'Asia')."""
    out = [stem]
    if stem.endswith("j"):
        out.append(stem[:-1])
    for s in list(out):
        if len(s) >= 3 and s[-1] in CONSONANTS and s[-2] in CONSONANTS:
            out.append(s[:-1] + "e" + s[-1])
        out.append(s + "a")
    if stem.endswith("ij"):
        out.append(stem[:-1] + "a")  # 'Adrij-' of 'Adria'
    return out


def possessive_base(token: Token, seen: set[str], words: PhraseWords) -> str | None:
    """The name a possessive adjective is made from ('Mayeva' → 'May'), when the article names it
    (``seen``: the lower-cased words of its names); None otherwise."""
    lower = token.text.lower()
    for ending in words.possessive_endings:
        if not lower.endswith(ending) or len(lower) - len(ending) < 2:
            continue
        for base in _candidates(lower[: len(lower) - len(ending)]):
            if base in seen and base != lower:
                return token.text[:1] + base[1:]
    return None
