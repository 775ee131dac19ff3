"""The gazetteer as a pipeline component shared by every language.

Runs last: names the gazetteer knows take its type, its dictionary form and its id; model
entities that overlap them are cut back to what the gazetteer leaves; nationality words
("Kyrgyz", "kazachski") are dropped, since they are not names of places.
"""
from __future__ import annotations

import itertools
import math
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kgraph.gazetteer import Gazetteer, GazetteerMatch, TokenForms, name_key
from kgraph.gazetteer.entries import GazetteerEntry
from kgraph.model import EntityType
from kgraph.nlp.labels import LABEL_OF_TYPE
from kgraph.nlp.morfeusz import analyse
from kgraph.nlp.name_words import has_model_number, name_words
from kgraph.nlp.spans import WEB_NAME, is_capitalised, set_entities
from kgraph.translit import is_cyrillic

__all__ = ["apply_gazetteer"]

# '-ul-H': a short lowercase particle between hyphens inside a name
PARTICLE_GLUE = re.compile(r"[-‐][^\W\d_]{1,3}[-‐][^\W\d_]", re.UNICODE)
PUNCT_OPENERS = "\"'«„“‘([—–-:"


@Language.factory("kgraph_known_names", default_config={"lang": "xx", "trim_lowercase_tail": False})
def make_known_names(nlp: Language, name: str, lang: str, trim_lowercase_tail: bool):
    """``trim_lowercase_tail``: for languages that capitalise every word of a name (English),
    'Interfax news agency' names 'Interfax'."""
    gazetteer = Gazetteer.load()

    def known_names(doc: Doc) -> Doc:
        return apply_gazetteer(doc, gazetteer, lang, trim_lowercase_tail)

    return known_names


def apply_gazetteer(doc: Doc, gazetteer: Gazetteer, lang: str, trim_lowercase_tail: bool = False) -> Doc:
    tokens = [TokenForms(t.idx, t.idx + len(t.text), t.text, tuple(t._.forms)) for t in doc if not t.is_space]
    text = doc.text  # spaCy joins every token to make it: once per doc, not per match
    words_written = frozenset(t.text for t in tokens)  # for _certain_name: once per doc, not per match
    matches = [m for m in gazetteer.match(tokens) if _plausible(doc, text, m, words_written)]
    matches = [found for m in matches if (found := _as_outlet(doc, m, gazetteer, lang)) is not None]
    pipeline = {(e.start, e.end): e._.normal_override for e in doc.ents}  # doc.ents makes its spans anew
    known = [s for s in (_span(doc, m, lang, trim_lowercase_tail, pipeline) for m in matches) if s is not None]
    words = name_words()
    models = [_keep_normal(e, s) for e in doc.ents if (s := words.without_not_names(e, lang)) is not None
              and not words.is_bare_head(s, lang)]
    models = _joined_by_ampersand(doc, [_without_opening_company_noun(e, lang) for e in models])
    models = [part for e in models for part in _company_before_person(e)]
    joined = [e for e in models if any(_ampersand(t) for t in e[1:-1])]
    known = [k for k in known if not any(e.start <= k.start and k.end <= e.end for e in joined)]
    countries = frozenset(m.entry.id for m in matches if m.entry.demonyms)
    known, models = _reconcile(known, models, lang, countries)
    taken = {i for span in known for i in range(span.start, span.end)}
    kept: list[Span] = list(known)
    for ent in models:
        for part in _uncovered_parts(ent, taken):
            if doc._.capitalises_nouns and len(part) < len(ent) and len(part) == 1:
                continue  # 'Nachrichtenagentur' left over from 'Nachrichtenagentur Reuters'
            if gazetteer.demonym(part.text) is None and _worth_keeping(part):
                kept.append(_person_after_known_body(ent, part, known, lang))
    kept = _acronym_with_country(kept, {m.entry.id: m.entry for m in matches if m.entry.demonyms}, lang)
    normals = {(s.start, s.end): (s._.normal_override, s._.gazetteer_id) for s in kept}
    for ent in models:
        normals.setdefault((ent.start, ent.end), (ent._.normal_override, None))
    relabelled, cued = _relabelled_all(kept, normals, lang)
    set_entities(doc, relabelled)
    for ent in doc.ents:
        ent._.normal_override, ent._.gazetteer_id = normals.get((ent.start, ent.end), (None, None))
        ent._.cued = (ent.start, ent.end) in cued
    return doc


