"""The capitalisation reader of Latin-script languages without a model (cs, sk, sl, hr, sr, lt, lv ...).

Names are runs of capitalised words inside a sentence; a sentence-initial word is a name only
when the language's dictionary (:mod:`kgraph.nlp.lexicon`) does not know it as a common word.
Lowercase words join a name where the language writes them so: organisation and place heads
after a capitalised word ('Evropská komise', 'Državni zbor'), the words that go on a body's
name after its head ('Ministerstvo zahraničních věcí'), particles between a person's names
('von der'). Head words, given names, surname endings and titles type a name; base forms come
from the dictionary's lemmas and the language's case endings. Every word list is the
language's ``names.json`` / ``titles.json``.
"""
from __future__ import annotations

from dataclasses import dataclass
from os.path import commonprefix
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kgraph.gazetteer.keys import is_acronym_shaped
from kgraph.lang.data import LanguageData
from kgraph.nlp.latin_phrases import PhraseWords, phrase_normal, phrase_words, possessive_base, proper_lemma, thing_base
from kgraph.nlp.lexicon import WordFacts, word_facts
from kgraph.nlp.morfeusz import analyse
from kgraph.nlp.spans import WEB_NAME, is_capitalised, set_entities, written_again

__all__ = ["ReaderWords", "reader_words", "read_names"]

OPENERS = {"„", "''", '"', "«", "»", "“", "-", "–", "—", "(", "'", "‚"}
SENTENCE_ENDS = {".", "!", "?", "…", ":", "..."}
VOWELS = frozenset("aeiouyáéíóúýěůäöü")
QUOTES = {"„", '"', "«", "»", "“", "‚", "''"}
LOWER_WORDS = "kgraph_lowercase_words"
INSIDE_STEMS = "kgraph_inside_stems"


@dataclass(frozen=True)
class ReaderWords:
    """The words of one language the reader needs, lower-cased."""

    code: str
    organization_heads: frozenset[str]
    event_heads: frozenset[str]
    place_heads: frozenset[str]
    inner: frozenset[str]
    particles: frozenset[str]
    person_endings: tuple[str, ...]
    case_endings: tuple[tuple[str, str], ...]
    titles: frozenset[str]
    place_preps: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()
    phrases: PhraseWords | None = None  # the endings that base forms of many-word names need
    genitive_modifiers: bool = False  # a body's or place's words before its last are genitives
    capitalises_nouns: bool = False  # German: a capitalised word the dictionary knows is a noun
    case_groups: tuple[frozenset[str], ...] = ()  # the endings of one case ('om', 'em', 'jem')
    oblique_endings: tuple[str, ...] = ()  # endings no name in the nominative has ('rjem', 'om'), longest first
    j_after: frozenset[str] = frozenset()  # letters after which a foreign name takes a 'j' ('Millerjem')
    man_vowels: tuple[str, ...] = ()  # 'o': a man's nominative's ending that a woman's case form has ('Carvello')
    organization_preps: frozenset[str] = frozenset()  # 'pro', 'za': open a body's lower-case tail
    conjunctions: frozenset[str] = frozenset()  # 'a', 'in': may join two words of such a tail
    infinitive_endings: tuple[str, ...] = ()  # 'ti', 'at': a verb's lemma ends so

    def heads(self) -> frozenset[str]:
        return self.organization_heads | self.event_heads | self.place_heads


def reader_words(data: LanguageData) -> ReaderWords:
    """The reader's words of one language, from its data files."""
    names = data.names
    low = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    endings = sorted(names.case_endings.items(), key=lambda kv: -len(kv[0]))
    return ReaderWords(data.code, low(names.organization_heads), low(names.event_heads), low(names.place_heads),
                       low(names.organization_inner), low(names.particles),
                       tuple(sorted(low(names.person_endings), key=len, reverse=True)), tuple(endings),
                       low(data.titles.titles), low(names.place_preps),
                       tuple(sorted(low(names.adjective_endings), key=len, reverse=True)), phrase_words(data),
                       names.genitive_modifiers, names.capitalises_nouns,
                       tuple(low(group) for group in names.case_groups.values()),
                       tuple(sorted(low(names.oblique_endings), key=len, reverse=True)),
                       low(names.j_after), tuple(low(names.man_vowels)),
                       low(names.organization_preps), low(data.cues.conjunctions), tuple(low(names.infinitive_endings)))


def _facts(token: Token, words: ReaderWords) -> WordFacts:
    return word_facts(token.text, words.code)


def _keys(token: Token, words: ReaderWords) -> set[str]:
    return {token.lower_, _facts(token, words).lemma.lower()}


def _sentence_initial(token: Token) -> bool:
    """At a sentence's or line's start, or right after an opening quote ('řekl: „V celém …')."""
    doc, prev = token.doc, token.i - 1
    while prev >= 0 and (doc[prev].text in OPENERS or doc[prev].is_space):
        if doc[prev].is_space and "\n" in doc[prev].text or doc[prev].text in QUOTES:
            return True
        prev -= 1
    if prev < 0 or token.is_sent_start:
        return True
    before = doc[prev]
    return (before.text in SENTENCE_ENDS or "\n" in before.whitespace_ or before.is_digit and before.whitespace_ == ""
            or _dotted_number(before.text))  # '… 14. marta 2023. Bivši …': the tokenizer kept the stop on the year


