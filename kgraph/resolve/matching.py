"""When two keyed names are spelling variants of one name (the fuzzy part of resolution)."""
from __future__ import annotations

import functools
import itertools
import re

from rapidfuzz.distance import Levenshtein

from kgraph.translit import similarity

__all__ = [
    "PERSON_TOKEN_MIN", "PERSON_MEAN_MIN", "persons_match", "names_match", "gendered_pair", "within_one_edit",
    "female_surname_pair",
    "skeleton", "loose", "hard_c", "soft_english", "greek_ch", "silent_e", "french", "german_v", "PERSON_READINGS", "THING_READINGS", "bare_forms", "diphthong",
]

PERSON_TOKEN_MIN = 0.88  # every word of two variant person names at least this similar
PERSON_MEAN_MIN = 0.92  # and on average at least this
OTHER_TOKEN_MIN = 0.9
# Across scripts (a name only ever written in Latin, its variant only in Cyrillic) the Cyrillic is a
# transcription of how the name sounds, whose vowels follow English or German speech rather than
# spelling ('Gray' Грей, 'Heuston' Хойстън, 'Nordair' Нордеър): with the consonants all equal, in
# order, the vowels may differ more.
CROSS_TOKEN_MIN = 0.75
CROSS_MEAN_MIN = 0.88
CROSS_MIN_CONSONANTS = 3  # a name's consonants, at least (a shorter skeleton is no evidence)
_VOWEL = re.compile(r"[aeiou]")
_FEMININE_PAIRS = (("ski", "ska"), ("ski", "skaia"), ("ki", "kaia"), ("oi", "aia"), ("ii", "aia"))