def _acronym_with_country(spans: list[Span], countries: dict[str, GazetteerEntry], lang: str) -> list[Span]:
    """'KTV Slovenija', 'TVX Moldova': an organisation's acronym right before a country's name in the
    nominative, where the sentence would decline the country ('na KTV Slovenija', not '… Sloveniji'),
    is one organisation's name: a broadcaster's or a firm's national branch, no place of its own."""
    by_start = {s.start: s for s in spans}
    merged: dict[int, Span] = {}
    gone: set[tuple[int, int]] = set()
    for org in spans:
        country = by_start.get(org.end)
        last = org[-1]
        if (org.label_ != "ORG" or org._.gazetteer_id is not None or country is None or country.label_ not in {"LOC", "GPE"}
                or country._.gazetteer_id not in countries or last.whitespace_ != " "
                or not (last.is_alpha and last.text.isupper() and len(last.text) >= 2)):
            continue
        entry = countries[country._.gazetteer_id]
        if country.text != entry.labels.get(lang) or is_cyrillic(last.text) != is_cyrillic(country.text):
            continue  # 'ініціативи COVAX | Україна може …': a name in two scripts is two names
        whole = Span(org.doc, org.start, country.end, label="ORG")
        whole._.normal_override = f"{org._.normal_override or org.text} {country.text}"
        merged[org.start] = whole
        gone |= {(org.start, org.end), (country.start, country.end)}
    return [*(s for s in spans if (s.start, s.end) not in gone), *merged.values()]


def _without_opening_company_noun(ent: Span, lang: str) -> Span:
    """'Společnost Norvex Global oznámila …': a company's noun that opens the sentence, capitalised
    only for that, is no word of the name after it; it says the name is an organisation's."""
    start = name_words().opening_company_noun(ent, lang)
    if start is None:
        return ent
    part = Span(ent.doc, start, ent.end, label="ORG")
    part._.normal_override = _normal_slice(ent, start, ent.end) if ent._.normal_override else None
    return part


def _company_before_person(ent: Span) -> list[Span]:
    """'Tarnoilu Wagit Kelperow': a company's coinage (:meth:`NameWords.coined_company`) opening a
    'person' of three words or more is the company, the words after it the person (its head, in
    the nominative beside the company's oblique case)."""
    if ent.label_ != "PERSON" or len(ent) < 3 or not name_words().coined_company(ent[0:1]) \
            or not ent[1].text[:1].isupper() or ent[0].whitespace_ != " ":
        return [ent]
    company = Span(ent.doc, ent.start, ent.start + 1, label="ORG")
    company._.normal_override = name_words().company_base(company)
    person = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    person._.normal_override = _normal_slice(ent, ent.start + 1, ent.end) if ent._.normal_override else None
    return [company, person]


def _joined_by_ampersand(doc: Doc, models: list[Span]) -> list[Span]:
    """'Marlow & Marlow', 'Harker & Finch': a name, an ampersand and a capitalised word (or the
    name after it) on one line are one organisation's name, in any language; the names it joins are
    words of it, not two names."""
    out: list[Span] = []
    taken = {i for e in models for i in range(e.start, e.end)}
    ordered = sorted(models, key=lambda e: e.start)
    i = 0
    while i < len(ordered):
        ent = ordered[i]
        amp = ent.end
        if amp + 1 < len(doc) and _ampersand(doc[amp]) and doc[amp + 1].text[:1].isupper() and doc[amp + 1].is_alpha:
            after = ordered[i + 1] if i + 1 < len(ordered) and ordered[i + 1].start == amp + 1 else None
            if after is not None or amp + 1 not in taken:
                end = after.end if after is not None else amp + 2
                joined = Span(doc, ent.start, end, label="ORG")
                joined._.normal_override = joined.text
                out.append(joined)
                i += 2 if after is not None else 1
                continue
        if ent.label_ != "ORG" and any(_ampersand(t) for t in ent[1:-1]):  # a model's own span over it
            ent = Span(doc, ent.start, ent.end, label="ORG")
            ent._.normal_override = ent.text
        out.append(ent)
        i += 1
    return out