def _dotted_number(text: str) -> bool:
    return len(text) >= 2 and text.endswith(".") and text[:-1].isdigit()


def _is_name_token(token: Token, words: ReaderWords) -> bool:
    text = token.text
    if not is_capitalised(text) or not any(ch.isalpha() for ch in text):
        return False
    if (text.isupper() and len(text) >= 2) or WEB_NAME.fullmatch(text):
        return True
    facts = _facts(token, words)
    if words.capitalises_nouns and facts.known and not facts.first_name:
        return _after_given_name(token, words)  # 'Journalisten', 'Polizei': nouns; 'Tomas Brenner': a surname
    if _sentence_initial(token):
        if _keys(token, words) & words.titles:
            return False  # 'Premjerministrs Andris …': a title opening the sentence is no name word
        if facts.proper or facts.common or _common_in(token):
            # a common word the dictionary also "knows" capitalised only as itself ('Tam', 'Šest':
            # no lemma of its own) is that common word, unless the text writes it inside a sentence
            # too or another capitalised word follows ('Marek Petráš')
            return facts.proper and not (facts.common and facts.lemma == text and not _recurs_inside(token)
                                         and not _capitalised_next(token))
        # a word the dictionary does not know: a name when the text writes it capitalised inside a
        # sentence too, or another name word follows ('Bhattijev …'), not 'Zaenkrat kaže …'
        return facts.first_name or _recurs_inside(token) or _capitalised_next(token)
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # a capitalised stop word before a lowercase word opens a sentence whose stop was lost ('39.000. V več …')
    return not (token.is_stop and not facts.proper and nxt is not None and nxt.text[:1].islower())


def _after_given_name(token: Token, words: ReaderWords) -> bool:
    """Where every noun is capitalised, a word the dictionary knows is a name only as the surname
    right after a given name, or a word no dictionary knows, that is no title ('Tomas Brenner',
    'Olaf Scholz'; not 'Ministerpräsident Liisa')."""
    i = token.i
    if i == 0 or _keys(token, words) & (words.titles | words.heads()) or token.is_stop:
        return False
    prev = token.doc[i - 1]
    if not is_capitalised(prev.text) or not prev.text[:1].isalpha() or prev.whitespace_ != " " \
            or _sentence_initial(prev) and not _facts(prev, words).first_name:  # '500 Menschen': a number is no given name
        return False
    before = _facts(prev, words)
    return before.first_name or not before.known and not prev.text.isupper()


def _common_in(token: Token) -> bool:
    """'Navíc', 'Medtem': a stop word, or a word the same text writes in lower case elsewhere."""
    lower = token.doc.user_data.get(LOWER_WORDS)
    if lower is None:
        lower = token.doc.user_data[LOWER_WORDS] = frozenset(t.text for t in token.doc if t.text[:1].islower())
    return token.is_stop or token.lower_ in lower


def _stem(text: str) -> str:
    return text.lower()[:5]


def _recurs_inside(token: Token) -> bool:
    """The text writes this word (or a case form of it: the same first letters) capitalised
    inside a sentence as well."""
    doc = token.doc
    stems = doc.user_data.get(INSIDE_STEMS)
    if stems is None:
        stems = doc.user_data[INSIDE_STEMS] = frozenset(
            _stem(t.text) for t in doc if t.text[:1].isupper() and len(t.text) >= 4 and not _sentence_initial(t))
    return len(token.text) >= 4 and _stem(token.text) in stems


def _capitalised_next(token: Token) -> bool:
    doc = token.doc
    return (token.i + 1 < len(doc) and "\n" not in token.whitespace_ and bool(token.whitespace_)
            and is_capitalised(doc[token.i + 1].text) and doc[token.i + 1].text[:1].isalpha())


def _joined(doc: Doc, i: int) -> bool:
    """'Nur-Sultan': a hyphen glued between two capitalised words."""
    t = doc[i]
    return (t.text in {"-", "‐"} and not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_
            and i + 1 < len(doc) and is_capitalised(doc[i + 1].text))


def _is_head(token: Token, words: ReaderWords) -> bool:
    return bool(_keys(token, words) & words.heads())


def _opens_body(doc: Doc, i: int, words: ReaderWords) -> bool:
    """'Ministerstvo vnitra …', 'Evropská komise' at a sentence start: a body's name the dictionary
    reads as common words."""
    token = doc[i]
    if not is_capitalised(token.text) or i + 1 >= len(doc) or "\n" in token.whitespace_:
        return False
    nxt = doc[i + 1]
    if _is_head(token, words):
        return is_capitalised(nxt.text) or nxt.lower_ in words.inner
    if words.genitive_modifiers and nxt.lower_ in words.inner:
        return _inner_reach_head(doc, i + 1, words)  # 'Užsienio reikalų ministerija'
    return (nxt.text[:1].islower() and _is_head(nxt, words) and not token.is_stop
            and any(ch.isalpha() for ch in token.text)  # '86 letališč', '37 držav': a count, no body
            and not _keys(token, words) & words.titles and _may_modify_head(token, words))


def _may_modify_head(token: Token, words: ReaderWords) -> bool:
    """A word that may open a body's name before its lowercase head: an adjective ('Evropská
    komise'), a proper name or a word the dictionary does not know; not a preposition or another
    common word ('Podle agentury …', 'Po poročanju …')."""
    facts = _facts(token, words)
    return not words.adjective_endings or facts.proper or not facts.known or _adjective(token, words)


