"""A date from a metadata value ("2022-01-11 10:00:00", "11.01.2022", "11 January 2022",
"11 stycznia 2022", "Tue, 11 Jan 2022 10:00:00 GMT"): the text grammar of every language with
date words first, then RFC 2822, then ``dateparser`` for the formats neither knows.

A metadata value names its own year: a value without one ("11 January", "Tuesday") is no date.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from kgraph.lang import all_language_data

from .grammar import grammar_for
from .search import find_dates

__all__ = ["parse_value"]

Parsed = tuple[dt.date, str]

_YEAR_MONTH = re.compile(r"\A(\d{4})-(\d{1,2})(?:[T ]\S*)?\Z")  # "2022-01": a month
_ISO_DAY = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})(?=[T ]|\Z)")  # "2022-1-5", "2022-01-05T10:00"
_TAIL = re.compile(r"\A[\s,.;:|@()+\-–—T\dZ]*(?:[ap]\.?m\.?|gmt|utc|[a-z]{3,4})?[\s.)]*\Z", re.IGNORECASE)


def _languages() -> tuple[str, ...]:
    """The languages with month names, English first (most metadata is written in it)."""
    codes = [d.code for d in all_language_data() if d.dates.months]
    return tuple(sorted(codes, key=lambda c: (c != "en", c)))


def _safe(year: int, month: int, day: int | None) -> Parsed | None:
    try:
        return (dt.date(year, month, day), "day") if day else (dt.date(year, month, 1), "month")
    except ValueError:
        return None


def _from_grammar(value: str) -> Parsed | None:
    """The first date expression of ``value`` in any language, if it starts the value, carries its
    own year and only a time, a zone or punctuation follows it."""
    for lang in _languages():
        found = find_dates(value, lang, None)
        if not found:
            continue
        first = found[0]
        lead = value[:first.begin]
        if first.precision == "year" or lead.strip(" ,.") and not _weekday_only(lead, lang):
            continue
        if _TAIL.match(value[first.end:]):
            return first.value, first.precision
    return None


def _weekday_only(text: str, lang: str) -> bool:
    """Whether ``text`` is one weekday name ("Tuesday, " before the date)."""
    word = text.strip(" ,.").lower()
    return word in grammar_for(lang).lexicon.weekdays


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    """One ``dateparser`` parser for every language kgraph has date words for (built once)."""
    from dateparser.date import DateDataParser

    from dateparser.languages.loader import default_loader

    known = [code for code in _languages() if code in default_loader.get_locale_map()]
    return DateDataParser(languages=known, settings={"STRICT_PARSING": True})


def _from_dateparser(value: str) -> Parsed | None:
    try:
        data = _dateparser().get_date_data(value)
    except (ValueError, TypeError, OverflowError):
        return None
    if data is None or data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date(), "day"


def parse_value(value: str) -> Parsed | None:
    """(date, precision) of a metadata value; None when it is not a date with its year."""
    value = value.strip()
    if not value or len(value) > 120:
        return None
    if m := _ISO_DAY.match(value):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    if m := _YEAR_MONTH.match(value):
        return _safe(int(m[1]), int(m[2]), None)
    found = _from_grammar(value)
    if found is not None:
        return found
    try:
        return parsedate_to_datetime(value).date(), "day"
    except (TypeError, ValueError, IndexError):
        pass
    return _from_dateparser(value) if any(c.isdigit() for c in value) else None