def _ampersand(token: Token) -> bool:
    """'&' spaced between two words on one line ('Marlow & Marlow'; not the '&' of '&quot;')."""
    return (token.text == "&" and token.i > 0 and token.doc[token.i - 1].whitespace_ == " " and token.whitespace_ == " "
            and token.doc[token.i - 1].is_alpha)


def _relabelled_all(spans: list[Span], normals: dict[tuple[int, int], tuple[str | None, str | None]],
                    lang: str) -> tuple[list[Span], set[tuple[int, int]]]:
    """Each span with its label; a name that a word before it or its own coinage types as a product
    or an event ('gazociąg „Baltic Link”', 'Danexit') is that wherever the article names it again.
    Also the spans whose label was so said (``span._.cued``: it outweighs models' guesses across articles)."""
    labels = {(s.start, s.end): _label(s, normals[(s.start, s.end)][1], lang, normals[(s.start, s.end)][0]) for s in spans}
    key = {(s.start, s.end): (normals[(s.start, s.end)][0] or s.text).lower() for s in spans}
    spread: dict[str, str] = {}
    for s in spans:
        label, says = labels[(s.start, s.end)]
        if says:
            spread.setdefault(key[(s.start, s.end)], label)
    out, cued = [], set()
    for s in spans:
        label = labels[(s.start, s.end)][0]
        if normals[(s.start, s.end)][1] is None and key[(s.start, s.end)] in spread:
            label = spread[key[(s.start, s.end)]]
            cued.add((s.start, s.end))
        out.append(s if label == s.label_ else Span(s.doc, s.start, s.end, label=label))
    return out, cued


def _label(span: Span, gazetteer_id: str | None, lang: str, normal: str | None = None) -> tuple[str, bool]:
    """The span's label, and whether words around it said so (then its other mentions take it).

    Web names are outlets, so are places and people right after a media word ('the news site
    Asia-Plus', 'deník The Sentinel'), and a 'person' opening with 'The'; a coinage on '-exit' is
    an event; a product's or an outbreak's noun right before a name types it; a head word types a
    model's multi-word name ('… Festival'); an organisation or person ending in a model number
    ('Aerion A320') is a product; a company's or a town's common noun right before a one-word or
    quoted name types it ('firma Brelmax', 'město Kamenar'); an English head word types a 'person'
    of several words in any language ('Norvik Airlines'). The gazetteer's types stand.
    """
    words = name_words()
    label = span.label_
    if WEB_NAME.fullmatch(span.text):
        return "ORG", False
    if gazetteer_id is not None:
        return label, False
    if words.coined_event(span):
        return "EVENT", True
    if label == "PERSON" and words.coined_company(span) and not _in_full_person_name(span):
        return "ORG", False  # 'Tarnoil': a company's coinage, unless a full person's name holds the word
    if (before := words.kind_before(span, lang)) and not (len(span) > 1 and words.kind(span, lang) == "ORG"):
        return before, True  # not a body's own name: 'centra za nalezljive bolezni | Inštituta za …'
    if (cue := _cued(span, label, lang, normal)) is not None:
        return cue, True
    if label in {"LOC", "GPE"} and words.after_media_word(span, lang):
        return "ORG", False
    if label == "PERSON" and (span[0].lower_ == "the" or words.right_after_media_word(span, lang)):
        return "ORG", False
    if label == "PERSON" and _quoted(span):
        return "ORG", False  # 'От „Иван Сомов“ съобщиха': a name in quotes is a body's or a brand's, no person's
    if len(span) > 1:
        if kind := words.kind(span, lang):
            return kind, False
        if label == "PERSON" and (kind := words.kind(span, "en")):
            return kind, True  # 'Norvik Airlines' read as a person in Polish text: English head words too
        if label in {"ORG", "PERSON"} and has_model_number(span) and words.cue_before(span, lang) != "ORG":
            return "PRO", False  # not after a company's noun: 'Podjetje Varta Stream 2' is the firm
    return label, False


