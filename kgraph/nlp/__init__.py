"""Language pipelines: one spaCy ``Language`` per ISO 639-1 code, found through one registry.

Every pipeline sets ``doc.ents`` with the labels of :data:`kgraph.nlp.labels.LABELS`
(PERSON, ORG, LOC, EVENT, …), sentence boundaries, ``token.lemma_``, ``token._.forms``
(candidate normal forms used for gazetteer matching) and ``span._.normal`` (the name in its
dictionary form). Adding a language is adding one module here that calls :func:`register`.
"""
from __future__ import annotations

from kgraph.nlp.registry import available_languages, pipeline_for, register

__all__ = ["available_languages", "pipeline_for", "register"]
