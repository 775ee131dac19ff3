"""When two keyed names are spelling variants of one name (the fuzzy part of resolution)."""
from __future__ import annotations

import itertools
import re

from rapidfuzz.distance import Levenshtein

from kgraph.translit import similarity

__all__ = [
    "PERSON_TOKEN_MIN", "PERSON_MEAN_MIN", "persons_match", "names_match", "gendered_pair", "within_one_edit",
    "female_surname_pair",
    "skeleton",
]

PERSON_TOKEN_MIN = 0.88  # every word of two variant person names at least this similar
PERSON_MEAN_MIN = 0.92  # and on average at least this
OTHER_TOKEN_MIN = 0.9
_VOWEL = re.compile(r"[aeiou]")
_FEMININE_PAIRS = (("ski", "ska"), ("ski", "skaia"), ("ki", "kaia"), ("oi", "aia"), ("ii", "aia"))


def skeleton(key: str) -> str:
    """The consonants of a key, in order: transliteration variants differ in vowels, not there."""
    return _VOWEL.sub("", key)


def gendered_pair(a: str, b: str) -> bool:
    """``ivanov``/``ivanova``, ``kowalski``/``kowalska``: the male and female form of one name."""
    if a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_ == short + "a":
        return True
    for male, female in _FEMININE_PAIRS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(male) and y.endswith(female) and x[: -len(male)] == y[: -len(female)]:
                return True
    return False


_FEMININE_BY_A = ("ov", "ev", "in", "yn")  # Slavic surnames whose woman's form adds -a (Ivanov/Ivanova)


def female_surname_pair(a: str, b: str) -> bool:
    """Two surname keys that are a man's and a woman's form. A surname plus 'a' is the woman's
    form only for -ov/-ev/-in; elsewhere it is an oblique case (Johnsona, Trumpa, Nowaka)."""
    if not gendered_pair(a, b):
        return False
    short, long_ = sorted((a, b), key=len)
    return long_ != short + "a" or short.endswith(_FEMININE_BY_A)


def within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most 1 (rapidfuzz)."""
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _token_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 4 or skeleton(a) != skeleton(b) or gendered_pair(a, b):
        return 0.0
    return similarity(a, b)


def _aligned(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    scores = [_token_score(x, y) for x, y in zip(a, b)]
    return min(scores) >= PERSON_TOKEN_MIN and sum(scores) / len(scores) >= PERSON_MEAN_MIN


def persons_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full person names (keyed tokens) are spelling variants, in any word order."""
    if len(a) != len(b) or not a:
        return False
    if len(a) > 4:
        return _aligned(a, b)
    return any(_aligned(a, perm) for perm in itertools.permutations(b))


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two place/organisation names (keyed tokens, same order) are spelling variants.

    Strict: written together they are equal (``nur sultan``/``nursultan``), or they have the
    same words, each equal or (five letters or more) one vowel edit apart with Jaro-Winkler
    ≥ 0.9 — so Austria/Australia, Slovakia/Slovenia, Iran/Iraq stay apart.
    """
    if not a or not b:
        return False
    if "".join(a) == "".join(b):
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if (min(len(x), len(y)) < 5 or skeleton(x) != skeleton(y) or not within_one_edit(x, y)
                or similarity(x, y) < OTHER_TOKEN_MIN):
            return False
    return True
