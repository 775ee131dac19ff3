"""Transliteration and phonetic name keys: where spellings of one name in any script meet.

``to_latin`` romanises Cyrillic (BGN/PCGN-like); ``name_key`` turns a name in Cyrillic, English
or Polish, Czech, Slovene orthography into one ASCII key (``Назарбаев``, ``Nazarbayev`` and
``Nazarbajew`` all give ``nazarbaev``); ``similarity`` compares two keys (rapidfuzz's Jaro-Winkler).
"""
from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz.distance import JaroWinkler

__all__ = ["to_latin", "name_key", "word_key", "orthography", "similarity", "jaro_winkler", "is_cyrillic", "POLISH_LIKE",
           "roman_number"]

# Cyrillic letter -> Latin (lower case). е/ё/ю/я/є/ї at a word start or after a vowel get "y".
_CYR: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian, Belarusian
    "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "w",
    # Kazakh, Kyrgyz, Tatar, Bashkir
    "ә": "a", "ғ": "gh", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u", "ҡ": "k", "ҙ": "z", "ҫ": "s", "ӊ": "ng",
    # Serbian, Macedonian
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}
# Bulgarian writes the vowel of English "o"/"u"/"a" as ъ (Джонсън ~ Джонсон ~ Johnson): a vowel there
_BULGARIAN = str.maketrans({"ъ": "а", "Ъ": "А"})
_IOTATED = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}
_AFTER_HUSHING = frozenset("жчшщц")  # ё after these is "o" (Khrushchov), not "yo"
_CYR_VOWELS = frozenset("аеёиоуыэюяєіїәөұүӣӯ")
_GLIDE_TRIGGERS = _CYR_VOWELS | frozenset("ъьй")

# Languages whose Latin orthography writes English "y" as "j" and "kh" as "ch".
POLISH_LIKE = frozenset({"pl", "de", "cs", "sk", "hr", "sl", "sr", "bs", "hu", "lt", "lv", "et", "nl"})
_POLISH_MARKERS = re.compile(r"[ąćęłńóśźż]|sz|cz|[aeiouy]w(?:[^aeiouy]|$)")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_VOWELS = "aeiou"
# Latin letters that do not decompose to ASCII (Turkic Latin alphabets among them: Şymkent, Əliyev)
_EXTRA_LATIN = str.maketrans({"ß": "ss", "ø": "o", "đ": "dj", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
                              "ş": "sh", "ç": "ch", "ğ": "g", "ə": "a", "ǵ": "g"})


def _cyr_letter(prev: str, ch: str) -> str:
    low = ch.lower()
    if low in _IOTATED and (not prev or prev.lower() in _GLIDE_TRIGGERS):
        return _IOTATED[low]
    if low == "ё" and prev.lower() in _AFTER_HUSHING:
        return "o"
    if low == "ы" and prev.lower() in _CYR_VOWELS:
        return "y"
    return _CYR.get(low, ch if not _CYRILLIC.match(ch) else "")