def _in_full_person_name(span: Span) -> bool:
    """The span's one word is a word of a person's name of two words or more in its text."""
    word = span[0].lower_
    return any(e.label_ == "PERSON" and len(e) > 1 and word in {t.lower_ for t in e} for e in span.doc.ents)


def _quoted(span: Span) -> bool:
    """The name alone between quotes ('„Иван Сомов“', '„Varta Stream – 2“'; a number may follow it)."""
    doc = span.doc
    before, after = span.start - 1, span.end
    while after < len(doc) and (doc[after].is_digit or doc[after].text in {"-", "–", "—"}) and after - span.end < 2:
        after += 1
    return (before >= 0 and after < len(doc) and doc[before].text in PUNCT_QUOTES + "”»" and doc[after].text in PUNCT_QUOTES + "”»"
            and doc[before].whitespace_ == "" and doc[after - 1].whitespace_ == "")


def _cued(span: Span, label: str, lang: str, normal: str | None = None) -> str | None:
    """'ORG' or 'LOC' when the common noun right before a one-word or quoted name says it names
    a company or a town ('firma Brelmax', 'město Kamenar') and the model read it as something else.
    A longer unquoted name is left alone where it may be an owner's name in the genitive ('firma
    Petra Fialy'): a Latin-script 'person' of several words is made an organisation by a company's
    noun only when its base form is its text as written, no word declined ('společnost Norvik
    Pharmaceutical'), and it opens on no given name ('prvi mož družbe Michael Keary'); a town's
    noun before a full name is a title's ('ředitel letiště Jan Novák')."""
    cue = name_words().cue_before(span, lang)
    if cue is None or label not in _CUED_LABELS:
        return None
    before = span.doc[span.start - 1]
    undeclined = (cue == "ORG" and label == "PERSON" and normal is not None and normal == span.text
                  and not is_cyrillic(span.text) and not analyse(span[0].text).first_name)  # 'družbe | Michael Keary' is its head
    if not (len(span) == 1 or before.is_quote or before.text in PUNCT_QUOTES or undeclined):
        return None
    return label if cue == "LOC" and label == "GPE" else cue


_CUED_LABELS = frozenset({"PERSON", "ORG", "LOC", "GPE"})
PUNCT_QUOTES = "«„“\"'‚‘"


def _keep_normal(original: Span, span: Span) -> Span:
    if span is not original:
        span._.normal_override = span.text
    return span


def _reconcile(known: list[Span], models: list[Span], lang: str,
               countries: frozenset[str] = frozenset()) -> tuple[list[Span], list[Span]]:
    """Where a model's name holds a gazetteer name, decide which one stands.

    A place inside an organisation or event name is part of it when a head word says it is
    one ("Embassy of Georgia", "Tbilisi Jazz Festival"); places inside a person's name are words of
    the name ("Мария Соколова" names no town); a known surname inside a person's name takes the whole
    name ("Alaksandr Łukaszenka"); anything else (an organisation inside a longer run,
    "Instagram Kloop TV") splits the model's span around the gazetteer's.
    """
    dropped: set[int] = set()
    kept_models: list[Span] = []
    for ent in models:
        inside = [i for i, span in enumerate(known) if ent.start <= span.start and span.end <= ent.end
                  and (span.start, span.end) != (ent.start, ent.end)]
        if (inside and ent.label_ in {"ORG", "EVENT"} and name_words().kind(ent, lang)
                and all(known[i].label_ == "LOC" or _after_head(ent, known[i], lang) for i in inside)):
            dropped.update(inside)
        elif inside and (_model_person_stands(ent, [known[i] for i in inside], countries)
                         or ent.label_ == "PERSON" and name_words().kind(ent, lang) == "ORG"):
            people = [known[i] for i in inside if known[i].label_ == "PERSON"]
            ent._.gazetteer_id = people[0]._.gazetteer_id if len(people) == 1 else None
            dropped.update(inside)
        elif inside and _place_with_common_words(ent, [known[i] for i in inside], countries):
            dropped.update(inside)
        kept_models.append(ent)
    return [span for i, span in enumerate(known) if i not in dropped], kept_models


