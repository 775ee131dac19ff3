"""Repairs of Cyrillic names after the gazetteer step (Russian, Ukrainian, Bulgarian and the other
Cyrillic languages): what Natasha's spans and the gazetteer's matches get wrong by mechanism.

- a sentence-initial common word is no name ('Нагадаємо', 'Ранее', 'Според'), unless the same word
  is written capitalised inside a sentence of the article too;
- a name does not open with an adverb, verb or pronoun ('Раніше Окафор' names 'Окафор');
- a name does not end with a lowercase verb or adverb ('Європі знижується');
- a name holds no unbalanced parenthesis ('Йенс Мюллер (Jens Müller' is two names);
- a body's genitive tail is part of it ('МИД' + 'России', 'Служба безопасности' + 'Украины');
- a capitalised adjective names with the noun after it ('Північної' + 'Ірландії', 'Европейската
  комисия', 'Балтийский путь-2'): the only capital of a Slavic name is often its first word's;
- names the model misses are told by their shape (:mod:`kgraph.nlp.name_shapes`): Latin-script
  runs ('Tarn Institute of India', taking the pieces found inside them) and code words ('Ми-17').

Morphology: pymorphy3's dictionaries where kgraph has them (Russian, Ukrainian); elsewhere only the
language's head words (names.json) and its dictionary's common words (``token._.common``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.gazetteer import Gazetteer, TokenForms
from kgraph.nlp.cyrillic_bounds import (MORPHOLOGY, leading_common_words, names_a_thing, opens_sentence,
                                        quoted_titles, sentence_initial_common_word, split_name)
from kgraph.nlp.cyrillic_ner import NORMALS
from kgraph.nlp.inflection import all_readings as _parses_of
from kgraph.nlp.inflection import has_name_reading, nominative, readings
from kgraph.nlp.labels import LABEL_OF_TYPE
from kgraph.nlp.name_shapes import shaped_names
from kgraph.nlp.name_words import has_model_number, name_words
from kgraph.nlp.spans import set_entities

__all__ = ["repair_names"]

NOT_NAMING_POS = frozenset({"ADVB", "VERB", "INFN", "GRND", "PRTS", "PRED", "PREP", "CONJ", "PRCL",
                            "NPRO", "INTJ", "COMP", "NUMR"})
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})
NUMERAL_SUFFIX = re.compile(r"(?:[-–—]\s?)?(?:\d{1,4}|[IVX]{1,4}|І{1,3})")


@Language.factory("kgraph_cyrillic_names", default_config={"lang": "ru"})
def make_cyrillic_names(nlp: Language, name: str, lang: str):
    def cyrillic_names(doc: Doc) -> Doc:
        return repair_names(doc, lang)

    return cyrillic_names


class _Ent:
    __slots__ = ("start", "end", "label", "normal", "gid")

    def __init__(self, start: int, end: int, label: str, normal: str | None, gid: str | None):
        self.start, self.end, self.label, self.normal, self.gid = start, end, label, normal, gid


def repair_names(doc: Doc, lang: str) -> Doc:
    ents = [_Ent(e.start, e.end, e.label_, e._.normal_override, e._.gazetteer_id) for e in doc.ents]
    cued = {(e.start, e.end, e.label_) for e in doc.ents if e._.cued}
    capitalised_inside = {t.text for t in doc if t.text[:1].isupper() and not _opens_sentence(doc, t.i)}
    out: list[_Ent] = []
    for ent in ents:
        for part in _split_parentheses(doc, ent, lang):
            for piece in _split(doc, part, lang):
                kept = _trimmed(doc, piece, lang, capitalised_inside)
                if kept is not None:
                    out.append(kept)
    out = [_typed(doc, e, lang) for e in _merged(doc, _with_quoted_titles(doc, out, lang), lang)]
    out = _with_shaped_names(doc, _adjective_names(doc, out, lang), lang)
    out = _with_places_of(doc, out, lang)
    out = _with_prepositional_tails(doc, out, lang)
    spans = [Span(doc, e.start, e.end, label=e.label) for e in out]
    set_entities(doc, spans)
    by_offsets = {(e.start, e.end): e for e in out}
    for span in doc.ents:
        found = by_offsets.get((span.start, span.end))
        if found is not None:
            span._.normal_override, span._.gazetteer_id = found.normal or span.text, found.gid
    _mark_cued(doc, cued, lang)
    return doc


def _mark_cued(doc: Doc, before: set[tuple[int, int, str]], lang: str) -> None:
    """``span._.cued`` on the names whose type words around them said, before these repairs (and
    kept) or now ('прививка TRX204'), and on every other mention of such a name with that type."""
    words = name_words()
    said = {(s._.normal.lower(), s.label_) for s in doc.ents
            if (s.start, s.end, s.label_) in before or words.said_kind(s, lang) == s.label_}
    for span in doc.ents:
        span._.cued = span._.gazetteer_id is None and (span._.normal.lower(), span.label_) in said


_opens_sentence = opens_sentence


@lru_cache(maxsize=None)
def _place_preps(lang: str) -> frozenset[str]:
    from kgraph.lang import language_data

    return frozenset(language_data(lang).cues.place_preps)


def _in_a_place(doc: Doc, ent: _Ent, lang: str) -> bool:
    """'у Матесалці': one word after a place preposition, read only in the locative (never the
    genitive of 'у Коваленка') and no given name or surname the dictionary knows, is a place."""
    if ent.end - ent.start != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in _place_preps(lang) \
            or doc[ent.start - 1].text[:1].isupper():
        return False
    word = doc[ent.start].text
    if any(set(p.tag.grammemes) & {"Name", "Surn", "Patr"} for p in readings(word, lang)):
        return False
    guessed = _parses_of(word, lang)
    return any("loct" in p.tag.grammemes for p in guessed) and not any(
        set(p.tag.grammemes) & {"gent", "nomn", "accs"} for p in guessed)


def _typed(doc: Doc, ent: _Ent, lang: str) -> _Ent:
    """A model's 'person' of common words is a thing's or a body's name ('Західний шлях'); one that
    a town's or a company's common noun opens is a place or a body ('Летище Карнобат'); one in
    the locative after a place preposition is a place ('у Матесалці'); a coinage on '-exit' left
    once a sentence's first word is trimmed off ('Після | Данекзиту') is an event."""
    if ent.gid is None and ent.label != "EVENT" and name_words().coined_event(doc[ent.start:ent.end]):
        return _Ent(ent.start, ent.end, "EVENT", ent.normal, None)
    if ent.label == "PERSON" and ent.gid is None and (cue := name_words().cue_opening(doc[ent.start:ent.end], lang)):
        return _Ent(ent.start, ent.end, cue, _normal(doc, ent.start, ent.end, cue, lang), None)  # 'Летище Карнобат'
    if ent.label == "PERSON" and ent.gid is None and lang in MORPHOLOGY and _in_a_place(doc, ent, lang):
        return _Ent(ent.start, ent.end, "LOC", _normal(doc, ent.start, ent.end, "LOC", lang), None)
    if ent.label != "PERSON" or ent.gid is not None or not names_a_thing(doc, ent.start, ent.end, lang):
        return ent
    label = name_words().kind(doc[ent.start:ent.end], lang) or "ORG"
    return _Ent(ent.start, ent.end, label, _normal(doc, ent.start, ent.end, label, lang), None)


