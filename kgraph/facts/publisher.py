"""The outlet that published an article, as an organisation resolved with all the others.

The metadata names the outlet by its site name or only by its domain. Each article's outlet
joins entity resolution as one organisation mention (at ``PUBLISHER_AT``, outside the text), so
that the outlet the articles' texts name and the one that publishes them are one node. A domain
alone (``riverside-courier.example``) is named by the organisation of the corpus whose name
or whose site name (another article's metadata) spells its main label (``Riverside Courier``),
else by the domain itself.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kgraph.model import ArticleExtraction, EntityType, Mention

from .refs import PUBLISHER_AT

__all__ = ["publisher_mentions", "outlet_name", "squash"]

_NOT_ALNUM = re.compile(r"[\W_]+")


def squash(name: str) -> str:
    """Letters and digits only, case-folded: ``Riverside-Courier`` → ``riversidecourier``."""
    return _NOT_ALNUM.sub("", name).casefold()


def _domain_label(domain: str) -> str:
    """The part of a host name that names the outlet: ``news.riverside-courier.co.uk`` →
    ``riverside-courier`` (the longest label but the last, which is the top-level domain)."""
    labels = [label for label in domain.lower().removeprefix("www.").split(".") if label]
    named = labels[:-1] or labels
    return max(named, key=len) if named else ""


def outlet_name(publisher: str, domain: str, names: dict[str, str]) -> str:
    """The outlet's name: the site name, else the corpus's organisation spelling the domain
    (``names``: squashed name → name), else the domain."""
    if publisher and publisher != domain:
        return publisher
    return names.get(squash(_domain_label(domain)), domain) if domain else ""


def _organisation_names(extractions: Sequence[ArticleExtraction]) -> dict[str, str]:
    """Squashed name → name of every organisation the texts name and every outlet's site name."""
    names: dict[str, str] = {}
    mentions: Iterable[Mention] = (m for e in extractions for m in e.mentions)
    for m in sorted(mentions, key=lambda m: (m.article_id, m.begin)):
        if m.type == EntityType.ORGANIZATION:
            names.setdefault(squash(m.normal or m.text), m.normal or m.text)
    for e in sorted(extractions, key=lambda e: e.article.id):
        meta = e.article.meta
        if meta.publisher and meta.publisher != meta.domain:
            names.setdefault(squash(meta.publisher), meta.publisher)
    return names


def publisher_mentions(extractions: Sequence[ArticleExtraction]) -> list[Mention]:
    """One organisation mention per article whose metadata names its outlet."""
    names = _organisation_names(extractions)
    out = []
    for extraction in extractions:
        article = extraction.article
        name = outlet_name(article.meta.publisher, article.meta.domain, names)
        if name:
            out.append(Mention(article.id, article.lang, PUBLISHER_AT, PUBLISHER_AT, name,
                               EntityType.ORGANIZATION, name))
    return out