def _after_head(ent: Span, known: Span, lang: str) -> bool:
    """'Rady UE': a known organisation after the head word of a model's body is its genitive tail."""
    head = next((t.i for t in ent if name_words().is_org_head(t, lang)), None)
    return known.label_ == "ORG" and head is not None and head < known.start


def _model_person_stands(ent: Span, inside: list[Span], countries: frozenset[str]) -> bool:
    """A model's person of two words or more holds no other entity: the given names and surnames
    the gazetteer knows as towns or as other people are words of it ('Мария Захарова', not the
    town Mary; 'Мартин Лохер'); a country is not ('Kazakhstan M. Syzdykov')."""
    return ent.label_ == "PERSON" and len(ent) > 1 and all(
        s.label_ == "PERSON" or (s.label_ in {"LOC", "GPE"} and s._.gazetteer_id not in countries) for s in inside)


def _place_with_common_words(ent: Span, inside: list[Span], countries: frozenset[str] = frozenset()) -> bool:
    """'Балтийского моря', 'Ленинградской области', 'Irlandii Północnej', 'Rady UE': a model's place
    or organisation made of known names and common words (lowercase, or capitalised as words of a
    name are in Polish or Czech) is one name, not the known names alone. A known name that is one
    common word and no country ('Severno' of 'Severno Irsko', a village so spelt) is such a word."""
    if ent.label_ not in {"LOC", "GPE", "FAC", "ORG"} or any(s.label_ == "PERSON" for s in inside):
        return False
    names = [s for s in inside if not _common_word_name(s, countries)]
    if not names:  # 'Pop TV' of the common word 'pop' stands; not a name glued to a stray word
        # ('X&quot') nor run on with a stop word opening the next sentence ('Берліна Якщо')
        return all(t.whitespace_ for t in ent[:-1]) and not any(t.is_stop for t in ent)
    inside = names
    covered = {i for s in inside for i in range(s.start, s.end)}
    rest = [t for t in ent if t.i not in covered and not t.is_space]
    if not rest:
        return False
    if all(s.label_ == "LOC" for s in inside) and all(t.text[:1].islower() for t in rest):
        return True
    # words, not a glued suffix ('Telegram-каналам' names Telegram) nor a stop word the model ran on
    # with ('Евросъюз още'); a number may end it ('Severni tok 2')
    return all(t.is_alpha and not t.is_stop and (t.text[:1].islower() or t._.common)
               or t.is_digit and t.i == ent.end - 1 and len(rest) > 1 for t in rest)


def _common_word_name(span: Span, countries: frozenset[str]) -> bool:
    """A known name of one word that is also a common word ('Severno', northern), not a country
    nor an acronym."""
    word = span[0]
    return (len(span) == 1 and word._.common and word.is_alpha and not word.text.isupper()
            and span._.gazetteer_id not in countries)


