"""What a Polish name run names (its label) and its base form (SGJP's lemmas, case endings)."""
from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Span, Token

from kgraph.gazetteer.keys import is_mixed_case
from kgraph.nlp.latin_phrases import thing_base
from kgraph.nlp.morfeusz import analyse, forms, readings
from kgraph.nlp.name_words import name_words
from kgraph.lang.pl.agreement import nominative
from kgraph.lang.pl.words import (TITLE_LEMMAS, body_acronyms, is_initial, is_joined, place_heads, place_preps, surname_endings,
                                  thing_case_endings)

__all__ = ["INFLECTION_ENDINGS", "stems", "label_of", "PERSON_ENDINGS", "CERTAIN_CASE_ENDINGS", "normal_form"]

# Endings of inflected nouns, longest first: stems let unknown names ("Tarvatach") meet their base.
INFLECTION_ENDINGS = ("ami", "ach", "owi", "iem", "ów", "om", "em", "ie", "ą", "ę", "u", "a", "y", "i", "e", "o")


def stems(word: str) -> tuple[str, ...]:
    """Candidate bases of an inflected unknown word: 'Tarvatach' → ('tarvat', 'tarvaty', 'tarvata')."""
    lower = word.lower()
    out: list[str] = []
    for ending in INFLECTION_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            out.extend((stem, stem + "y", stem + "a"))
            break
    return tuple(dict.fromkeys(out))


def label_of(span: Span) -> str:
    if any(name_words().is_org_head(t, "pl") for t in span) and (len(span) > 1 or not span[0].text.isupper()):
        return "ORG"  # 'członkowie Unii': a capitalised head word alone is the body's short name
    if span[0].lower_ in body_acronyms():
        return "ORG"  # 'MSZ Wielkiej Brytanii': a body's acronym with its genitive tail
    if len(span) > 1 and span[-1].is_digit:
        return "LOC" if any(analyse(t.text).label == "LOC" for t in span) else "ORG"  # 'Baltic Link 2'
    infos = [analyse(t.text) for t in span]
    if len(span) > 1 and not any(info.first_name for info in infos):
        if any(set(lemma.lower() for lemma in info.lemmas) & place_heads() for info in infos):
            return "LOC"  # 'Zjednoczone Królestwo', 'Morze Czarne', 'Półwysep Krymski'
        if any(info.adjective and info.label is None for info in infos):
            # a common adjective is no word of a person's name: 'Duma Państwowa', 'Platforma Obywatelska'
            return "LOC" if any(info.label == "LOC" for info in infos) else "ORG"

    if len(span) == 1 and is_mixed_case(span.text) and len(span.text) <= 4:
        return "ORG"  # 'PiS', 'KdU': an acronym's shape, whatever the dictionary reads into it
    doc = span.doc
    if len(span) == 1 and infos[0].geographic and (span.start > 0 and is_joined(doc, span.start - 1)
                                                   or span.end < len(doc) and is_joined(doc, span.end)):
        return "LOC"  # a place in a hyphenated route or relation: 'Porto-Kraków', 'Polska-Litwa'
    labels = [analyse(t.text).label for t in span if t.text != "-" and not t.text[:1].islower()]
    if "PERSON" in labels and sum(lab == "PERSON" for lab in labels) >= max(1, len(labels) // 2):
        return "PERSON"
    for wanted in ("LOC", "ORG", "PERSON"):
        if wanted in labels:
            return wanted
    first = span[0]
    if any(is_initial(span.doc, t.i) for t in span[:-1]):
        return "PERSON"  # 'A. Kowal', 'Jan M. Nowak'
    if first.text.isupper():
        return "ORG"
    if first.i > 0 and set(analyse(first.doc[first.i - 1].lower_).lemmas) & TITLE_LEMMAS:
        return "PERSON"  # a title before the name: 'minister Kowalczyk'
    if len(span) >= 2 or any(stem.endswith(surname_endings()) for stem in (span[-1].lower_, *_person_stems(span[-1].text))):
        return "PERSON"
    if first.i > 0 and first.doc[first.i - 1].lower_ in place_preps():
        return "LOC"  # 'w Mardan': a name SGJP does not know, after 'w', is a place
    return "ORG"


# Case endings of unknown (foreign) surnames and given names → their nominative ending,
# tried when no other mention in the article shows the base form.
PERSON_ENDINGS = (("owowi", "ow"), ("ewowi", "ew"), ("owem", "ow"), ("ewem", "ew"), ("inem", "in"), ("ynem", "yn"),
                  ("owa", "ow"), ("ewa", "ew"), ("ina", "in"), ("yna", "yn"), ("ą", "a"), ("ę", "a"))


# Endings no nominative has: applied even when no other mention shows the base form.
CERTAIN_CASE_ENDINGS = ("owowi", "ewowi", "owem", "ewem", "inem", "ynem", "ą", "ę", "em")


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
    if seen is None:
        seen = next((token.lower_[: -len(end)] + base for end, base in ADJECTIVE_CASE_ENDINGS
                     if token.lower_.endswith(end) and len(token.lower_) - len(end) >= 3), None)
    return token.text[:1] + seen[1:] if seen else token.text


# The genitive (accusative) ending of surnames and names declined as adjectives, which no
# nominative has: 'Bielnego' → 'Bielny', 'Ferriego' → 'Ferri', "Anthony'ego" → 'Anthony'.
ADJECTIVE_CASE_ENDINGS = (("'ego", ""), ("’ego", ""), ("iego", "i"), ("ego", "y"))


# Case endings of a surname SGJP does not know, by the case and gender its given name shows
# ('Julii Cziczeriny' → 'Cziczerina', 'Roberta Pestona' → 'Peston'): (ending, nominative ending).
SURNAME_CASE_ENDINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("gen", "m"): (("iego", "i"), ("a", "")), ("acc", "m"): (("iego", "i"), ("a", "")),
    ("dat", "m"): (("owi", ""),), ("inst", "m"): (("em", ""),),
    ("gen", "f"): (("y", "a"), ("i", "a")), ("dat", "f"): (("ie", "a"),), ("loc", "f"): (("ie", "a"),),
    ("acc", "f"): (("ę", "a"),), ("inst", "f"): (("ą", "a"),),
}
_VOWELS = "aeiouyąęó"


