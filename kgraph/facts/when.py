"""When an event happened: the date expression of its clause nearest to the trigger, resolved
against the article's base date and read by the trigger's tense.

The base is the publication date (metadata, header or dateline: ``Article.date``), else the latest
full date the article states (named with its year, not a deadline). A deadline ("until 5 May",
"до 2022 року", "do piątku", "bis Freitag") is not when anything happened. A planned event's
weekday or yearless day is the coming one; a past event's yearless day is never after the
publication day (it is the previous year's).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

from spacy.tokens import Token

from kgraph.dates import DateMention, anaphoric_dates, find_dates
from kgraph.dates.lexicon import load_lexicon
from kgraph.model import Article, Sentence

from .lexicon import Lexicon
from .tense import is_participle, is_present, is_verb_form, tense_near

__all__ = ["Anchor", "article_anchor", "sentence_dates", "nearest_date", "carried_dates", "forward_weekday",
           "by_tense", "clause_dates", "reporting_clause", "reporting_dates", "heading_dates", "is_past", "publication_day", "modifier_spans"]

_WEEK = dt.timedelta(days=6)
_MONTH = dt.timedelta(days=31)


class Anchor(NamedTuple):
    """The date relative expressions resolve against; ``latest`` is the latest full date the
    article states (used for weekdays when the publication day is unknown)."""

    date: dt.date | None
    precision: str
    latest: dt.date | None = None


def article_anchor(article: Article, planned: Callable[[int, int], bool] | None = None) -> Anchor:
    """The publication date; without one, the month of the latest full date the article states
    (news reports the recent past), so that "January 9" takes the right year; with no full date, none.
    ``planned(begin, end)`` says a date is a planned event's ('will be held on 5 May 2021'): it
    bounds 'now' from above (it gives yearless days their year) but is not the latest date weekdays
    follow (those are of what happened), nor is any date when the article states only planned ones. Weekdays in an
    article with no publication day resolve against that latest stated date (see :func:`sentence_dates`)."""
    # full dates named with their year only: a year or a month named somewhere ("in 2019") never
    # gives the year of a day named elsewhere, and a deadline ("until 21 December 2020") is no 'now'
    stated = [d for d in find_dates(article.text, article.lang, None) if d.precision == "day" and not d.limit]
    if article.date:
        base, precision = article.date, article.date_precision
    elif stated:
        base, precision = max(d.value for d in stated), "month"
    else:
        return Anchor(None, "day")
    if precision == "day":
        return Anchor(base, precision)
    if article.date:  # a month or year of publication: its days named without a year are its own
        days = [d.value for d in find_dates(article.text, article.lang, base, anchor_precision=precision)
                if d.precision == "day" and not d.limit and d.value <= base + _MONTH]
    else:  # a planned event's day ('will be held on 20 April') is after what the weekdays name
        days = [d.value for d in stated if planned is None or not planned(d.begin, d.end)]
    return Anchor(base, precision, max(days) if days else None)


def sentence_dates(sentence: Sentence, lang: str, anchor: tuple, article_text: str | None = None) -> list[DateMention]:
    """Date expressions of a sentence, offsets relative to the article; with the article's text,
    also the days it names by reference to the article's last date before them ("the next day")."""
    found = find_dates(sentence.text, lang, anchor[0], anchor_precision=anchor[1])
    found += _weekdays_after_latest(sentence.text, lang, anchor, found)
    if article_text is not None:
        found += [dataclasses.replace(d, begin=d.begin - sentence.begin, end=d.end - sentence.begin)
                  for d in _anaphoric(article_text, lang, anchor[0], anchor[1])
                  if sentence.begin <= d.begin and d.end <= sentence.end
                  and not any(f.begin < d.end - sentence.begin and d.begin - sentence.begin < f.end for f in found)]
    return sorted((dataclasses.replace(d, begin=d.begin + sentence.begin, end=d.end + sentence.begin)
                   for d in found), key=lambda d: d.begin)


@functools.lru_cache(maxsize=32)
def _anaphoric(text: str, lang: str, base: dt.date | None, precision: str) -> tuple[DateMention, ...]:
    """The article's days named by reference to its last stated date ("tego samego dnia")."""
    every = find_dates(text, lang, _ANY_DAY, anchor_precision="day")  # every expression, weekdays too
    return tuple(anaphoric_dates(text, lang, find_dates(text, lang, base, anchor_precision=precision),
                                 [(d.begin, d.end) for d in every]))


_ANY_DAY = dt.date(2000, 1, 1)  # a base that resolves every date expression, for their spans only


