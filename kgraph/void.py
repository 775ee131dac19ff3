"""The VoID description of a build (https://www.w3.org/TR/void/): counts, vocabularies, endpoint.

``kgraph build`` writes it as ``OUT/void.ttl``; ``kgraph serve`` serves it at ``/.well-known/void``
with its own ``void:sparqlEndpoint`` and ``void:dataDump`` added.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store, Triple, parse

from kgraph.rdf.oxi import solutions, term_value, to_bytes

from kgraph.atomic import write_atomic, write_cache_json
from kgraph.cache import code_version
from kgraph.output import Output, OutputJob, UnionChange
from kgraph.rdf.iris import Iris
from kgraph.rdf.namespaces import DCTERMS, PREFIXES, RDF, XSD, Namespace

__all__ = ["VOID", "VoidStats", "UnionCounter", "distinct_objects", "stats_of", "stats_of_store", "void_triples",
           "write_void", "read_void",
           "void_turtle", "VOID_OUTPUT"]

VOID = Namespace("http://rdfs.org/ns/void#")
VOID_FILE = "void.ttl"
_PREFIXES = {**PREFIXES, "void": str(VOID)}


@dataclass(frozen=True)
class VoidStats:
    """The dataset's figures and where its IRIs live."""

    base_iri: str
    triples: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    properties: int
    classes: int
    vocabularies: tuple[str, ...]


def _vocabularies(iris: Iterable[str]) -> tuple[str, ...]:
    """The well-known namespaces (kgraph's prefixes) that the given predicate/class IRIs use."""
    used: set[str] = set()
    for iri in iris:
        used.update(ns for ns in PREFIXES.values() if iri.startswith(ns))
    return tuple(sorted(used))


def stats_of(quads: Iterable[Quad], base_iri: str) -> VoidStats:
    """Figures of the union of ``quads`` (duplicates across graphs counted once)."""
    triples = {q.triple for q in quads}
    subjects = {t.subject for t in triples}
    predicates = {t.predicate.value for t in triples}
    classes = {term_value(t.object) for t in triples if t.predicate == RDF.type}
    entity_space = f"{base_iri}entity/"
    entities = {s for s in subjects if isinstance(s, NamedNode) and s.value.startswith(entity_space)}
    return VoidStats(base_iri, len(triples), len(entities), len(subjects), len({t.object for t in triples}),
                     len(predicates), len(classes), _vocabularies(predicates | classes))


_RDF_TYPE = RDF.type.value


