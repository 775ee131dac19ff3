"""Custom attributes every kgraph pipeline fills in."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["ensure_extensions"]


def ensure_extensions() -> None:
    """Register ``token._.forms`` and ``span._.normal`` (idempotent)."""
    if not Token.has_extension("forms"):
        Token.set_extension("forms", default=())
    if not Token.has_extension("common"):
        # a common word of the language (not only a name) where capitalisation may be positional
        Token.set_extension("common", default=False)
    if not Doc.has_extension("capitalises_nouns"):
        Doc.set_extension("capitalises_nouns", default=False)
    if not Span.has_extension("normal"):
        Span.set_extension("normal", getter=_default_normal)
    if not Span.has_extension("gazetteer_id"):
        Span.set_extension("gazetteer_id", default=None)
    if not Span.has_extension("normal_override"):
        Span.set_extension("normal_override", default=None)
    if not Span.has_extension("cued"):
        # the type was said by words around the name ('pandemia COVID-19'), not guessed by a model
        Span.set_extension("cued", default=False)


def _default_normal(span: Span) -> str:
    if span._.normal_override:
        return span._.normal_override
    return span.text


ensure_extensions()