def _plausible(doc: Doc, text: str, match: GazetteerMatch, words_written: frozenset[str]) -> bool:
    """Not half of a hyphenated word, not a web name, and not a common word opening a sentence."""
    if _splits_compound(text, match.begin, match.end):
        return False
    span = doc.char_span(match.begin, match.end, alignment_mode="expand")
    if span is None or WEB_NAME.fullmatch(span.text):
        return False
    first = span[0]
    opens_sentence = first.is_sent_start or first.i == 0 or not doc[first.i - 1].text.strip(PUNCT_OPENERS)
    if len(span) > 1:  # 'Ale to …' opening a sentence: a stop word and common words, whatever town is so spelt
        return not (opens_sentence and first.is_stop and all(t._.common or t.text[:1].islower() for t in span))
    if first._.common and opens_sentence and _certain_name(words_written, first, match):
        return True  # 'Євросоюз', 'Росія', 'Turkey' opening a sentence
    return not (first._.common and (opens_sentence or not first.text[:1].isupper()))


def _certain_name(words_written: frozenset[str], word: Token, match: GazetteerMatch) -> bool:
    """A word the dictionary also knows as common that, opening a sentence, is still the name: the
    gazetteer links it for certain, writes it so itself, it is no stop word, and the text never
    writes it in lower case. Ukrainian's dictionary marks no proper noun ('Росія', 'Київ' read as
    common nouns), so without this every country opening a sentence lost its link."""
    entry, text = match.entry, word.text
    if not entry.wikidata or word.is_stop or not text[:1].isupper() or text not in entry.names | set(entry.labels.values()):
        return False
    return text.lower() not in words_written  # ``words_written``: the doc's tokens' texts


def _as_outlet(doc: Doc, match: GazetteerMatch, gazetteer: Gazetteer, lang: str) -> GazetteerMatch | None:
    """A place's name right after 'channel'/'телеканал'/'kanał' names an outlet: the gazetteer's
    outlet of that name ('the channels Ukraina and …'), else none it knows (None: the model's
    organisation, if any, stands: 'the news site Asia-Plus')."""
    span = doc.char_span(match.begin, match.end, alignment_mode="expand")
    if match.entry.type != EntityType.PLACE or span is None or not name_words().after_media_word(span, lang):
        return match
    outlets = [e for e in gazetteer.lookup(span.text) if e.type == EntityType.ORGANIZATION]
    return GazetteerMatch(match.begin, match.end, outlets[0]) if outlets else None


def _splits_compound(text: str, begin: int, end: int) -> bool:
    """A match may not cut a hyphenated name ('Biało|-Czerwone') in two; 'Telegram|-каналах'
    (a name glued to a common word) is fine."""
    glued_before = begin >= 2 and text[begin - 1] in "-‐" and text[begin - 2].isalnum()
    glued_after = end + 1 < len(text) and text[end] in "-‐" and (
        text[end + 1].isupper() or PARTICLE_GLUE.match(text, end) is not None)  # 'Sami-ul-Hak'
    return glued_before or glued_after


def _span(doc: Doc, match: GazetteerMatch, lang: str, trim_lowercase_tail: bool,
          pipeline_normals: dict[tuple[int, int], str | None]) -> Span | None:
    """The match's span, its gazetteer id and normal form set; ``pipeline_normals``: the base form
    the language's pipeline gave each of its entities ('Praze' -> 'Praha'), by (start, end) token."""
    span = doc.char_span(match.begin, match.end, label=LABEL_OF_TYPE[match.entry.type], alignment_mode="expand")
    if span is not None and trim_lowercase_tail:
        end = span.end
        while end > span.start + 1 and doc[end - 1].text[:1].islower():
            end -= 1
        span = Span(doc, span.start, end, label=span.label)
    if span is None:
        return None
    span._.gazetteer_id = match.entry.id
    pipeline = pipeline_normals.get((span.start, span.end))
    span._.normal_override = _written_name(span, match, lang, pipeline) or match.entry.labels.get(lang) or pipeline or span.text
    return span


