"""Polish: spaCy's tokenizer, morfeusz2 (SGJP) morphology and proper-name tags, capitalisation."""
from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

from spacy.lang.pl import Polish
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kgraph.lang import language_data
from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.morfeusz import WordInfo, analyse
from kgraph.nlp.lines import line_break_sentences  # noqa: F401  (registers the component)
from kgraph.nlp.name_words import name_words
from kgraph.nlp.spans import WEB_NAME, is_capitalised, set_entities
from kgraph.nlp.tokenizer_rules import add_shared_infixes

__all__ = ["build", "stems"]

# Endings of inflected nouns, longest first: stems let unknown names ("Ałmatach") meet their base.
INFLECTION_ENDINGS = ("ami", "ach", "owi", "iem", "ów", "om", "em", "ie", "ą", "ę", "u", "a", "y", "i", "e", "o")
TITLE_LEMMAS = frozenset(
    "prezydent premier minister wiceminister rzecznik dziennikarz dziennikarka przewodniczący szef "
    "ambasador konsul sekretarz generał pan pani król poseł senator muzyk piosenkarka".split()
)
APOSTROPHES = {"'", "’", "‘"}
OPENERS = {"„", '"', "«", "-", "–", "—", "(", "'", "‚"}
# SGJP's parts of speech no name shares: a capitalised word inside a sentence that reads as one
# of them ('… w Holandii Tylko niemal 6 proc.', '… Spada liczba …') opens a sentence whose stop
# was lost (a headline glued to the text).
FUNCTION_CLASSES = frozenset("qub conj comp prep ppron12 ppron3 pred interj".split())
# Verb forms count the same when the word has no noun or adjective reading ('Haram' is also a noun).
VERB_CLASSES = frozenset("fin praet impt imps inf pcon pant bedzie winien".split())
NOMINAL_CLASSES = frozenset("subst depr adj ger ppas pact".split())
# Parts of speech of a word after a number that say the number does not count it ('Baltic Link 2
# to …', 'Radiu 24, że …'): the number then belongs to the name before it.
AFTER_NAME_NUMBER = frozenset("conj comp part qub pred prep fin praet bedzie aglt ppron3 ppron12 imps inf".split())


def stems(word: str) -> tuple[str, ...]:
    """Candidate bases of an inflected unknown word: 'Ałmatach' → ('ałmat', 'ałmaty', 'ałmata')."""
    lower = word.lower()
    out: list[str] = []
    for ending in INFLECTION_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            out.extend((stem, stem + "y", stem + "a"))
            break
    return tuple(dict.fromkeys(out))


def _forms(token: Token) -> tuple[str, ...]:
    info = analyse(token.text)
    forms = [lemma.lower() for lemma in info.lemmas]
    if not info.known or info.label:
        forms.extend(stems(token.text))
    return tuple(dict.fromkeys(f for f in forms if f != token.lower_))


def _is_sentence_initial(token: Token) -> bool:
    prev = token.i - 1
    while prev >= 0 and (token.doc[prev].text in OPENERS or token.doc[prev].is_space):
        if token.doc[prev].is_space and "\n" in token.doc[prev].text:
            return True
        prev -= 1
    if prev < 0:
        return True
    before = token.doc[prev]
    return token.is_sent_start or before.text in {".", "!", "?", "…", ":"} or "\n" in before.whitespace_


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not is_capitalised(text) or not any(ch.isalpha() for ch in text):
        return False
    info = analyse(text)
    if text.isupper() and len(text) >= 2:
        # 'RNA', 'SMS': SGJP knows them as common nouns only; 'MSZ' is a body's name all the same,
        # and so is an acronym glued to a number or a name ('COVID-19', 'SARS-CoV-2')
        return (not (info.known and info.label is None) or text.lower() in _body_acronyms()
                or token.i + 1 < len(token.doc) and _joined(token.doc, token.i + 1))
    if WEB_NAME.fullmatch(text):
        return True
    if _is_sentence_initial(token):
        return not info.common
    return not _plain_noun(text, info)


