"""The figures of issue 12: mention and typed P/R/F1 on exact spans, lemma accuracy, B3 and
cross-lingual unity, per language and overall (micro).

What is counted: gold and predicted mentions that begin with a capital letter or a digit, and
no group mentions (class PER with a ``GPE-`` id: demonyms). A prediction exactly on a gold mention
left out by these rules is neither right nor wrong (it is left out too).
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .model import Document, GoldMention, Predicted

TYPED = ("PER", "ORG", "LOC")
Span = tuple[str, int, int]  # (document path, begin, end)


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from counts."""

    true: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"true": self.true, "predicted": self.predicted, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass
class Scores:
    """Every figure of one system on one set of documents."""

    documents: int
    mentions: PRF
    typed: PRF
    lemma: Ratio
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    unity: Ratio = field(default_factory=lambda: Ratio(0, 0))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold class, predicted kind)
    lemma_ceiling: Ratio = field(default_factory=lambda: Ratio(0, 0))  # one label per kgraph entity and language
    lemma_ceiling_gold: Ratio = field(default_factory=lambda: Ratio(0, 0))  # one label per gold entity and language
    mention_lemma: Ratio = field(default_factory=lambda: Ratio(0, 0))  # each mention's own base form
    named_lemma: Ratio = field(default_factory=lambda: Ratio(0, 0))  # the gold lemma among the entity's names

    @property
    def b3_f1(self) -> float:
        p, r = self.b3_precision, self.b3_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, object]:
        return {"documents": self.documents, "mentions": self.mentions.as_dict(), "typed": self.typed.as_dict(),
                "lemma_accuracy": self.lemma.value, "lemma_matched": self.lemma.total,
                "lemma_ceiling": self.lemma_ceiling.value, "lemma_ceiling_gold": self.lemma_ceiling_gold.value,
                "mention_lemma_accuracy": self.mention_lemma.value, "named_lemma_accuracy": self.named_lemma.value,
                "b3": {"precision": self.b3_precision, "recall": self.b3_recall, "f1": self.b3_f1},
                "unity": self.unity.value, "unity_ids": self.unity.total,
                "confusion": {f"{gold} {predicted}": n for (gold, predicted), n in sorted(self.confusion.items())}}


def starts_like_a_name(surface: str) -> bool:
    return bool(surface) and (surface[0].isupper() or surface[0].isdigit())


def is_counted(m: GoldMention) -> bool:
    return starts_like_a_name(m.surface) and not (m.cls == "PER" and m.gid.startswith("GPE-"))


def normal(name: str) -> str:
    """Names compared for lemma accuracy: NFC, runs of spaces made one."""
    return " ".join(unicodedata.normalize("NFC", name).split())


@dataclass(frozen=True)
class Matched:
    """A gold mention and the prediction on exactly its span."""

    doc: Document
    gold: GoldMention
    predicted: Predicted


@dataclass
class Alignment:
    """One system's predictions set against the gold of each document."""

    gold: dict[Span, GoldMention] = field(default_factory=dict)
    predicted: dict[Span, Predicted] = field(default_factory=dict)
    matched: list[Matched] = field(default_factory=list)
    documents: int = 0


def align(documents: list[Document], predictions: dict[str, list[Predicted]]) -> dict[str, Alignment]:
    """Per language, the counted gold and predicted mentions and those on the same span."""
    out: dict[str, Alignment] = defaultdict(Alignment)
    for doc in documents:
        al = out[doc.lang]
        al.documents += 1
        left_out = {(m.begin, m.end) for m in doc.mentions if not is_counted(m)}
        gold = {(doc.path, m.begin, m.end): m for m in doc.mentions if is_counted(m)}
        predicted = {}
        for p in sorted(predictions.get(doc.path, []), key=lambda p: (p.begin, p.end, p.cluster)):
            if starts_like_a_name(p.surface) and (p.begin, p.end) not in left_out:
                predicted.setdefault((doc.path, p.begin, p.end), p)
        al.gold.update(gold)
        al.predicted.update(predicted)
        al.matched.extend(Matched(doc, gold[s], predicted[s]) for s in sorted(gold.keys() & predicted.keys()))
    return dict(out)


def mention_prf(al: Alignment) -> PRF:
    return PRF(len(al.matched), len(al.predicted), len(al.gold))


def typed_prf(al: Alignment) -> PRF:
    """Exact span and the same type, over PER/ORG/LOC on both sides."""
    gold = sum(1 for m in al.gold.values() if m.cls in TYPED)
    predicted = sum(1 for p in al.predicted.values() if p.kind in TYPED)
    true = sum(1 for m in al.matched if m.gold.cls in TYPED and m.predicted.kind == m.gold.cls)
    return PRF(true, predicted, gold)


CLASSES = ("PER", "ORG", "LOC", "EVT", "PRO")
MISSED, SPURIOUS, OTHER = "missed", "spurious", "other"  # no prediction on the span / no gold / a kind outside CLASSES


def confusion(al: Alignment) -> Counter[tuple[str, str]]:
    """(gold class, predicted kind) over the counted spans: a gold span without a prediction is
    predicted ``missed``, a prediction on no gold span is gold ``spurious``; a predicted kind that is
    none of the five classes (a name the graph gives another type, or none) is ``other``."""
    def kind(p: Predicted) -> str:
        return p.kind if p.kind in CLASSES else OTHER

    out: Counter[tuple[str, str]] = Counter()
    for span, g in al.gold.items():
        out[g.cls, kind(al.predicted[span]) if span in al.predicted else MISSED] += 1
    for span, p in al.predicted.items():
        if span not in al.gold:
            out[SPURIOUS, kind(p)] += 1
    return out