def _generic_head(doc: Doc, start: int, end: int, words: ReaderWords) -> bool:
    """'Agentura AFP', 'Časopis The Courier', 'Svaz Manuel …': a common head word capitalised only
    as it opens the sentence, before an acronym, an English article or a given name, names none of
    them: the name is what follows it."""
    first = doc[start]
    if end - start < 2 or not _sentence_initial(first) or not _is_head(first, words) or first.text.isupper():
        return False
    facts, nxt = _facts(first, words), doc[start + 1]
    if facts.proper or not facts.common or not is_capitalised(nxt.text):
        return False
    return (nxt.text.isupper() and len(nxt.text) >= 2 or nxt.text == "The"
            or _facts(nxt, words).first_name and start + 2 < end)


def _inner_reach_head(doc: Doc, i: int, words: ReaderWords) -> bool:
    """Head-final names ('Užsienio reikalų ministerija'): the lowercase inner words from ``i`` end
    on a lowercase head word."""
    while i < len(doc) and doc[i].lower_ in words.inner and doc[i].text[:1].islower():
        i += 1
    return i < len(doc) and doc[i].text[:1].islower() and _is_head(doc[i], words)


def _particles(doc: Doc, i: int, words: ReaderWords) -> int:
    """How many lowercase particles at ``i`` sit between two capitalised words ('von der')."""
    j = i
    while j < len(doc) and doc[j].text[:1].islower() and doc[j].lower_ in words.particles:
        j += 1
    return j - i if j > i and j < len(doc) and is_capitalised(doc[j].text) else 0


def _continues(doc: Doc, i: int, start: int, words: ReaderWords) -> int:
    """How many tokens from ``i`` go on the run started at ``start`` (0: the run ends)."""
    prev, token = doc[i - 1], doc[i]
    if "\n" in prev.whitespace_ or (prev.is_punct and prev.text not in {"-", "‐"}):
        return 0
    if _joined(doc, i):
        return 2
    if token.text[:1].islower():
        if tail := _prepositional_tail(doc, i, start, words):
            return tail  # 'Evropská agentura pro ochranu půdy'
        if _adjective_noun(doc, i, start, words):
            return 1  # 'Vzhodni koridor', 'Dolní sněmovna', 'Česká národní banka'
        if _is_head(token, words) and is_capitalised(prev.text):
            return 1  # 'Evropská komise', 'Rada Evropské unie'
        if token.lower_ in words.inner and any(_is_head(doc[k], words) for k in range(start, i)):
            return 1  # 'Ministerstvo zahraničních věcí'
        if words.genitive_modifiers and (token.lower_ in words.inner and _inner_reach_head(doc, i, words)
                                         or _is_head(token, words) and prev.lower_ in words.inner):
            return 1  # 'Užsienio reikalų ministerija': the head comes last
        return _particles(doc, i, words)
    if not _is_name_token(token, words):
        return 0
    if _after_tail(doc, i, start, words):
        return 0  # 'Evropská agentura pro ochranu půdy | Norvex': a body's tail ends its name
    here, before = _facts(token, words), _facts(prev, words)
    if words.genitive_modifiers and here.proper and _keys(prev, words) & words.organization_heads:
        return 0  # 'Policija | Kaune': a body's head ends its name where the head comes last
    if here.first_name and not before.first_name and (before.proper and not _is_head(prev, words)
                                                      or prev.text[:1].islower()):
        return 0  # 'komise | Helga …': a given name after a lowercase head word opens a person  # 'v Praze | Petr Novák': a given name opens a new name after a place
    if here.first_name and not before.first_name and _acronym(prev.text) and _surname_follows(doc, i):
        return 0  # 'OSN | Antonio Ferraz': a given name and a surname after a body's acronym are a person
    if _person_after_oblique(doc, i, words):
        return 0  # 'Senátu | Miloslav Brandl': a body in the genitive, then a person in the nominative
    if here.first_name and not before.first_name and _surname_follows(doc, i) and _written_alone(doc, i - 1):
        return 0  # 'Corvax | Michael Kerrin' where the article writes 'Corvax' alone too
    return 1


_TAIL_WORDS = 4  # lower-case words of a body's prepositional tail at most


def _prepositional_tail(doc: Doc, i: int, start: int, words: ReaderWords) -> int:
    """How many tokens from ``i`` are a body's prepositional tail ('Agencija | za varnost hrane',
    'Úřad | pro ochranu hospodářské soutěže'): a preposition of ``names.json`` ``organization_preps``
    right after the run's last word when the run holds an organisation's head, then lower-case
    words (no stop word; a conjunction only between two of them) up to a clear end: a
    punctuation mark, a stop word, a verb, a capitalised word, a line's or the text's end. A tail
    that runs on past that many words, or ends on no such boundary, is none (0)."""
    if doc[i].lower_ not in words.organization_preps or not any(
            _keys(doc[k], words) & words.organization_heads for k in range(start, i)):
        return 0
    j = i + 1
    while j < len(doc) and j - i <= _TAIL_WORDS and "\n" not in doc[j - 1].whitespace_ and doc[j - 1].whitespace_:
        token = doc[j]
        if not (token.is_alpha and token.text.islower()):
            break
        if token.lower_ in words.conjunctions and j > i + 1:
            if j + 1 < len(doc) and _keys(doc[j + 1], words) & words.organization_heads:
                break  # '… půdy | a vláda …': another body
            j += 1
            continue
        if token.is_stop or token.lower_ in words.organization_preps or _verb(token, words):
            break
        j += 1
    while j > i + 1 and doc[j - 1].lower_ in words.conjunctions:
        j -= 1
    if j == i + 1:
        return 0
    ends = j >= len(doc) or "\n" in doc[j - 1].whitespace_ or not doc[j].is_alpha or doc[j].is_stop \
        or doc[j].text[:1].isupper() or _verb(doc[j], words)
    return j - i if ends else 0