@lru_cache(maxsize=None)
def _conjunctions(lang: str) -> frozenset[str]:
    from kgraph.lang import language_data  # the registry imports this module's users

    return frozenset(language_data(lang).cues.conjunctions)


@lru_cache(maxsize=None)
def _function_words(lang: str) -> frozenset[str]:
    """The language's one-word prepositions (other than its 'of' words), pronouns, reporting verbs
    and clause words (cues.json), negations and the lemmas of its auxiliaries (events.json): no
    word of a name ('към', 'каза', 'че', 'беше' of 'съм')."""
    from kgraph.lang import language_data

    cues = language_data(lang).cues
    events = language_data(lang).events
    words = (*cues.prepositions, *cues.pronouns, *cues.reporting_verbs, *cues.clause_breaks, *events.negation,
             *events.passive_aux)
    return frozenset(w.lower() for w in words if " " not in w) - {w.lower() for w in cues.of_words}


@lru_cache(maxsize=None)
def _prepositions(lang: str) -> frozenset[str]:
    from kgraph.lang import language_data

    return frozenset(w.lower() for w in language_data(lang).cues.prepositions)


@lru_cache(maxsize=None)
def _opening_words(lang: str) -> frozenset[str]:
    """Words that open a sentence, never a name after them: the language's one-word prepositions,
    source words and demonstratives (cues.json: 'Според', 'Въпросният')."""
    from kgraph.lang import language_data

    cues = language_data(lang).cues
    words = (*cues.prepositions, *cues.person_source_words, *cues.demonstratives)
    return frozenset(w.lower() for w in words if " " not in w)


@lru_cache(maxsize=None)
def _head_words(lang: str) -> frozenset[str]:
    """The language's head words of bodies and events (names.json): 'суд', 'міністерство'…"""
    from kgraph.lang import language_data

    names = language_data(lang).names
    return frozenset(w.lower() for w in (*names.organization_heads, *names.event_heads, *names.media_heads))


