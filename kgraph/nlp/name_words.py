"""What the words of a name say about it: event and organisation head words, non-names.

Data: ``names.json`` of each language folder (``kgraph/lang/<iso>/``), through
:func:`kgraph.lang.language_data`; the conjunctions between names are every language's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from kgraph.lang import all_language_data, declaration

__all__ = ["NameWords", "name_words", "has_model_number", "is_code"]

QUOTES = "«»„“”\"'‚‘’"
# 'Vireva 2', 'Aerion A320', 'Ka-52': a short number or a letters-and-digits code (not a year)
MODEL_NUMBER = re.compile(r"\d{1,3}|[A-Z]{1,3}-?\d{1,4}[a-z]?|\d{1,3}-\d{1,3}")


class NameWords:
    def __init__(self) -> None:
        languages = all_language_data()
        self._event = {d.code: frozenset(d.names.event_heads) for d in languages}
        self._org = {d.code: frozenset(d.names.organization_heads) for d in languages}
        self._not = {d.code: frozenset(d.names.not_names) for d in languages}
        self._media = {d.code: frozenset(d.names.media_heads) for d in languages}
        self._product = {d.code: frozenset(d.names.product_heads) for d in languages}
        self._outbreak = {d.code: frozenset(d.names.outbreak_heads) for d in languages}
        self._cues = {d.code: {**{w: "LOC" for w in d.names.place_cues}, **{w: "ORG" for w in d.names.organization_cues}}
                      for d in languages}
        # a coinage is the same word in every language's text ('Danexit' in Ukrainian news)
        self._event_endings = tuple(sorted({e for d in languages for e in d.names.event_endings}))
        self._company_endings = tuple(sorted({e for d in languages for e in d.names.organization_endings}))
        self._conjunctions = frozenset(w for d in languages for w in d.cues.conjunctions)
        self._titles = {d.code: frozenset(t.lower() for t in d.titles.titles) for d in languages}

    @staticmethod
    def _keys(token: Token) -> set[str]:
        return {token.lower_, token.lemma_.lower()}

    def _has(self, table: dict[str, frozenset[str]], span: Span, lang: str) -> bool:
        words = table.get(lang, frozenset())
        return any(self._keys(t) & words for t in span)

    def kind(self, span: Span, lang: str) -> str | None:
        """'EVENT' or 'ORG' when a head word says so, else None; of two, the first: 'Institut pro
        studium války' is a body, whatever its tail names."""
        events, bodies = self._event.get(lang, frozenset()), self._org.get(lang, frozenset())
        for token in span:
            keys = self._keys(token)
            if keys & events:
                return "EVENT"
            if keys & bodies:
                return "ORG"
        return None

    def kind_before(self, span: Span, lang: str) -> str | None:
        """'PRO' or 'EVENT' when the word right before the name is a product's or an outbreak's
        common noun: 'пандемия COVID-19'; 'gazociąg „Baltic Link”', 'szczepionka Vireva 2',
        'вакцина ВКЖ', 'прививка TRX204' (a product's name quoted, with a model number, or a code of
        capitals or of letters and digits: a bare name after 'vaccine' may be its maker's,
        'szczepionka Vireksu', 'вакцина Norvata')."""
        doc = span.doc
        i = span.start - 1
        quoted = False
        while i >= 0 and (doc[i].is_quote or doc[i].text in QUOTES) and "\n" not in doc[i].whitespace_:
            quoted = True
            i -= 1
        if i < 0 or "\n" in doc[i].whitespace_ or not doc[i].is_alpha or doc[i].text[:1].isupper() and not (i == 0 or doc[i].is_sent_start):
            return None
        keys = self._keys(doc[i])
        if keys & self._outbreak.get(lang, frozenset()):
            return "EVENT"
        if keys & self._product.get(lang, frozenset()) and (quoted or has_model_number(span) or is_code(span)):
            return "PRO"
        return None

    def said_kind(self, span: Span, lang: str) -> str | None:
        """'EVENT' or 'PRO' when the name's own coinage or the word before it says so."""
        return "EVENT" if self.coined_event(span) else self.kind_before(span, lang)

    def cue_before(self, span: Span, lang: str) -> str | None:
        """'ORG' or 'LOC' when the lowercase word right before the name (quotes between allowed,
        on one line; capitalised where it opens the sentence) says what kind of thing it is:
        'společnost Norvata', 'город Каменар', 'Spółka Norvata'."""
        doc = span.doc
        i = span.start - 1
        while i >= 0 and (doc[i].is_quote or doc[i].text in QUOTES) and "\n" not in doc[i].whitespace_:
            i -= 1
        opening = (i == 0 or doc[i].is_sent_start) and doc[i].text[1:].islower()  # 'Spółka Norvex …'
        if i < 0 or "\n" in doc[i].whitespace_ or not doc[i].is_alpha or not (doc[i].text.islower() or opening):
            return None
        cues = self._cues.get(lang, {})
        return cues.get(doc[i].lower_) or cues.get(doc[i].lemma_.lower())

    def opening_company_noun(self, span: Span, lang: str) -> int | None:
        """Where the name proper starts when a sentence opens on a company's common noun, capitalised
        only there, with up to two lower-case adjectives before it ('Společnost Norvex Global …',
        'Polската енергийна компания Норвекс …'): the token after the noun, when it is capitalised."""
        doc = span.doc
        if not (span.start == 0 or doc[span.start].is_sent_start or "\n" in doc[span.start - 1].whitespace_):
            return None
        cues = self._cues.get(lang, {})
        for i in range(span.start, min(span.start + 3, span.end - 1)):
            token = doc[i]
            if not token.is_alpha or (i > span.start and not token.text.islower()):
                return None
            if (cues.get(token.lower_) or cues.get(token.lemma_.lower())) == "ORG":
                after = doc[i + 1]
                return i + 1 if after.text[:1].isupper() and after.text[:1].isalpha() else None
        return None

    def cue_opening(self, span: Span, lang: str) -> str | None:
        """'ORG' or 'LOC' when the first of the name's two words or more is such a common noun,
        capitalised: 'Летище Карнобат' is an airport, no person."""
        if len(span) < 2 or not span[0].is_alpha:
            return None
        cues = self._cues.get(lang, {})
        return cues.get(span[0].lower_) or cues.get(span[0].lemma_.lower())

    def coined_company(self, span: Span) -> bool:
        """'Norvairu', 'Tarnoil': one capitalised word coined on a company's ending (names.json
        ``organization_endings``; a case ending of up to two letters may follow) after a stem of
        three letters or more."""
        return self.company_base(span) is not None

    def company_base(self, span: Span) -> str | None:
        """The coinage of :meth:`coined_company` without its case ending ('Norvairu' -> 'Norvair'), or None."""
        if len(span) != 1 or not span[0].is_alpha or not span[0].text[:1].isupper():
            return None
        word = span[0].lower_
        for e in self._company_endings:
            at = word.rfind(e)
            if at >= 3 and len(word) - at - len(e) <= 2:
                return span[0].text[:at + len(e)]
        return None

    def coined_event(self, span: Span) -> bool:
        """'Danexitu', 'Данекзита': one word coined on an event ending (a case ending of up to three
        letters may follow), with a stem before it."""
        if len(span) != 1 or not span[0].is_alpha:
            return False
        word = span[0].lower_
        return any((at := word.rfind(e)) > 0 and len(word) - at - len(e) <= 3 for e in self._event_endings)

    def right_after_media_word(self, span: Span, lang: str) -> bool:
        """'deník The Sentinel', 'газета «Вечерний курьер»': a media word right before the name."""
        doc, words = span.doc, self._media.get(lang, frozenset())
        i = span.start - 1
        while i >= 0 and (doc[i].is_quote or doc[i].text in QUOTES):
            i -= 1
        return i >= 0 and bool(self._keys(doc[i]) & words)

    def after_media_word(self, span: Span, lang: str, reach: int = 4) -> bool:
        """'the television channels Ukraina and Inter': a media word shortly before the
        name, with only names, 'and'/'и'/'i' and commas between."""
        doc, words = span.doc, self._media.get(lang, frozenset())
        for i in range(span.start - 1, max(span.start - 1 - reach, -1), -1):
            token = doc[i]
            if self._keys(token) & words:
                return True
            if not (token.is_space or token.is_punct or token.lower_ in self._conjunctions or token.text[:1].isupper()):
                return False
        return False

    def opens_title(self, span: Span, lang: str) -> bool:
        """The span and the word or two after it are a title ('Interior' of 'Interior Minister',
        'Foreign' of 'Foreign Secretary'): no name of its own."""
        titles, doc = self._titles.get(lang, frozenset()), span.doc
        for n in (1, 2):
            if span.end + n > len(doc):
                break
            tokens = list(span) + [doc[span.end + k] for k in range(n)]
            if " ".join(t.lower_ for t in tokens) in titles or " ".join(t.lemma_.lower() for t in tokens) in titles:
                return True
        return False

    def is_org_head(self, token: Token, lang: str) -> bool:
        return bool(self._keys(token) & self._org.get(lang, frozenset()))

    def is_bare_head(self, span: Span, lang: str) -> bool:
        """'Ministry' alone: a head word is not a name by itself, except capitalised inside a
        sentence in a Latin-script language that writes the head words of bodies in lower case,
        where it is the body's short name ('członkowie Unii', 'zasedání Komise')."""
        if len(span) == 1 and span[0].text.isupper() and len(span[0].text) > 1:
            return False  # 'МИД', 'MSZ': an acronym names its body
        if len(span) == 1 and _short_name_language(lang) and not span.doc._.capitalises_nouns and _inside_sentence(span[0]):
            return False
        return len(span) == 1 and bool(self._keys(span[0]) & (self._org.get(lang, frozenset()) | self._event.get(lang, frozenset())))

    def is_not_name(self, span: Span, lang: str) -> bool:
        text = " ".join(span.text.lower().split())
        return text in self._not.get(lang, frozenset()) or " ".join(t.lemma_.lower() for t in span) in self._not.get(lang, frozenset())

    def _strippable(self, part: Span, rest: Span, lang: str) -> bool:
        """A not-name at a span's edge goes when it is the whole span, several words long, or
        glued to the rest by a lowercase word; 'Kyrgyz Foreign Ministry' keeps its adjective."""
        if not self.is_not_name(part, lang):
            return False
        return not len(rest) or len(part) > 1 or any(t.text[:1].islower() for t in rest)

    def without_not_names(self, span: Span, lang: str) -> Span | None:
        """The span less a holiday or ethnonym at either edge ('New Year's Eve a Uyghur' → None)."""
        start, end = span.start, span.end
        changed = True
        while changed and start < end:
            changed = False
            for size in range(end - start, 0, -1):
                if self._strippable(span.doc[start : start + size], span.doc[start + size : end], lang):
                    start, changed = start + size, True
                    break
                if self._strippable(span.doc[end - size : end], span.doc[start : end - size], lang):
                    end, changed = end - size, True
                    break
            while start < end and not span.doc[start].text[:1].isupper() and not span.doc[start].text[:1].isdigit():
                start += 1
        if start >= end:
            return None
        return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label)


