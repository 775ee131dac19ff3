"""Shared NLP machinery of the language pipelines (not a language): spans, tokens, Doc
extensions, line breaks, tokenizer rules, the gazetteer step (``known_names``), name words and
the Morfeusz wrapper.

Every pipeline sets ``doc.ents`` with the labels of :data:`kgraph.nlp.labels.LABELS`
(PERSON, ORG, LOC, EVENT, …), sentence boundaries, ``token.lemma_``, ``token._.forms``
(candidate normal forms used for gazetteer matching) and ``span._.normal`` (the name in its
dictionary form). The languages themselves, and the registry, are :mod:`kgraph.lang`.
"""
