"""Days named by reference to the text's last date: "that day", "the next day", "tego samego dnia",
"наступного дня", "на следующий день", "am Tag darauf" (``anaphoric`` of each language's
dates.json: the offset in days from the date the text stated last before the words)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from .lexicon import load_lexicon
from .search import DateMention

__all__ = ["anaphoric_dates"]


@functools.lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = sorted(load_lexicon(lang).anaphoric, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def anaphoric_dates(text: str, lang: str, stated: Sequence[DateMention],
                    expressions: Sequence[tuple[int, int]] = ()) -> list[DateMention]:
    """The days the text names by reference ("the next day") to the date the text stated last
    before them: one of the ``stated`` dates (in ``text``'s offsets) of day precision and no
    deadline. ``expressions``: the spans of every date expression of the text, resolvable or not
    (an undated article's 'on Wednesday'); when the last expression before the words is not such
    a stated date (a deadline, a month, a weekday of unknown date), the words name no date."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    offsets = load_lexicon(lang).anaphoric
    days = {(d.begin, d.end): d for d in stated if d.precision == "day" and not d.limit}
    spans = sorted({*expressions, *((d.begin, d.end) for d in stated)}, key=lambda span: span[1])
    out = []
    for m in pattern.finditer(text):
        before = [span for span in spans if span[1] <= m.start()]
        if not before or before[-1] not in days or any(b < m.end() and m.start() < e for b, e in spans):
            continue
        base = days[before[-1]]
        value = base.value + dt.timedelta(days=offsets[" ".join(m.group(0).lower().split())])
        out.append(dataclasses.replace(base, begin=m.start(), end=m.end(), text=m.group(0), value=value,
                                       kind="anaphoric", limit=False))
    return out