@lru_cache(maxsize=None)
def _short_name_language(lang: str) -> bool:
    """A Latin-script language whose bodies' head words are lowercase common words (pl, cs, sl)."""
    declared = declaration(lang)
    return declared.code == lang and declared.script == "Latn" and not declared.capitalises_every_name_word


def _inside_sentence(token: Token) -> bool:
    """Capitalised with a word before it in its sentence (not after an opening quote or dash)."""
    if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return prev.text[:1].isalnum() and "\n" not in prev.whitespace_


def is_code(span: Span) -> bool:
    """One word of letters and digits ('TRX204', 'Ка-52'), of two capitals or more ('ВКЖ'), or of
    parts joined by hyphens one of which is such capitals ('Тар-ГРИПП-Вак'); not 'AstraVex'."""
    text = span.text
    if " " in text or not text[:1].isalpha():
        return False
    if any(ch.isdigit() for ch in text):
        return True
    return any(sum(ch.isalpha() for ch in part) > 1 and part.isupper() for part in text.split("-"))


def has_model_number(span: Span) -> bool:
    """A name of words ending in a model number or code: 'Vireva 2', 'Aerion A320'."""
    return len(span) > 1 and span[0].is_alpha and MODEL_NUMBER.fullmatch(span[-1].text) is not None


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The name words of every language, read once per process."""
    return NameWords()