class UnionCounter:
    """The figures of the union counted while its statements stream by in sorted N-Triples order
    (the lines of one subject are adjacent), as graph.ttl is written; distinct objects come from the store.
    When graph.ttl was spliced instead, the last build's figures are brought up to date from how the
    union changed (:meth:`apply`).

    :meth:`see` reads each N-Triples statement as text (``<s> <p> <o>``: the terms are separated by
    single spaces and an IRI or blank node holds none), parsing only an unusual class (a literal)."""

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.space = f"<{base_iri}entity/"
        self.triples = self.subjects = self.entities = 0
        self.predicates: Counter[str] = Counter()  # predicate -> the union's triples with it
        self.classes: Counter[str] = Counter()  # class -> the union's rdf:type triples naming it
        self._subject: str | None = None

    def see(self, statement: str) -> None:
        """One statement of the union: an N-Triples line without its final `` .``."""
        self.triples += 1
        subject, predicate, value = statement.split(" ", 2)
        if subject != self._subject:
            self._subject = subject
            self.subjects += 1
            self.entities += subject.startswith(self.space)
        predicate = predicate[1:-1]
        self.predicates[predicate] += 1
        if predicate == _RDF_TYPE:
            if value.startswith("<") and value.endswith(">") and not value.startswith("<<"):
                self.classes[value[1:-1]] += 1
            else:
                self.classes[term_value(next(iter(parse(statement + " .\n", format=RdfFormat.N_TRIPLES))).object)] += 1

    def apply(self, change: UnionChange) -> None:
        """Count in the lines and subjects that came into the union, count out those that left it."""
        for lines, sign in ((change.added, 1), (change.removed, -1)):
            for triple in parse("".join(f"{line} .\n" for line in lines), format=RdfFormat.N_TRIPLES):
                self.triples += sign
                self.predicates[triple.predicate.value] += sign
                if triple.predicate == RDF.type:
                    self.classes[term_value(triple.object)] += sign
        for subjects, sign in ((change.subjects_added, 1), (change.subjects_removed, -1)):
            self.subjects += sign * len(subjects)
            self.entities += sign * sum(s.startswith(self.space) for s in subjects)
        self.predicates, self.classes = +self.predicates, +self.classes  # zero counts dropped

    def state(self) -> dict:
        return {"base": self.base_iri, "triples": self.triples, "subjects": self.subjects, "entities": self.entities,
                "predicates": dict(self.predicates), "classes": dict(self.classes)}

    @classmethod
    def from_state(cls, state: dict) -> "UnionCounter":
        counter = cls(state["base"])
        counter.triples, counter.subjects, counter.entities = state["triples"], state["subjects"], state["entities"]
        counter.predicates, counter.classes = Counter(state["predicates"]), Counter(state["classes"])
        return counter

    def stats(self, distinct_objects: int) -> VoidStats:
        return VoidStats(self.base_iri, self.triples, self.entities, self.subjects, distinct_objects,
                         len(self.predicates), len(self.classes), _vocabularies(set(self.predicates) | set(self.classes)))


_STATE = "void.json"  # the figures of the last build's union, and the graphs they were counted from


def _spliced_counter(job: OutputJob, base_iri: str) -> UnionCounter | None:
    """The last build's figures brought up to date, when graph.ttl was spliced from that build's union."""
    change = job.union.change
    if not (job.union.skipped and not job.union.read and isinstance(change, UnionChange)):
        return None
    try:
        state = json.loads((job.cache_dir / _STATE).read_text(encoding="utf-8"))
        if state["version"] != code_version() or state["graphs"] != change.before:
            return None
        counter = UnionCounter.from_state(state["counter"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if counter.base_iri != base_iri:
        return None
    counter.apply(change)
    return counter


def _save_counter(job: OutputJob, counter: UnionCounter) -> None:
    write_cache_json(job.cache_dir / _STATE,
                     {"version": code_version(), "graphs": job.graphs.digests, "counter": counter.state()})


def distinct_objects(store: Store) -> int:
    """How many distinct objects the store's default graph (the union) has."""
    return _count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }")


def _count(store: Store, sparql: str) -> int:
    row = next(iter(solutions(store.query(sparql, use_default_graph_as_union=False))))
    return int(term_value(row["n"]))


def stats_of_store(store: Store, base_iri: str) -> VoidStats:
    """The same figures, counted by SPARQL (for a store that has no void.ttl beside it)."""
    space = f"{base_iri}entity/"
    preds = [term_value(r["p"]) for r in solutions(store.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
                                                                use_default_graph_as_union=False))]
    classes = [term_value(r["c"]) for r in solutions(store.query("SELECT DISTINCT ?c WHERE { ?s a ?c }",
                                                                  use_default_graph_as_union=False))]
    return VoidStats(
        base_iri,
        _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),  # a graph is a set: no DISTINCT needed
        _count(store, f'SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT DISTINCT ?s WHERE {{ ?s ?p ?o }} }} '
                      f'FILTER(STRSTARTS(STR(?s), "{space}")) }}'),
        _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        _count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        len(preds), len(classes), _vocabularies(preds + classes))


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def void_triples(stats: VoidStats, *, endpoint: str | None = None, dump: str | None = None) -> list[Triple]:
    """The void:Dataset, with the endpoint and data dump where they are known."""
    ds = NamedNode(f"{stats.base_iri}void#dataset")
    out = [Triple(ds, RDF.type, VOID.Dataset),
           Triple(ds, DCTERMS.term("title"), Literal("kgraph knowledge graph")),
           Triple(ds, VOID.uriSpace, Literal(stats.base_iri)),
           Triple(ds, VOID.triples, _int(stats.triples)), Triple(ds, VOID.entities, _int(stats.entities)),
           Triple(ds, VOID.distinctSubjects, _int(stats.distinct_subjects)),
           Triple(ds, VOID.distinctObjects, _int(stats.distinct_objects)),
           Triple(ds, VOID.properties, _int(stats.properties)), Triple(ds, VOID.classes, _int(stats.classes)),
           Triple(ds, VOID.feature, NamedNode("http://www.w3.org/ns/formats/Turtle")),
           Triple(ds, VOID.feature, NamedNode("http://www.w3.org/ns/formats/TriG"))]
    out += [Triple(ds, VOID.vocabulary, NamedNode(v)) for v in stats.vocabularies]
    if endpoint:
        out.append(Triple(ds, VOID.sparqlEndpoint, NamedNode(endpoint)))
    if dump:
        out.append(Triple(ds, VOID.dataDump, NamedNode(dump)))
    return out


