"""What morfeusz2's SGJP dictionary says of one word: lemmas, proper-name tags, given names.

Shared by the Polish pipeline and the fallback (SGJP's list of given names is international:
Olaf, Angela, Jean…). One Morfeusz instance per thread.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import morfeusz2

__all__ = ["WordInfo", "analyse", "NAME_LABELS", "tags", "given_name_gender", "is_noun", "readings", "forms"]

# SGJP's proper-name qualifiers → entity labels, strongest first.
NAME_LABELS = (
    ("imię", "PERSON"),
    ("nazwisko", "PERSON"),
    ("nazwa_geograficzna", "LOC"),
    ("nazwa_organizacji", "ORG"),
    ("nazwa_firmy", "ORG"),
    ("tytuł", "ORG"),
)
_LOCAL = threading.local()


@dataclass(frozen=True)
class WordInfo:
    lemmas: tuple[str, ...]  # every lemma morfeusz gives, without its homonym suffix (":Sf")
    label: str | None  # strongest proper-name label, if any reading is a proper name
    common: bool  # some reading is a common word (lowercase lemma)
    known: bool  # morfeusz knows the word at all
    first_name: bool = False  # some reading is a first name (imię)
    geographic: bool = False  # some reading is a place name (nazwa_geograficzna)
    adjective: bool = False  # some reading is a common adjective ('Północnej')
    classes: frozenset[str] = frozenset()  # SGJP's parts of speech of the common readings ('fin', 'qub', 'subst')
    cases: frozenset[str] = frozenset()  # the cases of its common noun and adjective readings ('gen', 'nom')


def _morfeusz() -> morfeusz2.Morfeusz:
    if not hasattr(_LOCAL, "morfeusz"):
        _LOCAL.morfeusz = morfeusz2.Morfeusz(separate_numbering=True)
    return _LOCAL.morfeusz


_PERSON_ENDINGS = {"aglt", "part"}  # 'rozmawiali|śmy', 'zrobił|by|m': the past verb's person and mood endings


def _past_verb_span(readings: list) -> tuple[int, int] | None:
    """The segment of a past verb form morfeusz splits from its endings ('rozmawialiśmy' →
    'rozmawiali' + 'śmy', 'zrobiłbym' → 'zrobił' + 'by' + 'm'): the word's lemma is that verb's."""
    first = [(end, tag) for start, end, (_, _, tag, _, _) in readings if start == 0]
    if not first or not all(tag.startswith(("praet", "winien")) for _, tag in first):
        return None
    head = first[0][0]
    rest = [(tag, lemma) for start, _, (_, lemma, tag, _, _) in readings if start >= head]
    if not rest or not all(tag.split(":")[0] in _PERSON_ENDINGS and (tag.startswith("aglt") or lemma.startswith("by"))
                           for tag, lemma in rest):
        return None
    return (0, head)


@lru_cache(maxsize=200_000)
def analyse(word: str) -> WordInfo:
    """What SGJP says of one word."""
    lemmas: list[str] = []
    qualifiers: set[str] = set()
    common = known = adjective = False
    classes: set[str] = set()
    cases: set[str] = set()
    readings = _morfeusz().analyse(word)
    last = max((end for _, end, _ in readings), default=1)
    whole = any((start, end) == (0, last) for start, end, _ in readings)
    span = (0, last) if whole else _past_verb_span(readings)
    for start, end, (_, lemma, tag, names, _) in readings:
        if tag == "ign":
            continue
        known = True
        base = lemma.split(":")[0]
        if (start, end) == span:
            lemmas.append(base)  # 'Onet.pl' → Onet + . + pl(=Polska): a segment's lemma is not the word's
            qualifiers.update(names)
        if base[:1].islower() and tag.split(":")[0] in {"subst", "adj", "adv", "verb", "fin", "praet", "ger", "num", "part", "prep", "conj", "qub", "pred", "ppas", "pact", "inf", "impt", "depr", "interj", "comp", "frag",
                                                           "ppron12", "ppron3", "siebie", "imps", "bedzie", "aglt", "winien", "pcon", "pant", "adja", "adjp", "adjc", "burk"}:
            common = True
            adjective = adjective or tag.startswith("adj:")
            classes.add(tag.split(":")[0])
            parts = tag.split(":")
            if parts[0] in {"subst", "adj", "depr", "ger"} and len(parts) > 2:
                cases.update(parts[2].split("."))
    label = next((lab for q, lab in NAME_LABELS if q in qualifiers), None)
    return WordInfo(tuple(dict.fromkeys(lemmas)), label, common, known, "imię" in qualifiers,
                    "nazwa_geograficzna" in qualifiers, adjective, frozenset(classes), frozenset(cases))


@lru_cache(maxsize=50_000)
def tags(word: str) -> tuple[str, ...]:
    """SGJP's tags of every reading of one word ('zatrzyma': 'fin:sg:ter:perf')."""
    return tuple(dict.fromkeys(tag for _, _, (_, _, tag, _, _) in _morfeusz().analyse(word) if tag != "ign"))


@lru_cache(maxsize=50_000)
def given_name_gender(word: str) -> str | None:
    """'f' or 'm' when SGJP reads ``word`` as a given name of one gender only ('Anna' f, 'Piotr' m,
    'Angela' f: its list is international); None otherwise."""
    genders = set()
    for _, _, (_, _, tag, names, _) in _morfeusz().analyse(word):
        if "imię" in names:
            gender = tag.split(":")[-1] if ":" in tag else ""
            genders.add("f" if gender == "f" else "m" if gender.startswith("m") else "?")
    return genders.pop() if len(genders) == 1 and "?" not in genders else None


def is_noun(word: str) -> bool:
    """Every common reading of ``word`` is a noun or a verbal noun ('uwolnienie', 'zarzutu'), never a
    verb form ('zatrzymał', 'aresztowano')."""
    classes = analyse(word.lower()).classes
    return bool(classes) and classes <= {"subst", "ger", "depr"}


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[tuple[str, str], ...]:
    """SGJP's (lemma, tag) readings of the whole word, lemmas without their homonym suffix."""
    found = _morfeusz().analyse(word)
    last = max((end for _, end, _ in found), default=1)
    return tuple(dict.fromkeys((lemma.split(":")[0], tag) for start, end, (_, lemma, tag, _, _) in found
                               if (start, end) == (0, last) and tag != "ign"))


@lru_cache(maxsize=50_000)
def forms(lemma: str) -> tuple[tuple[str, str], ...]:
    """Every (form, tag) SGJP generates from ``lemma``."""
    try:
        generated = _morfeusz().generate(lemma)
    except RuntimeError:
        return ()
    return tuple(dict.fromkeys((form, tag) for form, _, tag, _, _ in generated))
