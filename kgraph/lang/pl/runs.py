"""Runs of name words in Polish text: where a name starts, goes on and ends (SGJP and capitalisation)."""
from __future__ import annotations


from spacy.tokens import Doc, Token

from kgraph.nlp.morfeusz import WordInfo, analyse
from kgraph.nlp.name_words import name_words
from kgraph.nlp.spans import WEB_NAME, is_capitalised, written_again
from kgraph.lang.pl.words import AFTER_NAME_NUMBER, body_acronyms, common_noun, is_initial, is_media_head, is_sentence_initial, is_joined, only_place, particle_words, place_preps, seat_heads

__all__ = ["name_runs"]

def _is_name_token(token: Token) -> bool:
    text = token.text
    if not is_capitalised(text) or not any(ch.isalpha() for ch in text):
        return False
    info = analyse(text)
    if text.isupper() and len(text) >= 2:
        # 'RNA', 'SMS': SGJP knows them as common nouns only; 'MSZ' is a body's name all the same,
        # and so is an acronym glued to a number or a name ('COVID-19', 'SARS-CoV-2')
        return (not (info.known and info.label is None) or text.lower() in body_acronyms()
                or token.i + 1 < len(token.doc) and is_joined(token.doc, token.i + 1))
    if WEB_NAME.fullmatch(text):
        return True
    if is_sentence_initial(token):
        return not info.common
    doc = token.doc
    glued_number = token.i + 2 < len(doc) and is_joined(doc, token.i + 1) and doc[token.i + 2].is_digit
    # 'Covid-19', 'Sputnik-5': a name with its number; 'Airbus' written so all through the text
    return not _plain_noun(text, info) or glued_number or _always_capitalised(token)


def _always_capitalised(token: Token) -> bool:
    """A dictionary noun the text writes capitalised inside sentences twice or more and never in
    lower case is a name there ('… że Airbus …', '… wiceprezes Airbus …'), unlike 'Internet'
    beside 'internet'."""
    doc, lower = token.doc, token.lower_
    key = "kgraph_pl_capitalised_inside"
    counts = doc.user_data.get(key)
    if counts is None:
        counts = {}
        for t in doc:
            if t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not is_sentence_initial(t):
                counts[t.lower_] = counts.get(t.lower_, 0) + 1
            elif t.is_alpha and t.text.islower():
                counts[t.lower_] = -10**6  # written in lower case somewhere: a common word here
        doc.user_data[key] = counts
    return counts.get(lower, 0) >= 2


def _plain_noun(text: str, info: WordInfo) -> bool:
    """'Internet' mid-sentence: a common noun in its dictionary form, capitalised for no reason
    SGJP knows of; a name would have a proper-name reading."""
    return info.label is None and info.common and text.lower() in info.lemmas


def _continues_name(doc: Doc, i: int, start: int) -> bool:
    """Whether name token ``i`` continues the name before it ('Jan Kowalski') or starts a new
    one ('Estonii | Jan Kowalski', 'Federacji Rosyjskiej | Janem Nowakiem')."""
    prev, token = doc[i - 1], doc[i]
    if not _capitalised_inside(token) or "\n" in prev.whitespace_ or prev.is_punct:
        return False
    before, here = analyse(prev.text), analyse(token.text)
    if i - 1 == start and prev.lower_ in particle_words():
        return True  # a foreign article opens the name: 'The Daily Courier', 'La Gazzetta'
    if here.adjective and not here.first_name:
        return True  # 'Irlandii Północnej', 'Komendy Stołecznej Policji'
    if (not here.first_name and here.label != "PERSON" and (only_place(here) or token.text.isupper())
            and any(name_words().is_org_head(t, "pl") for t in doc[start:i])):
        return True  # a body's genitive tail: 'Rady UE', 'Sądu Najwyższego Chile'
    if before.geographic and not before.first_name and (here.first_name or not here.known and _person_follows(doc, i)):
        return False  # 'z Moskwy | Anna Nowak', 'Brytanii | Borys Dżonsoniak': a person after a place
    if is_initial(doc, i):
        return before.first_name or before.label == "PERSON" and not before.geographic  # 'Rosji | W.W. Nowaka'
    if prev.text.isupper() or only_place(before) != only_place(here) and not before.first_name and not (
            common_noun(here) if only_place(before) else common_noun(before) and not here.first_name):
        return False  # 'Litwy | Gitanasem Nausėdą', but 'Washington Post', 'Radia Piekary' (a common word binds)
    if (before.common and before.label is None and prev.text[:1].isupper() and not here.known
            and not token.text.isupper() and not (i - 1 == start and is_media_head(prev))):
        return False  # 'Komisji Europejskiej | Anną van der Berg', but 'Telewizja Orzeł'
    # a given name after a known word opens a person ('Estonii | Jan'); after a name SGJP does not
    # know, it goes on a foreign one ('Sigmar Gabriel', 'Asif Ali Zardari')
    return not (here.first_name and before.label != "PERSON" and before.known)


def _capitalised_inside(token: Token) -> bool:
    """A name word, or a capitalised dictionary word inside a sentence ('Izbie Gmin', 'Wspólnota')."""
    return _is_name_token(token) or (is_capitalised(token.text) and token.text[:1].isalpha()
                                     and not is_sentence_initial(token))