def _plain_noun(text: str, info: WordInfo) -> bool:
    """'Internet' mid-sentence: a common noun in its dictionary form, capitalised for no reason
    SGJP knows of; a name would have a proper-name reading."""
    return info.label is None and info.common and text.lower() in info.lemmas


def _joined(doc: Doc, i: int) -> bool:
    """'Nur-Sułtanie': a hyphen glued to capitalised words on both sides joins them."""
    t = doc[i]
    return (
        (t.text == "-" or t.text in APOSTROPHES and i > 0 and len(doc[i - 1].text) == 1)  # 'O‘Leary'
        and not t.whitespace_
        and i > 0
        and not doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and is_capitalised(doc[i + 1].text)
    )


def _continues_name(doc: Doc, i: int, start: int) -> bool:
    """Whether name token ``i`` continues the name before it ('Jan Kowalski') or starts a new
    one ('Estonii | Jan Kowalski', 'Federacji Rosyjskiej | Janem Nowakiem')."""
    prev, token = doc[i - 1], doc[i]
    if not _capitalised_inside(token) or "\n" in prev.whitespace_ or prev.is_punct:
        return False
    before, here = analyse(prev.text), analyse(token.text)
    if i - 1 == start and prev.lower_ in _particles():
        return True  # a foreign article opens the name: 'The Daily Courier', 'La Gazzetta'
    if here.adjective and not here.first_name:
        return True  # 'Irlandii Północnej', 'Komendy Stołecznej Policji'
    if (not here.first_name and here.label != "PERSON" and (_only_place(here) or token.text.isupper())
            and any(name_words().is_org_head(t, "pl") for t in doc[start:i])):
        return True  # a body's genitive tail: 'Rady UE', 'Sądu Najwyższego Chile'
    if here.first_name and before.geographic and not before.first_name:
        return False  # 'z Moskwy | Anna Nowak': a given name after a place opens a person
    if _initial(doc, i):
        return before.first_name or before.label == "PERSON" and not before.geographic  # 'Rosji | W.W. Nowaka'
    if prev.text.isupper() or _only_place(before) != _only_place(here) and not before.first_name and not (
            _common_noun(here) if _only_place(before) else _common_noun(before)):
        return False  # 'Litwy | Gitanasem Nausėdą', but 'Washington Post', 'Radia Piekary' (a common word binds)
    if (before.common and before.label is None and prev.text[:1].isupper() and not here.known
            and not token.text.isupper() and not (i - 1 == start and _is_media_head(prev))):
        return False  # 'Komisji Europejskiej | Ursulą von der Leyen', but 'Telewizja Nexta'
    # a given name after a known word opens a person ('Estonii | Jan'); after a name SGJP does not
    # know, it goes on a foreign one ('Sigmar Gabriel', 'Asif Ali Zardari')
    return not (here.first_name and before.label != "PERSON" and before.known)


def _common_noun(info: WordInfo) -> bool:
    """A common noun or adjective reading ('Post', 'Radia'), not a preposition ('W')."""
    return bool(info.classes & NOMINAL_CLASSES)


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    """'telewizja', 'radio', 'portal': names.json's media_heads."""
    return frozenset(language_data("pl").names.media_heads)


def _is_media_head(token: Token) -> bool:
    return bool({token.lower_, token.lemma_.lower()} & _media_heads())


def _capitalised_inside(token: Token) -> bool:
    """A name word, or a capitalised dictionary word inside a sentence ('Izbie Gmin', 'Wspólnota')."""
    return _is_name_token(token) or (is_capitalised(token.text) and token.text[:1].isalpha()
                                     and not _is_sentence_initial(token))


def _only_place(info: WordInfo) -> bool:
    """A word SGJP reads as a place name and as no common word ('Litwy', not 'Obrony')."""
    return info.geographic and not info.common