def _weekdays_after_latest(text: str, lang: str, anchor: tuple, found: list[DateMention]) -> list[DateMention]:
    """"On Thursday" in an article without a publication day: the first such weekday on or after
    the latest full date the article states (an undated report's stated dates are its background;
    the weekdays it names are the newest events)."""
    latest = anchor[2] if len(anchor) > 2 else None
    if latest is None or anchor[1] == "day":
        return []
    weekdays = load_lexicon(lang).weekdays
    taken = [(d.begin, d.end) for d in found]
    out = []
    for d in find_dates(text, lang, latest + _WEEK, anchor_precision="day"):
        words = {w.strip(".,;:()").lower() for w in d.text.split()}
        if words & set(weekdays) and not any(b < d.end and d.begin < e for b, e in taken):
            out.append(d)
    return out


def nearest_date(dates: list[DateMention], position: int) -> DateMention | None:
    """The date expression closest to a character position (day precision preferred on ties); a
    deadline ("until Friday", "do 5 maja") is not when something happened."""
    dates = [d for d in dates if not d.limit]
    if not dates:
        return None
    return min(dates, key=lambda d: (min(abs(d.begin - position), abs(d.end - position)), d.precision != "day"))


def carried_dates(text: str, previous: Sentence | None, previous_has_verb: bool, sentence: Sentence,
                  lang: str, anchor: tuple) -> list[DateMention]:
    """"On 5 May. Police detained ...": a verbless fragment's day-precision dates carry over to
    the next sentence of the same paragraph (the fragment states no event of its own)."""
    if previous is None or previous_has_verb or "\n" in text[previous.end:sentence.begin]:
        return []
    return [d for d in sentence_dates(previous, lang, anchor) if d.precision == "day"]


_HEADING_DASHES = ("–", "—", "-")
_HEADING_REACH = 60  # characters of a paragraph's opening looked at for its heading date


def heading_dates(text: str, sentence: Sentence, lang: str, anchor: tuple) -> list[DateMention]:
    """"5 May 2021 – the biggest strike yet. Pilots ... Flights ...": a paragraph that opens on a
    day and a dash (an entry of a chronology, a dated heading), or on 'as of' and a day ("Станом
    на 16 листопада, ... . ... . При цьому померли ...": a snapshot of that day), is about that
    day; its later sentences that state no date of their own are of it. None for the paragraph's
    first sentence (the date is its own) or a paragraph that opens otherwise."""
    start = text.rfind("\n", 0, sentence.begin) + 1
    lead = len(text[start:sentence.begin]) - len(text[start:sentence.begin].lstrip())
    start += lead
    if start >= sentence.begin:
        return []
    opening = text[start:start + _HEADING_REACH]
    found = find_dates(opening, lang, anchor[0], anchor_precision=anchor[1])
    if not found or found[0].precision != "day" or found[0].limit:
        return []
    first = found[0]
    if first.begin == 0:
        if not opening[first.end:].lstrip().startswith(_HEADING_DASHES):
            return []
    elif not _as_of(opening[:first.begin], lang):
        return []
    return [dataclasses.replace(first, begin=first.begin + start, end=first.end + start)]


def _as_of(before: str, lang: str) -> bool:
    """"Станом на 16 листопада, ...", "As of 16 November, ...": the words before a paragraph's
    first date are one of dates.json's ``as_of_words`` (the paragraph is a snapshot of that day)."""
    return " ".join(before.lower().split()) in load_lexicon(lang).as_of_words


def forward_weekday(when: DateMention, anchor: tuple, lang: str) -> DateMention:
    """"The government will meet on Thursday": a weekday of a planned event is the next such day
    after the publication day, not the last one before it."""
    base = anchor[0]
    weekdays = load_lexicon(lang).weekdays
    words = {w.strip(".,;:()").lower() for w in when.text.split()}
    if base is None or when.precision != "day" or when.value >= base or not words & set(weekdays):
        return when
    return dataclasses.replace(when, value=when.value + _WEEK + dt.timedelta(days=1))


def _shift_year(when: DateMention, years: int) -> DateMention:
    try:
        return dataclasses.replace(when, value=when.value.replace(year=when.value.year + years))
    except ValueError:  # 29 February
        return when