def void_turtle(stats: VoidStats, **kwargs: str | None) -> bytes:
    return to_bytes(void_triples(stats, **kwargs), RdfFormat.TURTLE, prefixes=_PREFIXES)


def _base(base_iri: str) -> str:
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def write_void(source: Iterable[Quad] | Store | VoidStats, out_dir: Path, base_iri: str) -> VoidStats:
    """Write ``OUT/void.ttl`` for these quads, this store (its default graph, the union) or these
    figures; returns the figures."""
    base = _base(base_iri)
    if isinstance(source, VoidStats):
        stats = source
    else:
        stats = stats_of_store(source, base) if isinstance(source, Store) else stats_of(source, base)
    write_atomic(out_dir / VOID_FILE, lambda handle: handle.write(void_turtle(stats)))
    return stats


def read_void(out_dir: Path) -> VoidStats | None:
    """The figures of ``OUT/void.ttl``, or None if there is none."""
    path = out_dir / VOID_FILE
    if not path.is_file():
        return None
    values: dict[str, str] = {}
    vocabularies = []
    for triple in parse(path=str(path), format=RdfFormat.TURTLE):
        name = triple.predicate.value.removeprefix(str(VOID))
        if name == "vocabulary":
            vocabularies.append(triple.object.value)
        else:
            values[name] = triple.object.value
    try:
        return VoidStats(values["uriSpace"], int(values["triples"]), int(values["entities"]),
                         int(values["distinctSubjects"]), int(values["distinctObjects"]),
                         int(values["properties"]), int(values["classes"]), tuple(sorted(vocabularies)))
    except (KeyError, ValueError):
        return None


class _VoidOutput(Output):
    """void.ttl: the union's figures counted as it streams by (to graph.ttl), its distinct objects
    counted in the store the build prepared; the result is the :class:`VoidStats`."""

    name = "void"
    files = (VOID_FILE,)
    after = ("store",)

    def prepare(self, job: OutputJob) -> None:
        if not job.changes.nothing:
            job.state[self.name] = counter = UnionCounter(Iris(job.base_iri).base)
            job.union.subscribe(counter.see)

    def write(self, job: OutputJob) -> VoidStats:
        store = Store.read_only(str(job.result("store", Path)))
        try:
            counter = job.state.get(self.name)
            if not isinstance(counter, UnionCounter):  # nothing changed: the figures the last build wrote
                return read_void(job.out_dir) or stats_of_store(store, job.base_iri)
            spliced = _spliced_counter(job, counter.base_iri)
            if spliced is not None:  # graph.ttl was spliced: the last figures and the change
                counter = spliced
            else:
                job.union.drain()  # no output read the union: count it here
            if job.incremental:
                _save_counter(job, counter)
            return write_void(counter.stats(distinct_objects(store)), job.out_dir, job.base_iri)
        finally:
            del store


VOID_OUTPUT = _VoidOutput()
