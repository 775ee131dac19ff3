"""HTML pages: the article's text and metadata, extracted with trafilatura.

trafilatura leaves out menus, boilerplate and comments, and reads the title, date (htmldate, from
the page's own metadata and markup only: no guessing from the text), site name, URL and authors
from the page. A headline that trafilatura also returns as the text's first line is dropped from
the text, as news-please's ``maintext`` leaves it out.
"""
from __future__ import annotations

import logging
from typing import Any

from kgraph.corpus.decode import is_blank
from kgraph.corpus.meta import meta_of_record
from kgraph.corpus.piece import Failure, Note, Piece

__all__ = ["page_piece", "MIN_WORDS"]

MIN_WORDS = 5  # an article has at least one line of this many words; a page of menus has none
_DATES = {"extensive_search": False, "original_date": True}
_log = logging.getLogger(__name__)
logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every page it finds empty
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _extract(page: bytes | str, precise: bool) -> tuple[dict[str, Any], str] | None:
    """trafilatura's fields of the page and the language its ``<html lang>`` declares."""
    import trafilatura
    from trafilatura.metadata import Document

    tree = trafilatura.load_html(page)
    if tree is None:
        return None
    declared = tree.getroottree().getroot().get("lang") or ""
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, favor_precision=precise,
                                      include_tables=False, date_extraction_params=_DATES)
    if not isinstance(doc, Document):  # None, or a dict only when as_dict=True
        return None
    fields = {"text": doc.text, "title": doc.title, "date": doc.date, "sitename": doc.sitename,
              "url": doc.url, "author": doc.author, "hostname": doc.hostname,
              "description": doc.description, "language": declared}
    return fields, declared


def _without_headline(text: str, headline: str) -> str:
    first, _, rest = text.partition("\n")
    if headline and rest and " ".join(first.split()) == headline:
        return rest
    return text


def _is_article(text: str) -> bool:
    return any(len(line.split()) >= MIN_WORDS for line in text.splitlines())


def page_piece(page: bytes | str, *, record: str = "", key: str = "", strict: bool = True) -> Piece | Failure:
    """The article of one HTML page, or E021 when the page holds none (trafilatura favouring
    precision: a short article's menus stay out). ``strict=False`` (a page saved as .txt, or a
    fragment of one) takes whatever text trafilatura finds, however short."""
    try:
        found = _extract(page, strict)
    except Exception as exc:  # lxml or trafilatura failing on hostile markup: that page only
        _log.warning("HTML extraction failed: %r", exc)
        found = None
    text = found[0].get("text") if found else None
    if found is None or not text or is_blank(text) or (strict and not _is_article(text)):
        return Failure("E021", record)
    fields, _ = found
    got = meta_of_record(fields)
    text = _without_headline(text, got.meta.headline)
    if not text.endswith("\n"):
        text += "\n"
    notes = tuple(Note("W038", {"value": value}) for value in got.bad_dates)
    return Piece(text, got.meta, record, key, notes=notes)
