"""Mentions: the names a parsed article contains, as plain :class:`~kgraph.model.Mention` rows.

Beyond the pipeline's entities: a name found once is found everywhere in the article
(document consistency), each surface form takes the majority type of its occurrences, and
nothing before the crawl marker's end or inside boilerplate is taken.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from kgraph.boilerplate import boilerplate_ranges
from kgraph.lang import language_data
from kgraph.listed_names import with_listed_cued_types, with_listed_places
from kgraph.model import EntityType, Mention
from kgraph.nlp.labels import entity_type
from kgraph.parse import ParsedArticle
from spacy.tokens import Token

__all__ = ["mentions_of", "whole_word"]

# 'потік-2', 'потоку – 2': a number after a name's hyphen numbers it ('the second …')
NUMBER_SUFFIX = re.compile(r"(?:-|\s?[–—]\s?)\d{1,4}(?![\w.,]\d)(?!\w)")


def whole_word(text: str, begin: int, end: int) -> int | None:
    """Where a name found at ``text[begin:end]`` really ends: after a numbering suffix ('-2');
    None when it is only part of a hyphenated word ('Зоря' of 'Зоря-Україна')."""
    if begin > 1 and text[begin - 1] == "-" and text[begin - 2].isalnum():
        return None
    numbered = NUMBER_SUFFIX.match(text, end)
    if numbered:
        return numbered.end()
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        return None
    return end


def mentions_of(parsed: ParsedArticle) -> list[Mention]:
    """Every occurrence of a name in the article, sorted by offset."""
    article, doc = parsed.article, parsed.doc
    skip = [(0, article.body_start), *boilerplate_ranges(article.text, article.lang)]
    found: dict[tuple[int, int], Mention] = {}
    for ent in doc.ents:
        kind = entity_type(ent.label_)
        if kind is None or _inside(ent.start_char, ent.end_char, skip):
            continue
        text = article.text[ent.start_char : ent.end_char]
        found[(ent.start_char, ent.end_char)] = Mention(
            article.id, article.lang, ent.start_char, ent.end_char, text, kind,
            ent._.normal or text, ent._.gazetteer_id, ent._.cued,
        )
    _propagate_within_article(article.text, found, skip)
    _drop_common_phrases(article.text, found)
    _surnames_within_article(article.id, article.lang, article.text, found, skip)
    _outlets_in_latin_lower_case(parsed, found, skip)
    _known_names_in_lower_case(parsed, found, skip)
    ordered = _bodies_named_after_people(parsed, sorted(found.values(), key=lambda m: (m.begin, m.end)))
    listed = with_listed_places(article.text, with_listed_cued_types(parsed.doc, ordered, article.lang), article.lang)
    return _with_person_words(_with_majority_types(listed))


def _drop_common_phrases(text: str, found: dict[tuple[int, int], Mention]) -> None:
    """'Пенсионный фонд Local Authority … (LAPFF) …, пенсионный фонд требует …': a phrase of a
    capitalised word and lowercase ones that opens a sentence is a description, not a name, where
    the article writes it in lowercase inside a sentence too, or where a body's name follows it
    right away (its apposition: 'the pension fund LAPFF')."""
    starts = {m.begin: m for m in found.values() if m.type == EntityType.ORGANIZATION}
    for span, m in list(found.items()):
        words = m.text.split()
        if m.gazetteer_id or len(words) < 2 or not all(w.isalpha() and w[:1].islower() for w in words[1:]) \
                or not _opens_sentence(text, m.begin):
            continue
        after = starts.get(m.end + 1) if text[m.end:m.end + 1] == " " else None
        if after is not None and m.type == EntityType.ORGANIZATION or _written_lower(text, words):
            del found[span]


def _opens_sentence(text: str, begin: int) -> bool:
    before = text[:begin].rstrip(" \t\"«„“")
    return not before or before[-1] in SENTENCE_END


_STEM_KEPT = 4  # letters of a word kept at least for its inflected forms ('фонд', 'фонда')
_ENDING = 3  # letters of an ending at most ('пенсионный', 'пенсионного')


def _written_lower(text: str, words: list[str]) -> bool:
    """Whether the words stand in the text, in any inflection, with the first one in lowercase."""
    stems = [re.escape(w.lower()[:max(_STEM_KEPT, len(w) - _ENDING)]) for w in words]
    return re.search(r"(?<!\w)" + r"\w*\s+".join(stems) + r"\w*", text) is not None


def _bodies_named_after_people(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """'в Інституті Петра Гончаренка', 'Fundacja Jana Kowalskiego': a person's name in the genitive right
    after a head word of bodies named after people (names.json ``named_after_heads``) names the body,
    with the head: one organisation, not the person ('директор Інституту Петро Коваль', the name in
    the nominative, is the director)."""
    article, doc = parsed.article, parsed.doc
    heads = tuple(w.lower() for w in language_data(article.lang).names.named_after_heads)
    if not heads:
        return mentions
    out: list[Mention] = []
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        span = doc.char_span(m.begin, m.end, alignment_mode="expand") if m.type == EntityType.PERSON and not m.gazetteer_id else None
        head = doc[span.start - 1] if span is not None and span.start > 0 else None
        if span is None or head is None or head.whitespace_ != " " or not head.is_alpha or not head.text.lower().startswith(heads) \
                or not _namesake_case(article.lang, [t.text for t in span if t.is_alpha], m):
            out.append(m)
            continue
        begin = head.idx
        lemma = head.lemma_ if head.lemma_ and head.lemma_.lower().startswith(heads) else head.text
        normal = f"{lemma[:1].upper()}{lemma[1:]} {m.text}"
        dropped |= {(o.begin, o.end) for o in mentions if begin <= o.begin and o.end <= head.idx + len(head.text)}
        out.append(Mention(m.article_id, m.lang, begin, m.end, article.text[begin:m.end], EntityType.ORGANIZATION, normal, None, True))
    return [m for m in out if (m.begin, m.end) not in dropped]


def _namesake_case(lang: str, words: list[str], m: Mention) -> bool:
    """The name is in the genitive: written otherwise than its nominative, each word with a genitive
    reading by the dictionary in pl, ru, uk; elsewhere its last word not on an instrumental or dative
    ending of names.json ``case_groups``."""
    if m.text == m.normal or not words:
        return False
    if lang == "pl":
        from kgraph.nlp.morfeusz import tags

        def genitive(word: str) -> bool:
            known = [tag.split(":")[2].split(".") for tag in tags(word) if tag.count(":") >= 2]
            return not known or any("gen" in cases for cases in known)

        return all(genitive(w) for w in words)
    if lang in ("ru", "uk"):
        from kgraph.nlp.inflection import all_readings

        return all(not (r := all_readings(w, lang)) or any("gent" in p.tag.grammemes for p in r) for w in words)
    groups = language_data(lang).names.case_groups
    other = tuple(e for case in ("instrumental", "dative") for e in groups.get(case, ()))
    return not (other and words[-1].lower().endswith(other))


def _inside(begin: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= begin and end <= b for a, b in ranges)


def _propagate_within_article(text: str, found: dict[tuple[int, int], Mention], skip) -> None:
    """Tag every other whole-word occurrence of a surface form already recognised as a name."""
    taken = sorted(found)
    by_text: dict[str, Mention] = {}
    for mention in found.values():
        by_text.setdefault(mention.text, mention)
    for surface, model in by_text.items():
        for start, stop in _occurrences(text, surface):
            end = whole_word(text, start, stop)
            if end is None:
                continue
            span = (start, end)
            if _taken(span, found, skip, taken):
                continue
            if end == stop:
                found[span] = Mention(model.article_id, model.lang, span[0], span[1], surface, model.type,
                                      model.normal, model.gazetteer_id, model.cued)
            else:  # 'Північний потік-2' is not 'Північний потік'
                found[span] = Mention(model.article_id, model.lang, span[0], end, text[span[0]:end], model.type,
                                      model.normal + text[stop:end], None)


def _occurrences(text: str, surface: str) -> Iterator[tuple[int, int]]:
    r"""Where ``surface`` stands in ``text`` as a whole word, left to right, not overlapping: what
    ``re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)`` finds (a word character is what
    ``\w`` matches: alphanumeric or '_'), by ``str.find``, which a pattern opening with a
    lookbehind cannot use."""
    if not surface:
        yield from ((m.start(), m.end()) for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    size, i = len(surface), text.find(surface)
    while i >= 0:
        end = i + size
        if (i == 0 or not _is_word_char(text[i - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield i, end
            i = text.find(surface, end)
        else:
            i = text.find(surface, i + 1)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


SURNAME_CHARS = 5
SENTENCE_END = ".!?…\n"


def _surnames_within_article(article_id: str, lang: str, text: str, found: dict[tuple[int, int], Mention], skip) -> None:
    """"Pierre Vale ... According to Vale": the last word of a person's full name, found alone as
    written (capitalised, whole word, no name around it), names a person too. Short words, words
    the text also writes in lower case, and words opening a sentence are left alone."""
    taken = sorted(found)
    surnames = {m.text.split()[-1] for m in found.values()
                if m.type == EntityType.PERSON and len(m.text.split()) > 1 and "\n" not in m.text}
    for surname in sorted(surnames):
        if len(surname) < SURNAME_CHARS or not surname[:1].isupper() or surname.isupper() or not surname.isalpha() \
                or re.search(rf"(?<!\w){re.escape(surname.lower())}(?!\w)", text):
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(surname)}(?![\w-])", text):
            span = (match.start(), match.end())
            before = text[:span[0]].rstrip()
            if _taken(span, found, skip, taken) or not before \
                    or before[-1] in SENTENCE_END or before[-1] in "\"«„“":
                continue
            found[span] = Mention(article_id, lang, span[0], span[1], surname, EntityType.PERSON, surname, None)


LOWER_LATIN = re.compile(r"[a-z]{2,8}")


def _outlets_in_latin_lower_case(parsed: ParsedArticle, found: dict[tuple[int, int], Mention], skip) -> None:
    """"повідомляє агентство dpa": in a Cyrillic text, a Latin word in lower case right after a
    media noun (``media_cues`` of media.json, as words or stems), or after it and one adjective,
    is the outlet's name; no model takes it for one. In a Latin text ('agencja prasowa dpa') only
    a word read as letters is: of at most four letters and one vowel, no stop word, its lemma
    itself or its own capitals (``_latin_acronym``)."""
    from kgraph.lang import language_data

    data = language_data(parsed.article.lang)
    latin = data.script != "Cyrl"
    cues = [c.lower() for c in data.media.media_cues]
    taken = sorted(found)

    def media_word(word: str) -> bool:
        return any(word == c or (len(c) >= 4 and word.startswith(c)) for c in cues)

    doc = parsed.doc
    for t in doc:
        if not LOWER_LATIN.fullmatch(t.text) or t.i == 0 or latin and not _latin_acronym(t):
            continue
        before = [doc[j].text.lower() for j in range(max(0, t.i - 2), t.i)]
        if not (media_word(before[-1]) or len(before) == 2 and media_word(before[0]) and before[1].isalpha()):
            continue
        span = (t.idx, t.idx + len(t.text))
        if _taken(span, found, skip, taken):
            continue
        found[span] = Mention(parsed.article.id, parsed.article.lang, span[0], span[1], t.text,
                              EntityType.ORGANIZATION, t.text, None)


ACRONYM_CHARS = 4
VOWELS = frozenset("aeiouy")


def _latin_acronym(token: Token) -> bool:
    """A lower-case word that reads as letters, not as a word of the language: 'dpa', 'afp'."""
    word = token.text
    return len(word) <= ACRONYM_CHARS and sum(c in VOWELS for c in word) <= 1 and not token.is_stop \
        and token.lemma_ in (word, word.upper())


LOWER_NAME_CHARS = 6  # 'евросоюза': shorter lower-case words ('мир', 'вера') are too often common nouns


def _known_names_in_lower_case(parsed: ParsedArticle, found: dict[tuple[int, int], Mention], skip) -> None:
    """"с Евросоюзом ... выхода из евросоюза": a word written in lower case whose lemma is the lemma
    of a one-word name of an organisation or place the article writes capitalised inside a
    sentence, and the gazetteer knows, is that name (a slip or a house style); people's names
    ('Вера', 'вера'), short words and a country's adjective ('пакистански', lemmatised as the
    country by some pipelines) are left alone."""
    from kgraph.gazetteer.matcher import Gazetteer

    doc = parsed.doc
    taken = sorted(found)
    by_lemma: dict[str, Mention] = {}
    for token in doc:
        mention = found.get((token.idx, token.idx + len(token.text)))
        if mention is None or mention.gazetteer_id is None or token.is_sent_start \
                or mention.type not in (EntityType.ORGANIZATION, EntityType.PLACE) or not token.text[:1].isupper():
            continue
        lemma = token.lemma_.lower()
        if len(lemma) >= LOWER_NAME_CHARS and lemma.isalpha():
            by_lemma.setdefault(lemma, mention)
    if not by_lemma:
        return
    for token in doc:
        if not token.text[:1].islower() or not token.text.isalpha():
            continue
        model = by_lemma.get(token.lemma_.lower())
        span = (token.idx, token.idx + len(token.text))
        if model is None or _taken(span, found, skip, taken) \
                or Gazetteer.load().demonym(token.text) is not None:
            continue
        found[span] = Mention(model.article_id, model.lang, span[0], span[1], token.text, model.type,
                              model.normal, model.gazetteer_id, model.cued)


def _taken(span: tuple[int, int], found: dict[tuple[int, int], Mention], skip, taken: list[tuple[int, int]]) -> bool:
    """The span is a name already, inside skipped text, or overlaps one of the names ``taken``."""
    return span in found or _inside(*span, skip) or _overlaps(span, taken)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in taken)


def _with_majority_types(mentions: list[Mention]) -> list[Mention]:
    """One type per surface form in an article: the gazetteer's, else the majority's of the
    mentions whose type words around them said (cued), else of all. Where the gazetteer itself gave
    one surface two types (a channel named like its country), each keeps its own."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    said: dict[str, Counter[EntityType]] = defaultdict(Counter)
    fixed: dict[str, set[EntityType]] = defaultdict(set)
    for m in mentions:
        votes[m.text][m.type] += 1
        if m.cued:
            said[m.text][m.type] += 1
        if m.gazetteer_id:
            fixed[m.text].add(m.type)
    out = []
    for m in mentions:
        known = fixed.get(m.text, set())
        if len(known) > 1:
            out.append(m)
            continue
        cued = bool(said[m.text]) and not known
        kind = next(iter(known)) if known else _majority(said[m.text] or votes[m.text])
        out.append(m if (kind, cued) == (m.type, m.cued) else Mention(
            m.article_id, m.lang, m.begin, m.end, m.text, kind, m.normal, m.gazetteer_id, cued))
    return out


def _majority(votes: Counter[EntityType]) -> EntityType:
    return max(votes.items(), key=lambda kv: (kv[1], kv[0].value))[0]


def _with_person_words(mentions: list[Mention]) -> list[Mention]:
    """A one-word name that is a word of a full person's name in the same article names that
    person ("Tamm's spokesman" after "Liina Tamm"), whatever type the model gave it. Acronyms and
    gazetteer names keep theirs."""
    words = {w for m in mentions if m.type == EntityType.PERSON and not m.gazetteer_id
             for w in m.text.split() if len(m.text.split()) > 1}
    out = []
    for m in mentions:
        if (m.type != EntityType.PERSON and not m.gazetteer_id and not m.cued and m.text in words
                and " " not in m.text and not m.text.isupper()):
            m = Mention(m.article_id, m.lang, m.begin, m.end, m.text, EntityType.PERSON, m.normal, None)
        out.append(m)
    return out
