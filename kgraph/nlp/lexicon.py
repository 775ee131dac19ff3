"""What a language's dictionary says of one word, for the Latin-script capitalisation reader.

simplemma's dictionaries (cs, sk, sl, hbs for Croatian/Serbian/Bosnian, lt, lv, et, ro, hu ...)
give a word's lemma; a capitalised lemma ('Praze' -> 'Praha') is a proper name the dictionary
knows, a lowercase one ('Včera' -> 'včera') a common word. SGJP's list of given names (morfeusz2,
international: Jan, Petr, Ursula ...) tells a given name.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import cyrtranslit
import simplemma

from kgraph.nlp.morfeusz import analyse

__all__ = ["WordFacts", "word_facts", "dictionary_code", "has_dictionary"]

# ISO 639-1 codes whose dictionary simplemma keeps under another code.
_DICTIONARY_CODES = {"hr": "hbs", "sr": "hbs", "bs": "hbs", "me": "hbs"}
# Codes written in Cyrillic whose dictionary is in Latin letters: a word is looked up in its Latin
# spelling (cyrtranslit) and its lemma written back ('Нишу' -> 'Nišu' -> 'Niš' -> 'Ниш').
_THROUGH_LATIN = frozenset({"sr"})


@dataclass(frozen=True)
class WordFacts:
    lemma: str  # the dictionary's lemma, else the word itself
    known: bool  # the dictionary knows the word
    proper: bool  # its lemma is a proper name (capitalised)
    common: bool  # its lowercase form is a common word of the language
    first_name: bool  # SGJP knows the word (or its lemma) as a given name, and it is no common word


def dictionary_code(code: str) -> str:
    """simplemma's code for ``code``'s dictionary."""
    return _DICTIONARY_CODES.get(code, code)


@lru_cache(maxsize=None)
def has_dictionary(code: str) -> bool:
    """Whether simplemma has a dictionary for ``code``."""
    try:
        simplemma.is_known("a", lang=dictionary_code(code))
    except (ValueError, KeyError):
        return False
    return True


@lru_cache(maxsize=300_000)
def word_facts(word: str, code: str) -> WordFacts:
    """What ``code``'s dictionary and SGJP's given names say of ``word``."""
    if code in _THROUGH_LATIN and any("\u0400" <= ch <= "\u04ff" for ch in word):
        facts = _word_facts(cyrtranslit.to_latin(word, code), code)
        return replace(facts, lemma=cyrtranslit.to_cyrillic(facts.lemma, code))
    return _word_facts(word, code)


def _word_facts(word: str, code: str) -> WordFacts:
    lang = dictionary_code(code)
    if not has_dictionary(code):
        return WordFacts(word, False, False, False, analyse(word).first_name)
    known = simplemma.is_known(word, lang=lang)
    lemma = simplemma.lemmatize(word, lang=lang) if known else word
    lower = word.lower()
    common = lower != word and simplemma.is_known(lower, lang=lang) and simplemma.lemmatize(lower, lang=lang)[:1].islower()
    common = common or (lower == word and known)
    proper = known and lemma[:1].isupper()
    first_name = not common and (analyse(word).first_name or (proper and analyse(lemma).first_name))
    return WordFacts(lemma, known, proper, common, first_name)