# letters that transliterations of one name write differently: Cyrillic digraphs first (one
# sound each), then г as g (Russian) or h (Ukrainian, Latin), ks/kz for x, j/y for й, a Latin h
# that Cyrillic drops (Bhatti, Adhanom), w for v
# (щ is шт in Bulgarian, as it transcribes German 'St'/'Sch't: 'Щайнберг', 'Штайнберг')
_DIGRAPHS = (("shch", "\u0161t"), ("sh", "\u0161"), ("ch", "\u010d"), ("zh", "\u017e"), ("kh", "h"), ("ts", "c"))
_LOOSE = str.maketrans({"h": "g", "z": "s", "j": "i", "y": "i", "w": "v", "q": "k"})
_SILENT_H = re.compile(r"(?<=[bdgkpt])h")
_HARD_C = re.compile(r"c(?=[aou]|[^aeiouyh]|$)")
_EU = re.compile(r"^eu(?=[^aeiou])")
_SOFT_G = re.compile(r"g(?=[eiy])")
_SOFT_C = re.compile(r"c(?=[eiy])")
_VOWEL_RUN = re.compile(r"([aeiou])[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 16)
def loose(key: str) -> str:
    """A key with the letters transliterations disagree on made one ('Дейвис' deivis and
    'Дэвис' devis → devis; 'Гайко' gaiko and haiko; 'Некзит' nekzit and 'Nexit' neksit;
    'Bhatti' and 'Бати'): vowel runs are cut to their first vowel, double letters made one."""
    for digraph, one in _DIGRAPHS:
        key = key.replace(digraph, one)
    key = _SILENT_H.sub("", key).translate(_LOOSE)
    return _DOUBLE.sub(r"\1", _VOWEL_RUN.sub(r"\1", key))


def hard_c(key: str) -> str:
    """A Latin key with English c before a, o, u or a consonant made k ('corbin' korbin, 'jacobs'
    jakobs), and an initial Greek 'eu' made 'ev' ('eurostar' evrostar, Евростар): how a Cyrillic
    transcription writes it. Only across scripts (a Cyrillic key has no c; a Latin one may be
    Polish 'c', ts)."""
    return _HARD_C.sub("k", _EU.sub("ev", key))


def soft_english(key: str) -> str:
    """A Latin key read as English says it before e, i, y: g as j (the key of дж: 'surgeon'
    surjeon, Сърджън), c as s ('pierce' pierse) and elsewhere c as k (:func:`hard_c`). One more
    reading across scripts, beside :func:`hard_c` (German and Slavic names keep the hard g:
    'Angela' Ангела)."""
    return hard_c(_SOFT_C.sub("s", _SOFT_G.sub("j", key)))


def greek_ch(key: str) -> str:
    """A Latin key with the Greek 'ch' of English names made k ('michael' mikael, Майкъл;
    'christopher' kristopher, Кристофър), c elsewhere as :func:`hard_c`: a third reading across
    scripts (Czech and Polish keys read ch as h, English ones as č)."""
    return hard_c(key.replace("ch", "k"))


_FINAL_E = re.compile(r"(?<=[^aeiou])e$")


def silent_e(key: str) -> str:
    """:func:`soft_english` with the final e English does not say dropped ('page' paj, Пейдж;
    'pierce' piers, Пирс): a fourth reading across scripts."""
    return _FINAL_E.sub("", soft_english(key))


_IER = re.compile(r"(?<=i)er$")


def french(key: str) -> str:
    """A Latin key read as French says it: ch as sh ('michel' mishel, Мишел), a final '-ier' as
    '-ie' ('garnier' garnie, Гарние), 'eau' as o; c elsewhere as :func:`hard_c`."""
    return hard_c(_IER.sub("e", key.replace("eau", "o").replace("ch", "sh")))


def german_v(key: str) -> str:
    """A Latin key with v read as German says it, f ('von' fon, фон; 'volker' Фолькер); c as
    :func:`hard_c`."""
    return hard_c(key.replace("v", "f"))


def diphthong(key: str) -> str:
    """A key with 'ai' and 'ei' made one ('daili' deili, Дейли; 'heints' Хайнц): English says
    'ai' as ей, German 'ei' as ай; c as :func:`hard_c`."""
    return hard_c(key.replace("ai", "ei"))


# the readings of a Latin name across scripts (each applied to both keys compared)
PERSON_READINGS = (hard_c, soft_english, silent_e, greek_ch, french, german_v, diphthong)
THING_READINGS = (hard_c, diphthong)


def bare_forms(word: str) -> set[str]:
    """A one-word name's key as written and as a Cyrillic transcription may read it (English c,
    soft g and silent final e: 'delage' delaj, Делаж): what a bare surname is blocked and
    compared by (:mod:`.bare_names`)."""
    return {word, hard_c(word), silent_e(word)}


def skeleton(key: str) -> str:
    """The consonants of a key's :func:`loose` form, in order: transliteration variants differ
    in vowels, not there."""
    return _VOWEL.sub("", loose(key))


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


def _same_onset(a: str, b: str) -> bool:
    """Two loose keys begin alike: with one letter, or both with a vowel (an English diphthong
    transcribed by its sound: 'Airbus' Еърбъс, 'Eyrlane' Ейрлейн)."""
    return a[0] == b[0] or (a[0] in "aeiou" and b[0] in "aeiou")


def within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most 1 (rapidfuzz)."""
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _token_score(a: str, b: str, cross: bool = False) -> float:
    if a == b:
        return 1.0
    if (min(len(a), len(b)) < 4 and not cross) or skeleton(a) != skeleton(b) or gendered_pair(a, b):
        return 0.0
    if cross and (not skeleton(a) or loose(a)[0] != loose(b)[0]):
        return 0.0  # a short word across scripts: its consonants and its first letter agree
    return max(similarity(a, b), similarity(loose(a), loose(b)))


def _aligned(a: tuple[str, ...], b: tuple[str, ...], cross: bool) -> bool:
    scores = [_token_score(x, y, cross) for x, y in zip(a, b)]
    token_min, mean_min = (CROSS_TOKEN_MIN, CROSS_MEAN_MIN) if cross else (PERSON_TOKEN_MIN, PERSON_MEAN_MIN)
    return min(scores) >= token_min and sum(scores) / len(scores) >= mean_min


def _consonants(tokens: tuple[str, ...]) -> int:
    return sum(len(skeleton(t)) for t in tokens)


def persons_match(a: tuple[str, ...], b: tuple[str, ...], cross_script: bool = False) -> bool:
    """Two full person names (keyed tokens) are spelling variants, in any word order;
    ``cross_script``: one only ever written in Latin, the other in Cyrillic (vowels freer)."""
    if len(a) != len(b) or not a:
        return False
    if cross_script:
        return any(_persons_match(tuple(map(read, a)), tuple(map(read, b)), True) for read in PERSON_READINGS)
    return _persons_match(a, b, False)


def _persons_match(a: tuple[str, ...], b: tuple[str, ...], cross_script: bool) -> bool:
    cross = cross_script and _consonants(a) >= CROSS_MIN_CONSONANTS
    if len(a) > 4:
        return _aligned(a, b, cross)
    return any(_aligned(a, perm, cross) for perm in itertools.permutations(b))


def names_match(a: tuple[str, ...], b: tuple[str, ...], cross_script: bool = False) -> bool:
    """Two place/organisation names (keyed tokens, same order) are spelling variants.

    Strict: written together they are equal (``nur sultan``/``nursultan``), or they have the
    same words, each equal or (five letters or more) one vowel edit apart with Jaro-Winkler
    ≥ 0.9 — so Austria/Australia, Slovakia/Slovenia, Iran/Iraq stay apart. ``cross_script``
    (one only ever written in Latin, the other in Cyrillic): a word of three consonants or more
    may differ in its vowels only, with Jaro-Winkler ≥ 0.75 ('Heuston' Хойстън).
    """
    if not a or not b:
        return False
    if cross_script:
        return any(_names_match(tuple(map(read, a)), tuple(map(read, b)), True) for read in THING_READINGS)
    return _names_match(a, b, False)


def _names_match(a: tuple[str, ...], b: tuple[str, ...], cross_script: bool) -> bool:
    if "".join(a) == "".join(b):
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if min(len(x), len(y)) < 5 or skeleton(x) != skeleton(y):
            return False
        lx, ly = loose(x), loose(y)
        if cross_script and len(skeleton(x)) >= CROSS_MIN_CONSONANTS and _same_onset(lx, ly):
            if max(similarity(x, y), similarity(lx, ly)) < CROSS_TOKEN_MIN:
                return False
            continue
        if not (within_one_edit(x, y) or within_one_edit(lx, ly)) or max(similarity(x, y), similarity(lx, ly)) < OTHER_TOKEN_MIN:
            return False
    return True