def _after_tail(doc: Doc, i: int, start: int, words: ReaderWords) -> bool:
    """Token ``i`` follows a prepositional tail of the run: a preposition of ``organization_preps``,
    then lower-case words only."""
    k = i - 1
    while k > start and doc[k].text[:1].islower() and doc[k].lower_ not in words.organization_preps:
        k -= 1
    return k > start and k < i - 1 and doc[k].lower_ in words.organization_preps


def _verb(token: Token, words: ReaderWords) -> bool:
    """A form of a verb: its lemma, not itself, ends on an infinitive's ending ('uvedla' -> 'uvést')."""
    lemma = _facts(token, words).lemma.lower()
    return lemma != token.lower_ and lemma.endswith(words.infinitive_endings) if words.infinitive_endings else False


def _written_alone(doc: Doc, i: int) -> bool:
    """The article writes token ``i``'s word elsewhere as a name of one word: capitalised, inside a
    sentence, with no capitalised word after it ('… pri Corvaxu je …')."""
    token = doc[i]
    if len(token.text) < 4:
        return False
    stem = _stem(token.text)
    for other in doc:
        if other.i == i or _stem(other.text) != stem or not other.text[:1].isupper() or _sentence_initial(other):
            continue
        after = doc[other.i + 1] if other.i + 1 < len(doc) else None
        if after is None or not is_capitalised(after.text) or not other.whitespace_:
            return True
    return False


def _person_after_oblique(doc: Doc, i: int, words: ReaderWords) -> bool:
    """Token ``i`` and a surname after it are a person in the nominative, the word before a name
    in an oblique case ('kandidát do Senátu Tomáš Brandl', 'direktor Corvaxu Albert Kerrin'): the
    word before ends on an oblique ending of the language (names.json's ``thing_case_endings``,
    ``oblique_endings``) that neither of the two has, and the first of them ends on a consonant as
    a man's nominative does, or is a given name in its base form. The words of one name share
    their case ('Univerzitu Karlovu', 'Muzeu Karla Zemana')."""
    prev, token = doc[i - 1], doc[i]
    endings = (*(words.phrases.thing_case_endings if words.phrases else ()), *words.oblique_endings)
    if not endings or prev.text.isupper() or not _surname_follows(doc, i) or token.text.isupper():
        return False
    ending = next((e for e in sorted(endings, key=len, reverse=True)
                   if prev.lower_.endswith(e) and len(prev.text) > len(e) + 2), None)
    if ending is None or _facts(prev, words).first_name or _is_head(token, words):
        return False
    after = doc[i + 1]
    if token.lower_.endswith(ending) or after.lower_.endswith(ending):
        return False
    return token.text[-1:].isalpha() and token.text[-1].lower() not in VOWELS or _nominative_given_name(token.text)


def _acronym(text: str) -> bool:
    """'OSN', 'SITRAPL', 'PTKiG', 'PiS': more capitals than lowercase letters, or an acronym's shape."""
    upper = sum(ch.isupper() for ch in text)
    return upper >= 2 and upper > sum(ch.islower() for ch in text) or is_acronym_shaped(text)


def _surname_follows(doc: Doc, i: int) -> bool:
    """A capitalised word, no acronym, right after token ``i`` (its surname)."""
    return (i + 1 < len(doc) and doc[i].whitespace_ == " " and is_capitalised(doc[i + 1].text)
            and not doc[i + 1].text.isupper() and doc[i + 1].text[:1].isalpha())


def _adjective(token: Token, words: ReaderWords) -> bool:
    """A common word whose lemma has an adjective's ending ('severni' of 'severen', 'národní'; the
    language's adjective_endings), not a noun so ending ('vojske' of 'vojska')."""
    facts = _facts(token, words)
    return bool(words.adjective_endings) and facts.common and facts.lemma.lower().endswith(words.adjective_endings)


def _adjective_noun(doc: Doc, i: int, start: int, words: ReaderWords) -> bool:
    """Where only a name's first word is capitalised ('Vzhodni koridor', 'Dolní sněmovna'): a
    capitalised common adjective inside a sentence opens a name, and the lowercase adjectives and
    the one common noun after it go on it."""
    first, token = doc[start], doc[i]
    if i - start > 2 or first.text.isupper() or _sentence_initial(first) or _facts(first, words).proper:
        return False
    if not _adjective(first, words) or not all(t.text[:1].islower() and _adjective(t, words) for t in doc[start + 1 : i]):
        return False
    facts = _facts(token, words)
    return (token.is_alpha and len(token.text) >= 3 and not (token.is_stop and len(token.text) < 5)
            and facts.common and not facts.proper
            and token.lower_ not in words.particles and token.lower_ not in words.place_preps)


