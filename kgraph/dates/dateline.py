"""The dateline of a news text: a line near its top that gives the date it was written (and often
the place it was filed from), such as

    Вівторок, 5 січня 2021, 16:10          (a line of its own under the headline)
    KYIV, 3 May 2021 — Police detained ...  (the start of the first paragraph)
    Варшава, 3 мая 2021 г. Полиция ...
    КИЇВ. 8 серпня. УНН. ...                 (a place, a day without a year: no date)

Only a date that names its own year is the text's date: a year is never borrowed from elsewhere.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .search import find_dates
from .grammar import grammar_for

__all__ = ["Dateline", "find_dateline"]

_LINES = 5  # the headline, a standfirst, the date line: a dateline is among the first lines
_REACH = 600  # characters of the body looked at
_ANY_YEAR = dt.date(2000, 1, 1)
_MAX_LEAD = 40  # "NEW YORK, " / "Вівторок, ": what may stand before the date
# what may follow the date on its line: a time, a zone, an agency's name after a full stop
_TIME_TAIL = re.compile(r"\A[\s,.;:|/()+\-–—\d]*(?:[ap]\.?m\.?|gmt|utc|cet|cest|msk|eet|eest)?[\s.)]*\Z",
                        re.IGNORECASE)
# after the date, the body begins: a dash or a full stop (after a place, a comma too), an agency's
# name in brackets allowed ("KYIV, 3 May 2021 (Reuters) — ")
_INTO_BODY = re.compile(r"\A(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:[,.]?[ \t]*[-–—]|\.)[ \t]+")
_INTO_BODY_AFTER_PLACE = re.compile(r"\A(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:[,.]?[ \t]*[-–—]|[.,])[ \t]+")
_CAPITAL_NEXT = re.compile(r"\A[ \t]+(?=[^\W\d_])")
_PLACE_LEAD = re.compile(r"\A[ \t]*(?P<place>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})[ \t]*[,.][ \t]+\Z")


@dataclass(frozen=True)
class Dateline:
    """A dateline at ``text[begin:end]``: its date (None when it names no year) and the span of
    the place it names before the date (None when it names none)."""

    begin: int
    end: int
    date: dt.date | None
    place: tuple[int, int] | None = None


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = start
    limit = min(len(text), start + _REACH)
    while pos < limit and len(out) < _LINES:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            out.append((pos, text[pos:end]))
        pos = end + 1
    return out


def _weekday(lead: str, lang: str) -> bool:
    return lead.strip(" ,.\t").lower() in grammar_for(lang).lexicon.weekdays


def _place_lead(lead: str) -> tuple[int, int] | None:
    """The span (in ``lead``) of a capitalised place name that ends the lead with a comma or stop."""
    m = _PLACE_LEAD.match(lead)
    if m is None or not all(w[0].isupper() for w in m["place"].split()):
        return None
    return m.span("place")


def _in_line(line: str, lang: str) -> tuple[int, int, dt.date | None, tuple[int, int] | None] | None:
    """(begin, end, date, place span) of a dateline in one line, offsets in the line."""
    # a year-precision anchor resolves day+month with or without a year, and no weekday or relative word
    found = [d for d in find_dates(line, lang, _ANY_YEAR, anchor_precision="year") if d.begin <= _MAX_LEAD]
    for d in found[:1]:
        if d.precision != "day":
            return None
        own_year = any((f.begin, f.end) == (d.begin, d.end) for f in find_dates(line, lang, None))
        lead, tail = line[:d.begin], line[d.end:]
        place = None
        if lead.strip() and not _weekday(lead, lang):
            place = _place_lead(lead)
            if place is None:
                return None
        if _TIME_TAIL.match(tail):
            return 0, len(line.rstrip()), d.value if own_year else None, place
        body = _INTO_BODY_AFTER_PLACE if place is not None else _INTO_BODY
        m = body.match(tail) or (_CAPITAL_NEXT.match(tail) if d.text.endswith(".") else None)
        if m is not None and tail[m.end():m.end() + 1].isupper():
            return 0, d.end + m.end(), d.value if own_year else None, place
    return None


def find_dateline(text: str, lang: str, start: int = 0) -> Dateline | None:
    """The dateline among the first lines of ``text[start:]``, or None."""
    for pos, line in _lines(text, start):
        got = _in_line(line, lang)
        if got is not None:
            begin, end, date, place = got
            span = (pos + place[0], pos + place[1]) if place is not None else None
            return Dateline(pos + begin, pos + end, date, span)
    return None