@lru_cache(maxsize=1)
def _body_acronyms() -> frozenset[str]:
    """'msz', 'mon': single-word names of state bodies (institutions.json)."""
    kinds = language_data("pl").institutions.kinds.values()
    return frozenset(name for names in kinds for name in names if " " not in name)


@lru_cache(maxsize=1)
def _surname_endings() -> tuple[str, ...]:
    """'-ski', '-icz', '-enko': names.json's person_endings."""
    return tuple(language_data("pl").names.person_endings)


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """'morze', 'królestwo', 'republika': names.json's place_heads."""
    return frozenset(language_data("pl").names.place_heads)


@lru_cache(maxsize=1)
def _place_preps() -> frozenset[str]:
    """'w', 'we': names.json's place_preps."""
    return frozenset(language_data("pl").names.place_preps)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Every head word of names.json (organisation, event, place)."""
    names = language_data("pl").names
    return frozenset((*names.organization_heads, *names.event_heads, *names.place_heads))


def _lemma(token: Token, info: WordInfo) -> str:
    """SGJP's first lemma, or, for a capitalised word, the one that is a head word ('Rady' → 'rada', not 'rad')."""
    if token.text[:1].isupper():
        head = next((lemma for lemma in info.lemmas if lemma.lower() in _heads()), None)
        if head is not None:
            return head
    return info.lemmas[0]


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """'von', 'de', 'bin': names.json's particles."""
    return frozenset(language_data("pl").names.particles)


def _particle_joins(doc: Doc, i: int) -> int:
    """'Ursula von der Leyen': how many lowercase particles at ``i`` sit between two words of a
    person's (or an unknown foreign) name; 0 when they do not."""
    j = i
    particles = _particles()
    while j < len(doc) and doc[j].lower_ in particles and doc[j].text[:1].islower():
        j += 1
    if j == i or j >= len(doc) or not is_capitalised(doc[j].text):
        return 0
    before = analyse(doc[i - 1].text)
    return j - i if before.label == "PERSON" or not before.known else 0


def _opens_organisation(doc: Doc, i: int) -> bool:
    """'Prokuratura Generalna …' at a sentence start: an organisation head before a capitalised word."""
    token = doc[i]
    return (is_capitalised(token.text) and i + 1 < len(doc) and is_capitalised(doc[i + 1].text)
            and not token.whitespace_.count("\n") and name_words().is_org_head(token, "pl"))


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not (_is_name_token(doc[i]) or _opens_organisation(doc, i) or _initial(doc, i)
                or _adjective_opens_body(doc, i)):
            i += 1
            continue
        start = i
        i += 1
        while i < len(doc):
            if _joined(doc, i):
                i += 2
            elif doc[i].text == "." and _initial(doc, i - 1):
                i += 2  # 'Andrzej M. Kowal', 'W.W. Nowak': the stop and the word after the initial
            elif (skip := _particle_joins(doc, i)) and i > start:
                i += skip
            elif _conjoined_tail(doc, i, start):
                i += 2
            elif _continues_name(doc, i, start):
                i += 1
            else:
                break
        if _takes_number(doc, start, i):
            i += 1
        while start >= 2 and _joined(doc, start - 1) and doc[start - 1].text == "-" and is_capitalised(doc[start - 2].text):
            start -= 2  # 'trasy: Porto-Kraków': the first part opened a sentence and looked common
        if runs and start < runs[-1][1]:
            runs.pop()
        runs.extend(_hyphen_parts(doc, start, i))
    return runs


def _initial(doc: Doc, i: int) -> bool:
    """'M' of 'Andrzej M. Kowal': one capital letter glued to a stop, a name word after it."""
    token = doc[i]
    return (len(token.text) == 1 and token.text.isupper() and token.text.isalpha() and not token.whitespace_
            and i + 2 < len(doc) and doc[i + 1].text == "." and is_capitalised(doc[i + 2].text)
            and not doc[i + 2].is_sent_start)


