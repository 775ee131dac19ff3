"""Calendar arithmetic: turning a matched expression into a date against the anchor.

Policy (news reports the recent past):
- day+month without a year takes the year that puts it nearest to the anchor
  (16 Dec in an article of 11 Jan is the previous year's); ties go to the past;
- a weekday is the most recent such day on or before the anchor ("on Friday" in a Friday
  article is that same Friday); it needs a day-precision anchor;
- "first of the month" ("первого числа") is that day in the anchor's month, or in the
  previous month when it would fall after the anchor;
- relative words ("yesterday") need a day-precision anchor.
With a month-precision anchor, a day+month or month without a year takes the year whose month
is nearest the anchor's month (normally the anchor's own year). With no anchor, only
expressions that carry their own year resolve.
"""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import Lexicon

__all__ = ["resolve_match", "day_number"]

Resolved = tuple[dt.date, str]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _nearest_year(month: int, day: int, anchor: dt.date, precision: str) -> dt.date | None:
    """The (year, month, day) nearest to the anchor among the anchor's year and its neighbours."""
    if precision == "year":
        return _safe_date(anchor.year, month, day)
    best: tuple[tuple[int, int], dt.date] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        cand = _safe_date(year, month, day)
        if cand is None:
            continue
        if precision == "day":
            dist = (cand - anchor).days
        else:
            dist = _month_index(year, month) - _month_index(anchor.year, anchor.month)
        key = (abs(dist), 0 if dist <= 0 else 1)
        if best is None or key < best[0]:
            best = (key, cand)
    return None if best is None else best[1]


def _absolute_day(
    day: int, month: int, year: int | None, anchor: dt.date | None, precision: str
) -> Resolved | None:
    if year is not None:
        value = _safe_date(year, month, day)
    elif anchor is None:
        return None
    else:
        value = _nearest_year(month, day, anchor, precision)
    return None if value is None else (value, "day")


def _month_only(month: int, year: int | None, anchor: dt.date | None, precision: str) -> Resolved | None:
    if year is not None:
        return dt.date(year, month, 1), "month"
    if anchor is None:
        return None
    value = _nearest_year(month, 1, anchor, "month" if precision == "day" else precision)
    return None if value is None else (value, "month")


def _day_of_month(day: int, anchor: dt.date | None, precision: str) -> Resolved | None:
    if anchor is None or precision == "year":
        return None
    value = _safe_date(anchor.year, anchor.month, day)
    if value is not None and precision == "day" and value > anchor:
        prev = anchor.replace(day=1) - dt.timedelta(days=1)
        value = _safe_date(prev.year, prev.month, day)
    return None if value is None else (value, "day")


def _weekday(weekday: int, anchor: dt.date | None, precision: str) -> Resolved | None:
    if anchor is None or precision != "day":
        return None
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7), "day"


def _relative(offset: int, anchor: dt.date | None, precision: str) -> Resolved | None:
    if anchor is None or precision != "day":
        return None
    return anchor + dt.timedelta(days=offset), "day"


def day_number(m: re.Match[str], lex: Lexicon) -> int | None:
    if m.group("day"):
        return int(m.group("day"))
    word = m.group("ord")
    return lex.ordinals.get(" ".join(word.lower().split())) if word else None


def _int_group(m: re.Match[str], name: str) -> int | None:
    value = m.groupdict().get(name)
    return int(value) if value else None


def _case_ok(m: re.Match[str], lex: Lexicon, source: str) -> bool:
    """Exact-case forms ("May", "March") checked against the original, un-folded text."""
    for name in ("month", "wd", "rel"):
        begin, end = m.span(name) if name in m.re.groupindex else (-1, -1)
        if begin >= 0 and not lex.case_ok(source[begin:end]):
            return False
    return True


def resolve_match(
    kind: str,
    m: re.Match[str],
    lex: Lexicon,
    anchor: dt.date | None,
    precision: str,
    source: str,
) -> Resolved | None:
    """The (date, precision) a match of pattern ``kind`` (run on folded ``source``) stands for."""
    if not _case_ok(m, lex, source):
        return None
    groups = m.groupdict()
    if kind in ("iso", "numeric"):
        value = _safe_date(int(groups["y"]), int(groups["mo"]), int(groups["d"]))
        return None if value is None else (value, "day")
    if kind == "year":
        return dt.date(int(groups["year"]), 1, 1), "year"
    if kind == "relative":
        return _relative(lex.relative[" ".join(groups["rel"].lower().split())], anchor, precision)
    if kind == "weekday":
        return _weekday(lex.weekdays[groups["wd"].lower()], anchor, precision)
    year = _int_group(m, "year")
    if groups.get("ryear") and anchor is not None and precision == "day":  # 'next year': against a
        year = anchor.year + lex.relative_years[" ".join(groups["ryear"].lower().split())]  # publication day;
    # against a date the text states, the day alone, as without the words
    if kind == "month":
        return _month_only(lex.months[groups["month"].lower()], year, anchor, precision)
    day = day_number(m, lex)
    if day is None:
        return None
    if kind == "day_of_month":
        return _day_of_month(day, anchor, precision)
    month = lex.months[groups["month"].lower()]
    return _absolute_day(day, month, year, anchor, precision)
