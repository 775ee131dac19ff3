"""Per-language date vocabulary, loaded from ``ontology/dates/<lang>.json``."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Lexicon", "DATA_DIR", "load_lexicon", "normalize_lang"]

DATA_DIR = Path(
    os.environ.get("KGRAPH_DATES_DIR", Path(__file__).resolve().parents[3] / "ontology" / "dates")
)


@dataclass(frozen=True)
class Lexicon:
    """Word forms of one language; every mapping is keyed by the lower-cased form."""

    lang: str
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    weekday_prefixes: tuple[str, ...] = ()
    weekday_bare: bool = False
    weekday_suffixes: tuple[str, ...] = ()
    month_prefixes: tuple[str, ...] = ()
    day_suffixes: tuple[str, ...] = ()
    day_month_joiners: tuple[str, ...] = ()
    day_of_month_words: tuple[str, ...] = ()
    month_day_order: bool = False
    year_markers: tuple[str, ...] = ()
    year_prefixes: tuple[str, ...] = ()
    numeric_separators: tuple[str, ...] = (".",)
    exact_case: dict[str, str] = field(default_factory=dict)

    def case_ok(self, matched: str) -> bool:
        """False when ``matched`` is a form that only counts written exactly as in the data."""
        exact = self.exact_case.get(matched.lower())
        return exact is None or matched == exact or matched.isupper()


def normalize_lang(lang: str) -> str:
    """'en-US' / 'pl_PL' / 'RU' → 'en' / 'pl' / 'ru'."""
    return (lang or "").replace("_", "-").split("-")[0].strip().lower()


def _invert(table: dict[str, list[str]]) -> dict[str, int]:
    return {form.lower(): int(key) for key, forms in table.items() for form in forms}


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang``; an empty one (numeric dates only) when there is no data file."""
    if not DATA_DIR.is_dir():
        raise FileNotFoundError(f"date vocabulary folder missing: {DATA_DIR} (set KGRAPH_DATES_DIR)")
    code = normalize_lang(lang)
    path = DATA_DIR / f"{code}.json"
    if not code or not path.is_file():
        return Lexicon(lang=code)
    raw = json.loads(path.read_text(encoding="utf-8"))
    tup = lambda key: tuple(raw.get(key, ()))  # noqa: E731
    return Lexicon(
        lang=code,
        months=_invert(raw.get("months", {})),
        weekdays=_invert(raw.get("weekdays", {})),
        relative=_invert(raw.get("relative", {})),
        ordinals=_invert(raw.get("ordinals", {})),
        weekday_prefixes=tup("weekday_prefixes"),
        weekday_bare=bool(raw.get("weekday_bare", False)),
        weekday_suffixes=tup("weekday_suffixes"),
        month_prefixes=tup("month_prefixes"),
        day_suffixes=tup("day_suffixes"),
        day_month_joiners=tup("day_month_joiners"),
        day_of_month_words=tup("day_of_month_words"),
        month_day_order=bool(raw.get("month_day_order", False)),
        year_markers=tup("year_markers"),
        year_prefixes=tup("year_prefixes"),
        numeric_separators=tuple(raw.get("numeric_separators", (".",))),
        exact_case={form.lower(): form for form in raw.get("exact_case", ())},
    )