def by_tense(when: DateMention, anchor: tuple, lang: str, *, planned: bool, past: bool) -> DateMention:
    """The date of an event read by its tense, against a publication day (``anchor`` of day
    precision): a planned event's weekday or yearless day ("will meet on 20 January") is the
    coming one; a past event's yearless day ("detained on 20 January" in an article of 11 January)
    is the previous year's, never after the publication day. Dates naming their year stay."""
    base = anchor[0]
    if base is None or anchor[1] != "day" or when.year_given or when.kind in ("relative", "day_of_month", "anaphoric"):
        return when
    if planned:
        when = forward_weekday(when, anchor, lang)
        if when.kind in ("day_month", "month") and _last_day(when) < base:
            return _shift_year(when, 1)
        return when
    if past and when.kind in ("day_month", "month") and when.value > base:
        return _shift_year(when, -1)
    return when


def publication_day(cue: Token, anchor: tuple, lang: str) -> DateMention | None:
    """"X says / считает / вважає / twierdzi" with no date in its clause: a reporting verb in the
    present tense states what the speaker says as the article is published, so the statement is of
    the publication day, when that day is known (metadata, header, dateline); a past-tense one
    ("said") may be of any earlier day: no date."""
    base = anchor[0]
    if base is None or anchor[1] != "day" or not is_present(cue, lang):
        return None
    return DateMention(cue.idx, cue.idx + len(cue.text), cue.text, base, "day", kind="publication")


