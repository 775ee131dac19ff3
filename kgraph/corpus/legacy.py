"""Reading a file in a legacy single-byte code page, only where that reading is beyond doubt.

A code page is a candidate only when the *whole* file decodes in it without an undefined byte,
and it is taken only when the result reads as a language: the language detector names one, the
letters beyond ASCII the code page gives are (all but a few) letters of that language
(``ontology/nlp/alphabets.json``: the alphabet language detection reads, and the auxiliary
letters of foreign names, after CLDR), and the text does not do what real text never
does (control characters, symbols inside words, words mixing Latin and Cyrillic, lower-then-upper
case flips inside a word, Latin words made mostly of accented letters). Otherwise the caller reads
the file as damaged UTF-8 and reports every invalid byte.

Candidates that read differently are ranked on those scores, then charset-normalizer's mess
ratio, then the detector's confidence; identical readings are named after the language's usual
code page. Every score is rounded before it is compared: the detector's confidences differ in
their last bits from one process to the next, and the same bytes must give the same text, every
run, on every machine.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kgraph.resources import read_json

__all__ = ["LEGACY_ENCODINGS", "LegacyGuess", "guess_legacy", "badness", "foreign_share"]

# Recorded name -> Python codec. Order = preference when everything else ties.
LEGACY_ENCODINGS: dict[str, str] = {
    "cp1251": "cp1251",
    "cp1250": "cp1250",
    "cp1252": "cp1252",
    "koi8-r": "koi8_r",
    "iso-8859-2": "iso8859_2",
    "iso-8859-1": "latin_1",
}
# The code page a language is usually saved in, most usual first.
_FAMILY: dict[str, tuple[str, ...]] = {
    "cyrillic": ("cp1251", "koi8-r"),
    "central": ("cp1250", "iso-8859-2"),
    "western": ("cp1252", "iso-8859-1"),
}
_CENTRAL_LANGS = frozenset({"pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sr"})
_CYRILLIC_LANGS = frozenset({"ru", "uk", "kk", "be", "bg", "mk", "ky", "tg", "mn"})

SAMPLE_BYTES = 65_536  # enough to judge; keeps scoring cheap on 20 MB files
MAX_BADNESS = 0.2  # share of non-ASCII characters that look wrong, above which we give up
MAX_FOREIGN = 0.05  # share of non-ASCII letters not of the text's language, above which we give up
_TIE = 0.02
_DIGITS = 6  # scores are compared rounded: the detector's floats vary in their last bits
ALPHABETS = "ontology/nlp/alphabets.json"  # the detection alphabets (CLDR main) and the auxiliary letters


@dataclass(frozen=True)
class LegacyGuess:
    """The chosen encoding, its recorded name, and how wrong the sample looked (0 = clean)."""

    encoding: str
    badness: float
    language: str = ""  # the language the decoded text reads as


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _token_badness(token: str) -> float:
    """Penalty points for one whitespace-delimited token that holds non-ASCII characters."""
    bad = 0.0
    n = len(token)
    for i, ch in enumerate(token):
        if ch < "\x80":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs"):
            bad += 3
        elif cat[0] in "SN" or cat == "Po":
            before = i > 0 and token[i - 1].isalpha()
            after = i + 1 < n and token[i + 1].isalpha()
            if (before and after) or (cat[0] in "SN" and (before or after)):
                bad += 1
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return bad
    cyr = sum(1 for c in letters if _is_cyrillic(c))
    lat = len(letters) - cyr
    if cyr and lat:
        bad += min(cyr, lat)
    # a case flip inside a run of letters ('Nowak-Łukasik' has none: the hyphen parts the runs)
    bad += sum(1 for a, b in zip(token, token[1:]) if a.isalpha() and b.isupper() and a.islower())
    if lat >= 4 and not cyr:
        accented = sum(1 for c in letters if c >= "\x80")
        if accented >= 0.8 * lat:
            bad += accented * 0.5
    return bad


def badness(text: str) -> float:
    """How implausible ``text`` looks as natural language: penalty per non-ASCII character."""
    bad = 0.0
    nonascii = 0
    for token in text.split():  # not a regex: no backtracking on long tokens
        if token.isascii():
            continue
        nonascii += sum(1 for c in token if c >= "\x80")
        bad += _token_badness(token)
    return bad / nonascii if nonascii else 0.0


def _mess(text: str) -> float:
    """charset-normalizer's chaos measure (0 = clean); 0 when the package is missing."""
    try:
        from charset_normalizer.md import mess_ratio
    except ImportError:  # pragma: no cover - declared dependency
        return 0.0
    return float(mess_ratio(text, maximum_threshold=1.0))


