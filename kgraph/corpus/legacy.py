"""Choosing a legacy single-byte encoding by how plausible the decoded text looks.

charset-normalizer's mess ratio is one signal; on short texts and on cp1250 / ISO-8859-2 it
is not enough on its own, so each candidate is also scored on what real text never does:
control characters, symbols inside words, words mixing Latin and Cyrillic, lower-then-upper
case flips inside a word, Latin words made mostly of accented letters (Cyrillic read as
cp1252). Ties between candidates that decode to different texts go to the one the language
detector is surest about; identical decodings are named after the language's usual code page.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["LEGACY_ENCODINGS", "LegacyGuess", "guess_legacy", "badness"]

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
_TIE = 0.02


@dataclass(frozen=True)
class LegacyGuess:
    """The chosen encoding, its recorded name, and how wrong the sample looked (0 = clean)."""

    encoding: str
    badness: float


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
    bad += sum(1 for a, b in zip(letters, letters[1:]) if a.islower() and b.isupper())
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


def guess_legacy(data: bytes) -> LegacyGuess | None:
    """The most plausible legacy encoding for ``data``, or None when none is plausible."""
    from kgraph.language import detect_language, language_confidence

    sample = data[:SAMPLE_BYTES]
    scored: list[tuple[float, str, str]] = []  # (badness, name, decoded sample)
    for name, codec in LEGACY_ENCODINGS.items():
        try:
            decoded = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((badness(decoded), name, decoded))
    if not scored:
        return None
    best = min(s[0] for s in scored)
    if best > MAX_BADNESS:
        return None
    tied = [s for s in scored if s[0] <= best + _TIE]
    if len({s[2] for s in tied}) > 1:
        # Different texts look equally clean: ask charset-normalizer, then the language detector.
        ranked = sorted(tied, key=lambda s: (round(_mess(s[2]), 3), -language_confidence(s[2])))
        top = ranked[0]
        tied = [s for s in tied if s[2] == top[2]]
    names = [s[1] for s in tied]
    preferred = _FAMILY[_family(detect_language(tied[0][2]))]
    for name in preferred + tuple(LEGACY_ENCODINGS):
        if name in names:
            return LegacyGuess(encoding=name, badness=next(s[0] for s in tied if s[1] == name))
    return None  # pragma: no cover - names is never empty
