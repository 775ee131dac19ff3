"""kgraph's one date parser: the dates of a file's metadata and header, of its dateline, and in
its text, for every stage (the corpus reader and the facts) from the same grammar.

- :func:`find_dates` / :func:`resolve_date`: date expressions in a text ("10 января 2022 года",
  "w czwartek", "yesterday", "у вересні 2017 року"), resolved against a base date
  (:mod:`kgraph.dates.resolution` gives the policy);
- :func:`anaphoric_dates`: days named by reference to the text's last date ("the next day");
- :func:`parse_value`: a metadata value ("2022-01-11 10:00", "Tue, 11 Jan 2022", "11 stycznia 2022");
- :func:`find_dateline`: the date line near a text's top ("Вівторок, 5 січня 2021, 16:10",
  "KYIV, 3 May 2021 —") and the place it was filed from.

The words of each language are its ``kgraph/lang/<iso>/dates.json``. ``dateparser`` reads the
metadata values the grammar does not know; in running text it is not used: on the languages
kgraph reads it takes "В 2009 году" for the year 12, "28,2" for a date and misses
"в сентябре 2019 года", "у вівторок" and "am 5. Januar" (checked with dateparser 1.5).
"""
from __future__ import annotations

from .anaphora import anaphoric_dates
from .dateline import Dateline, find_dateline
from .search import PRECISIONS, DateMention, find_dates, resolve_date
from .values import parse_value

__all__ = ["DateMention", "anaphoric_dates", "Dateline", "PRECISIONS", "find_dateline", "find_dates", "parse_value", "resolve_date"]