def lemma_ratio(al: Alignment) -> Ratio:
    """Matched mentions whose entity is named by the gold lemma in the document's language."""
    hits = sum(1 for m in al.matched if normal(m.gold.lemma) in {normal(x) for x in m.predicted.labels})
    return Ratio(hits, len(al.matched))


def named_lemma_ratio(al: Alignment) -> Ratio:
    """Matched mentions whose entity has the gold lemma among its names in the document's language:
    its ``rdfs:label`` or a ``skos:altLabel``, which SKOS makes a sub-property of ``rdfs:label`` (so
    under RDFS entailment the entity carries it as an ``rdfs:label``). Free of the one-label ceiling:
    an entity named 'Anna Nowak' and 'Nowak' carries both."""
    hits = sum(1 for m in al.matched if normal(m.gold.lemma) in {normal(x) for x in m.predicted.labels | m.predicted.names})
    return Ratio(hits, len(al.matched))


def mention_lemma_ratio(al: Alignment) -> Ratio:
    """Matched mentions whose own base form (kgraph's ``nif:lemma`` on the phrase) is the gold lemma:
    the lemmatiser's accuracy, free of the one-label-per-entity ceiling."""
    hits = sum(1 for m in al.matched if m.predicted.lemma is not None and normal(m.gold.lemma) == normal(m.predicted.lemma))
    return Ratio(hits, len(al.matched))


def lemma_ceiling(matched: list[Matched], *, gold: bool = False) -> Ratio:
    """The best lemma accuracy one label per entity and language can reach on ``matched``.

    SlavicNER's lemma is the base form of each mention as written, so one entity has several
    ('Anna Nowak' and 'Nowak', an acronym and its expansion); a single label per language
    matches at most the lemma most of the entity's mentions in that language have. Grouped by
    kgraph's entities (``gold=False``) the ceiling rises as entities are split; grouped by the
    gold ids it is the ceiling that perfect linking leaves.
    """
    lemmas: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in matched:
        lemmas[m.gold.gid if gold else m.predicted.cluster, m.doc.lang][normal(m.gold.lemma)] += 1
    return Ratio(sum(max(c.values()) for c in lemmas.values()), len(matched))


def b3(matched: list[Matched]) -> tuple[float, float]:
    """B-cubed precision and recall of the predicted clusters against the gold ids, over ``matched``."""
    if not matched:
        return 0.0, 0.0
    gold_sizes = Counter(m.gold.gid for m in matched)
    pred_sizes = Counter(m.predicted.cluster for m in matched)
    both = Counter((m.gold.gid, m.predicted.cluster) for m in matched)
    precision = sum(both[m.gold.gid, m.predicted.cluster] / pred_sizes[m.predicted.cluster] for m in matched)
    recall = sum(both[m.gold.gid, m.predicted.cluster] / gold_sizes[m.gold.gid] for m in matched)
    return precision / len(matched), recall / len(matched)


def majority_clusters(matched: list[Matched]) -> dict[str, dict[str, str]]:
    """Per gold id, per language, the cluster most of its matched mentions get (ties: the smallest)."""
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for m in matched:
        counts[m.gold.gid][m.doc.lang][m.predicted.cluster] += 1
    return {gid: {lang: min(c, key=lambda k: (-c[k], k)) for lang, c in langs.items()}
            for gid, langs in counts.items()}


def unity(matched: list[Matched], lang: str | None = None) -> Ratio:
    """Gold ids matched in 2+ languages (one of them ``lang`` if given) whose languages' majority
    clusters are one and the same."""
    ids = [langs for langs in majority_clusters(matched).values()
           if len(langs) > 1 and (lang is None or lang in langs)]
    return Ratio(sum(1 for langs in ids if len(set(langs.values())) == 1), len(ids))


def score(documents: list[Document], predictions: dict[str, list[Predicted]]) -> dict[str, Scores]:
    """Per language and ``"all"`` (micro), every figure of one system."""
    aligned = align(documents, predictions)
    every = [m for al in aligned.values() for m in al.matched]
    out: dict[str, Scores] = {}
    for lang, al in sorted(aligned.items()):
        out[lang] = _scores(al, al.matched, unity(every, lang))
    total = Alignment()
    for al in aligned.values():
        total.gold.update(al.gold)
        total.predicted.update(al.predicted)
        total.matched.extend(al.matched)
        total.documents += al.documents
    out["all"] = _scores(total, every, unity(every))
    return out


def _scores(al: Alignment, matched: list[Matched], united: Ratio) -> Scores:
    precision, recall = b3(matched)
    return Scores(al.documents, mention_prf(al), typed_prf(al), lemma_ratio(al),
                  b3_precision=precision, b3_recall=recall, unity=united, confusion=confusion(al),
                  lemma_ceiling=lemma_ceiling(al.matched), lemma_ceiling_gold=lemma_ceiling(al.matched, gold=True),
                  mention_lemma=mention_lemma_ratio(al), named_lemma=named_lemma_ratio(al))