def _adjective_opens_body(doc: Doc, i: int) -> bool:
    """'Litewskie Ministerstwo Spraw Zagranicznych …' at a sentence start: a capitalised adjective
    right before a body's head word is the first word of its name."""
    token = doc[i]
    return (is_capitalised(token.text) and not token.text.isupper() and _is_sentence_initial(token)
            and analyse(token.text).adjective and i + 1 < len(doc) and not token.whitespace_.count("\n")
            and is_capitalised(doc[i + 1].text) and name_words().is_org_head(doc[i + 1], "pl"))


def _conjoined_tail(doc: Doc, i: int, start: int) -> bool:
    """'Federacja Izb Handlu i Przemysłu', 'Instytut Nafty i Chemii': 'i' between two common nouns
    in the genitive after a body's head word joins them in its name (not 'Rady i Komisji')."""
    if doc[i].lower_ != "i" or i - 1 <= start or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if not is_capitalised(nxt.text) or nxt.text.isupper() or name_words().is_org_head(nxt, "pl"):
        return False
    before, after = analyse(doc[i - 1].text), analyse(nxt.text)
    return ("gen" in before.cases & after.cases and after.common and not after.geographic
            and after.label != "ORG" and any(name_words().is_org_head(t, "pl") for t in doc[start : i - 1]))


