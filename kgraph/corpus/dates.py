"""Publication dates from the top of a file: the crawl marker and simple header lines (their
values read by the one date parser, :func:`kgraph.dates.parse_value`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kgraph.dates import parse_value
from kgraph.lang import all_language_data

__all__ = ["DateInfo", "find_date"]

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
            result = parse_value(m["value"])
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
