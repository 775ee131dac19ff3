"""When an event happened: the date expression of its sentence nearest to the trigger."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

from kgraph.dates import DateMention, find_dates
from kgraph.dates.lexicon import load_lexicon
from kgraph.model import Article, Sentence

__all__ = ["Anchor", "article_anchor", "sentence_dates", "nearest_date", "carried_dates", "forward_weekday"]

_WEEK = dt.timedelta(days=6)
_MONTH = dt.timedelta(days=31)


class Anchor(NamedTuple):
    """The date relative expressions resolve against; ``latest`` is the latest full date the
    article states (used for weekdays when the publication day is unknown)."""

    date: dt.date | None
    precision: str
    latest: dt.date | None = None


def article_anchor(article: Article) -> Anchor:
    """The publication date; without one, the month of the latest full date the article states
    (news reports the recent past), so that "January 9" takes the right year; with no full date, none. Weekdays in an
    article with no publication day resolve against that latest stated date (see :func:`sentence_dates`)."""
    stated = [d for d in find_dates(article.text, article.lang, None) if d.precision == "day"]  # full dates only:
    # a year or a month named somewhere ("in 2019") never gives the year of a day named elsewhere
    if article.date:
        base, precision = article.date, article.date_precision
    elif stated:
        base, precision = max(d.value for d in stated), "month"
    else:
        return Anchor(None, "day")
    days = [d.value for d in find_dates(article.text, article.lang, base, anchor_precision=precision)
            if d.precision == "day" and d.value <= base + _MONTH]
    latest = max(days) if days and precision != "day" else None
    return Anchor(base, precision, latest)


def sentence_dates(sentence: Sentence, lang: str, anchor: tuple) -> list[DateMention]:
    """Date expressions of a sentence, offsets relative to the article."""
    found = find_dates(sentence.text, lang, anchor[0], anchor_precision=anchor[1])
    found += _weekdays_after_latest(sentence.text, lang, anchor, found)
    return sorted((DateMention(d.begin + sentence.begin, d.end + sentence.begin, d.text, d.value, d.precision)
                   for d in found), key=lambda d: d.begin)


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
    """The date expression closest to a character position (day precision preferred on ties)."""
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


def forward_weekday(when: DateMention, anchor: tuple, lang: str) -> DateMention:
    """"The government will meet on Thursday": a weekday of a planned event is the next such day
    after the publication day, not the last one before it."""
    base = anchor[0]
    weekdays = load_lexicon(lang).weekdays
    words = {w.strip(".,;:()").lower() for w in when.text.split()}
    if base is None or when.precision != "day" or when.value >= base or not words & set(weekdays):
        return when
    return dataclasses.replace(when, value=when.value + _WEEK + dt.timedelta(days=1))
