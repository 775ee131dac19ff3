"""Where a Cyrillic name begins and ends: the cuts the repair step (:mod:`kgraph.nlp.cyrillic_names`)
makes inside a model's span before it trims and joins names.

- a name holds no unbalanced quote: the name is what the quotes hold ('ПАТ «Зоряне' → 'Зоряне');
- two names joined by a conjunction are two names ('Тернополі та Луцьку'), unless the words before
  the conjunction share the noun after it ('Західної та Східної Європи');
- a lowercase verb inside a span ends the name before it ('Гордієнко передав владі Польщі');
- a sentence-initial common word is no part of the name after it ('Чоловік Оксани Петрук',
  'Раніше Гордієнко', 'Кожна країна ЄС'): a capital there proves nothing.

Spans are token offsets ``(start, end)`` of a spaCy ``Doc``; morphology is pymorphy3's where the
language has a dictionary (``MORPHOLOGY``), else the language's dictionary words (``token._.common``).
"""
from __future__ import annotations

from spacy.tokens import Doc

from kgraph.nlp.inflection import has_name_reading, readings

__all__ = ["MORPHOLOGY", "OPENERS", "leading_common_words", "opens_sentence", "split_name",
           "sentence_initial_common_word"]

MORPHOLOGY = frozenset({"ru", "uk"})  # pymorphy3 dictionaries
OPENERS = "\"'«„“‘([—–-:"
OPENING_QUOTES = "«„“‘‹"
CLOSING_QUOTES = "»”’›"
BOTH_WAYS_QUOTES = "\"'“"  # '"' opens and closes; '“' closes a '„' (bg, uk) or opens (ru, en)
VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
# readings that never open a name: adverbs, pronouns, particles, conjunctions, prepositions, verbs
FUNCTION_POS = frozenset({"ADVB", "NPRO", "PRCL", "CONJ", "PREP", "PRED", "INTJ", "COMP", "VERB", "INFN", "GRND"})
ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})


def opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of its sentence (quotes and dashes before it aside), or of what
    a colon opens ('Пакистан: Чоловік…', 'чую: «Вакцина…')."""
    while i > 0 and doc[i - 1].text.strip() and all(ch in OPENERS for ch in doc[i - 1].text):
        i -= 1
        if doc[i].text == ":":
            return True
    return i == 0 or doc[i].is_sent_start or not doc[i - 1].text.strip()


def split_name(doc: Doc, start: int, end: int, lang: str, conjunctions: frozenset[str],
               function_words: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset(),
               prepositions: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The names inside one model span, cut at unbalanced quotes, conjunctions, inner verbs and,
    where no dictionary tells a word's part of speech, the language's ``function_words`` (of them
    the ``prepositions`` only before a capitalised word or at the span's end)."""
    parts = [(start, end)]
    for cut in (_inside_quotes, lambda d, a, b, lang_: _at_conjunctions(d, a, b, lang_, conjunctions), _before_verbs,
                lambda d, a, b, lang_: _at_function_words(d, a, b, lang_, function_words, heads, prepositions)):
        parts = [p for a, b in parts for p in cut(doc, a, b, lang)]
    kept = [_stripped(doc, a, b) for a, b in parts]
    return [(a, b) for a, b in kept if a < b and (doc[a].text[:1].isupper() or doc[a].text[:1].isdigit())]


def _stripped(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and not any(ch.isalnum() for ch in doc[end - 1].text):
        end -= 1
    while start < end and not any(ch.isalnum() for ch in doc[start].text):
        start += 1
    return start, end


def _quote_opens(doc: Doc, i: int) -> bool | None:
    """True: token ``i`` opens a quotation, False: it closes one, None: no quote."""
    text = doc[i].text
    if len(text) != 1 or text not in OPENING_QUOTES + CLOSING_QUOTES + BOTH_WAYS_QUOTES:
        return None
    if text in OPENING_QUOTES:
        return True
    if text in CLOSING_QUOTES:
        return False
    glued_before = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1:].isalnum()
    return not glued_before  # '"Зоряне' opens, 'Зоряне"' closes


