"""Normalised keys for gazetteer names: the one place that decides when two spellings are equal."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key", "name_atoms", "acronym_atoms", "is_acronym_shaped", "is_mixed_case", "stem_atom", "stem_key", "is_capitalised",
           "is_skippable"]

_TABLE = {
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-"),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u02bc\u02b9\u0060\u00b4\u2032"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"), '"'),
    ord("\u00ad"): None,  # soft hyphen
    ord("\u200b"): None,  # zero-width space
}
_WORD = re.compile(r"[^\W_]+")
_SKIPPABLE = re.compile(r"[-'.&/+]+")
# a final vowel (any of the scripts we index) that an inflected or stemmed form may lack
_FINAL_VOWELS = frozenset("aeiouyąęóáéíúýаеиоуыэюяіїєйь")  # with the long vowels of cs, sk


@lru_cache(maxsize=1 << 17)  # asked of the same words and names again and again (180,000 times a build of 240 articles)
def name_key(text: str) -> str:
    """NFC, casefold, ё→е, unified dashes/quotes, collapsed whitespace: the lookup key of a name."""
    folded = unicodedata.normalize("NFC", text).translate(_TABLE).casefold().replace("ё", "е")
    return " ".join(folded.split())


def name_atoms(text: str) -> tuple[str, ...]:
    """The word pieces of a name's key; punctuation (hyphens, dots, quotes) separates and vanishes."""
    return tuple(_WORD.findall(name_key(text)))


def acronym_atoms(text: str) -> tuple[str, ...]:
    """Case-preserving word pieces, for acronyms (matched case-sensitively)."""
    return tuple(_WORD.findall(unicodedata.normalize("NFC", text).translate(_TABLE)))


def is_acronym_shaped(text: str) -> bool:
    """``OMV``, ``УНН``, ``PiS``: one word of two to four letters, all capitals or with a capital after
    a small letter. Such a word is no shortened form of a longer name (``УНН`` is no ``Унна``)."""
    if not text.isalpha() or not 2 <= len(text) <= 4:
        return False
    return text.isupper() or is_mixed_case(text)


def is_mixed_case(text: str) -> bool:
    """``PiS``, ``KiK``: a capital after a small letter, the shape of no inflected word."""
    return text[:1].isupper() and any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def stem_atom(atom: str) -> str | None:
    """The atom minus one final vowel (``ałmaty`` → ``ałmat``), or None when too short or no vowel."""
    if len(atom) >= 4 and atom[-1] in _FINAL_VOWELS and not atom.isdigit():
        return atom[:-1]
    return None


def stem_key(atom: str) -> str:
    """The atom minus up to two final vowels (``ałmaty`` → ``ałmat``, ``мангистауская`` →
    ``мангистауск``, ``мангистауский`` → ``мангистауск``): where a name and a pipeline's
    candidate stem or lemma of another gender meet."""
    for _ in range(2):
        stem = stem_atom(atom)
        if stem is None:
            break
        atom = stem
    return atom


def is_capitalised(text: str) -> bool:
    """True when a token may start a name: an upper-case or title-case letter, or a digit, first."""
    first = text.lstrip("\"'«„“(")[:1]
    return bool(first) and (first.isupper() or first.istitle() or first.isdigit())


def is_skippable(text: str) -> bool:
    """Tokens a tokenizer may cut out of a name (``-`` in ``Nur - Sultan``, ``.`` in ``24 . kg``)."""
    return bool(_SKIPPABLE.fullmatch(text.strip()))
