"""Names brought to the nominative with pymorphy3 (Russian or Ukrainian dictionaries).

A person's name: every word to the nominative, in the gender of its given name ('Марії Захаровою'
→ 'Марія Захарова'); a place or an organisation: the words up to its first noun (the head and the
adjectives before it) to the nominative, the genitive tail kept ('Міністерства оборони України' →
'Міністерство оборони України'). Acronyms and words of another script are left as they are.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import pymorphy3

__all__ = ["NUMBERED", "all_readings", "nominative", "word_lemma", "word_forms", "is_common_word", "is_function_word", "verb_tenses",
           "is_adjective", "given_name_gender", "is_noun", "same_case"]

NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
PROPER_TAGS = NAME_TAGS | frozenset({"Geox", "Orgn", "Trad", "Abbr"})
VOWELS = frozenset("аеёиіїоуыэюяєь")
CYRILLIC_WORD = re.compile(r"[^\W\d_A-Za-z]+(?:['’ʼ-][^\W\d_A-Za-z]+)*")
NUMBERED = re.compile(r"(.*[^\W\d_])([-–](?:\d{1,4}|[IVXІ]{1,4}))")  # 'потоку-2': a word and its number
_LOCAL = threading.local()


def _morph(lang: str) -> pymorphy3.MorphAnalyzer:
    analyzers = getattr(_LOCAL, "analyzers", None)
    if analyzers is None:
        analyzers = _LOCAL.analyzers = {}
    if lang not in analyzers:
        analyzers[lang] = pymorphy3.MorphAnalyzer(lang=lang)
    return analyzers[lang]


@lru_cache(maxsize=200_000)
def _parses(word: str, lang: str) -> tuple:
    return tuple(_morph(lang).parse(word.replace("’", "'").replace("ʼ", "'")))


@lru_cache(maxsize=200_000)
def _known(word: str, lang: str) -> tuple:
    """The readings of ``_parses(word, lang)`` whose form the dictionary knows (pymorphy3's
    ``is_known`` looks the word up in its DAWG again on every call: asked once a word here)."""
    return tuple(p for p in _parses(word, lang) if p.is_known)


def word_lemma(word: str, lang: str) -> str:
    """The dictionary form of one word (lower case)."""
    parses = _parses(word.lower(), lang)
    return parses[0].normal_form if parses else word.lower()


def word_forms(word: str, lang: str) -> tuple[str, ...]:
    """Every dictionary form a reading of the word gives ('Києві': кий, київ)."""
    return tuple(dict.fromkeys(p.normal_form for p in _parses(word.lower(), lang))) or (word.lower(),)


def verb_tenses(word: str, lang: str) -> frozenset[str]:
    """The tenses of the word's finite verb readings ('затримала': past; 'затримає': futr)."""
    return frozenset(t for p in _known(word.lower(), lang) if p.tag.POS == "VERB"
                     for t in ("past", "pres", "futr") if t in p.tag)


def is_plural_verb(word: str, lang: str) -> bool:
    """Every known finite-verb reading of the word is plural ('загинули', 'задержали')."""
    verbs = [p for p in _known(word.lower(), lang) if p.tag.POS == "VERB"]
    return bool(verbs) and all("plur" in p.tag for p in verbs)


def is_nominative_noun(word: str, lang: str) -> bool:
    """Every known reading of the word is a noun in the nominative ('поліція', 'суд'): a clause's own subject."""
    parses = list(_known(word.lower(), lang))
    return bool(parses) and all(p.tag.POS == "NOUN" and "nomn" in p.tag for p in parses)


