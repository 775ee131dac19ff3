"""The plain records the evaluation passes around: gold documents and predicted mentions."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GoldMention:
    """One line of a SlavicNER ``ner/…/*.tsv`` file; ``end`` is exclusive (checked on the data)."""

    begin: int
    end: int
    surface: str
    lemma: str
    cls: str  # PER ORG LOC EVT PRO
    gid: str  # cross-lingual id, e.g. GPE-Belgium


@dataclass(frozen=True)
class Document:
    """One SlavicNER document: ``raw/<topic>/<lang>/<stem>.txt`` and its gold mentions."""

    path: str  # the raw path inside the repository
    topic: str
    lang: str
    text: str
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True)
class Predicted:
    """A predicted mention over the document's own text (character offsets, end exclusive)."""

    begin: int
    end: int
    surface: str
    kind: str | None  # PER ORG LOC EVT PRO, None for any other type
    cluster: str  # what links mentions across documents: a kgraph IRI, or the raw baseline's key
    labels: frozenset[str] = field(default_factory=frozenset)  # the names given in the document's language
    lemma: str | None = None  # this mention's own base form (kgraph: its nif:lemma)
    names: frozenset[str] = field(default_factory=frozenset)  # labels and skos:altLabels in that language