def _family(lang: str) -> str:
    if lang in _CYRILLIC_LANGS:
        return "cyrillic"
    if lang in _CENTRAL_LANGS:
        return "central"
    return "western"


@lru_cache(maxsize=1)
def _alphabets() -> dict[str, frozenset[str]]:
    """Language -> the letters beyond ASCII it writes (lower case): its alphabet, as language
    detection reads it, and the auxiliary letters of its foreign names and loanwords, for each
    language the table lists auxiliary letters for."""
    data = read_json(ALPHABETS)
    alphabet = {lang: letters for table in data["alphabets"].values() for lang, letters in table.items()}
    return {lang: frozenset(c for c in alphabet.get(lang, "") if c >= "\x80") | frozenset(extra)
            for lang, extra in data["auxiliary"].items()}


def foreign_share(text: str, lang: str) -> float:
    """The share of ``text``'s letters beyond ASCII that ``lang`` does not write (1.0 when kgraph
    knows no alphabet for ``lang``, 0.0 when there are no such letters)."""
    alphabet = _alphabets().get(lang)
    letters = [c for c in text if c >= "\x80" and c.isalpha()]
    if not letters:
        return 0.0
    if alphabet is None:
        return 1.0
    return sum(1 for c in letters if c.lower() not in alphabet) / len(letters)


@dataclass(frozen=True)
class _Reading:
    """One code page's decoding of the sample, and how it scores."""

    name: str
    text: str
    language: str
    badness: float
    foreign: float


def _reading(name: str, data: bytes, languages: dict[str, str]) -> _Reading | None:
    """The code page's reading of ``data`` if the whole decodes in it and reads as a language
    (``languages``: sample text -> its language, shared by the code pages that read alike)."""
    from kgraph.language import UNDETERMINED, detect_language

    try:
        text = data.decode(LEGACY_ENCODINGS[name])
    except UnicodeDecodeError:
        return None
    sample = text[:SAMPLE_BYTES]
    bad = round(badness(sample), _DIGITS)
    if bad > MAX_BADNESS:
        return None
    language = languages.get(sample) or languages.setdefault(sample, detect_language(sample))
    if language == UNDETERMINED:
        return None
    foreign = round(foreign_share(sample, language), _DIGITS)
    if foreign > MAX_FOREIGN:
        return None
    return _Reading(name, sample, language, bad, foreign)


def _best_text(readings: list[_Reading]) -> str:
    """The sample text of the most plausible readings (all equally clean ones read the same)."""
    from kgraph.language import language_confidence

    best = min(r.badness for r in readings)
    tied = [r for r in readings if r.badness <= best + _TIE]
    if len({r.text for r in tied}) == 1:
        return tied[0].text
    order = list(LEGACY_ENCODINGS)

    def rank(r: _Reading) -> tuple[float, float, float, int]:
        return (r.foreign, round(_mess(r.text), 3), -round(language_confidence(r.text), _DIGITS), order.index(r.name))
    return min(tied, key=rank).text


def guess_legacy(data: bytes) -> LegacyGuess | None:
    """The legacy code page ``data`` reads as a language in, or None when none reads so."""
    languages: dict[str, str] = {}
    readings = [r for name in LEGACY_ENCODINGS if (r := _reading(name, data, languages)) is not None]
    if not readings:
        return None
    text = _best_text(readings)
    same = {r.name: r for r in readings if r.text == text}
    language = next(iter(same.values())).language
    for name in _FAMILY[_family(language)] + tuple(LEGACY_ENCODINGS):
        if name in same:
            return LegacyGuess(encoding=name, badness=same[name].badness, language=same[name].language)
    return None  # pragma: no cover - same is never empty