@lru_cache(maxsize=None)
def _title_words(lang: str) -> frozenset[str]:
    """The first words of the language's titles (titles.json): 'президент', 'заступник'…"""
    from kgraph.lang import language_data

    return frozenset(t.split()[0].lower() for t in language_data(lang).titles.titles)


def _lone_title(doc: Doc, start: int, end: int, lang: str) -> bool:
    """'сказала Заступник Міністра …': a title word alone, capitalised in the text, names nobody."""
    token = doc[start]
    return end - start == 1 and not token.text.isupper() and _common_only(doc, start, lang) \
        and bool({token.text.lower(), token.lemma_.lower()} & _title_words(lang))


@lru_cache(maxsize=None)
def _person_nouns(lang: str) -> frozenset[str]:
    """Nouns that say what a person is (media.json's ``person_nouns``): 'адвокат', 'журналист'…"""
    from kgraph.lang import language_data

    return frozenset(w.lower() for w in language_data(lang).media.person_nouns)


def _opening_person_noun(doc: Doc, start: int, end: int, lang: str) -> bool:
    """'Адвокатът на …' opening a sentence: one word, a person noun, capitalised by its place only."""
    token = doc[start]
    return end - start == 1 and _opens_sentence(doc, start) and not token.text.isupper() \
        and token.lemma_.lower() in _person_nouns(lang)


def _split(doc: Doc, ent: _Ent, lang: str) -> list[_Ent]:
    """A model's span cut into the names it holds (quotes, conjunctions, inner verbs); a gazetteer's
    match stays whole."""
    if ent.gid is not None:
        return [ent]
    pieces = split_name(doc, ent.start, ent.end, lang, _conjunctions(lang), _function_words(lang), _head_words(lang),
                        _prepositions(lang))
    if pieces == [(ent.start, ent.end)]:
        return [ent]
    return [_known(doc, a, b, lang) or _Ent(a, b, ent.label, _normal(doc, a, b, ent.label, lang), None)
            for a, b in pieces]


def _normal(doc: Doc, start: int, end: int, label: str, lang: str) -> str:
    text = doc[start:end].text
    if lang in MORPHOLOGY:
        return nominative(text, label, lang)
    normal = NORMALS.get(lang)
    return (normal(text, label) or text) if normal is not None else text


def _not_naming(word: str, lang: str) -> bool:
    """Every reading is an adverb, verb, pronoun or function word ('Раніше', 'Нагадаємо')."""
    found = readings(word, lang)
    return bool(found) and not has_name_reading(word, lang) and all(p.tag.POS in NOT_NAMING_POS for p in found)


def _common_only(doc: Doc, i: int, lang: str) -> bool:
    token = doc[i]
    if lang in MORPHOLOGY:
        return bool(readings(token.text, lang)) and not has_name_reading(token.text, lang)
    return bool(token._.common)


def _nationality_and_noun(doc: Doc, start: int, end: int, capitalised_inside: set[str], lang: str) -> bool:
    """'Британското правителство …', 'Швейцарський суд …' opening a sentence: a country's adjective
    and a lowercase noun describe a body ('the British government'); they name one only where the
    text capitalises the adjective inside a sentence too, or where the noun is a medium's ('Польское
    радио': a broadcaster's name, media.json ``media_cues``)."""
    if end - start != 2 or not _opens_sentence(doc, start) or not doc[start + 1].text[:1].islower():
        return False
    if doc[start + 1].lower_.startswith(_media_stems(lang)):
        return False
    first = doc[start].text
    return (not first.isupper() and not any(w[:5].lower() == first[:5].lower() for w in capitalised_inside)
            and Gazetteer.load().demonym(first) is not None)


@lru_cache(maxsize=None)
def _media_stems(lang: str) -> tuple[str, ...]:
    from kgraph.lang import language_data  # the registry imports this module's users

    return tuple(w.lower() for w in language_data(lang).media.media_cues)


def _articled_common_word(doc: Doc, i: int, lang: str) -> bool:
    """'Решението', 'Осъдената' opening a sentence: a common word of the dictionary with the
    definite article that the language's base forms strip (Bulgarian): 'the decision', no name."""
    normal = NORMALS.get(lang)
    token = doc[i]
    return normal is not None and bool(token._.common) and token.is_alpha and normal(token.text, "ORG") != token.text


