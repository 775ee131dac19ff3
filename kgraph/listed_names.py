"""Names in a list (joined only by commas and 'and') share a type the list itself shows: a
'person' among places is a town the models took for a surname, and the names after a company's or
a town's common noun are what it says ('koncerne Norvex, Tarvex in Bisomet')."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kgraph.lang import language_data
from kgraph.model import EntityType, Mention
from kgraph.nlp.name_words import name_words

__all__ = ["with_listed_places", "with_listed_cued_types"]

_CUED = {"ORG": EntityType.ORGANIZATION, "LOC": EntityType.PLACE}
_RETYPED = (EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)


def with_listed_places(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """In a list of names joined only by commas and 'and' ('Italy: Catania, Palermo, Bari and
    Naples') of two places or more, one the gazetteer knows, a 'person' unknown to the gazetteer and
    to the article's full names of people is a place too: a town the models took for a surname. A
    'person' of several words ('Gran Canaria') is one only where the list names three places or
    more, more than 'people', and none of its words is a given name ('Paris, London and John Smith'
    keeps him)."""
    joins = {w.lower() for w in language_data(lang).cues.conjunctions}
    named = {w for m in mentions if m.type == EntityType.PERSON for w in m.text.split() if len(m.text.split()) > 1}
    out = list(mentions)
    start = 0
    for i in range(1, len(mentions) + 1):
        if i < len(mentions) and _listed(text[mentions[i - 1].end:mentions[i].begin], joins):
            continue
        run = range(start, i)
        start = i
        places = [k for k in run if mentions[k].type == EntityType.PLACE]
        people = [k for k in run if mentions[k].type == EntityType.PERSON and not mentions[k].gazetteer_id
                  and mentions[k].text not in named]  # 'Berg' after 'Anna Berg' stays hers
        enough = len(places) >= max(3, len(people) + 1)
        if len(places) < 2 or not any(mentions[k].gazetteer_id for k in places) or not people \
                or any(" " in mentions[k].text.strip() and not _long_place_name(mentions[k].text, lang, enough) for k in people):
            continue
        for k in people:
            m = mentions[k]
            out[k] = Mention(m.article_id, m.lang, m.begin, m.end, m.text, EntityType.PLACE, m.normal, None, m.cued)
    return out


def _long_place_name(text: str, lang: str, enough_places: bool) -> bool:
    """A 'person' of several words in a list of places may be a place's name: the list names
    enough places, and none of its words is a given name by the dictionary."""
    return enough_places and not _holds_given_name(text, lang)


def _given_name(word: str, lang: str) -> bool:
    """The dictionary reads ``word`` as a given name (pymorphy3 in Cyrillic, SGJP's international list else)."""
    if not word[:1].isalpha():
        return False
    if re.search("[\u0400-\u04ff]", word):
        from kgraph.nlp.inflection import given_name_gender

        return given_name_gender(word, lang if lang in ("ru", "uk") else "ru") is not None
    from kgraph.nlp.morfeusz import given_name_gender as sgjp_gender

    return sgjp_gender(word) is not None


def _listed(gap: str, joins: set[str]) -> bool:
    """Only a comma, or a conjunction ('and', 'i', 'и'), between two names of a list."""
    words = gap.replace(",", " , ").split()
    return len(words) == 1 and (words[0] == "," or words[0].lower() in joins)


def with_listed_cued_types(doc: Doc, mentions: list[Mention], lang: str) -> list[Mention]:
    """'koncerne Norvex, Tarvex Oil, Bisomet in Veltra', 'города Брендола, Кастела и Вароша': where
    a company's or a town's common noun right before the first name of a list says what it names
    (names.json ``organization_cues``, ``place_cues``), the list's other names the gazetteer does not
    know and no word around them typed are of that kind too; a name of several words that holds a
    given name stays a person ('firmy Norvex i Jan Brendola')."""
    joins = {w.lower() for w in language_data(lang).cues.conjunctions}
    out = list(mentions)
    i = 0
    while i < len(mentions):
        j = i + 1
        while j < len(mentions) and _listed(doc.text[mentions[j - 1].end:mentions[j].begin], joins):
            j += 1
        kind = _list_cue(doc, mentions[i], lang) if j - i > 1 else None
        if kind is not None:
            for k in range(i + 1, j):
                m = mentions[k]
                if m.type != kind and m.type in _RETYPED and not m.gazetteer_id and not m.cued \
                        and not (m.type == EntityType.PERSON and " " in m.text.strip() and _holds_given_name(m.text, lang)):
                    out[k] = Mention(m.article_id, m.lang, m.begin, m.end, m.text, kind, m.normal, None, True)
        i = j
    return out


def _list_cue(doc: Doc, first: Mention, lang: str) -> EntityType | None:
    """The type the common noun right before a list's first name says, when that name has it."""
    span = doc.char_span(first.begin, first.end, alignment_mode="expand")
    kind = _CUED.get(name_words().cue_before(span, lang) or "") if span is not None else None
    return kind if kind is not None and first.type == kind else None


def _holds_given_name(text: str, lang: str) -> bool:
    return any(_given_name(w, lang) for w in text.split())