def _inside_quotes(doc: Doc, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """'ПАТ «Зоряне' (the closing quote left outside) names 'Зоряне', not its legal form or kind
    before the quote; 'Зоряне» і «Світанок' names two. Balanced quotes ('Партія «Сила» України')
    stay inside the name."""
    open_at: list[int] = []
    unmatched: list[tuple[int, bool]] = []
    for i in range(start, end):
        opens = _quote_opens(doc, i)
        if opens is None:
            continue
        if opens:
            open_at.append(i)
        elif open_at:
            open_at.pop()
        else:
            unmatched.append((i, False))
    unmatched = sorted([*unmatched, *((i, True) for i in open_at)])
    if not unmatched:
        return [(start, end)]
    parts, begin = [], start
    for i, opens in unmatched:
        if not opens:  # what is before an opening quote is the kind of thing named ('ПАТ', 'газопровід')
            parts.append((begin, i))
        begin = i + 1
    parts.append((begin, end))
    return parts


def _is_adjective(word: str, lang: str) -> bool:
    found = readings(word, lang)
    return bool(found) and all(p.tag.POS in ADJECTIVE_POS for p in found)


def _at_conjunctions(doc: Doc, start: int, end: int, lang: str, conjunctions: frozenset[str]) -> list[tuple[int, int]]:
    """'Тернополі та Луцьку' → two places, 'Зорян/Марден' two companies; 'Західної та Східної Європи' stays one (the adjectives
    share the noun), so does a span with lowercase words beside the conjunction ('охорони здоров'я
    і соціальних служб')."""
    for i in range(start + 1, end - 1):
        if doc[i].text not in conjunctions and doc[i].text != "/":
            continue
        before, after = doc[i - 1], doc[i + 1]
        if not (before.text[:1].isupper() and after.text[:1].isupper()):
            continue
        if any(t.text[:1].islower() and t.i != i for t in doc[start:end]):
            continue  # a body's long name ('Міністерство освіти і науки'), an agreement's
        if lang in MORPHOLOGY and _is_adjective(before.text, lang):
            continue
        if i - start == 1 and end - i - 1 > 1 and lang not in MORPHOLOGY:
            continue  # one word, then more: 'Западна и Източна Европа' shares its noun
        return [(start, i), *_at_conjunctions(doc, i + 1, end, lang, conjunctions)]
    return [(start, end)]


def _before_verbs(doc: Doc, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """'Гордієнко передав владі Польщі' names 'Гордієнко' and 'Польщі': a lowercase verb is no
    word of a name (the dictionary's readings of it are all verbs)."""
    if lang not in MORPHOLOGY:
        return [(start, end)]
    for i in range(start + 1, end - 1):
        word = doc[i].text
        if word[:1].islower() and _only_verb(word, lang):
            rest = next((j for j in range(i + 1, end) if doc[j].text[:1].isupper()), end)
            return [(start, i), *_before_verbs(doc, rest, end, lang)]
    return [(start, end)]


def _at_function_words(doc: Doc, start: int, end: int, lang: str, words: frozenset[str],
                       heads: frozenset[str], prepositions: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """'Гринов към Делчев', 'Делчев каза': where no dictionary tells a verb (Bulgarian), a lowercase
    pronoun, reporting verb, clause word or auxiliary of the language inside a span ends the name
    before it, and so does a preposition between two capitalised words or ending the span (a
    lowercase word after one may be the name's, 'Европейски механизъм за стабилност'); the name
    after it opens on its next capitalised word. A body's head word before it keeps the span whole
    ('Агенция за защита на конкуренцията')."""
    if lang in MORPHOLOGY or not words:
        return [(start, end)]
    for i in range(start + 1, end):
        token = doc[i]
        if not (token.text[:1].islower() and (token.lower_ in words or token.lemma_.lower() in words)):
            continue
        if token.lower_ in prepositions and i + 1 < end and not doc[i + 1].text[:1].isupper():
            continue
        if any(doc[k].lower_ in heads or doc[k].lemma_.lower() in heads for k in range(start, i)):
            return [(start, end)]
        rest = next((j for j in range(i + 1, end) if doc[j].text[:1].isupper()), end)
        return [(start, i), *_at_function_words(doc, rest, end, lang, words, heads, prepositions)]
    return [(start, end)]


def _only_verb(word: str, lang: str) -> bool:
    found = readings(word, lang)
    return bool(found) and all(p.tag.POS in VERB_POS for p in found)


def leading_common_words(doc: Doc, start: int, end: int, lang: str, heads: frozenset[str]) -> int:
    """How many words open the span at a sentence start and are no part of the name after them:
    a function word or a common noun ('Раніше Гордієнко', 'Чоловік Оксани Петрук', 'Кожна країна
    ЄС'), and lowercase words after it; never an adjective or a body's head word ('Верховний суд',
    'Міністерство оборони'). The whole span when no capitalised word is left ('Кожна країна')."""
    if lang not in MORPHOLOGY or end - start < 2 or not opens_sentence(doc, start):
        return 0
    first = doc[start]
    if first.text.isupper() or not _common_opener(first.text, lang, heads):
        return 0
    i = start + 1
    while i < end and doc[i].text[:1].islower():
        i += 1
    return i - start


def _common_opener(word: str, lang: str, heads: frozenset[str]) -> bool:
    found = readings(word, lang)
    if not found or has_name_reading(word, lang) or any(p.normal_form in heads for p in found):
        return False
    if any(p.tag.POS in FUNCTION_POS for p in found):
        return True  # 'Раніше' (also an adjective's form), 'Як', 'Це'
    return all(p.tag.POS == "NOUN" for p in found)


def sentence_initial_common_word(doc: Doc, i: int, lang: str, label: str) -> bool:
    """A single word opening a sentence that reads as a common word in the nominative and as a name
    in no nominative ('Вакцина', 'Дані' — a name only as 'Дан' in the locative). As a place or a
    body only a word for people ('Чоловік'), a plural ('Вакцини') or a lone adjective ('Мобільні'): the Ukrainian
    dictionary lists places ('Шотландія', 'Європа') as common nouns."""
    if lang not in MORPHOLOGY:
        return False
    found = readings(doc[i].text, lang)
    proper = [p for p in found if has_name_reading(p.word, lang) and _is_proper(p)]
    common = [p for p in found if "nomn" in p.tag.grammemes and not _is_proper(p)
              and p.tag.POS in {"NOUN", "ADJF", "PRTF"}]
    if not common or any("nomn" in p.tag.grammemes for p in proper):
        return False
    if label == "PERSON":
        return True
    nouns = [p for p in found if p.tag.POS == "NOUN"]
    plural = [p for p in nouns if "nomn" in p.tag.grammemes]
    return not nouns or all("anim" in p.tag.grammemes for p in nouns) \
        or all("plur" in p.tag.grammemes for p in plural)  # 'Власти', 'Вакцини'; a plural country is in the gazetteer


def _is_proper(parse) -> bool:
    return bool(set(parse.tag.grammemes) & {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


QUOTED_WORDS = 8  # a quoted name is short; a longer quotation is speech
NOT_IN_A_TITLE_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADJS", "ADVB", "PRED", "NPRO", "COMP"})


def quoted_titles(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """What balanced quotes hold when it reads as a name, not as speech: capitalised words, and
    lowercase nouns, adjectives and prepositions between them ('«Допомога Церкві в нужді»'), no
    verb, adverb or pronoun ('«Україна готова до переговорів»' is a quotation)."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(len(doc)):
        opens = _quote_opens(doc, i)
        if opens is None:
            continue
        if opens and open_at is None:
            open_at = i
        elif not opens and open_at is not None:
            start, end = open_at + 1, i
            open_at = None
            if 0 < end - start <= QUOTED_WORDS and doc[start].text[:1].isupper() \
                    and all(_title_word(doc, t.i, lang) for t in doc[start:end]):
                out.append((start, end))
    return out


def _title_word(doc: Doc, i: int, lang: str) -> bool:
    """A word of a quoted name; a lowercase word in the nominative only after an adjective
    ('«Вільна думка»'; in '«Україна готова…»' it is a predicate)."""
    word = doc[i].text
    if word[:1].isupper() or word[:1].isdigit() or not any(ch.isalpha() for ch in word):
        return not any(ch in ".!?," for ch in word)
    if lang not in MORPHOLOGY:
        return False
    found = readings(word, lang)
    if not found or any(p.tag.POS in NOT_IN_A_TITLE_POS for p in found):
        return False
    named = [p for p in found if p.tag.POS in {"NOUN", "ADJF", "PRTF"}]
    if named and all({"nomn", "voct"} & set(p.tag.grammemes) for p in named) \
            and any("nomn" in p.tag.grammemes for p in named):
        before = readings(doc[i - 1].text, lang) if i > 0 else ()
        return any(p.tag.POS in {"ADJF", "PRTF"} for p in before)
    return True


def names_a_thing(doc: Doc, start: int, end: int, lang: str) -> bool:
    """Capitalised common words, an adjective among them, and no given name or surname: the name
    of a thing, a pipeline or a body ('Північний потік', 'Західний шлях'), not of a person."""
    words = [t.text for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
    if lang not in MORPHOLOGY or len(words) < 2:
        return False
    found = [readings(w, lang) for w in words]
    if not all(found) or any(has_name_reading(w, lang) for w in words):
        return False
    return any(p.tag.POS in ADJECTIVE_POS for r in found[:-1] for p in r) \
        and any(p.tag.POS == "NOUN" for p in found[-1])