def _loose_end(token: Token, words: ReaderWords) -> bool:
    """A particle or a small joining word ('in', 'za') cannot end a name."""
    return token.text[:1].islower() and not _is_head(token, words) and (
        token.lower_ in words.particles or len(token.text) <= 3 or token.is_stop)


def _runs(doc: Doc, words: ReaderWords) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not (_is_name_token(doc[i], words) or _opens_body(doc, i, words)):
            i += 1
            continue
        start, i = i, i + 1
        while i < len(doc) and (step := _continues(doc, i, start, words)):
            i += step
        while i - 1 > start and _loose_end(doc[i - 1], words) and not _adjective_noun(doc, i - 1, start, words):
            i -= 1
        while i - 1 > start and doc[i - 1].text[:1].islower() and _adjective(doc[i - 1], words) and _adjective(doc[start], words):
            i -= 1  # a noun ends the name: not 'Skotská národní' of '… národní strana …'
        if _takes_number(doc, start, i, words):
            i += 1
        if _generic_head(doc, start, i, words):
            start += 1
        runs.append((start, i))
    return runs


def _takes_number(doc: Doc, start: int, end: int, words: ReaderWords) -> bool:
    """'Baltic Link 2', 'Boeing 737': a short number after a name that is no person's is part of
    it when what follows does not make it a count or a date: a line's end, a comma or stop word
    ('… 2 je …', '… 2, ki …'), not a noun ('Praze 12 lidí'), a day ('12. května') or a range;
    before any word where the text names it with that number again."""
    if end >= len(doc) or not doc[end].is_digit or len(doc[end].text) > 3:
        return False
    if not doc[end - 1].whitespace_ or "\n" in doc[end - 1].whitespace_ or _facts(doc[start], words).first_name:
        return False
    if end + 1 >= len(doc) or "\n" in doc[end].whitespace_ or doc[end + 1].is_space:
        return True
    after = doc[end + 1]
    if end + 2 < len(doc) and doc[end + 2].is_digit:
        return False  # '25 a 26', '2-3'
    if after.is_punct:
        if after.text == ".":
            return end + 2 >= len(doc) or not doc[end + 2].text[:1].islower()  # '12. května'
        spaced = bool(doc[end].whitespace_ and after.whitespace_)
        return spaced or after.text not in {"-", "–", "—", "/", ":", "%"}
    # after a name of common words ('Vzhodni koridor 2 dopolnjuje …') the number is the name's;
    # so it is where the text writes the name with that number again ('Baltic Link 2 spojí …'):
    # a count or a day does not come back with the same name
    return after.text[:1].islower() and (after.is_stop or doc[end - 1].text[:1].islower()
                                         or written_again(doc, start, end + 1))


def _label(span: Span, words: ReaderWords) -> str:
    return _shape_label(span, words) or "PERSON"  # unknown to the dictionary: most often a surname


def _shape_label(span: Span, words: ReaderWords) -> str | None:
    """The label the span's words and shape give; None for an unknown name with no cue."""
    keys = set().union(*(_keys(t, words) for t in span))
    if keys & words.organization_heads:
        return "ORG"
    if keys & words.event_heads:
        return "EVENT"
    if keys & words.place_heads:
        return "LOC"
    names = [t for t in span if t.text[:1].isupper()]
    if len(span) > 1 and span[-1].is_digit:
        return "LOC" if any(_facts(t, words).proper for t in span[:-1]) and not span[0].text.isupper() else "ORG"
    if span[0].text.isupper() and len(span[0].text) >= 2 or WEB_NAME.fullmatch(span.text) \
            or len(span) == 1 and _acronym(span.text):
        return "ORG"  # 'NATO', 'PiS': an acronym's shape names a body
    if len(span) > 1 and _adjective(span[0], words) and all(t.text[:1].islower() or t.is_digit for t in span[1:]):
        return "ORG"  # 'Rdeči križ', 'Dolní sněmovna': a common adjective and a noun name a body, not a person
    if any(_facts(t, words).first_name for t in names[:1]) and len(names) >= 2:
        return "PERSON"
    if _surname(span[-1], words) or _after_title(span, words):
        return "PERSON"
    first = _facts(span[0], words)
    if len(names) >= 2:
        if first.common and not first.proper:  # 'Veliko Britanijo': an adjective opens a place or body
            return "LOC" if _facts(span[-1], words).proper else "ORG"
        return "PERSON"
    if first.proper and not first.first_name or span.start > 0 and span.doc[span.start - 1].lower_ in words.place_preps:
        return "LOC"  # 'v Kelmsbury': after a locative preposition an unknown name is a place
    # a proper word alone is a place, unless it is a given name ('preroka Mohameda', 'pravi Tomasz')
    return "PERSON" if first.first_name else None


def _surname(token: Token, words: ReaderWords) -> bool:
    """A surname's ending on the word, its lemma or a base its case ending gives ('Petraitį' -> 'Petraitis')."""
    forms = (token.lower_, _facts(token, words).lemma.lower(), *_bases(token, words))
    return any(form.endswith(e) for form in forms for e in words.person_endings)