def _split_parentheses(doc: Doc, ent: _Ent, lang: str) -> list[_Ent]:
    """'Йенс Мюллер (Jens Müller' → 'Йенс Мюллер' and 'Jens Müller'."""
    inner = [i for i in range(ent.start + 1, ent.end) if doc[i].text in "()"]
    if not inner:
        return [ent]
    cut = inner[0]
    parts = []
    for start, end in ((ent.start, cut), (cut + 1, ent.end)):
        while end > start and not any(ch.isalnum() for ch in doc[end - 1].text):
            end -= 1
        while start < end and not any(ch.isalnum() for ch in doc[start].text):
            start += 1
        if start < end and doc[start].text[:1].isupper():
            parts.append(_Ent(start, end, ent.label, _normal(doc, start, end, ent.label, lang), None))
    return parts


def _trimmed(doc: Doc, ent: _Ent, lang: str, capitalised_inside: set[str]) -> _Ent | None:
    start, end = ent.start, ent.end
    if ent.gid is not None:
        return _linked_trimmed(doc, ent, lang)
    if lang in MORPHOLOGY:
        while end - start > 1 and doc[end - 1].text[:1].islower() and _not_naming(doc[end - 1].text, lang):
            end -= 1  # 'Європі знижується'
        if end - start > 1 and _opens_sentence(doc, start) and _not_naming(doc[start].text, lang) \
                and doc[start + 1].text[:1].isupper():
            start += 1  # 'Раніше Окафор'
        if _known(doc, start, start + 1, lang, as_written=True) is None:  # a place the dictionary knows as a common noun
            start += leading_common_words(doc, start, end, lang, _head_words(lang))  # 'Чоловік Оксани Петрук'
        if start == end:
            return None  # 'Кожна країна'
    elif end - start > 1 and _opens_sentence(doc, start) and doc[start].lower_ in _opening_words(lang):
        start += 1  # 'Според Делчев': no dictionary tells the preposition, the language's words do
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        if start == end:
            return None  # 'Според вестника'
    if ent.label == "PERSON" and _lone_title(doc, start, end, lang) or _opening_person_noun(doc, start, end, lang):
        return None
    if _nationality_and_noun(doc, start, end, capitalised_inside, lang):
        return None
    if end - start == 1 and _opens_sentence(doc, start) and doc[start].text not in capitalised_inside \
            and not (doc[start].text.isupper() and len(doc[start].text) > 1) and (
                (lang in MORPHOLOGY and _not_naming(doc[start].text, lang))
                or (lang in MORPHOLOGY and sentence_initial_common_word(doc, start, lang, ent.label)
                    and _known(doc, start, end, lang, as_written=True) is None)
                or (ent.label == "PERSON" and _common_only(doc, start, lang))
                or (lang not in MORPHOLOGY and _articled_common_word(doc, start, lang))):
        return None  # 'Нагадаємо', 'Според'; a common noun as a person ('Чоловік'), not a place
    if (start, end) == (ent.start, ent.end):
        return ent
    return _known(doc, start, end, lang) or _Ent(start, end, ent.label, _normal(doc, start, end, ent.label, lang), None)


def _linked_trimmed(doc: Doc, ent: _Ent, lang: str) -> _Ent:
    """'Зустріч Коваленко з …' at a sentence start: a linked span that a common noun opens is the name
    after it when the gazetteer names that rest alone as the same entry; the span as it was otherwise."""
    if lang not in MORPHOLOGY:
        return ent
    start = ent.start + leading_common_words(doc, ent.start, ent.end, lang, _head_words(lang))
    if start == ent.start or start >= ent.end:
        return ent
    rest = _known(doc, start, ent.end, lang)
    return rest if rest is not None and rest.gid == ent.gid else ent


def _known(doc: Doc, start: int, end: int, lang: str, as_written: bool = False) -> _Ent | None:
    """A name left once a model's span is trimmed ('Польщі' of 'Польщі очолить') that the gazetteer
    names whole: it takes the entry's type and id, as the gazetteer step would have given it.
    ``as_written``: the words as they stand name it, not their lemmas' stems ('Дані' is no 'Данія')."""
    tokens = [TokenForms(t.idx, t.idx + len(t.text), t.text, () if as_written else tuple(t._.forms))
              for t in doc[start:end]]
    begin, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    whole = [m for m in Gazetteer.load().match(tokens) if (m.begin, m.end) == (begin, stop)]
    if len({m.entry.id for m in whole}) != 1:
        return None
    entry = whole[0].entry
    label = LABEL_OF_TYPE[entry.type]
    return _Ent(start, end, label, entry.labels.get(lang) or _normal(doc, start, end, label, lang), entry.id)


