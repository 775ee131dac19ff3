"""Publication dates from the top of a file: the crawl marker and simple header lines."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import lru_cache

from kgraph.lang import all_language_data, language_data

__all__ = ["DateInfo", "find_date", "parse_date"]

# `` date 2022-01-11 - `` / `` date 2022-01 `` / `` date 2022 `` at the very start.
_MARKER = re.compile(
    r"\A\s*date[ \t]+(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?"
    r"(?=[ \t\r\n]|\Z)(?:[ \t]+-(?=[ \t\r\n]|\Z))?[ \t]*(?:\r?\n)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _header() -> re.Pattern[str]:
    """A 'Published: …' line: the header words of every language's dates.json (the language of
    the file is not known yet)."""
    keys = "|".join(w for data in all_language_data() for w in data.dates.header_words)
    return re.compile(rf"^[ \t]*(?:{keys})[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)


_KEY_VALUE = re.compile(r"^[ \t]*[^\W\d][\w .-]{0,30}:[ \t]*\S.*$")
_HEADER_LINES = 8
_MAX_LINE = 300  # a header line is short; longer lines are only looked at this far
_ISO = re.compile(r"\A(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ]\S*)?\Z")
_DMY = re.compile(r"\A(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """English month names (the longest form of each in its dates.json) -> number: header values
    such as '11 January 2022' and RFC 2822 dates are written in English."""
    months = language_data("en").dates.months
    return {max(forms, key=len).lower(): int(number) for number, forms in months.items()}
_WORDY = re.compile(
    r"\A(?:\w+,?\s+)?"  # optional weekday
    r"(?:(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})|([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateInfo:
    """What the top of the file says about the date and where the body begins."""

    date: dt.date | None = None
    precision: str = "day"
    body_start: int = 0
    bad_marker: str | None = None  # a marker that looked like a date but is not one


def _make(year: int, month: int | None, day: int | None) -> tuple[dt.date, str] | None:
    try:
        if month is None:
            return dt.date(year, 1, 1), "year"
        if day is None:
            return dt.date(year, month, 1), "month"
        return dt.date(year, month, day), "day"
    except ValueError:
        return None


def _month(word: str) -> int | None:
    word = word.lower()
    for name, number in _months().items():
        if len(word) >= 3 and name.startswith(word):
            return number
    return None


def _parse_value(value: str) -> tuple[dt.date, str] | None:
    """A date from a header value: ISO, DD.MM.YYYY, '11 January 2022', 'Jan 11, 2022', RFC 2822."""
    value = value.strip()
    if m := _ISO.match(value):
        return _make(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    if m := _DMY.match(value):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _WORDY.match(value):
        if m[1]:
            month, day, year = _month(m[2]), int(m[1]), int(m[3])
        else:
            month, day, year = _month(m[4]), int(m[5]), int(m[6])
        return _make(year, month, day) if month else None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date(), "day"


def parse_date(value: str) -> tuple[dt.date, str] | None:
    """(date, precision) of a metadata value such as ``2022-01-11 10:00:00``, ``11.01.2022``,
    ``11 January 2022`` or an RFC 2822 date; None when it is not a date."""
    return _parse_value(value) if value.strip() else None


def _from_marker(text: str) -> DateInfo | None:
    m = _MARKER.match(text)
    if not m:
        return None
    found = _make(int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None)
    if found is None:
        return DateInfo(body_start=m.end(), bad_marker=m.group().strip())
    return DateInfo(date=found[0], precision=found[1], body_start=m.end())


def _from_header(text: str) -> DateInfo | None:
    """A ``Date: …`` line among the first lines; the body starts after a leading header block."""
    head_end = 0
    pos = 0
    in_block = True
    result: tuple[dt.date, str] | None = None
    for _ in range(_HEADER_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        line = text[pos:min(end, pos + _MAX_LINE)].rstrip("\r\n")
        if result is None and (m := _header().match(line)):
            result = _parse_value(m["value"])
        if in_block and _KEY_VALUE.match(line):
            head_end = end
        elif in_block and line.strip() == "" and head_end:
            head_end = end  # blank lines right after the header block belong to it
        else:
            in_block = False
        pos = end
    if result is None:
        return None
    return DateInfo(date=result[0], precision=result[1], body_start=head_end)


def find_date(text: str) -> DateInfo:
    """The crawl marker at the start, else a date header line near the top, else nothing."""
    return _from_marker(text) or _from_header(text) or DateInfo()
