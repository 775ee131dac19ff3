"""kgraph: multilingual news → a linked-data knowledge graph of people, organisations, places
and events, with every fact traceable to its sentence.

corpus → language pipelines → mentions → entities → facts → graph → store and exports.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "open_graph", "KnowledgeGraph", "__version__"]


def __getattr__(name: str):
    # The API pulls in spaCy and the models' code: import it only when asked for.
    if name in {"build", "open_graph", "KnowledgeGraph"}:
        from kgraph import api

        return getattr(api, name)
    raise AttributeError(name)