def _cases(word: str, lang: str, pos: frozenset[str]) -> set[tuple[str, str]]:
    """(case, number) of the word's readings of these parts of speech."""
    word = NUMERAL_SUFFIX.sub("", word) if "-" in word else word
    return {(c, p.tag.number or "") for p in readings(word, lang) if p.tag.POS in pos
            for c in set(p.tag.grammemes) & CASES}


def _is_adjective(word: str, lang: str) -> bool:
    found = readings(word, lang)
    return bool(found) and not has_name_reading(word, lang) and all(p.tag.POS in {"ADJF", "PRTF"} for p in found)


def _with_quoted_titles(doc: Doc, ents: list[_Ent], lang: str) -> list[_Ent]:
    """'партії «Соборна Сила Пакистан»': a name in quotes is one name, though the model or the
    gazetteer found pieces of it (a country, a person); it takes the type of its first piece the
    gazetteer does not know (an organisation when that is a person's)."""
    for start, end in quoted_titles(doc, lang):
        inside = [e for e in ents if start <= e.start and e.end <= end]
        if not inside or min(e.start for e in inside) != start or (len(inside) == 1 and (
                inside[0].start, inside[0].end) == (start, end)):
            continue
        if any(e.start < end and start < e.end and e not in inside for e in ents):
            continue
        model = [e for e in inside if e.gid is None]
        if not model:
            continue
        label = "ORG" if model[0].label == "PERSON" else model[0].label
        ents = [e for e in ents if e not in inside]
        ents.append(_Ent(start, end, label, _normal(doc, start, end, label, lang), None))
    return ents


@lru_cache(maxsize=None)
def _adjective_endings(lang: str) -> tuple[str, ...]:
    from kgraph.lang import language_data

    return tuple(sorted((e.lower() for e in language_data(lang).names.adjective_endings), key=len, reverse=True))


def _written_adjective(doc: Doc, i: int, lang: str) -> bool:
    """Without a dictionary of parts of speech: a capitalised common word inside a sentence whose
    lemma ends as the language's adjectives do (names.json: 'Източен' of 'източен', 'Европейската'
    of 'европейски')."""
    token, endings = doc[i], _adjective_endings(lang)
    return bool(endings) and token.is_alpha and token.text[:1].isupper() and not token.text.isupper() \
        and bool(token._.common) and token.lemma_.lower().endswith(endings) and not _opens_sentence(doc, i)


def _lowercase_noun(doc: Doc, i: int, lang: str) -> bool:
    """A lowercase common word that is no adjective, stop word or conjunction ('поток', 'партия'),
    or a lowercase word numbered by a glued numeral ('поток-2')."""
    token = doc[i]
    numbered = NUMERAL_SUFFIX.search(token.text)
    if numbered and numbered.end() == len(token.text) and "-" in token.text:
        stem = token.text[:numbered.start()]
        return stem.isalpha() and stem.islower() and len(stem) >= 3
    return token.is_alpha and token.text.islower() and len(token.text) >= 3 and not token.is_stop \
        and token.text not in _conjunctions(lang) and bool(token._.common) \
        and not token.lemma_.lower().endswith(_adjective_endings(lang) or ("\0",))


def _adjective_names(doc: Doc, ents: list[_Ent], lang: str) -> list[_Ent]:
    """A capitalised adjective inside a sentence that the model took for no name, with the
    lowercase noun after it (and a numeral), is a name: 'газопровод Зелёный путь', '„Източен
    коридор 2“' (only the first word of a Slavic name is capitalised)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[_Ent] = []
    for i in range(len(doc) - 1):
        if i in taken or i + 1 in taken or not doc[i].text[:1].isupper() or doc[i].text.isupper() \
                or _opens_sentence(doc, i) or _after_a_stop(doc, i) or (found and found[-1].end > i):
            continue
        if not (_is_adjective(doc[i].text, lang) if lang in MORPHOLOGY else _written_adjective(doc, i, lang)):
            continue
        nxt = min((e for e in ents if e.start > i), key=lambda e: e.start, default=None)
        grown = _extended(doc, _Ent(i, i + 1, "ORG", None, None), nxt, lang)
        if grown.end > i + 1:
            found.append(grown)
    return sorted([*ents, *found], key=lambda e: e.start)


def _after_a_stop(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a full stop or a line break (quotes between aside), whatever the
    sentence splitter made of it (a headline run into its first sentence)."""
    while i > 0 and doc[i - 1].text.strip() and all(ch in "\"'«„“‘(" for ch in doc[i - 1].text):
        i -= 1
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_ or doc[i - 1].text[-1:] in ".!?…"


