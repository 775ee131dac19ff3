"""Base forms of Polish multi-word names by agreement (SGJP's tags through morfeusz2).

The head noun of a name and the adjectives that agree with it go to the nominative, keeping
their number and gender ('Sądu Najwyższego' → 'Sąd Najwyższy', 'Zjednoczonym Królestwie' →
'Zjednoczone Królestwo', 'Stanów Zjednoczonych' → 'Stany Zjednoczone'); what follows them
(a genitive tail: 'Rady Najwyższej Ukrainy') stays as written.
"""
from __future__ import annotations

from kgraph.nlp.morfeusz import forms, readings

__all__ = ["nominative"]

ADJECTIVES = frozenset({"adj", "ppas", "pact"})
OBLIQUE = frozenset({"gen", "dat", "acc", "inst", "loc"})


def _split(tag: str) -> list[list[str]]:
    return [part.split(".") for part in tag.split(":")]


def _agreeing(word: str, number: str, case: str, gender: str) -> tuple[str, str] | None:
    """The adjective reading (lemma, tag) of ``word`` in that number, case and gender."""
    for lemma, tag in readings(word):
        parts = _split(tag)
        if parts[0][0] in ADJECTIVES and len(parts) > 3 and number in parts[1] and case in parts[2] and gender in parts[3]:
            return lemma, tag
    return None


def _generated(lemma: str, tag: str, number: str, gender: str) -> str | None:
    """The form of ``lemma`` in the nominative of ``number`` and ``gender``, the rest of ``tag`` kept."""
    want = _split(tag)
    for form, generated in forms(lemma):
        parts = _split(generated)
        if (parts[0] == want[0] and len(parts) == len(want) and number in parts[1] and "nom" in parts[2]
                and (len(parts) < 4 or gender in parts[3]) and parts[4:] == want[4:]):
            return form
    return None


def _cased(form: str, like: str) -> str:
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def nominative(words: list[str]) -> list[str] | None:
    """The words of a name with its head and agreeing adjectives in the nominative, or None when
    no head noun in an oblique case has an adjective agreeing with it."""
    best: tuple[int, list[str]] | None = None
    for head, word in enumerate(words):
        for lemma, tag in readings(word):
            parts = _split(tag)
            if parts[0][0] != "subst" or len(parts) < 4:
                continue
            for number in parts[1]:
                for case in sorted(set(parts[2]) & OBLIQUE):
                    for gender in parts[3]:
                        result = _agree(words, head, lemma, tag, number, case, gender)
                        if result is not None and (best is None or result[0] > best[0]):
                            best = result
    return best[1] if best else None


def _agree(words: list[str], head: int, lemma: str, tag: str, number: str, case: str,
           gender: str) -> tuple[int, list[str]] | None:
    """(how many adjectives agree, the words) for one reading of the head, or None."""
    out = list(words)
    after = head + 1
    while after < len(words) and _agreeing(words[after], number, case, gender):
        after += 1
    agreeing = [*range(head), *range(head + 1, after)]
    if not agreeing:
        return None
    for k in agreeing:
        reading = _agreeing(words[k], number, case, gender)
        form = _generated(*reading, number, gender) if reading else None
        if form is None:
            return None  # every word before the head agrees with it
        out[k] = _cased(form, words[k])
    form = _generated(lemma, tag, number, gender)
    if form is None:
        return None
    out[head] = _cased(form, words[head])
    return len(agreeing), out