def _written_name(span: Span, match: GazetteerMatch, lang: str, normal: str | None) -> str | None:
    """The entry's name the text wrote, in its base form: the pipeline's base form where the text
    inflects it and it is one of the entry's names; the text itself where it is one of the
    matched names as written ('США', 'NATO' for a name 'Nato'); else the entry's label in the
    language where the text wrote it inflected ('Kraków' for 'Krakowie'); else the matched name
    that the pipeline's lemma of the words gives ('Великобританія' for 'Великобританії', not
    the Russian 'Великобритания' met through the same stem). None when no name is one of
    those: the label or the pipeline's base form is used. Not the label when the text names
    the entity otherwise: 'США', not 'Сполучені Штати'."""
    if not match.names or span.end_char != match.end:
        return None
    written = name_key(span.text)
    if normal and name_key(normal) != written and (
            same := sorted(name for name in match.entry.names if name_key(name) == name_key(normal))):
        return same[0]  # the text inflects the name ('Londonu', also a name in another language: 'London')
    if any(name_key(name) == written for name in match.names):
        return span.text
    label = match.entry.labels.get(lang)
    if label in match.names:
        return label
    if normal and (same := [name for name in match.names if name_key(name) == name_key(normal)]):
        return min(same)  # the pipeline's base form of the whole name, where it is one of the names
    lemmas = _lemma_keys(span)
    return min((name for name in match.names if name_key(name) in lemmas), default=None)


def _lemma_keys(span: Span, limit: int = 64) -> set[str]:
    """The keys of the span read word by word as written or as one of its lemmas ('Velké
    Británie' -> 'velká británie', …); none past ``limit`` readings."""
    readings = [(t.text, *t._.forms) for t in span]
    if math.prod(len(r) for r in readings) > limit:
        return set()
    return {name_key(" ".join(words)) for words in itertools.product(*readings)}


def _person_after_known_body(ent: Span, part: Span, known: list[Span], lang: str) -> Span:
    """'místopředseda Evropské komise Aivars Kalninš', '… komise Janou Mrázkovou': what is left of a
    model's organisation after the known body that opens it, two or three capitalised words with no
    head word of a body or an event, is the person the body's title names, not the body."""
    body = next((k for k in known if k.end == part.start and k.label_ == "ORG" and k.start >= ent.start), None)
    if (ent.label_ != "ORG" or body is None or part.end != ent.end or not 2 <= len(part) <= 3
            or not all(t.text[:1].isupper() and not t.text.isupper() and t.text.replace("'", "").replace("’", "").isalpha() for t in part)
            or name_words().kind(part, lang) is not None):
        return part
    person = Span(part.doc, part.start, part.end, label="PERSON")
    person._.normal_override = part._.normal_override
    return person


def _uncovered_parts(ent: Span, taken: set[int]) -> list[Span]:
    """The runs of ``ent``'s tokens that no gazetteer name covers, with their normal form."""
    parts: list[Span] = []
    start = None
    for i in range(ent.start, ent.end + 1):
        free = i < ent.end and i not in taken
        if free and start is None:
            start = i
        elif not free and start is not None:
            part = Span(ent.doc, start, i, label=ent.label)
            whole = (start, i) == (ent.start, ent.end)
            part._.normal_override = ent._.normal_override if whole else _normal_slice(ent, start, i)
            parts.append(part)
            start = None
    return parts


def _normal_slice(ent: Span, start: int, end: int) -> str:
    """The words of ``ent``'s normal form that stand for tokens ``start:end``, when normal and
    tokens line up one to one ('Litwa Gitanas Nausėda' for 'Litwy Gitanasem Nausėdą')."""
    words = (ent._.normal_override or "").split()
    tokens = [t for t in ent if not t.is_space]
    if len(words) != len(tokens):
        return ent.doc[start:end].text
    picked = [w for w, t in zip(words, tokens) if start <= t.i < end]
    return " ".join(picked) or ent.doc[start:end].text


def _worth_keeping(span: Span) -> bool:
    """A leftover piece is a name only if it still starts with a capital and has letters."""
    first = span[0].text
    return is_capitalised(first) and any(ch.isalpha() for ch in span.text)
