"""Polish words and word tests the reader shares: SGJP classes, names.json's lists, sentence starts."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kgraph.lang import language_data
from kgraph.nlp.morfeusz import WordInfo
from kgraph.nlp.spans import is_capitalised

__all__ = ["TITLE_LEMMAS", "APOSTROPHES", "OPENERS", "FUNCTION_CLASSES", "VERB_CLASSES", "NOMINAL_CLASSES", "AFTER_NAME_NUMBER", "is_sentence_initial", "is_joined", "is_initial", "common_noun", "only_place", "media_heads", "is_media_head", "body_acronyms", "surname_endings", "place_heads", "place_preps", "seat_heads", "head_words", "particle_words"]

TITLE_LEMMAS = frozenset(
    "prezydent premier minister wiceminister rzecznik dziennikarz dziennikarka przewodniczący szef "
    "ambasador konsul sekretarz generał pan pani król poseł senator muzyk piosenkarka".split()
)


APOSTROPHES = {"'", "’", "‘"}


OPENERS = {"„", '"', "«", "-", "–", "—", "(", "'", "‚"}


# SGJP's parts of speech no name shares: a capitalised word inside a sentence that reads as one
# of them ('… w Holandii Tylko niemal 6 proc.', '… Spada liczba …') opens a sentence whose stop
# was lost (a headline glued to the text).
FUNCTION_CLASSES = frozenset("qub conj comp prep ppron12 ppron3 pred interj".split())


# Verb forms count the same when the word has no noun or adjective reading ('Haram' is also a noun).
VERB_CLASSES = frozenset("fin praet impt imps inf pcon pant bedzie winien".split())


NOMINAL_CLASSES = frozenset("subst depr adj ger ppas pact".split())


# Parts of speech of a word after a number that say the number does not count it ('Baltic Link 2
# to …', 'Radiu 24, że …'): the number then belongs to the name before it.
AFTER_NAME_NUMBER = frozenset("conj comp part qub pred prep fin praet bedzie aglt ppron3 ppron12 imps inf adv".split())


def is_sentence_initial(token: Token) -> bool:
    prev = token.i - 1
    while prev >= 0 and (token.doc[prev].text in OPENERS or token.doc[prev].is_space):
        if token.doc[prev].is_space and "\n" in token.doc[prev].text:
            return True
        prev -= 1
    if prev < 0:
        return True
    before = token.doc[prev]
    return token.is_sent_start or before.text in {".", "!", "?", "…", ":"} or "\n" in before.whitespace_


def is_joined(doc: Doc, i: int) -> bool:
    """'Nowo-Tarvie': a hyphen glued to capitalised words on both sides joins them."""
    t = doc[i]
    return (
        (t.text == "-" or t.text in APOSTROPHES and i > 0 and len(doc[i - 1].text) == 1)  # 'O‘Leary'
        and not t.whitespace_
        and i > 0
        and not doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and is_capitalised(doc[i + 1].text)
    )


def common_noun(info: WordInfo) -> bool:
    """A common noun or adjective reading ('Post', 'Radia'), not a preposition ('W')."""
    return bool(info.classes & NOMINAL_CLASSES)


@lru_cache(maxsize=1)
def media_heads() -> frozenset[str]:
    """'telewizja', 'radio', 'portal': names.json's media_heads."""
    return frozenset(language_data("pl").names.media_heads)


def is_media_head(token: Token) -> bool:
    return bool({token.lower_, token.lemma_.lower()} & media_heads())


def only_place(info: WordInfo) -> bool:
    """A word SGJP reads as a place name and as no common word ('Litwy', not 'Obrony')."""
    return info.geographic and not info.common


@lru_cache(maxsize=1)
def body_acronyms() -> frozenset[str]:
    """'msz', 'mon': single-word names of state bodies (institutions.json)."""
    kinds = language_data("pl").institutions.kinds.values()
    return frozenset(name for names in kinds for name in names if " " not in name)


@lru_cache(maxsize=1)
def surname_endings() -> tuple[str, ...]:
    """'-ski', '-icz', '-enko': names.json's person_endings."""
    return tuple(language_data("pl").names.person_endings)


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """'morze', 'królestwo', 'republika': names.json's place_heads."""
    return frozenset(language_data("pl").names.place_heads)


@lru_cache(maxsize=1)
def thing_case_endings() -> tuple[str, ...]:
    """Oblique endings an unknown one-word name of a place, body or thing loses ('Eurostatu')."""
    return tuple(sorted(language_data("pl").names.thing_case_endings, key=len, reverse=True))


@lru_cache(maxsize=1)
def place_preps() -> frozenset[str]:
    """'w', 'we': names.json's place_preps."""
    return frozenset(language_data("pl").names.place_preps)


@lru_cache(maxsize=1)
def seat_heads() -> frozenset[str]:
    """'sąd', 'szpital', 'opera': names.json's seat_heads, bodies named with their seat."""
    return frozenset(language_data("pl").names.seat_heads)


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """Every head word of names.json (organisation, event, place)."""
    names = language_data("pl").names
    return frozenset((*names.organization_heads, *names.event_heads, *names.place_heads))


@lru_cache(maxsize=1)
def particle_words() -> frozenset[str]:
    """'von', 'de', 'bin': names.json's particles."""
    return frozenset(language_data("pl").names.particles)


def is_initial(doc: Doc, i: int) -> bool:
    """'M' of 'Andrzej M. Kowal': one capital letter glued to a stop, a name word after it."""
    token = doc[i]
    return (len(token.text) == 1 and token.text.isupper() and token.text.isalpha() and not token.whitespace_
            and i + 2 < len(doc) and doc[i + 1].text == "." and is_capitalised(doc[i + 2].text)
            and not doc[i + 2].is_sent_start)