def _with_shaped_names(doc: Doc, ents: list[_Ent], lang: str) -> list[_Ent]:
    """Names by their shape (:mod:`kgraph.nlp.name_shapes`): a code word where no name is; a Latin
    run also over the names found inside it ('Tarn Institute of' + 'India' is one name)."""
    for shaped in shaped_names(doc):
        start, end = shaped.start, shaped.end
        overlapping = [e for e in ents if e.start < end and start < e.end]
        if overlapping and not (shaped.latin and all(start <= e.start and e.end <= end for e in overlapping)):
            continue
        if any(e.gid is not None and e.label == "ORG" for e in overlapping):
            continue  # a known organisation stands: 'Instagram Zaria TV' is two names, 'Tarn Institute of India' one
        if len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (start, end):
            continue
        if not overlapping and name_words().is_not_name(doc[start:end], lang):
            continue  # 'LNG', 'EUR': the language's names.json says they name nothing
        label = _shaped_label(doc, start, end, [e for e in overlapping if e.gid is None], ents, lang)
        ents = [e for e in ents if e not in overlapping]
        ents.append(_Ent(start, end, label, doc[start:end].text, None))
    return sorted(ents, key=lambda e: e.start)


def _shaped_label(doc: Doc, start: int, end: int, inside: list[_Ent], ents: list[_Ent], lang: str) -> str:
    """A head word's type ('Institute', in English or the text's language); a person's after the
    person it spells in parentheses ('Антоні Фаулер (Anthony Fowler)'); else the model's first
    name inside; else an organisation (an outlet, a company). A coinage on '-exit' is an event
    ('Tarvexit'), so is a name after an outbreak's noun; one after a product's noun (quoted or
    numbered) or ending in a model number ('Boeing 737') is a product."""
    span = doc[start:end]
    words = name_words()
    kind = words.kind(span, "en") or words.kind(span, lang)
    if kind is not None:
        return kind
    if words.coined_event(span):
        return "EVENT"
    if before := words.kind_before(span, lang):
        return before
    if has_model_number(span) and not (inside and inside[0].start == start and inside[0].label not in {"ORG", "PERSON"}):
        return "PRO"
    if start >= 2 and doc[start - 1].text == "(" and any(
            e.end == start - 1 and e.label == "PERSON" for e in ents) and len(span) > 1:
        return "PERSON"
    if inside and inside[0].start == start:
        return inside[0].label
    return "ORG"


def _merged(doc: Doc, ents: list[_Ent], lang: str) -> list[_Ent]:
    ents = sorted(ents, key=lambda e: e.start)
    out: list[_Ent] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and nxt.start == ent.end and lang in MORPHOLOGY:
            joined = _joined(doc, ent, nxt, lang)
            if joined is not None:
                ents[i + 1] = joined
                i += 1
                continue
        if nxt is not None and nxt.start == ent.end + 1 and lang not in MORPHOLOGY:
            of = _of_place(doc, ent, nxt, lang)
            if of is not None:
                ents[i + 1] = of
                i += 1
                continue
        if nxt is not None and nxt.start == ent.end + 1 and lang in MORPHOLOGY:
            shared = _sharing_a_noun(doc, ent, nxt, lang)
            if shared is not None:
                ents[i + 1] = shared
                i += 1
                continue
        out.append(_extended(doc, ent, nxt, lang))
        i += 1
    return out


@lru_cache(maxsize=None)
def _organization_preps(lang: str) -> frozenset[str]:
    from kgraph.lang import language_data

    return frozenset(w.lower() for w in language_data(lang).names.organization_preps)


_TAIL_WORDS = 5  # lower-case words of a body's prepositional tail at most


def _with_prepositional_tails(doc: Doc, ents: list[_Ent], lang: str) -> list[_Ent]:
    if not _organization_preps(lang):
        return ents
    ents = sorted(ents, key=lambda e: e.start)
    return [_with_prepositional_tail(doc, e, ents[i + 1] if i + 1 < len(ents) else None, lang) for i, e in enumerate(ents)]


