"""HTML saved as .txt: recognising it (kgraph.corpus.page extracts its article with trafilatura)."""
from __future__ import annotations

import re

__all__ = ["looks_like_html"]

_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|\?xml[^>]*>\s*<!doctype html)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(
    r"</?(?:html|head|body|p|div|span|a|br|hr|img|meta|link|script|style|table|tr|td|th|ul|ol|li"
    r"|h[1-6]|article|section|header|footer|nav|main|aside|figure|figcaption|em|strong|b|i|u"
    r"|blockquote|pre|code|title|iframe|form|input|button|noscript|time|sup|sub|small)\b[^<>]*>",
    re.IGNORECASE,
)
_MIN_TAGS = 3
_MARKUP_SHARE = 0.3


def looks_like_html(text: str) -> bool:
    """True for a page (doctype / <html> at the start) or text that is mostly HTML tags."""
    if _START.match(text[:4096]):
        return True
    tags = _TAG.findall(text[:200_000])
    if len(tags) < _MIN_TAGS:
        return False
    sample_len = len("".join(text[:200_000].split()))
    return sum(len(t) for t in tags) >= _MARKUP_SHARE * max(sample_len, 1)
