"""Regular expressions for date expressions, compiled once per language from its lexicon.

Every pattern has a ``core`` group: the span reported as the mention. Prepositions that only
license a match ("в пятницу", "on Friday", "w styczniu") stay outside it; year words
("года", "r.") and day suffixes ("2nd", "5.", "2-го") are inside.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon, normalize_lang

__all__ = ["Grammar", "Pattern", "fold_case", "grammar_for"]

_FLAGS = re.UNICODE  # patterns are lower-case and run on lower-cased text (see fold_case)
_B = r"(?<!\w)"  # left word boundary
_E = r"(?!\w)"  # right word boundary
_NUM_LEFT = r"(?<![\w.,:/])"  # a number that does not continue another one ("1,5", "3.14")
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)(?![.,]\d)"


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern and the kind of expression it finds."""

    kind: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Grammar:
    """All patterns of one language plus its lexicon."""

    lexicon: Lexicon
    patterns: tuple[Pattern, ...]


def _alt(forms: Iterable[str]) -> str:
    """A longest-first alternation of literal forms; inner spaces match any whitespace."""
    ordered = sorted({f.lower() for f in forms}, key=lambda f: (-len(f), f))
    return "|".join(r"\s+".join(re.escape(part) for part in f.split()) for f in ordered)


def _prefixes(forms: Iterable[str]) -> str:
    """Licensing words before the core; forms ending in '-' ('mid-') attach without a space."""
    parts = [
        re.escape(f) + (r"\s*" if f.endswith("-") else r"\s+")
        for f in sorted({f.lower() for f in forms}, key=lambda f: (-len(f), f))
    ]
    return _B + "(?:" + "|".join(r"\s+".join(p.split(r"\ ")) for p in parts) + ")"


def _year_part(lex: Lexicon) -> str:
    markers = rf"(?:\s*(?:{_alt(lex.year_markers)}){_E})?" if lex.year_markers else ""
    return _YEAR + markers


def _day(lex: Lexicon) -> str:
    suffix = f"(?:{_alt(lex.day_suffixes)})?" if lex.day_suffixes else ""
    ordinal = f"|(?P<ord>{_alt(lex.ordinals)})" if lex.ordinals else ""
    return rf"(?:{_NUM_LEFT}(?P<day>[0-3]?\d)(?!\d){suffix}{ordinal}){_E}"


def _word_patterns(lex: Lexicon) -> list[tuple[str, str]]:
    """Patterns that need the language's month, weekday and relative words."""
    out: list[tuple[str, str]] = []
    year, day = _year_part(lex), _day(lex)
    if lex.relative_years:  # '29 березня наступного року': the year said relative to the base date's
        year = rf"(?:{year}|(?P<ryear>{_alt(lex.relative_years)}){_E})"
    if lex.months:
        month = rf"(?P<month>{_alt(lex.months)}){_E}"
        joiner = rf"(?:\s+(?:{_alt(lex.day_month_joiners)}))?" if lex.day_month_joiners else ""
        lead = rf"(?:(?:{_alt(lex.weekdays)}){_E},?\s+)?" if lex.weekdays else ""  # "Friday, 7 Jan"
        out.append(("day_month", rf"{_B}(?P<core>{lead}{day}{joiner}\s+{month}(?:,?\s+{year})?)"))
        if lex.month_day_order:
            out.append(("day_month", rf"{_B}(?P<core>{lead}{month}\s*{day}(?:,?\s+{year})?)"))
        if lex.year_first:  # '2022 m. kovo 5 d.', '2022. gada 5. martā'
            order = rf"{month}\s*{day}" if lex.month_day_order else rf"{day}{joiner}\s+{month}"
            out.append(("day_month", rf"{_B}(?P<core>{year},?\s+{order})"))
            out.append(("month", rf"{_B}(?P<core>{year},?\s+{month})"))
        out.append(("month", rf"{_B}(?P<core>{month},?\s+{year})"))
        if lex.month_prefixes:
            out.append(("month", rf"{_prefixes(lex.month_prefixes)}(?P<core>{month})"))
    if lex.day_of_month_words:
        out.append(("day_of_month", rf"{_B}(?P<core>{day}\s+(?:{_alt(lex.day_of_month_words)}){_E})"))
    if lex.year_markers:
        out.append(("year", rf"{_B}(?P<core>{_YEAR}\s*(?:{_alt(lex.year_markers)}){_E})"))
    if lex.year_prefixes:
        out.append(("year", rf"{_prefixes(lex.year_prefixes)}(?P<core>{_YEAR})"))
    if lex.relative:
        out.append(("relative", rf"{_B}(?P<core>(?P<rel>{_alt(lex.relative)})){_E}"))
    if lex.weekdays:
        suffix = f"(?:{_alt(lex.weekday_suffixes)})?" if lex.weekday_suffixes else ""
        core = rf"(?P<core>(?P<wd>{_alt(lex.weekdays)}){suffix}){_E}"
        if lex.weekday_bare:
            out.append(("weekday", _B + core))
        elif lex.weekday_prefixes:
            out.append(("weekday", _prefixes(lex.weekday_prefixes) + core))
    return out


def _numeric_patterns(lex: Lexicon) -> list[tuple[str, str]]:
    """ISO dates and day-month-year digits, for every language."""
    seps = "".join(re.escape(s) for s in lex.numeric_separators) or r"\."
    return [
        ("iso", r"(?<![\w.-])(?P<core>(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2}))(?!\d)(?!-\d)"),
        (
            "numeric",
            rf"(?<![\w.,/-])(?P<core>(?P<d>\d{{1,2}})(?P<sep>[{seps}])(?P<mo>\d{{1,2}})"
            rf"(?P=sep)(?P<y>\d{{4}}))(?!\d)(?![{seps}]\d)",
        ),
    ]


def fold_case(text: str) -> str:
    """``text`` lower-cased code point by code point, so every offset stays valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=None)
def grammar_for(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (cached per language code)."""
    lex = load_lexicon(normalize_lang(lang))
    specs = _word_patterns(lex) + _numeric_patterns(lex)
    patterns = tuple(Pattern(kind, re.compile(src, _FLAGS)) for kind, src in specs)
    return Grammar(lexicon=lex, patterns=patterns)