def _with_prepositional_tail(doc: Doc, ent: _Ent, nxt: _Ent | None, lang: str) -> _Ent:
    """'Державної служби' + 'з надзвичайних ситуацій': a body's name goes on through a preposition
    of ``names.json`` ``organization_preps`` and lower-case adjectives and nouns, the first noun a
    genitive plural ('з питань ...'; not 'з початку року'), to its last noun; the tail stays as written."""
    preps = _organization_preps(lang)
    end = ent.end
    if not preps or ent.label != "ORG" or ent.gid is not None or end + 1 >= len(doc) or doc[end].lower_ not in preps \
            or doc[end].text[:1].isupper() or name_words().kind(doc[ent.start:end], lang) != "ORG":
        return ent
    limit = min(nxt.start if nxt is not None else len(doc), end + 1 + _TAIL_WORDS)
    noun = frozenset({"NOUN"})
    adjective = frozenset({"ADJF", "PRTF"})
    last, first_noun = None, None
    j = end + 1
    while j < limit and doc[j].is_alpha and doc[j].text[:1].islower() and doc[j - 1].whitespace_:
        nouns, adjectives = _cases(doc[j].text, lang, noun), _cases(doc[j].text, lang, adjective)
        if not ({c for c, _ in nouns | adjectives} & {"gent", "gen2"}) or _readings_are_verbs(doc[j].text, lang):
            break
        if nouns:
            first_noun = nouns if first_noun is None else first_noun
            last = j
        j += 1
    if last is None or first_noun is None or ("gent", "plur") not in first_noun:
        return ent
    normal = f"{ent.normal or _normal(doc, ent.start, end, ent.label, lang)} {doc[end:last + 1].text}"
    return _Ent(ent.start, last + 1, ent.label, normal, None)


def _readings_are_verbs(word: str, lang: str) -> bool:
    found = readings(word, lang)
    return bool(found) and all(p.tag.POS in {"VERB", "INFN", "GRND", "PRTS", "ADVB"} for p in found)


@lru_cache(maxsize=None)
def _of_words(lang: str) -> frozenset[str]:
    from kgraph.lang import language_data

    return frozenset(language_data(lang).cues.of_words)


def _of_place(doc: Doc, ent: _Ent, nxt: _Ent, lang: str) -> _Ent | None:
    """'Върховният съд' + 'на' + 'Пакистан': in a language without case endings a body's place
    follows its 'of' word ('на'), and is part of its name."""
    if ent.label != "ORG" or nxt.label not in {"LOC", "GPE"} or ent.gid is not None or ent.end - ent.start < 2 \
            or doc[ent.end].text not in _of_words(lang) or name_words().kind(doc[ent.start:ent.end], lang) != "ORG":
        return None
    normal = f"{ent.normal or doc[ent.start:ent.end].text} {doc[ent.end].text} {doc[nxt.start:nxt.end].text}"
    return _Ent(ent.start, nxt.end, "ORG", normal, None)


def _with_places_of(doc: Doc, ents: list[_Ent], lang: str) -> list[_Ent]:
    """The place after a body's 'of' word joins it once the body is typed and grown: 'Върховния'
    (read as a place) + 'съд' is a body, then 'на' + 'Пакистан' goes on it."""
    if lang in MORPHOLOGY:
        return ents
    ents = sorted(ents, key=lambda e: e.start)
    out: list[_Ent] = []
    i = 0
    while i < len(ents):
        ent, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        of = _of_place(doc, ent, nxt, lang) if nxt is not None and nxt.start == ent.end + 1 else None
        out.append(of or ent)
        i += 2 if of is not None else 1
    return out


def _sharing_a_noun(doc: Doc, ent: _Ent, nxt: _Ent, lang: str) -> _Ent | None:
    """'Західної' + 'та' + 'Східної Європи': two adjectives of one noun name one region."""
    left, conj, right = doc[ent.start], doc[ent.end], doc[nxt.start]
    if ent.end - ent.start != 1 or nxt.end - nxt.start < 2 or conj.text not in _conjunctions(lang) \
            or not (left.text[:1].isupper() and right.text[:1].isupper()) or ent.gid is not None \
            or not (_is_adjective(left.text, lang) and _is_adjective(right.text, lang)):
        return None
    adjective = frozenset({"ADJF", "PRTF"})
    if not _cases(left.text, lang, adjective) & _cases(right.text, lang, adjective):
        return None
    label = nxt.label if nxt.label in {"LOC", "GPE", "ORG"} else ent.label
    right_normal = _normal(doc, nxt.start, nxt.end, label, lang)
    left_normal = nominative(f"{left.text} {doc[nxt.start + 1:nxt.end].text}", label, lang).split()[0]
    return _Ent(ent.start, nxt.end, label, f"{left_normal} {conj.text} {right_normal}", None)