def _hyphen_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A run of names joined by hyphens that is no one name splits at them: three parts or more
    ('Porto-Kraków-Porto'), or a part of several words ('Komisja Europejska-Ukraina')."""
    hyphens = [k for k in range(start + 1, end - 1) if _joined(doc, k) and doc[k].text == "-"]
    if not hyphens:
        return [(start, end)]
    parts = list(zip([start, *(h + 1 for h in hyphens)], [*hyphens, end]))
    if not all(doc[a].text.istitle() and doc[a].text.isalpha() for a, _ in parts):
        return [(start, end)]  # 'SARS-CoV-2', 'Tu-154': a code, not names joined
    several = any(b - a > 1 for a, b in parts[1:]) or parts[0][1] - parts[0][0] > 1 and any(
        name_words().is_org_head(t, "pl") for t in doc[parts[0][0] : parts[0][1]])
    return parts if len(parts) >= 3 or several else [(start, end)]


def _takes_number(doc: Doc, start: int, end: int) -> bool:
    """'Baltic Link 2', 'Polskie Radio 24': a short number right after a name that is no person's
    is part of it, unless the word after the number is what it counts ('Warszawie 12 lipca',
    'Sejmowi 15 ustaw')."""
    if end >= len(doc) or not doc[end].is_digit or len(doc[end].text) > 3 or "\n" in doc[end - 1].whitespace_:
        return False
    run = doc[start:end]
    if not doc[end - 1].whitespace_ or (not any(name_words().is_org_head(t, "pl") for t in run)
                                        and any(analyse(t.text).label in {"PERSON", "LOC"} for t in run)):
        return False  # a person's or a place's name does not take one ('w Warszawie 3 i 4 maja')
    if end + 1 >= len(doc) or "\n" in doc[end].whitespace_:
        return True
    after = doc[end + 1]
    if after.is_space:
        return True  # the end of a line
    if end + 2 < len(doc) and doc[end + 2].is_digit:
        return False  # 'Skyway 25 i 26 lipca': days of a month
    if after.is_punct:
        spaced = bool(doc[end].whitespace_ and after.whitespace_)  # 'Baltic Link 2 - powiedział'
        return spaced or after.text not in {"-", "–", "—", "/", ":", "%"}
    info = analyse(after.text)
    return after.text[:1].islower() and bool(info.classes & AFTER_NAME_NUMBER)


def _label(span: Span) -> str:
    if any(name_words().is_org_head(t, "pl") for t in span) and (len(span) > 1 or not span[0].text.isupper()):
        return "ORG"  # 'członkowie Unii': a capitalised head word alone is the body's short name
    if len(span) > 1 and span[-1].is_digit:
        return "LOC" if any(analyse(t.text).label == "LOC" for t in span) else "ORG"  # 'Baltic Link 2'
    infos = [analyse(t.text) for t in span]
    if len(span) > 1 and not any(info.first_name for info in infos):
        if any(set(lemma.lower() for lemma in info.lemmas) & _place_heads() for info in infos):
            return "LOC"  # 'Zjednoczone Królestwo', 'Morze Czarne', 'Półwysep Krymski'
        if any(info.adjective and info.label is None for info in infos):
            # a common adjective is no word of a person's name: 'Duma Państwowa', 'Platforma Obywatelska'
            return "LOC" if any(info.label == "LOC" for info in infos) else "ORG"

    doc = span.doc
    if len(span) == 1 and infos[0].geographic and (span.start > 0 and _joined(doc, span.start - 1)
                                                   or span.end < len(doc) and _joined(doc, span.end)):
        return "LOC"  # a place in a hyphenated route or relation: 'Porto-Kraków', 'Polska-Litwa'
    labels = [analyse(t.text).label for t in span if t.text != "-" and not t.text[:1].islower()]
    if "PERSON" in labels and sum(lab == "PERSON" for lab in labels) >= max(1, len(labels) // 2):
        return "PERSON"
    for wanted in ("LOC", "ORG", "PERSON"):
        if wanted in labels:
            return wanted
    first = span[0]
    if any(_initial(span.doc, t.i) for t in span[:-1]):
        return "PERSON"  # 'A. Kowal', 'Jan M. Nowak'
    if first.text.isupper():
        return "ORG"
    if first.i > 0 and set(analyse(first.doc[first.i - 1].lower_).lemmas) & TITLE_LEMMAS:
        return "PERSON"  # a title before the name: 'minister Kowalczyk'
    if len(span) >= 2 or any(stem.endswith(_surname_endings()) for stem in (span[-1].lower_, *_person_stems(span[-1].text))):
        return "PERSON"
    if first.i > 0 and first.doc[first.i - 1].lower_ in _place_preps():
        return "LOC"  # 'w Mardan': a name SGJP does not know, after 'w', is a place
    return "ORG"


# Case endings of unknown (foreign) surnames and given names → their nominative ending,
# tried when no other mention in the article shows the base form.
PERSON_ENDINGS = (("owowi", "ow"), ("ewowi", "ew"), ("owem", "ow"), ("ewem", "ew"), ("inem", "in"), ("ynem", "yn"),
                  ("owa", "ow"), ("ewa", "ew"), ("ina", "in"), ("yna", "yn"), ("ą", "a"), ("ę", "a"))
# Endings no nominative has: applied even when no other mention shows the base form.
CERTAIN_CASE_ENDINGS = ("owowi", "ewowi", "owem", "ewem", "inem", "ynem", "ą", "em")


def _person_stems(word: str) -> tuple[str, ...]:
    lower = word.lower()
    out = [lower[: -len(end)] + base for end, base in PERSON_ENDINGS if lower.endswith(end) and len(lower) > len(end) + 2]
    if lower.endswith("em") and len(lower) >= 6 and lower[-3] not in "aeiouyąęó":
        out.append(lower[:-2])  # masculine instrumental: 'Nurlanem' → 'nurlan'
    return tuple(dict.fromkeys(out))


def _normal_word(token: Token, label: str, known_words: Set[str]) -> str:
    info = analyse(token.text)
    proper = [lemma for lemma in info.lemmas if lemma[:1].isupper()]
    if proper:
        return proper[0]
    if info.known or label != "PERSON":
        return token.text
    candidates = (*stems(token.text), *_person_stems(token.text))
    seen = next((c for c in candidates if c in known_words and c != token.lower_), None)
    if seen is None and candidates and token.lower_.endswith(CERTAIN_CASE_ENDINGS):
        seen = _person_stems(token.text)[0] if _person_stems(token.text) else None
    return token.text[:1] + seen[1:] if seen else token.text


def _normal(span: Span, known_words: Set[str] = frozenset()) -> str:
    """Nominative of the name: SGJP's lemma for the words it knows as names; for foreign names,
    the form another mention in the article shows ('Dżaparowem' → 'Dżaparow'), else a case rule."""
    words: list[str] = []
    frozen = _frozen_tail(span)
    for token in span:
        word = token.text if token.i in frozen else _normal_word(token, span.label_, known_words)
        if span.label_ == "ORG" and token.i == _head(span) and token.lemma_:
            word = token.text[:1] + token.lemma_[1:]  # 'Ministerstwa' -> 'Ministerstwo'
        words.append(word)
        words.append(token.whitespace_ and " ")
    return "".join(words).strip()


def _head(span: Span) -> int | None:
    """The index of the first organisation head word of ``span``."""
    return next((t.i for t in span if name_words().is_org_head(t, "pl")), None)


def _frozen_tail(span: Span) -> set[int]:
    """Tokens of a body's name that stay as written: the genitive tail after its head and the
    adjectives agreeing with it ('Ministerstwo Obrony Narodowej', 'Komenda Stołeczna Policji')."""
    if span.label_ != "ORG":
        return set()
    head = _head(span)
    if head is None:
        return set()
    tail = [t for t in span if t.i > head]
    first_noun = next((k for k, t in enumerate(tail) if not analyse(t.text).adjective), len(tail))
    return {t.i for t in tail[first_noun:]}


def _restore_sentence_starts(doc: Doc) -> None:
    """A capitalised word inside a sentence that SGJP reads as a function word or a verb, before a
    lowercase word, opens a sentence whose stop was lost (see FUNCTION_CLASSES)."""
    for token in doc[1:-1]:
        nxt = token.doc[token.i + 1]
        if (token.is_sent_start or not token.text[:1].isupper() or token.text.isupper()
                or not nxt.text[:1].islower()):
            continue
        classes = analyse(token.text).classes
        if classes & FUNCTION_CLASSES or classes & VERB_CLASSES and not classes & NOMINAL_CLASSES:
            token.is_sent_start = True


def _keep_initials_in_sentences(doc: Doc) -> None:
    """'A. Kowal', 'W.W. Nowak': the stop after a capital letter is an initial's, not a sentence's
    end, when the word after it is a name (SGJP knows it as one, or not at all)."""
    for token in doc[:-2]:
        nxt = doc[token.i + 2]
        if (len(token.text) == 1 and token.text.isupper() and token.text.isalpha() and not token.whitespace_
                and doc[token.i + 1].text == "." and nxt.is_sent_start and is_capitalised(nxt.text)
                and "\n" not in doc[token.i + 1].whitespace_):
            info = analyse(nxt.text)
            if info.label is not None or not info.known or len(nxt.text) == 1:
                nxt.is_sent_start = False


@Language.component("kgraph_pl_entities")
def polish_entities(doc: Doc) -> Doc:
    """Names from capitalisation and SGJP's proper-name tags."""
    _restore_sentence_starts(doc)
    _keep_initials_in_sentences(doc)
    for token in doc:
        token._.forms = _forms(token)
        info = analyse(token.text)
        # a function word is common even where SGJP also knows a surname or a town so spelt ('Tym', 'Tylko')
        token._.common = info.common and (info.label is None or bool(info.classes & FUNCTION_CLASSES))
        if info.lemmas:
            token.lemma_ = _lemma(token, info)
    spans = [Span(doc, a, b, label=_label(Span(doc, a, b))) for a, b in _name_runs(doc)]
    set_entities(doc, spans)
    known_words = {t.lower_ for ent in doc.ents for t in ent}
    for ent in doc.ents:
        ent._.normal_override = _normal(ent, known_words)
    return doc


def build() -> Language:
    ensure_extensions()
    nlp = add_shared_infixes(Polish())
    nlp.add_pipe("kgraph_line_break_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_repair_sentence_starts")
    nlp.add_pipe("kgraph_pl_entities")
    return nlp