def _person_readings(word: str) -> list[tuple[str, frozenset[str], str]]:
    """SGJP's singular proper-noun readings of a word of a person's name: (lemma, cases, 'm' or 'f')."""
    out: list[tuple[str, frozenset[str], str]] = []
    for lemma, tag in readings(word):
        parts = tag.split(":")
        genders = set(parts[3].split(".")) & {"m1", "f"} if len(parts) > 3 else set()
        if lemma[:1].isupper() and parts[0] == "subst" and "sg" in parts[1].split(".") and genders:
            out.extend((lemma, frozenset(parts[2].split(".")), g[0]) for g in sorted(genders))
    return out


def _agreeing_person(span: Span) -> dict[int, str] | None:
    """Base forms of a person's words SGJP knows, read in the case and gender they share.

    'Jana' is 'Jan' in the genitive or 'Jana' in the nominative: beside 'Olbrychta' (genitive)
    it is 'Jan', beside 'Nowak' (a woman's nominative) 'Jana'. A surname SGJP does not know
    then loses the ending of that case ('Julii Cziczeriny' → 'Julia Cziczerina'). With one word
    SGJP knows, its first proper lemma's reading sets the case ('Roberta Pestona' → 'Robert
    Peston'). None when SGJP knows no word, or the words agree in readings that differ.
    """
    words = [t for t in span if t.is_alpha and t.text[:1].isupper()]
    found = {t.i: _person_readings(t.text) for t in words}
    votes: dict[tuple[str, str], int] = {}
    for rows in found.values():
        for key in {(case, gender) for _, cases, gender in rows for case in cases}:
            votes[key] = votes.get(key, 0) + 1
    first = next((t for t in words if found[t.i]), None)
    if first is None:
        return None
    best = max(votes.values())

    def lemmas(key: tuple[str, str]) -> tuple[str | None, ...]:
        return tuple(next((lemma for lemma, cases, g in found[t.i] if key[0] in cases and g == key[1]), None)
                     for t in words)

    shared = sorted(key for key, n in votes.items() if n == best)
    if best >= 2 and len({lemmas(key) for key in shared}) == 1:
        case, gender = shared[0]
        cases = frozenset(c for c, g in shared if g == gender)
    elif best == 1:  # one word SGJP knows: the reading its first proper lemma has ('Roberta': 'Robert')
        chosen = next((lemma for lemma in analyse(first.text).lemmas if lemma[:1].isupper()), found[first.i][0][0])
        gender = next((g for lemma, _, g in found[first.i] if lemma == chosen), "")
        cases = frozenset().union(*(c for lemma, c, g in found[first.i] if lemma == chosen and g == gender))
        case = min(cases - {"nom"}, default="nom")
    else:
        return None
    out: dict[int, str] = {}
    for token in words:
        lemma = next((lemma for lemma, cases, g in found[token.i] if case in cases and g == gender), None)
        if lemma is not None:
            out[token.i] = lemma
        elif not found[token.i] and not analyse(token.text).known and case != "nom":
            lower = token.lower_
            endings = [row for c in sorted(cases) for row in SURNAME_CASE_ENDINGS.get((c, gender), ())]
            end = next(((e, b) for e, b in endings
                        if lower.endswith(e) and len(lower) - len(e) >= 3 and (e != "a" or lower[-2] not in _VOWELS)),
                       None)
            if end is not None:
                out[token.i] = token.text[: len(token.text) - len(end[0])] + end[1]
    return out


