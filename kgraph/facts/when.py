"""When an event happened: the date expression of its sentence nearest to the trigger."""
from __future__ import annotations

import datetime as dt

from kgraph.facts.dates import DateMention, find_dates
from kgraph.model import Article, Sentence

__all__ = ["article_anchor", "sentence_dates", "nearest_date"]


def article_anchor(article: Article) -> tuple[dt.date | None, str]:
    """The publication date; without one, the month of the latest full date the article states
    (news reports the recent past), so that "January 9" takes the right year while weekdays and
    "yesterday" stay unresolved."""
    if article.date:
        return article.date, article.date_precision
    stated = [d for d in find_dates(article.text, article.lang, None)]
    if stated:
        return max(d.value for d in stated), "month"
    return None, "day"


def sentence_dates(sentence: Sentence, lang: str, anchor: tuple[dt.date | None, str]) -> list[DateMention]:
    """Date expressions of a sentence, offsets relative to the article."""
    found = find_dates(sentence.text, lang, anchor[0], anchor_precision=anchor[1])
    return [DateMention(d.begin + sentence.begin, d.end + sentence.begin, d.text, d.value, d.precision) for d in found]


def nearest_date(dates: list[DateMention], position: int) -> DateMention | None:
    """The date expression closest to a character position (day precision preferred on ties)."""
    if not dates:
        return None
    return min(dates, key=lambda d: (min(abs(d.begin - position), abs(d.end - position)), d.precision != "day"))