def _after_title(span: Span, words: ReaderWords) -> bool:
    doc, i = span.doc, span.start - 1
    return i >= 0 and bool(_keys(doc[i], words) & words.titles)


def _bases(token: Token, words: ReaderWords) -> list[str]:
    """Candidate nominatives of an unknown name word by the language's case endings, longest first."""
    lower = token.text.lower()
    return [lower[: -len(end)] + base for end, base in words.case_endings
            if end and lower.endswith(end) and len(lower) - len(end) >= 3]


def _surname_base(base: str, endings: tuple[str, ...]) -> bool:
    """The base ends in one of the surname ``endings`` after a stem of three letters at least
    ('grayová', not 'bova' of 'Bove')."""
    return any(base.endswith(e) and len(base) - len(e) >= 3 for e in endings)


def _adjectival_surnames(words: ReaderWords) -> tuple[str, ...]:
    """Surname endings that decline as adjectives ('-ová', '-ský'): they end as an adjective's
    nominative does, so a case ending swapped for one gives the surname ('Novákovou' -> 'Nováková')."""
    nominatives = tuple(words.phrases.adjective_nominatives.values()) if words.phrases else ()
    return tuple(e for e in words.person_endings if len(e) >= 3 and nominatives and e.endswith(nominatives))


def _long_surname_endings(words: ReaderWords) -> tuple[str, ...]:
    """Surname endings long enough that a case ending swapped for one surely gives the surname."""
    return tuple(e for e in words.person_endings if len(e) >= 3)


def _keeps_ending(token: Token, base: str, words: ReaderWords) -> bool:
    """A base the text writes elsewhere fits a surname or a lone name when it only loses the case
    ending ('Nordairu', 'Brandta'), or swaps it for a surname's or a known name's ending, or the word
    does not end in a vowel a man's name ends in (the language's ``man_vowels``). A man's name on
    '-o' swapped for a woman's '-a' fits a given name ('Thereso Kay' -> 'Theresa'), while beside a
    surname or alone the two forms are most often a man's nominative and its genitive ('Carvello',
    'Pompea'; 'Rico', 'Rica')."""
    lower = token.lower_
    return (lower.startswith(base) or not lower.endswith(words.man_vowels) or _known_name(base, words)
            or _surname_base(base, _adjectival_surnames(words)) or _surname_base(base, _long_surname_endings(words)))


def _normal_word(token: Token, label: str, seen: set[str], words: ReaderWords, given: bool = False,
                 nominative: bool = False) -> str:
    facts = _facts(token, words)
    if facts.proper and token.text[:1].isupper():
        return proper_lemma(facts.lemma, words.phrases)
    if facts.known or token.text.isupper() or _nominative_given_name(token.text):
        return token.text
    bases = _bases(token, words)
    base = next((b for b in bases if b in seen and (label != "PERSON" or given or _keeps_ending(token, b, words))
                 and not (nominative and not token.lower_.startswith(b))), None)
    # 'Nordairu' where the text writes 'Nordair' too
    if base is None and label == "PERSON" and not (given and token.lower_.endswith("a")):  # 'Theresa', not 'Thereso'
        base = next((v.lower() for e, b in words.case_endings if not b and e and token.lower_.endswith(e)
                     and len(token.text) - len(e) >= 3
                     and (v := _vowel_base(token.text[: -len(e)], seen, words.man_vowels if e == "a" else "oe"))), None)
        # a lone 'Xa' beside 'Xe' may be a woman's name's nominative ('Jerala', 'Jerale'); beside a
        # man's vowel ('Carvella', 'Carvello') it is his genitive
    if base is None and label == "PERSON":
        base = next((b for b in bases if _known_name(b, words)), None) or next(
            (b for b in bases if _surname_base(b, _adjectival_surnames(words))), None) or next(  # 'Grayovou' -> 'Grayová'
            (b for b in bases if _surname_base(b, _long_surname_endings(words))), None)  # 'Petraitį' -> 'Petraitis'
    return token.text[:1] + base[1:] if base else token.text


def _known_name(base: str, words: ReaderWords) -> bool:
    """'ursula' from 'Ursulou': a candidate base the dictionaries know as a name in its base form
    ('helg' from 'Helga' is only a case form of Helga)."""
    word = base[:1].upper() + base[1:]
    facts = word_facts(word, words.code)
    return facts.first_name and _nominative_given_name(word) or facts.proper and facts.lemma == word


def _nominative_given_name(word: str) -> bool:
    """'Helga', 'Ursula': a given name SGJP knows in this very form as its lemma."""
    info = analyse(word)
    return info.first_name and word in info.lemmas


