"""Per-language date vocabulary: ``dates.json`` of ``kgraph/lang/<iso>/``, through
:func:`kgraph.lang.language_data`, as the lookup tables the date grammar uses."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kgraph.lang import language_data

__all__ = ["Lexicon", "load_lexicon", "normalize_lang"]


@dataclass(frozen=True)
class Lexicon:
    """Word forms of one language; every mapping is keyed by the lower-cased form."""

    lang: str
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative: dict[str, int] = field(default_factory=dict)
    anaphoric: dict[str, int] = field(default_factory=dict)  # 'the next day': offset from the last date stated
    ordinals: dict[str, int] = field(default_factory=dict)
    weekday_prefixes: tuple[str, ...] = ()
    weekday_bare: bool = False
    weekday_suffixes: tuple[str, ...] = ()
    month_prefixes: tuple[str, ...] = ()
    day_suffixes: tuple[str, ...] = ()
    day_month_joiners: tuple[str, ...] = ()
    day_of_month_words: tuple[str, ...] = ()
    month_day_order: bool = False
    year_first: bool = False
    year_markers: tuple[str, ...] = ()
    year_prefixes: tuple[str, ...] = ()
    numeric_separators: tuple[str, ...] = (".",)
    exact_case: dict[str, str] = field(default_factory=dict)
    limit_words: tuple[str, ...] = ()  # lower-cased; longest first
    range_words: frozenset[str] = frozenset()  # lower-cased
    as_of_words: tuple[str, ...] = ()  # lower-cased; longest first
    relative_years: dict[str, int] = field(default_factory=dict)  # 'next year' after a day: year offset

    def case_ok(self, matched: str) -> bool:
        """False when ``matched`` is a form that only counts written exactly as in the data."""
        exact = self.exact_case.get(matched.lower())
        return exact is None or matched == exact or matched.isupper()


def normalize_lang(lang: str) -> str:
    """'en-US' / 'pl_PL' / 'RU' → 'en' / 'pl' / 'ru'."""
    return (lang or "").replace("_", "-").split("-")[0].strip().lower()


def _invert(table) -> dict[str, int]:
    return {form.lower(): int(key) for key, forms in table.items() for form in forms}


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang``; an empty one (numeric dates only) for a language without date words."""
    code = normalize_lang(lang)
    words = language_data(code).dates
    return Lexicon(
        lang=code,
        months=_invert(words.months),
        weekdays=_invert(words.weekdays),
        relative=_invert(words.relative),
        relative_years=_invert(words.relative_years),
        anaphoric=_invert(words.anaphoric),
        ordinals=_invert(words.ordinals),
        weekday_prefixes=words.weekday_prefixes,
        weekday_bare=words.weekday_bare,
        weekday_suffixes=words.weekday_suffixes,
        month_prefixes=words.month_prefixes,
        day_suffixes=words.day_suffixes,
        day_month_joiners=words.day_month_joiners,
        day_of_month_words=words.day_of_month_words,
        month_day_order=words.month_day_order,
        year_first=words.year_first,
        year_markers=words.year_markers,
        year_prefixes=words.year_prefixes,
        numeric_separators=words.numeric_separators,
        exact_case={form.lower(): form for form in words.exact_case},
        range_words=frozenset(w.lower() for w in words.range_words),
        limit_words=tuple(sorted({w.lower() for w in words.limit_words}, key=lambda w: (-len(w), w))),
        as_of_words=tuple(sorted({w.lower() for w in words.as_of_words}, key=lambda w: (-len(w), w))),
    )