def _particle_joins(doc: Doc, i: int) -> int:
    """'Anna van der Berg': how many lowercase particles at ``i`` sit between two words of a
    person's (or an unknown foreign) name; 0 when they do not."""
    j = i
    particles = particle_words()
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


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not (_is_name_token(doc[i]) or _opens_organisation(doc, i) or is_initial(doc, i)
                or _adjective_opens_body(doc, i)):
            i += 1
            continue
        start = i
        i += 1
        while i < len(doc):
            if is_joined(doc, i):
                i += 2
            elif _hyphen_particle(doc, i):
                i += 4  # 'Sami-ul-Hak', 'Tehreek-e-Insaf
            elif doc[i].text == "." and is_initial(doc, i - 1):
                i += 2  # 'Andrzej M. Kowal', 'W.W. Nowak': the stop and the word after the initial
            elif (skip := _particle_joins(doc, i)) and i > start:
                i += skip
            elif _conjoined_tail(doc, i, start):
                i += 2
            elif _continues_name(doc, i, start):
                i += 1
            else:
                break
        i = _seat_tail(doc, start, i)
        if _takes_number(doc, start, i):
            i += 1
        while start >= 2 and is_joined(doc, start - 1) and doc[start - 1].text == "-" and is_capitalised(doc[start - 2].text):
            start -= 2  # 'trasy: Porto-Kraków': the first part opened a sentence and looked common
        if runs and start < runs[-1][1]:
            runs.pop()
        runs.extend(_hyphen_parts(doc, start, i))
    return [(a, b) for a, b in runs if b - a > 1 or len(doc[a].text) > 1]  # 'białko S': a lone letter names nothing


def _seat_tail(doc: Doc, start: int, end: int) -> int:
    """'Sąd Okręgowy w Lublinie', 'Opery w Nowosybirsku': a body named with its seat takes the
    preposition and the place into its name (SlavicNER's convention too); the run's new end."""
    if end + 1 >= len(doc) or doc[end].lower_ not in place_preps() or doc[end].text[:1].isupper():
        return end
    if not doc[end - 1].whitespace_ or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].whitespace_:
        return end
    head = next((t for t in doc[start:end] if not analyse(t.text).adjective), None)
    if head is None or not {head.lower_, *(lemma.lower() for lemma in analyse(head.text).lemmas)} & seat_heads():
        return end  # the seat head is the name's first noun: not 'Orkiestry Teatru … w Cchinwale'
    if any(only_place(analyse(t.text)) for t in doc[start:end]):
        return end  # the name holds its place already: 'Uniwersytetu Wisconsin | w USA'
    place, info = doc[end + 1], analyse(doc[end + 1].text)
    if not _is_name_token(place) or place.text.isupper() or not (info.geographic or not info.known):
        return end
    j = end + 2
    while j < len(doc) and _continues_name(doc, j, end + 1):
        j += 1  # 'w Sankt Petersburgu'
    return j


def _adjective_opens_body(doc: Doc, i: int) -> bool:
    """'Litewskie Ministerstwo Spraw Zagranicznych …' at a sentence start: a capitalised adjective
    right before a body's head word is the first word of its name."""
    token = doc[i]
    return (is_capitalised(token.text) and not token.text.isupper() and is_sentence_initial(token)
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
    hyphens = [k for k in range(start + 1, end - 1) if is_joined(doc, k) and doc[k].text == "-"]
    if not hyphens:
        return [(start, end)]
    parts = list(zip([start, *(h + 1 for h in hyphens)], [*hyphens, end]))
    if not all(doc[a].text.istitle() and doc[a].text.isalpha() for a, _ in parts):
        return [(start, end)]  # 'SARS-CoV-2', 'Tu-154': a code, not names joined
    several = (any(b - a > 1 for a, b in parts[1:]) and not analyse(doc[parts[0][1] - 1].text).first_name
               or parts[0][1] - parts[0][0] > 1) and any(
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
                                        and any(analyse(t.text).first_name or analyse(t.text).geographic for t in run)):
        # a person's or a place's name does not take one ('w Warszawie 3 i 4 maja', 'Jan Nowak 3'); a
        # foreign word SGJP also lists as a surname does ('Nord Corridor 2')
        return False
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
    # before any other word where the text writes the name with that number again ('Baltic Link 2 tranzyt')
    return after.text[:1].islower() and (bool(info.classes & AFTER_NAME_NUMBER) or written_again(doc, start, end + 1))


def _hyphen_particle(doc: Doc, i: int) -> bool:
    """'Sami-ul-Hak': a short lowercase particle glued between hyphens inside a name."""
    if i + 3 >= len(doc) or doc[i].text != "-" or doc[i + 2].text != "-" or doc[i - 1].whitespace_:
        return False
    particle = doc[i + 1]
    return (particle.text.isalpha() and particle.text.islower() and len(particle.text) <= 3
            and not (doc[i].whitespace_ or particle.whitespace_ or doc[i + 2].whitespace_)
            and is_capitalised(doc[i + 3].text))


def _person_follows(doc: Doc, i: int) -> bool:
    """The word after ``i`` is a surname or a word SGJP does not know: ``i`` opens a person."""
    if i + 1 >= len(doc) or not doc[i].whitespace_ or not is_capitalised(doc[i + 1].text) or doc[i + 1].text.isupper():
        return False
    after = analyse(doc[i + 1].text)
    return after.label == "PERSON" and not after.geographic or not after.known