def is_adjective(word: str, lang: str) -> bool:
    """Some known reading of the word is an adjective or a participle ('пенджабському', 'всей')."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in _known(word.lower(), lang))


def verb_reading(word: str, lang: str) -> bool:
    """Some known reading of the word is a finite verb or an infinitive ('ухвалити', 'може')."""
    return any(p.tag.POS in ("VERB", "INFN") for p in _known(word.lower(), lang))


def participle_reading(word: str, lang: str) -> bool:
    """Some known reading of the word is a full participle ('засуджену', 'осуждённую'): pymorphy3's
    PRTF, or (Ukrainian dictionary) an adjective of a voice."""
    return any((p.tag.POS == "PRTF" or (p.tag.POS == "ADJF" and ("pssv" in p.tag or "actv" in p.tag)))
               for p in _known(word.lower(), lang))


__all__ += ["participle_reading", "verb_reading"]

FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP", "NUMR"})


def is_function_word(word: str, lang: str) -> bool:
    """Every reading of the word is a preposition, conjunction, particle, pronoun or adverb
    ('У', 'Вона', 'Чи'): a word that names nothing by itself."""
    parses = [p for p in _known(word.lower(), lang) if not set(p.tag.grammemes) & NAME_TAGS]
    return bool(parses) and all(p.tag.POS in FUNCTION_POS for p in parses)  # 'Вона' is also a surname's genitive


def is_common_word(word: str, lang: str) -> bool:
    """Some reading of the word is a common word of the dictionary (not only a name)."""
    return any(not (set(p.tag.grammemes) & PROPER_TAGS) for p in _known(word.lower(), lang))


def _with_case_of(original: str, form: str) -> str:
    if original.isupper() and len(original) > 1:
        return form.upper()
    parts, shapes = form.split("-"), original.split("-")
    if len(parts) != len(shapes):
        return form[:1].upper() + form[1:] if original[:1].isupper() else form
    return "-".join(p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes))


def _inflectable(word: str) -> bool:
    return bool(CYRILLIC_WORD.fullmatch(word)) and not (word.isupper() and len(word) > 1)


def _person_parse(word: str, lang: str):
    parses = [p for p in _parses(word.lower(), lang) if p.tag.POS in {"NOUN", "ADJF"}]
    named = [p for p in parses if set(p.tag.grammemes) & NAME_TAGS]
    return (named or [p for p in parses if "anim" in p.tag.grammemes] or parses or [None])[0]


def _to_nominative(parse, grammemes: set[str]):
    if parse is None or "nomn" in parse.tag.grammemes:
        return None
    singular = "sing" in grammemes or parse.tag.number != "plur"
    # the Ukrainian dictionary writes no 'sing': a singular form is one without 'plur'
    for wanted in (grammemes, grammemes - {"sing"}, {"nomn", parse.tag.number or "sing"}, {"nomn"}):
        try:
            form = parse.inflect({g for g in wanted if g})
        except ValueError:  # a grammeme the dictionary does not inflect by ('ms-f')
            continue
        if form is not None and not (singular and "plur" in form.tag.grammemes):
            return form.word
        if singular and wanted == grammemes - {"sing"}:
            first = _uncased_first_form(parse, grammemes)
            if first is not None:
                return first
    return None


CASE_GRAMMEMES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})


def _uncased_first_form(parse, grammemes: set[str]) -> str | None:
    """The Ukrainian dictionary leaves the case off a lexeme's first form ('газовий' is 'ADJF masc',
    'арбітраж' 'NOUN,inan masc'): that form is the nominative singular it has no tag for."""
    first = parse.lexeme[0]
    tags = set(first.tag.grammemes)
    genders = grammemes & {"masc", "femn", "neut"}
    if tags & CASE_GRAMMEMES or "plur" in tags or (genders and first.tag.gender not in genders):
        return None
    return first.word


def _person(words: list[str], lang: str) -> list[str]:
    parses = [_person_parse(w, lang) if _inflectable(w) else None for w in words]
    if any(p is not None and "nomn" in p.tag.grammemes and set(p.tag.grammemes) & NAME_TAGS for p in parses):
        if not any(p is not None and "nomn" not in p.tag.grammemes and set(p.tag.grammemes) & NAME_TAGS
                   and not _has_nominative(w, lang, p.tag.gender) for w, p in zip(words, parses)):
            return words  # already in the nominative ('Доминика' is no nominative of the man's name)
    gender = next((p.tag.gender for p in parses if p is not None and "Name" in p.tag.grammemes and p.tag.gender), None)
    out = []
    for word, parse in zip(words, parses):
        if _has_nominative(word, lang, gender):
            out.append(word)
            continue
        form = _to_nominative(parse, {"nomn", "sing", gender} if gender else {"nomn", "sing"})
        out.append(_with_case_of(word, form) if form else word)
    return same_case(words, out, lang)


def _known_name_word(word: str, lang: str) -> bool:
    return any(set(p.tag.grammemes) & NAME_TAGS for p in _known(word.lower(), lang))


def same_case(words: list[str], normals: list[str], lang: str) -> list[str]:
    """The words of one man's name share a case: the ending his given name lost ('Доминика' →
    'Доминик') comes off a surname the dictionary does not know as a name ('Рааба' → 'Рааб',
    'Шпана' → 'Шпан': a common word or a guess would read it as a nominative)."""
    lost = None
    for word, normal in zip(words, normals):
        lower, base = word.lower(), normal.lower()
        if base != lower and lower.startswith(base) and any(
                "Name" in p.tag.grammemes and p.tag.gender == "masc" and p.normal_form == base
                and "nomn" not in p.tag.grammemes for p in _known(lower, lang)):
            lost = lower[len(base):]
            break
    if not lost:
        return normals
    out = list(normals)
    for k, (word, normal) in enumerate(zip(words, normals)):
        stem = word[: len(word) - len(lost)]
        if (normal == word and _inflectable(word) and word[:1].isupper() and word.lower().endswith(lost)
                and len(stem) >= 3 and stem[-1].lower() not in VOWELS and not _known_name_word(word, lang)):
            out[k] = stem
    return out


def _has_nominative(word: str, lang: str, gender: str | None = None) -> bool:
    """Some reading of ``word`` as a name or noun is already nominative singular (of ``gender``)."""
    for p in _parses(word.lower(), lang):
        if p.tag.POS in {"NOUN", "ADJF"} and "nomn" in p.tag.grammemes and "plur" not in p.tag.grammemes:
            if gender is None or p.tag.gender in {gender, None} or "ms-f" in p.tag.grammemes or "Fixd" in p.tag.grammemes:
                return True
    return False


def _head_parse(word: str, lang: str):
    """A noun or adjective reading, singular and common first."""
    parses = [p for p in _parses(word.lower(), lang) if p.tag.POS in {"NOUN", "ADJF", "PRTF"}]
    parses.sort(key=lambda p: ("plur" in p.tag.grammemes, "Dist" in p.tag.grammemes,
                               bool(set(p.tag.grammemes) & NAME_TAGS), -p.score))
    return parses[0] if parses else None


def _adjective_parse(word: str, lang: str, case: str | None = None):
    """An adjective reading of ``word`` (in ``case`` if it has one), singular first."""
    parses = [p for p in _parses(word.lower(), lang) if p.tag.POS in {"ADJF", "PRTF"}]
    parses.sort(key=lambda p: (case is not None and p.tag.case != case, "Dist" in p.tag.grammemes,
                               "plur" in p.tag.grammemes, -p.score))
    return parses[0] if parses else None


def _phrase(words: list[str], lang: str) -> list[str]:
    """Adjectives and the first noun to the nominative; what follows the noun stays. A conjunction
    between adjectives stays as it is ('Західної та Східної Європи' → 'Західна та Східна Європа')."""
    head = None
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and _is_conjunction(word, lang):
            continue
        if not _inflectable(word):
            return words if i == 0 or head is None else words
        parse = _head_parse(word, lang)
        if parse is None:
            return words
        if parse.tag.POS == "NOUN" and not (i < len(words) - 1 and _inflectable(words[i + 1])
                                            and _adjective_parse(word, lang) is not None):
            head = i  # 'Сполученого' (also a noun in the dictionary) before 'Королівства' is an adjective
            break
    if head is None:
        return words
    noun = _head_parse(words[head], lang)
    if noun is None or "nomn" in noun.tag.grammemes or _has_nominative(words[head], lang) \
            or _plural_nominative(words, head, lang):
        return words
    number = noun.tag.number or "sing"
    target = {"nomn", number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
    out = list(words)
    for i in range(head + 1):
        if i < head and _is_conjunction(words[i], lang):
            continue
        parse = (_adjective_parse(words[i], lang, noun.tag.case) or _head_parse(words[i], lang)) if i < head else noun
        form = _to_nominative(parse, target if i < head else {"nomn", number})
        out[i] = _with_case_of(words[i], form) if form else words[i]
    return out


def _plural_nominative(words: list[str], head: int, lang: str) -> bool:
    """Adjectives and their noun agree in the nominative plural ('Медичні закупівлі', not the
    genitive singular 'закупівлі'): a plural name already in its base form."""
    def plural_nominative(word: str, pos: frozenset[str]) -> bool:
        return any(p.tag.POS in pos and "nomn" in p.tag.grammemes and "plur" in p.tag.grammemes
                   for p in _parses(word.lower(), lang))

    adjectives = [w for w in words[:head] if not _is_conjunction(w, lang)]
    return bool(adjectives) and all(plural_nominative(w, frozenset({"ADJF", "PRTF"})) for w in adjectives) \
        and plural_nominative(words[head], frozenset({"NOUN"}))


def _is_conjunction(word: str, lang: str) -> bool:
    return word.islower() and any(p.tag.POS == "CONJ" for p in _parses(word, lang))


def nominative(text: str, label: str, lang: str) -> str:
    """``text`` (a name of type ``label``: PERSON, LOC, ORG…) in the nominative."""
    words = text.split()
    if not words:
        return text
    numbered = NUMBERED.fullmatch(words[-1]) if label not in {"PERSON", "PER"} else None
    if numbered:  # 'Балтійського потоку-2' → 'Балтійський потік-2': the word inflects, its number stays
        words[-1] = numbered.group(1)
    out = _person(words, lang) if label in {"PERSON", "PER"} else _phrase(words, lang)
    if numbered:
        out[-1] += numbered.group(2)
    return " ".join(out)


def readings(word: str, lang: str) -> tuple:
    """pymorphy3's known readings of ``word`` (empty for a word the dictionary does not know)."""
    return _known(word.lower(), lang)