def _last_day(when: DateMention) -> dt.date:
    if when.precision != "month":
        return when.value
    following = (when.value.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


_VERBS = ("VERB", "AUX")


def is_past(trigger: Token, lang: str = "") -> bool:
    """Whether the trigger (or the verb it hangs on, or their auxiliary) is a past-tense form; where
    the pipeline gives no morphology (pl, uk), the word or one of the two before it ('został
    zatrzymany', 'був затриманий') by the language's dictionary."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in _VERBS or verb.head.i == verb.i:
            break
        verb = verb.head
    for token in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop"))):
        if "Past" in token.morph.get("Tense", []) or token.tag_ == "VBD":
            return True
    return tense_near(trigger, lang) == "past"


def _clause_head(token: Token) -> Token:
    """The verb whose clause ``token`` is in (the sentence root when no verb governs it)."""
    for _ in range(12):
        if token.pos_ in _VERBS or token.head.i == token.i:
            return token
        token = token.head
    return token


def _ancestors(token: Token) -> set[int]:
    out = {token.i}
    for _ in range(24):
        if token.head.i == token.i:
            break
        token = token.head
        out.add(token.i)
    return out


_MODIFIER_CLAUSES = ("acl", "relcl", "acl:relcl")  # "the woman sentenced in 2010", "who was held in 2019"


def clause_dates(dates: list[DateMention], trigger: Token, parsed: bool, tokens: Sequence[Token] = (),
                 lex: Lexicon | None = None) -> list[DateMention]:
    """The dates that may say when the trigger's event was: with a dependency parse, a date inside
    a clause that modifies a noun ("acquitted the woman sentenced in 2010", "оправдал женщину,
    осуждённую в 2010 году") tells when that clause's event was, not the trigger's, unless the
    trigger is in that clause or the clause modifies the trigger itself ("the meeting, which took
    place on 5 May", "собрание, которое состоится в сентябре": the meeting's date). Without a
    parse, the same by the words (:func:`modifier_spans`: a participle governing the date, a
    relative clause), given the sentence's ``tokens`` and the language's ``lex``; else every date."""
    if not parsed:
        if lex is None or not tokens:
            return dates
        spans = [(b, e) for b, e, noun in modifier_spans(tokens, lex) if not b <= trigger.idx < e and noun != trigger.i]
        return [d for d in dates if not any(b <= d.begin < e for b, e in spans)]
    doc = trigger.doc
    up = _ancestors(trigger)
    out = []
    for d in dates:
        span = doc.char_span(d.begin, d.end, alignment_mode="expand")
        head = _clause_head(span.root) if span is not None and len(span) else None
        if head is None or head.dep_ not in _MODIFIER_CLAUSES or head.i in up or head.head.i == trigger.i:
            out.append(d)
    return out


def reporting_dates(dates: list[DateMention], cue: Token, parsed: bool, tokens: Sequence[Token] = (),
                    lex: Lexicon | None = None) -> list[DateMention]:
    """The dates that may say when a reporting verb's words were said: only those of its own clause
    ("Y will visit Oslo on Monday, her spokesman said": Monday is the visit's, the words were said
    before it). With a parse, the dates the verb heads; without one, those between the punctuation
    or clause break on each side of it (:func:`reporting_clause`, given the sentence's ``tokens``
    and the language's ``lex``: 'Jak podaje X, tego dnia odwołano loty', 'Раніше X повідомляв, що
    … 29 березня': the day is the reported event's), else every date :func:`clause_dates` keeps."""
    if not parsed:
        if lex is None or not tokens:
            return dates
        begin, end = reporting_clause(tokens, cue, lex)
        return [d for d in dates if begin <= d.begin < end]
    doc = cue.doc
    out = []
    for d in dates:
        span = doc.char_span(d.begin, d.end, alignment_mode="expand")
        if span is not None and len(span) and _clause_head(span.root).i == cue.i:
            out.append(d)
    return out


_OWN_CLAUSE_ENDS = frozenset({",", "-", "–", "—", ":", ";", "\"", "„", "”", "“", "«", "»", "(", ")"})


def reporting_clause(tokens: Sequence[Token], cue: Token, lex: Lexicon) -> tuple[int, int]:
    """Without a parse, the characters of a reporting verb's (or source phrase's) own clause: from
    the comma, dash, quote or clause break before it to the one after it ('Jak podaje X', 'X
    powiedział w poniedziałek', '… – заявив X у Брюсселі'); what it reports lies outside. An opening
    phrase with no verb before a comma is the verb's circumstance and belongs to it ('Виступаючи на
    прес-конференції у Франкфурті, X заявив'; where no dictionary tells verbs, it stays outside)."""
    words = list(tokens)
    pos = next((k for k, t in enumerate(words) if t.i == cue.i), None)
    if pos is None:
        return cue.idx, cue.idx + len(cue.text)

    def ends(token: Token) -> bool:
        return token.text in _OWN_CLAUSE_ENDS or token.text.lower() in lex.clause_breaks

    lo = pos
    while lo > 0 and not ends(words[lo - 1]):
        lo -= 1
    if lo > 1 and words[lo - 1].text == ",":  # 'Виступаючи на прес-конференції у Франкфурті, X заявив'
        opening = words[:lo - 1]
        if not any(ends(t) for t in opening) and _tells_verbs(opening, lex.lang) \
                and not any(is_verb_form(t, lex.lang) for t in opening):
            lo = 0
    hi = pos
    while hi + 1 < len(words) and not ends(words[hi + 1]):
        hi += 1
    return words[lo].idx, words[hi].idx + len(words[hi].text)


def _tells_verbs(tokens: Sequence[Token], lang: str) -> bool:
    """Whether :func:`is_verb_form` can tell a verb among these tokens: tagged, or a language with a
    dictionary of verb forms."""
    return lang in ("pl", "uk", "ru") or any(t.pos_ for t in tokens)


_GOVERNED = 2  # words from a participle to the date it governs ('skazaną w 2010 r.': the preposition between)


def modifier_spans(tokens: Sequence[Token], lex: Lexicon) -> list[tuple[int, int, int]]:
    """Without a parse, the character spans (begin, end, the token index of the word before them:
    the noun they modify) of the sentence that modify a noun and tell of another event than the
    clause's: a participle not after (or before) a passive auxiliary and the date
    right after it ('uniewinnił Marię Lis skazaną w 2010 r.', 'виправдав жінку, засуджену у 2010
    році'), and a relative clause after a comma up to the next comma or clause break ('X, który
    został zatrzymany w 2019 roku')."""
    out = []
    words = list(tokens)
    for k, token in enumerate(words):
        word = token.text.lower()
        relative = word in lex.relative_pronouns or token.lemma_.lower() in lex.relative_pronouns
        if relative and (k == 0 or words[k - 1].text != ","):
            continue
        if not relative and not (_governs_a_number(words, k) and is_participle(token.text, lex.lang)
                                 and not _by_auxiliary(words, k, lex)):
            continue
        end = next((j for j in range(k + 1, len(words))
                    if words[j].text == "," or words[j].text.lower() in lex.clause_breaks), len(words))
        last = words[end - 1]
        before = words[k - 1] if k and words[k - 1].text != "," else words[k - 2] if k > 1 else None
        out.append((token.idx, last.idx + len(last.text), before.i if before is not None else -1))
    return out


def _governs_a_number(words: list[Token], k: int) -> bool:
    """A day or year within :data:`_GOVERNED` words after the word ('skazaną w 2010 r.', 'zatrzymanego 5 maja')."""
    return any(t.text[:1].isdigit() for t in words[k + 1:k + 1 + _GOVERNED])


def _by_auxiliary(words: list[Token], k: int, lex: Lexicon) -> bool:
    """'został skazany', 'skazany został', 'був засуджений': the participle is the clause's verb."""
    near = words[max(0, k - 2):k] + words[k + 1:k + 2]
    return any(t.lemma_.lower() in lex.passive_aux or t.text.lower() in lex.passive_aux for t in near)
