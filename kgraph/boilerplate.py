"""Page boilerplate (comment sections, share widgets, related links) to keep out of the graph.

The markers are data: ``boilerplate.json`` of each language folder (``kgraph/lang/<iso>/``). The article text is never
changed; callers get character ranges to skip.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kgraph.lang import language_data

__all__ = ["boilerplate_ranges"]


@lru_cache(maxsize=None)
def _tail_pattern(lang: str) -> re.Pattern[str]:
    phrases = language_data(lang).boilerplate.tail_openers
    return re.compile(r"(?im)^[ \t]*(?:" + "|".join(phrases) + r")[ \t]*$")


def boilerplate_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """``[(begin, end)]`` of the text that is page furniture, not the article."""
    match = _tail_pattern(lang).search(text)
    return [(match.start(), len(text))] if match else []
