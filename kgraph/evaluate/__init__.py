"""Scoring a kgraph graph against gold annotations (the gold folder's FORMAT.md).

Outside the build flow: nothing in the build imports this package. It reads a graph as
CONTRACT.md describes it (NIF mentions, schema.org types, ``owl:sameAs`` Wikidata links, facts
between entities) and prints mention precision/recall per language, type accuracy, B-cubed
entity merging, cross-lingual unity, Wikidata link precision/recall, relation and event recall.

    python -m kgraph.evaluate OUT/graph.ttl tests/data/gold [--json] [--corpus CORPUS]

    >>> from kgraph.evaluate import score
    >>> score("exports", "tests/data/gold").summary()["b3_f1"]   # doctest: +SKIP
"""
from __future__ import annotations

from kgraph.evaluate.gold import Gold, load_gold
from kgraph.evaluate.graph import GraphIndex, read_graph
from kgraph.evaluate.report import as_json, as_text
from kgraph.evaluate.score import Scores, corpus_article_ids, score, score_index

__all__ = ["Gold", "GraphIndex", "Scores", "as_json", "as_text", "corpus_article_ids", "load_gold", "read_graph",
           "score", "score_index"]
