"""Date expressions in text, found by the language's grammar and resolved against a base date.

``find_dates(text, lang, anchor)`` finds absolute dates ("10 января 2022 года", "Jan. 2, 2022",
"5 stycznia", "am 5. Januar", "2022-01-05", "05.01.2022"), month and year mentions
("w styczniu 2022", "в 2021 году"), relative words ("вчера", "yesterday", "wczoraj",
"gestern"), weekdays ("в пятницу", "on Friday") and day-of-month words ("второго числа").
The vocabulary lives in ``kgraph/lang/<iso>/dates.json``; the resolution policy is documented in
:mod:`kgraph.dates.resolution`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .grammar import Pattern, fold_case, grammar_for
from .resolution import day_number as _day_number
from .resolution import resolve_match

__all__ = ["DateMention", "find_dates", "resolve_date", "PRECISIONS"]

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class DateMention:
    """A date expression at ``text[begin:end]`` and the date it stands for.

    ``value`` is the first day of the month (year) for month (year) precision.
    """

    begin: int
    end: int
    text: str
    value: dt.date
    precision: str  # "day" | "month" | "year"
    kind: str = ""  # the pattern: day_month, month, year, weekday, relative, day_of_month, iso, numeric
    year_given: bool = True  # the expression names its year (False: the year came from the base date)
    limit: bool = False  # after a limit word ("until", "до", "do", "bis"): a deadline, not a when


def _candidates(
    text: str, lang: str, anchor: dt.date | None, anchor_precision: str
) -> list[tuple[int, int, DateMention | None]]:
    """Every pattern match as (begin, end, mention); mention is None when it cannot resolve."""
    grammar = grammar_for(lang)
    folded, found = _scan(text, lang)
    out: list[tuple[int, int, DateMention | None]] = []
    yearless: list[tuple[int, int, int, int]] = []  # (begin, end, day, month) of day+month without a year
    for pattern, matches in found:
        for m in matches:
            begin, end = m.span("core")
            if pattern.kind == "day_month" and not m.groupdict().get("year"):
                day = _day_number(m, grammar.lexicon)
                if day is not None and grammar.lexicon.case_ok(text[slice(*m.span("month"))]):
                    yearless.append((begin, end, day, grammar.lexicon.months[m["month"].lower()]))
            resolved = resolve_match(pattern.kind, m, grammar.lexicon, anchor, anchor_precision, text)
            mention = None
            if resolved is not None:
                year_given = pattern.kind in ("iso", "numeric", "year") or bool(m.groupdict().get("year") or m.groupdict().get("ryear"))
                mention = DateMention(begin, end, text[begin:end], resolved[0], resolved[1], pattern.kind,
                                      year_given, _after_limit(folded, m.start(), grammar.lexicon.limit_words))
            out.append((begin, end, mention))
    return _ranges(out, yearless, text, folded, grammar.lexicon.range_words)


@lru_cache(maxsize=4096)
def _scan(text: str, lang: str) -> tuple[str, tuple[tuple[Pattern, tuple[re.Match[str], ...]], ...]]:
    """``text`` case-folded, and each pattern of the language's grammar with its matches there (the
    patterns that match nothing left out). The facts stage reads a sentence's dates against several
    anchors (its own, any day, the latest): the regular expressions run once per text."""
    folded = fold_case(text)
    found = ((pattern, tuple(pattern.regex.finditer(folded))) for pattern in grammar_for(lang).patterns)
    return folded, tuple((pattern, matches) for pattern, matches in found if matches)


_RANGE_DASHES = ("-", "–", "—")
_RANGE_GAP = 16


def _ranges(out: list[tuple[int, int, DateMention | None]], yearless: list[tuple[int, int, int, int]],
            text: str, folded: str, joiners: frozenset[str]) -> list[tuple[int, int, DateMention | None]]:
    """"Od 1 stycznia do 19 czerwca 2018 roku", "from 1 to ... 5 May 2021": a range's first day
    without a year takes the year of its end, named in the same expression (the day before it)."""
    if not yearless:
        return out
    ends = [c[2] for c in out if c[2] is not None and c[2].year_given and c[2].kind == "day_month"]
    for begin, end, day, month in yearless:
        after = next((e for e in ends if end <= e.begin <= end + _RANGE_GAP), None)
        if after is None:
            continue
        between = folded[end:after.begin].strip()
        if between not in _RANGE_DASHES and " ".join(between.split()) not in joiners:
            continue
        try:
            value = dt.date(after.value.year, month, day)
            if value > after.value:
                value = value.replace(year=value.year - 1)
        except ValueError:
            continue
        old = next((c[2] for c in out if (c[0], c[1]) == (begin, end) and c[2] is not None), None)
        mention = DateMention(begin, end, text[begin:end], value, "day", "day_month", True,
                              old.limit if old else False)
        ended = dataclasses.replace(after, limit=True)  # a range's end is no 'when' of its own
        out = [c for c in out if (c[0], c[1]) not in ((begin, end), (after.begin, after.end))]
        out += [(begin, end, mention), (after.begin, after.end, ended)]
    return out


def _after_limit(folded: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether one of the limit words ends right before ``start`` (the match, its prefix included)."""
    before = folded[max(0, start - 40):start].rstrip()
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in words)


def _longest_first(cands: list[tuple[int, int, DateMention | None]]) -> list[DateMention]:
    """Keep non-overlapping matches, longer ones first; unresolved ones still block their span."""
    starts: list[int] = []  # accepted spans, disjoint, kept sorted by start
    ends: list[int] = []
    kept: list[DateMention] = []
    for begin, end, mention in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        i = bisect_right(starts, begin)
        if (i > 0 and ends[i - 1] > begin) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, begin)
        ends.insert(i, end)
        if mention is not None:
            kept.append(mention)
    return sorted(kept, key=lambda mention: mention.begin)


def find_dates(
    text: str, lang: str, anchor: dt.date | None, *, anchor_precision: str = "day"
) -> list[DateMention]:
    """All date expressions in ``text`` that resolve against ``anchor``, in text order.

    ``anchor`` is the publication date; ``anchor_precision`` says how much of it is known
    ("day", "month" or "year"). Weekdays and relative words need a day-precision anchor;
    a day and month without a year need some anchor.
    """
    if anchor_precision not in PRECISIONS:
        raise ValueError(f"anchor_precision must be one of {PRECISIONS}, not {anchor_precision!r}")
    if not text:
        return []
    return _longest_first(_candidates(text, lang, anchor, anchor_precision))


def resolve_date(
    expression: str, lang: str, anchor: dt.date | None, *, anchor_precision: str = "day"
) -> DateMention | None:
    """The date of one expression (the longest one found in it), or None; offsets are in it."""
    found = find_dates(expression, lang, anchor, anchor_precision=anchor_precision)
    return max(found, key=lambda m: (m.end - m.begin, -m.begin), default=None)