def normal_form(span: Span, known_words: Set[str] = frozenset()) -> str:
    """Nominative of the name: SGJP's lemma for the words it knows as names; for foreign names,
    the form another mention in the article shows ('Karimowem' → 'Karimow'), else a case rule."""
    seat = next((t.i for t in span[1:] if t.lower_ in place_preps() and t.text.islower()), None)
    if seat is not None:  # 'Sądu Okręgowego w Lublinie' -> 'Sąd Okręgowy w Lublinie': the seat stays as written
        body = normal_form(Span(span.doc, span.start, seat, label=span.label_), known_words)
        return body + " " + span.doc[seat : span.end].text
    agreed = nominative([t.text for t in span]) if span.label_ != "PERSON" and len(span) > 1 and all(
        t.is_alpha for t in span) else None
    if agreed is not None:  # 'Sądu Najwyższego' -> 'Sąd Najwyższy' (kgraph.lang.pl.agreement)
        return "".join(word + (token.whitespace_ and " ") for word, token in zip(agreed, span)).strip()
    if len(span) == 1 and span.label_ != "PERSON":
        if analyse(span.text).known:
            if base := _noun_base(span[0]):
                return base  # 'Zachodu' -> 'Zachód', 'Wyspach' -> 'Wyspy'
            if _own_nominative(span[0]):
                return span.text  # 'Porto', not the vocative of 'Porta'
        elif base := thing_base(span.text, thing_case_endings()):
            return base  # 'Eurostatu' -> 'Eurostat'
    words: list[str] = []
    frozen = _frozen_tail(span)
    agreed_person = _agreeing_person(span) if span.label_ == "PERSON" and len(span) > 1 else None
    if agreed_person is None and span.label_ == "PERSON" and len(span) > 1:
        agreed_person = _genitive_person(span)
    numbered = _numbered_head(span)
    for token in span:
        if agreed_person and token.i in agreed_person:
            word = agreed_person[token.i]
        elif token.i == numbered and token.i not in frozen and (base := thing_base(token.text, thing_case_endings())):
            word = base  # 'Varta Streamu 2' -> 'Varta Stream 2'
        else:
            word = token.text if token.i in frozen else _normal_word(token, span.label_, known_words)
        if span.label_ == "ORG" and token.i == _head(span) and token.lemma_:
            word = token.text[:1] + token.lemma_[1:]  # 'Ministerstwa' -> 'Ministerstwo'
        words.append(word)
        words.append(token.whitespace_ and " ")
    return "".join(words).strip()


def _numbered_head(span: Span) -> int | None:
    """The word right before the number a name of a thing or body ends on ('Streamu' of 'Varta
    Streamu 2'), where SGJP knows no reading of it: it carries the name's case ending, as a
    one-word name would. None for people and for names with no such word."""
    if span.label_ == "PERSON" or len(span) < 2 or not span[-1].is_digit:
        return None
    head = next((t for t in reversed(span[:-1]) if not t.is_digit), None)
    return head.i if head is not None and head.is_alpha and not analyse(head.text).known else None


def _noun_base(token: Token) -> str | None:
    """A one-word name of a place, body or thing that SGJP reads only as a noun in an oblique case,
    in the nominative of its number, capitalised as written ('Zachodu' -> 'Zachód', 'Tarvexitem' ->
    'Tarvexit', 'Wyspach' -> 'Wyspy'); a proper lemma first. None where a reading is nominative
    ('Porto', 'Wyspy'): the name is written in its base form."""
    rows = [(lemma, tag.split(":")) for lemma, tag in readings(token.text)]
    if not rows or any(parts[0] != "subst" or len(parts) < 3 or "nom" in parts[2].split(".") for _, parts in rows):
        return None
    lemma, parts = next(((lemma, parts) for lemma, parts in rows if lemma[:1].isupper()), rows[0])
    if "sg" in parts[1].split("."):
        return token.text[:1] + lemma[1:]
    for form, tag in forms(lemma):
        generated = tag.split(":")
        if generated[0] == "subst" and len(generated) > 2 and "pl" in generated[1].split(".") \
                and "nom" in generated[2].split("."):
            return token.text[:1] + form[1:]
    return None


def _own_nominative(token: Token) -> bool:
    """SGJP reads the word as the nominative singular of itself ('Porto')."""
    return any(lemma.lower() == token.lower_ and len(parts := tag.split(":")) > 2 and "sg" in parts[1].split(".")
               and "nom" in parts[2].split(".") for lemma, tag in readings(token.text))


def _genitive_person(span: Span) -> dict[int, str] | None:
    """A man's name SGJP knows no word of, one word of it in the genitive by an adjective's
    ending no nominative has ('Ferriego'): the words around it are genitives too and lose the
    genitive's '-a' ('Nizama Ferriego' → 'Nizam Ferri')."""
    words = [t for t in span if t.is_alpha or "'" in t.text or "’" in t.text]
    if any(analyse(t.text).known for t in words):
        return None
    marked = [t for t in words if any(t.lower_.endswith(end) and len(t.lower_) - len(end) >= 3
                                      for end, _ in ADJECTIVE_CASE_ENDINGS)]
    if not marked:
        return None
    out: dict[int, str] = {}
    for token in words:
        lower = token.lower_
        if token in marked:
            end, base = next((e, b) for e, b in ADJECTIVE_CASE_ENDINGS if lower.endswith(e))
            out[token.i] = token.text[: len(token.text) - len(end)] + base
        elif lower.endswith("a") and len(lower) > 3 and lower[-2] not in _VOWELS and token.text[:1].isupper():
            out[token.i] = token.text[:-1]
    return out


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