def _with_case(latin: str, ch: str, nxt: str) -> str:
    if not ch.isupper() or not latin:
        return latin
    if len(latin) > 1 and nxt.isupper():
        return latin.upper()
    return latin[0].upper() + latin[1:]


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter (a name written in Cyrillic script)."""
    return bool(_CYRILLIC.search(text))


def to_latin(text: str) -> str:
    """Romanise the Cyrillic letters of ``text`` (BGN/PCGN-like); anything else stays as is."""
    if not _CYRILLIC.search(text):
        return text
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(text):
        if _CYRILLIC.match(ch):
            nxt = text[i + 1] if i + 1 < len(text) else ""
            out.append(_with_case(_cyr_letter(prev, ch), ch, nxt))
            prev = ch
        else:
            out.append(ch)
            prev = "" if not ch.isalpha() else ch
    return "".join(out)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_LATIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _polish_to_english(word: str) -> str:
    """Polish (and German-like) orthography of a lower-case word → English-like spelling."""
    word = word.replace("dsch", "dż").replace("tsch", "cz")  # German: Dschumabekow, Tschernow
    word = word.replace("dż", "dzh").replace("dź", "dzh").replace("ż", "zh").replace("ź", "z")
    word = word.replace("sch", "sh").replace("ch", "kh").replace("cz", "ch").replace("sz", "sh")
    word = word.replace("ć", "ch").replace("ś", "s").replace("ń", "n").replace("ł", "l")
    word = word.replace("ó", "o").replace("ą", "a").replace("ę", "e").replace("w", "v")
    # Czech, Slovak, Slovene, Croatian: č š ž ř as the Cyrillic ч ш ж рж (Čapek ~ Чапек)
    word = word.replace("ř", "rzh").replace("č", "ch").replace("š", "sh").replace("ž", "zh").replace("ě", "e")
    word = re.sub(r"(?<=[bcdfghklmnprstvz])ie", "e", word)  # Lebiediew: "ie" after a consonant is е
    word = re.sub(r"c(?!h)", "ts", word)
    return word.replace("j", "y")


_SQUASH = (
    ("x", "ks"), ("q", "k"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("tch", "ch"),
    ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"), ("y", "i"),
)
_DOUBLE = re.compile(r"([a-z])\1+")
_SILENT_H = re.compile(r"(?<=[aeiou])h(?=[bcdfgjklmnpqrstvwxz])")  # Johnson / Джонсон, Ahmed / Ахмед
_GLIDE = re.compile(r"(?<=[aeiou])i(?=e)")  # Atambayev / Atambaev: the glide before е after a vowel


def _squash(word: str) -> str:
    for old, new in _SQUASH:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    word = _SILENT_H.sub("", word)
    word = _GLIDE.sub("", word)
    if word.startswith("ie"):
        word = word[1:]  # Yelena / Jelena / Elena
    return _DOUBLE.sub(r"\1", word)


# A Roman numeral of two letters or more (a lone 'I', 'V' or 'X' may be an initial or a letter
# name), up to 39, in Latin letters or in the Cyrillic ones that look alike (Ukrainian І, Х)
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_CYRILLIC_ROMAN = str.maketrans({"\u0406": "I", "\u0425": "X"})


def roman_number(word: str) -> str | None:
    """The number a Roman numeral of two letters or more writes ('II' → '2', 'XIV' → '14'), else None."""
    latin = word.translate(_CYRILLIC_ROMAN)
    if len(latin) < 2 or not _ROMAN.fullmatch(latin):
        return None
    values = [_ROMAN_VALUES[c] for c in latin]
    return str(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))


@functools.lru_cache(maxsize=1 << 18)
def word_key(word: str, lang: str | None = None) -> str:
    """The phonetic key of one word (see :func:`name_key`); a Roman numeral keys as its number."""
    if (number := roman_number(word)) is not None:
        return number
    if _CYRILLIC.search(word):
        if (lang or "").split("-")[0] == "bg":
            word = word.translate(_BULGARIAN)
        latin = to_latin(word).casefold()
    else:
        latin = word.casefold()
        if (lang or "").split("-")[0] in POLISH_LIKE or _POLISH_MARKERS.search(latin):
            latin = _polish_to_english(latin)
    ascii_ = "".join(c for c in _strip_marks(latin).lower() if "a" <= c <= "z" or "0" <= c <= "9")
    return _squash(ascii_)


def orthography(text: str, lang: str | None) -> str | None:
    """``lang``, or ``"pl"`` when one Polish-spelt word makes the whole name Polish-spelt."""
    if (lang or "").split("-")[0] not in POLISH_LIKE and _POLISH_MARKERS.search(text.casefold()):
        return "pl"
    return lang


@functools.lru_cache(maxsize=1 << 18)
def name_key(text: str, lang: str | None = None) -> str:
    """An ASCII key where spellings of one name in different scripts and orthographies meet.

    ``lang`` (optional) is the language the Latin text is written in: in Polish-like languages
    ``j`` is English ``y`` and ``ch`` is ``kh``; without it, Polish letters or digraphs in any
    word of the name (``ł``, ``sz``, ``-ow``) decide. Tokens are separated by one space; non-letters vanish.
    """
    lang = orthography(text, lang)
    keys = (word_key(w, lang) for w in _WORD.findall(text.replace("-", " ")))
    return " ".join(k for k in keys if k)


def jaro_winkler(a: str, b: str, prefix_weight: float = 0.1) -> float:
    """Jaro-Winkler similarity in [0, 1] (rapidfuzz)."""
    return JaroWinkler.similarity(a, b, prefix_weight=prefix_weight)


def similarity(a_key: str, b_key: str) -> float:
    """Similarity of two name keys in [0, 1] (Jaro-Winkler)."""
    return jaro_winkler(a_key, b_key)
