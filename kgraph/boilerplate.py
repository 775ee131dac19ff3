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
def _tail_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = language_data(lang).boilerplate.tail_openers
    # none: no tail (an empty alternation would take the first blank line for the tail's opener)
    return re.compile(r"(?im)^[ \t]*(?:" + "|".join(phrases) + r")[ \t]*$") if phrases else None


@lru_cache(maxsize=None)
def _furniture_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = language_data(lang).boilerplate.furniture
    return re.compile(r"(?im)(?:" + "|".join(phrases) + r")[^\n]*") if phrases else None


def boilerplate_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """``[(begin, end)]`` of the text that is page furniture, not the article: the tail a
    ``tail_openers`` line opens, and each ``furniture`` sentence to the end of its line ('Если вы
    заметили ошибку, выделите её и нажмите Ctrl+Enter', '© 2020 … Всички права запазени')."""
    tail = _tail_pattern(lang)
    match = tail.search(text) if tail else None
    end = match.start() if match else len(text)
    furniture = _furniture_pattern(lang)
    ranges = [(m.start(), m.end()) for m in furniture.finditer(text, 0, end)] if furniture else []
    return [*ranges, (match.start(), len(text))] if match else ranges