def _joined(doc: Doc, ent: _Ent, nxt: _Ent, lang: str) -> _Ent | None:
    last, first = doc[ent.end - 1], doc[nxt.start]
    if not first.text[:1].isupper():
        return None
    if ent.label == nxt.label == "PERSON" and ent.gid is None and nxt.gid is None and ent.end - ent.start == 1 \
            and last.whitespace_ == " " and last.text[:1].isupper() and not _opens_sentence(doc, ent.start):
        # 'Олів'є' + 'Маршан': a given name the model took alone and the surname after it
        return _Ent(ent.start, nxt.end, "PERSON", _normal(doc, ent.start, nxt.end, "PERSON", lang), None)
    if ent.label == "ORG" and nxt.label in {"LOC", "GPE", "ORG"} and (
            (first.text.isupper() and len(first.text) > 1 and name_words().kind(doc[ent.start:ent.end], lang))
            or any(c == "gent" for c, _ in _cases(first.text, lang, frozenset({"NOUN"})))):
        # 'МИД России', 'Служба безопасности Украины', 'Рада ЄС': the genitive tail stays as written
        normal = f"{ent.normal or doc[ent.start:ent.end].text} {doc[nxt.start:nxt.end].text}"
        return _Ent(ent.start, nxt.end, "ORG", normal, None)
    if ent.end - ent.start == 1 and last.text[:1].isupper() and _is_adjective(last.text, lang) and nxt.label in {"LOC", "GPE", "ORG"} and (
            _cases(last.text, lang, frozenset({"ADJF", "PRTF"})) & _cases(first.text, lang, frozenset({"NOUN"}))):
        # 'Північної Ірландії', 'Южной Азии'
        return _Ent(ent.start, nxt.end, nxt.label, _normal(doc, ent.start, nxt.end, nxt.label, lang), None)
    return None


def _extended(doc: Doc, ent: _Ent, nxt: _Ent | None, lang: str) -> _Ent:
    """A name ending in a capitalised adjective takes the lowercase noun it agrees with
    ('Женевського арбітражу', 'Европейската комисия') and a numeral after it ('путь-2')."""
    last = doc[ent.end - 1]
    if ent.gid is not None or not last.text[:1].isupper() or last.text.isupper():
        return ent
    limit = nxt.start if nxt is not None else len(doc)
    words = name_words()
    end = ent.end
    noun_at = None
    agreed = False
    if lang in MORPHOLOGY:
        if not _is_adjective(last.text, lang):
            return ent
        agree = _cases(last.text, lang, frozenset({"ADJF", "PRTF"}))
        j = end
        while j < limit and j < end + 3 and doc[j].text[:1].islower() and doc[j].is_alpha | ("-" in doc[j].text) \
                and doc[j].text not in _conjunctions(lang):
            noun = _cases(doc[j].text, lang, frozenset({"NOUN"})) & agree
            if noun:
                noun_at = j
                break
            if not (_cases(doc[j].text, lang, frozenset({"ADJF", "PRTF"})) & agree):
                break
            j += 1
    else:
        j = end
        while j < limit and j < end + 2 and doc[j].text[:1].islower() and doc[j].is_alpha \
                and not (j > end and doc[j - 1].is_stop):  # 'Ханс Ерсен | след среща': no head across a preposition
            if words.is_org_head(doc[j], lang) or words.kind(doc[j:j + 1], lang):
                noun_at = j
                break
            j += 1
        if noun_at is None and end < limit and doc[end].text[:1].islower() and doc[end].is_alpha \
                and not doc[end].is_stop and len(doc[end].text) >= 3 \
                and end + 1 < limit and NUMERAL_SUFFIX.fullmatch(doc[end + 1].text):
            noun_at = end  # 'Източен коридор 2', not 'Северна Ирландия на 26'
        if noun_at is None and end < limit and ent.label != "PERSON" and _written_adjective(doc, end - 1, lang) \
                and _lowercase_noun(doc, end, lang):
            noun_at, agreed = end, True  # 'Източен коридор', 'Консервативна партия'
    if noun_at is None:
        return ent
    new_end = noun_at + 1
    numeral = NUMERAL_SUFFIX.search(doc[noun_at].text)
    if not (numeral and numeral.end() == len(doc[noun_at].text)):
        k = new_end
        if k < limit and doc[k].text in "-–—" and k + 1 < limit and NUMERAL_SUFFIX.fullmatch(doc[k + 1].text):
            new_end = k + 2
        elif k < limit and NUMERAL_SUFFIX.fullmatch(doc[k].text) and doc[k].text[:1] not in "-–—":
            new_end = k + 1
    span = doc[ent.start:new_end]
    head = words.kind(span, lang)
    numbered = new_end > noun_at + 1 or bool(numeral and "-" in doc[noun_at].text)
    if head is None and not numbered and not agreed and (lang not in MORPHOLOGY or _opens_sentence(doc, ent.end - 1)):
        return ent  # 'Українські військові' opening a sentence: no head word, no name
    label = head or ("PRO" if numbered else "ORG" if ent.label == "PERSON" else ent.label)  # 'Балтийска връзка 2'
    return _Ent(ent.start, new_end, label, _normal(doc, ent.start, new_end, label, lang), None)
