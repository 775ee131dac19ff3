"""HTML saved as .txt: recognising it and turning it into plain text with html.parser."""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["looks_like_html", "html_to_text"]

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
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "title", "caption",
})
_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
                   "source", "track", "wbr", "param"})
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


class _TextExtractor(HTMLParser):
    """Collects text, dropping scripts and styles, with a newline at each block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._drop: list[str] = []  # open dropped elements
        self._pre = 0
        self._title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self._drop == ["head"]:
            self._title = True
            return
        if self._drop:
            if tag in _DROP and tag not in _VOID:
                self._drop.append(tag)
            return
        if tag in _DROP:
            self._drop.append(tag)
            return
        if tag == "pre":
            self._pre += 1
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._drop and tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title:
            self._title = False
            self.parts.append("\n\n")
            return
        if self._drop:
            if tag == self._drop[-1]:
                self._drop.pop()
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._title:
            self.parts.append(re.sub(r"\s+", " ", data))
        elif not self._drop:
            self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of ``html``: scripts and styles dropped, blocks on their own lines."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip(" \t") for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n" if text.strip() else ""