def all_readings(word: str, lang: str) -> tuple:
    """pymorphy3's readings of ``word``, its guesses for a word the dictionary does not know included."""
    return _parses(word.lower(), lang)


def has_name_reading(word: str, lang: str) -> bool:
    """Some reading of the word is a given name, surname, patronymic or place."""
    return any(set(p.tag.grammemes) & PROPER_TAGS for p in _parses(word.lower(), lang))


def given_name_gender(word: str, lang: str) -> str | None:
    """'f' or 'm' when the dictionary reads ``word`` as a given name of one gender only ('Анна' f,
    'Іван' m); None for a word it does not know as a given name, or knows as both. Only a known
    nominative counts (a name's base form is one): a foreign name the dictionary guesses at
    ('Азизул' as a woman's plural) or knows only as another name's oblique case tells no gender."""
    genders = {p.tag.gender for p in _parses(word.lower(), lang)
               if "Name" in p.tag.grammemes and p.tag.gender and p.is_known and "nomn" in p.tag.grammemes}
    if len(genders) != 1:
        return None
    return {"femn": "f", "masc": "m"}.get(genders.pop())


def is_noun(word: str, lang: str) -> bool:
    """Every known reading of ``word`` is a noun ('звільнення', 'арешту'), never a verb form."""
    parses = list(_known(word.lower(), lang))
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)