def _normal(span: Span, seen: set[str], words: ReaderWords) -> str:
    if words.phrases is not None:
        if span.label_ != "PERSON" and (phrase := phrase_normal(span, words.phrases)):
            return phrase  # 'Baltskim morjem' -> 'Baltsko morje'
        if len(span) == 1 and not _facts(span[0], words).known and (
                base := possessive_base(span[0], seen, words.phrases)):
            return base  # 'Mayeva' -> 'May'
    capitalised = [t.i for t in span if t.text[:1].isupper()]
    given = {capitalised[0]} if span.label_ == "PERSON" and len(capitalised) >= 2 else set()
    # beside a given name in the nominative ('Michael') the surname is in the nominative too: the
    # text's 'Grova' is its genitive, no base of 'Grove'
    nominative = bool(given) and _nominative_given_name(span.doc[capitalised[0]].text)
    normals = [_normal_word(t, span.label_, seen, words, t.i in given, nominative and t.i not in given)
               if t.text[:1].isupper() else t.text for t in span]
    if (len(span) == 1 and span.label_ != "PERSON" and normals[0] == span.text and words.phrases is not None
            and not _facts(span[0], words).known and (base := thing_base(span.text, words.phrases.thing_case_endings))):
        return base  # 'Brindonu' -> 'Brindon'
    if words.genitive_modifiers and span.label_ != "PERSON":
        normals = [t.text for t in span[:-1]] + [_head_lemma(span[-1], normals[-1], words)]
    elif span.label_ == "ORG" and len(span) > 1 and _is_head(span[0], words):
        # the head first ('Министерството за надворешни работи', 'Ministarstva spoljnih poslova Srbije'):
        # it takes its lemma, the words after it are its complements and keep their form
        normals = [_head_lemma(span[0], normals[0], words)] + [t.text for t in span[1:]]
    if span.label_ == "PERSON":
        normals = _same_gender(span, _same_case(span, normals, seen, words), words)
    parts: list[str] = []
    for token, word in zip(span, normals):
        parts.extend((word, token.whitespace_ and " "))
    return "".join(parts).strip()


def _head_lemma(token: Token, normal: str, words: ReaderWords) -> str:
    """A body's head word in its dictionary lemma, capitalised as written
    ('Lietuvos Respublikos Seimo' -> '… Seimas', 'Ministru kabineta' -> '… kabinets')."""
    facts = _facts(token, words)
    if facts.proper or not facts.known or token.text.isupper():
        return normal
    return token.text[:1] + facts.lemma[1:] if token.text[:1].isupper() else facts.lemma


def _same_case(span: Span, normals: list[str], seen: set[str], words: ReaderWords) -> list[str]:
    """The words of one person's name share a case: the ending a known given name lost
    ('Tomášom' -> 'Tomáš', 'Tomom' -> 'Tom') comes off the unknown surname beside it ('Kováčom' ->
    'Kováč'), or another ending of that case ('Harperjem' -> 'Harper'). Where no word shows its
    case, a word on an ending no nominative has ('Bruknerja', 'Brandtom') shows it for all."""
    swaps = _case_swaps(span, normals, seen, words) or _oblique_swaps(span, normals, words)
    out = list(normals)
    first = next(k for k, t in enumerate(span) if t.text[:1].isupper()) if span[0].text[:1].isupper() else -1
    for k, (token, word) in enumerate(zip(span, normals)):
        if word != token.text or not token.text[:1].isupper() or token.text.isupper() or _facts(token, words).proper:
            continue
        end = next((e for e in sorted(swaps, key=len, reverse=True) if token.text.endswith(e)
                    and len(token.text) - len(e) >= 3 and _fits_j(token.lower_, e, words)), None)
        if end is not None:
            stem = token.text[: len(token.text) - len(end)]
            # a man's name on '-o' keeps it where the text writes that form ('Heikom' -> 'Heiko', not 'Heik')
            given = k == first and token.lower_.endswith("a")  # a given name on '-a' is a woman's ('Theresa')
            out[k] = (None if swaps[end] or given else _vowel_base(stem, seen)) or stem + swaps[end]
    return out


def _fits_j(word: str, ending: str, words: ReaderWords) -> bool:
    """An ending on 'j' comes off only where the language puts that 'j' after a foreign name
    ('Millerjem' -> 'Miller'); elsewhere the 'j' is the name's own ('Aleksejem' -> 'Aleksej')."""
    stem = word[: len(word) - len(ending)]
    return not ending.startswith("j") or not words.j_after or stem[-1:] in words.j_after


def _vowel_base(stem: str, seen: set[str], vowels: tuple[str, ...] | str = "oe") -> str | None:
    """A man's name on a vowel keeps it where the text writes that form: the case ending that
    came off ('Heikom', 'Grova') leaves its stem, the vowel back gives the name ('Heiko', 'Grove')."""
    return next((stem + v for v in vowels if (stem + v).lower() in seen), None)


def _group(ending: str, words: ReaderWords) -> frozenset[str]:
    """The endings of the case ``ending`` is one of ('om' -> 'om', 'em', 'jem')."""
    return next((g for g in words.case_groups if ending in g), frozenset())


def _oblique_swaps(span: Span, normals: list[str], words: ReaderWords) -> dict[str, str]:
    """Where no word of a person's name shows its case: the endings of the case that one of its
    words ends in and no nominative does ('Jareda Bruknerja', 'Heikom Brandtom'), when every other
    word the dictionary does not know ends in an ending of that case too."""
    endings = dict(words.case_endings)
    unknown = [t.lower_ for t, n in zip(span, normals) if n == t.text and t.text[:1].isupper()
               and not t.text.isupper() and not _facts(t, words).known]
    if len(unknown) < 2:
        return {}
    for mark in words.oblique_endings:
        if not any(w.endswith(mark) and len(w) - len(mark) >= 3 for w in unknown):
            continue
        group = next((g for g in words.case_groups for e in sorted(g, key=len, reverse=True) if mark.endswith(e)), None)
        if group and all(any(w.endswith(e) and len(w) - len(e) >= 3 for e in group) for w in unknown):
            return {e: endings.get(e, "") for e in group}
    return {}


