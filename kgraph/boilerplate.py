"""Page boilerplate (comment sections, share widgets, related links) to keep out of the graph.

The markers are data: ``ontology/boilerplate/markers.json``. The article text is never
changed; callers get character ranges to skip.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["boilerplate_ranges"]

MARKERS = Path(__file__).resolve().parent.parent / "ontology" / "boilerplate" / "markers.json"


@lru_cache(maxsize=None)
def _tail_pattern(lang: str) -> re.Pattern[str]:
    openers = json.loads(MARKERS.read_text(encoding="utf-8"))["tail_openers"]
    phrases = openers.get(lang, []) + openers.get("*", [])
    return re.compile(r"(?im)^[ \t]*(?:" + "|".join(phrases) + r")[ \t]*$")


def boilerplate_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """``[(begin, end)]`` of the text that is page furniture, not the article."""
    match = _tail_pattern(lang).search(text)
    return [(match.start(), len(text))] if match else []