def _case_swaps(span: Span, normals: list[str], seen: set[str], words: ReaderWords) -> dict[str, str]:
    """Oblique ending -> nominative ending, as the words already brought to the nominative show:
    a case ending lost ('Tomášom' -> 'Tomáš') or swapped ('Rimantą' -> 'Rimantas')."""
    endings = dict(words.case_endings)
    swaps: dict[str, str] = {}
    for token, normal in zip(span, normals):
        text = token.text
        if normal == text or not (_facts(token, words).known or _known_name(normal.lower(), words)
                                  or normal.lower() in seen):
            continue  # only a word the dictionary knows ('Tomom'), whose base it knows as a name ('Dieterjem'
            # -> 'Dieter') or the text writes ('Brandtom' -> 'Brandt'), shows its case ('Ozoliņu' -> 'Ozoliņš' is a guess)
        if text.startswith(normal) and text[len(normal):] in endings:
            lost = text[len(normal):]
            swaps[lost] = endings[lost]
            # the same case's other endings, which a foreign name takes after a 'j' ('Bruknerja', 'Millerjem')
            swaps.update({e: b for e, b in endings.items() if e.endswith(lost) and b == endings[lost] and e not in swaps})
            swaps.update({e: endings.get(e, "") for e in _group(lost, words) if e not in swaps})
            continue
        stem = len(commonprefix([text, normal]))
        if stem >= 3 and 0 < len(text) - stem <= 2 and len(normal) - stem <= 2:
            swaps.setdefault(text[stem:], normal[stem:])
        if stem >= 3 and 0 < len(normal) - stem <= 2:
            # a fleeting vowel ('Aleksandrom' -> 'Aleksander'): the case ending the word lost
            dropped = max((e for e, b in endings.items() if not b and e and text.endswith(e)
                           and len(text) - len(e) == stem + 1), key=len, default=None)
            if dropped is not None:
                swaps.setdefault(dropped, "")
    return swaps


def _same_gender(span: Span, normals: list[str], words: ReaderWords) -> list[str]:
    """The given name keeps the gender its surname shows.

    The dictionary may take a woman's name in the nominative for a case form of a man's
    ('Andreja' for 'Andrej', 'Jana' for 'Jan') or a man's for a woman's genitive plural
    ('Justin' for 'Justina'). A man's name ending in a consonant is written so only in the
    nominative, and beside a surname written in its base form that a man's name would have
    declined (one ending in a consonant: 'Andreja Katič', not 'Andreja Katiča') or a woman's
    surname ('Jana Nováková'), the given name ending in -a is a woman's nominative.
    """
    if len(span) < 2 or not span[0].text[:1].isupper() or not span[-1].text[:1].isupper():
        return normals
    given, base, surname = span[0].text, normals[0], span[-1].text
    feminine = tuple(e for e in words.person_endings if e.endswith(("a", "á")))
    lower = surname.lower()
    surname_as_written = normals[-1] == surname and (lower[-1:].isalpha() and lower[-1] not in VOWELS
                                                     or lower.endswith(feminine))
    if (given[-1:].lower() not in VOWELS and base.lower() == given.lower() + "a"
            or given.lower().endswith("a") and base.lower() == given.lower()[:-1] and surname_as_written):
        return [given, *normals[1:]]
    return normals


def _person_words(spans: list[Span]) -> set[str]:
    return {t.lower_ for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s}


def _relabel_by_people(spans: list[Span], words: ReaderWords) -> list[Span]:
    """A single word that is (a case form of) a word of a person named in the article is that person."""
    people = _person_words(spans)
    out: list[Span] = []
    for span in spans:
        if len(span) == 1 and span.label_ != "PERSON" and not span[0].text.isupper() and (
                {span[0].lower_, _facts(span[0], words).lemma.lower(), *_bases(span[0], words)} & people):
            span = Span(span.doc, span.start, span.end, label="PERSON")
        out.append(span)
    return out


def read_names(doc: Doc, words: ReaderWords) -> Doc:
    """Set ``doc.ents`` from capitalisation, with lemmas, forms and base forms (see the module)."""
    for token in doc:
        facts = _facts(token, words)
        token.lemma_ = facts.lemma
        token._.common = facts.common and not facts.proper
        forms = {facts.lemma.lower(), *(_bases(token, words) if token.text[:1].isupper() else ())}
        token._.forms = tuple(sorted(f for f in forms if f != token.lower_))
    spans = [Span(doc, a, b, label=_label(Span(doc, a, b), words)) for a, b in _runs(doc, words)]
    spans = _relabel_by_people(spans, words)
    set_entities(doc, spans)
    seen = {t.lower_ for ent in doc.ents for t in ent}
    for ent in doc.ents:
        ent._.normal_override = _normal(ent, seen, words)
    return doc


@Language.factory("kgraph_latin_names", default_config={"lang": "xx"})
def make_latin_names(nlp: Language, name: str, lang: str):
    """The reader for ``lang``, with that language's words."""
    from kgraph.lang import language_data

    words = reader_words(language_data(lang))

    def latin_names(doc: Doc) -> Doc:
        return read_names(doc, words)

    return latin_names
