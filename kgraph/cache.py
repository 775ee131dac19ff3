"""The extraction cache: an article whose content and pipeline are unchanged is not re-extracted.

Each article's :class:`~kgraph.model.ArticleExtraction` is pickled under
``OUT/cache/extract/<id>.<key>.pkl`` where ``key`` digests the article's content hash
(``Article.sha256``) and :func:`pipeline_version`. That version digests only what an extraction
depends on: the package version, the extraction code (the import closure of
:data:`EXTRACTION_ROOTS`, read from the source by :mod:`kgraph.imports`: every language folder
of ``kgraph/lang/`` with its pipeline and data files included) and the language-neutral ontology
data it reads (``ontology/`` ``facts``, ``gazetteer``). Editing views, serving, exports, the store, RDF generation, entity resolution
or the SPARQL cookbook leaves every cached extraction valid. Entity resolution is not cached: it
is global and re-run.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import pickle
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from kgraph.atomic import write_atomic, write_cache_json
from kgraph.imports import closure_files, files_digest, folder_files
from kgraph.model import PUBLISHER_REF, Article, ArticleExtraction, Entity, EntityRef
from kgraph.rdf.iris import safe_segment
from kgraph.resources import ontology_dir, package_root

__all__ = ["CACHE_DIR", "ExtractionCache", "pipeline_version", "recall_pipeline_version", "extraction_files", "code_version", "read_stamp", "write_stamp",
           "clear_stamp", "resident_extractions", "LanguageMemo", "MergeMemo", "PropagationMemo", "GraphContexts", "graph_context"]

CACHE_DIR = "cache"
_PACKAGE = Path(str(package_root())).resolve()
# What an extraction is a function of (besides the article): the stages kgraph.pipeline runs per
# article, and every language (their pipelines are imported by name, not by an import statement).
EXTRACTION_ROOTS = ("kgraph.corpus", "kgraph.language", "kgraph.boilerplate", "kgraph.parse", "kgraph.mentions",
                    "kgraph.facts", "kgraph.lang")
# The language-neutral ontology folders extraction reads (the languages' data is in kgraph/lang/).
EXTRACTION_DATA = ("facts", "gazetteer", "nlp")
log = logging.getLogger(__name__)


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("kgraph")
    except Exception:  # not installed (a source checkout on sys.path)
        return "0"


def extraction_files() -> list[tuple[str, Path]]:
    """(name, file) of everything an extraction depends on: its code and data, and the ontology's."""
    out = [(str(p.relative_to(_PACKAGE)), p) for p in closure_files(EXTRACTION_ROOTS, _PACKAGE)]
    for name in EXTRACTION_DATA:
        folder = ontology_dir(name)
        out += [(f"ontology/{p.relative_to(folder.parent)}", p) for p in sorted(folder.rglob("*"))
                if p.is_file() and "__pycache__" not in p.parts]
    return out


_PIPELINE: dict[str, str] = {}  # this process's pipeline version once known (under ""), read or made


def pipeline_version() -> str:
    """A digest of the package version, the extraction code and the data it reads."""
    return _pipeline_version()


def _pipeline_version() -> str:
    if "" not in _PIPELINE:
        _PIPELINE[""] = files_digest(extraction_files(), salt=_package_version())
    return _PIPELINE[""]


_PIPELINE_MEMO = "pipeline.json"


def _pipeline_memo_key() -> str:
    """A digest of every file the pipeline version can be made of, by name and bytes: the whole
    package (a superset of the extraction's import closure) and the extraction's ontology folders."""
    files = [(f"kgraph/{name}", path) for name, path in folder_files(_PACKAGE)]
    for folder_name in EXTRACTION_DATA:
        files += [(f"ontology/{folder_name}/{name}", path) for name, path in folder_files(ontology_dir(folder_name))]
    return files_digest(files, salt=_package_version(), length=32)


def recall_pipeline_version(cache_dir: Path) -> str:
    """:func:`pipeline_version`, read from ``cache_dir``'s memo when it was made from these very
    files (hashing them costs some ms; finding the import closure parses every module, 0.2-0.9 s
    a build), else made and remembered there."""
    if "" in _PIPELINE:
        return _PIPELINE[""]
    path, key = cache_dir / _PIPELINE_MEMO, _pipeline_memo_key()
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved.get("key") == key and isinstance(saved.get("version"), str):
            _PIPELINE[""] = saved["version"]
            return _PIPELINE[""]
    except (OSError, ValueError, AttributeError):
        pass
    version = _pipeline_version()
    write_cache_json(path, {"key": key, "version": version})
    return version


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of every file of the kgraph package (exports, views and templates included)."""
    return files_digest(folder_files(_PACKAGE))


_STAMP = "outputs.stamp"


def read_stamp(out_dir: Path) -> str | None:
    """What the last complete write of ``out_dir``'s exports and views was made from, if known."""
    try:
        return (out_dir / CACHE_DIR / _STAMP).read_text(encoding="utf-8")
    except OSError:
        return None


def clear_stamp(out_dir: Path) -> None:
    """Forget the stamp before rewriting outputs (a write killed midway must not look complete)."""
    (out_dir / CACHE_DIR / _STAMP).unlink(missing_ok=True)


def write_stamp(out_dir: Path, stamp: str) -> None:
    (out_dir / CACHE_DIR).mkdir(parents=True, exist_ok=True)
    write_atomic(out_dir / CACHE_DIR / _STAMP, lambda out: out.write(stamp.encode("utf-8")), durable=False)


def _meta_key(article: Article) -> str:
    """What the extraction depends on besides the text: the metadata (date, publisher, language)."""
    digest = article.meta.digest()
    return f"\0{digest}\0{article.lang}" if digest else ""


_RESIDENT: list[dict[Path, ArticleExtraction]] = []  # inside resident_extractions(): cache file -> its extraction


@contextmanager
def resident_extractions() -> Iterator[None]:
    """Within this block (the ``--watch`` process), the extractions an :class:`ExtractionCache`
    reads or writes are kept in memory by cache file: a rebuild takes an unchanged article's
    from there instead of unpickling every file of the corpus again (a file is its content's:
    its name digests the article's text, metadata and the pipeline version)."""
    _RESIDENT.append({})
    try:
        yield
    finally:
        _RESIDENT.pop()


class ExtractionCache:
    """Pickled extractions keyed by (article id, content hash, pipeline version)."""

    def __init__(self, directory: Path, version: str | None = None) -> None:
        self.directory = directory
        self.version = version or pipeline_version()
        self.hits = 0
        self.misses = 0

    def _path(self, article: Article) -> Path:
        return self.directory / f"{self.key(article)}.pkl"

    def key(self, article: Article) -> str:
        """What the extraction of ``article`` is made of: its id, text, metadata and the pipeline
        version (an extraction is a function of them: equal keys, equal extractions)."""
        key = hashlib.sha256(f"{article.sha256 or hashlib.sha256(article.text.encode()).hexdigest()}"
                             f"\0{self.version}{_meta_key(article)}".encode()).hexdigest()[:20]
        return f"{safe_segment(article.id)}.{key}"

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached extraction of this very article text, re-attached to ``article``; else None."""
        path = self._path(article)
        resident = _RESIDENT[-1] if _RESIDENT else None
        kept = resident.get(path) if resident is not None else None
        if kept is not None and kept.article.text == article.text and path.is_file():
            self.hits += 1
            return dataclasses.replace(kept, article=article)
        try:
            with path.open("rb") as handle:
                cached = pickle.load(handle)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # a torn or foreign file: treat as a miss
            log.warning("unreadable cache entry %s; re-extracting", path)
            self.misses += 1
            return None
        if not isinstance(cached, ArticleExtraction) or cached.article.text != article.text:
            self.misses += 1
            return None
        self.hits += 1
        if resident is not None:
            resident[path] = cached
        return dataclasses.replace(cached, article=article)

    def put(self, extraction: ArticleExtraction) -> None:
        """Store one extraction atomically (temp file + rename)."""
        path = self._path(extraction.article)
        write_atomic(path, lambda out: pickle.dump(extraction, out, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
        if _RESIDENT:
            _RESIDENT[-1][path] = extraction

    def prune(self, articles: list[Article]) -> int:
        """Delete every entry that is not the current one of a current article; returns how many."""
        keep = {self._path(a).name for a in articles}
        removed = 0
        if not self.directory.is_dir():
            return 0
        for path in self.directory.iterdir():
            if path.name not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        if _RESIDENT:  # the extractions of texts that are gone
            resident = _RESIDENT[-1]
            for path in [p for p in resident if p.parent == self.directory and p.name not in keep]:
                del resident[path]
        return removed


class LanguageMemo:
    """The language detected for each article text (by content digest), kept between builds in
    ``languages.json`` beside the extractions, for the pipeline version that detected it."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "languages.json"
        self.languages: dict[str, str] = {}
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
            if saved.get("version") == pipeline_version():
                self.languages = {str(k): str(v) for k, v in saved["languages"].items()}
        except (OSError, ValueError, KeyError, AttributeError):
            pass

    def save(self, articles: list[Article]) -> None:
        """Keep the languages (and the dates found at the top, :func:`kgraph.corpus.settle.make_article`)
        of these articles' texts (the others' are gone), atomically."""
        texts = {a.sha256 for a in articles}
        kept = {key: value for key, value in self.languages.items() if key.split("#", 1)[0] in texts}
        write_cache_json(self.path, {"version": pipeline_version(), "languages": kept})


class MergeMemo:
    """The event merging of the last incremental build, per kind (``OUT/cache/merge.json``),
    valid for the code and data that made it (:func:`kgraph.resolve.events.merge_events` reads and
    fills ``kinds``)."""

    def __init__(self, path: Path) -> None:
        self.path, self.version = path, f"{code_version()} {pipeline_version()}"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        self.kinds: dict[str, list] = raw.get("kinds", {}) if raw.get("version") == self.version else {}

    def save(self) -> None:
        write_cache_json(self.path, {"version": self.version, "kinds": self.kinds})


class PropagationMemo:
    """What corpus propagation (:func:`kgraph.propagate.propagate_names`) found in each article at the
    last incremental build, with its lexicon's entries by digest (``OUT/cache/propagate.pickle``),
    valid for the code and data that made it (``state`` is read and filled by it)."""

    def __init__(self, path: Path, *, read: bool = True) -> None:
        self.path, self.version = path, f"{code_version()} {pipeline_version()}"
        raw = {}
        try:
            if read:
                with path.open("rb") as handle:
                    raw = pickle.load(handle)
        except Exception:  # noqa: BLE001 - a missing, old or broken memo is no memo
            raw = {}
        fits = isinstance(raw, dict) and raw.get("version") == self.version and isinstance(raw.get("state"), dict)
        self.state: dict = raw["state"] if fits else {}

    def save(self) -> None:
        data = pickle.dumps({"version": self.version, "state": self.state}, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(self.path, lambda out: out.write(data), durable=False)


class GraphContexts:
    """What each article graph was made of at the last incremental build, and the graph it gave
    (``OUT/cache/contexts.json``: graph IRI -> [its :func:`graph_context`, the graph's digest]):
    a graph whose context is unchanged is kept without making its quads again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._old: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._old = {}
        self._new: dict[str, list[str]] = {}

    def known(self, name: str, context: str) -> str | None:
        """The digest graph ``name`` had when it was last made of ``context``, else None."""
        old = self._old.get(name)
        return old[1] if old and old[0] == context else None

    def remember(self, name: str, context: str, digest: str) -> None:
        self._new[name] = [context, digest]

    def save(self, names: Iterable[str]) -> None:
        """Keep the contexts of these graphs (the build's), atomically."""
        write_cache_json(self.path, {name: self._new[name] for name in names if name in self._new})


def _describe(entity: Entity | None) -> str:
    """What the RDF of an article states of an entity it mentions (kgraph.rdf.build.entity_triples)."""
    if entity is None:
        return "-\0"
    return repr((entity.key, entity.type.value, sorted(entity.labels.items()),
                 sorted((lang, sorted(vs)) for lang, vs in entity.alt_labels.items()), entity.wikidata,
                 entity.geonames)) + "\0"


def _refs_of(extraction: ArticleExtraction) -> set[EntityRef]:
    """Every entity ref of an article's facts, events and claims, and its publisher's."""
    refs = {PUBLISHER_REF}
    for fact in extraction.facts:
        refs.update((fact.subject, fact.object))
    for event in extraction.events:
        refs.update(ref for _, ref in event.participants)
        if event.place:
            refs.add(event.place)
    for claim in extraction.claims:
        refs.add(claim.source)
        refs.update(claim.concerns)
    return refs


class _Refs(Protocol):  # kgraph.resolve.refs.EntityRefs
    def entity(self, article_id: str, ref: EntityRef) -> tuple[Entity | None, bool]: ...


class _Merged(Protocol):  # kgraph.resolve.events.MergedEvents
    @property
    def aliases(self) -> dict[str, str]: ...

    @property
    def wider(self) -> frozenset[str]: ...


def graph_context(extraction: ArticleExtraction, entity_of: dict[tuple[str, int, int], Entity],
                  refs: _Refs, merged: _Merged, base_iri: str, described: dict[int, str] | None = None,
                  extracted: str | None = None) -> str:
    """A digest of everything an article's graph is made of (:meth:`kgraph.pipeline.ArticleGraphs.quads_of`):
    the extraction, the description of each entity its mentions and refs lead to, its events'
    merged keys, the IRI base. Equal digests give equal graphs (:class:`GraphContexts`).
    ``described``: the descriptions made so far, by entity object (the entities of one build are
    described once, not once per article naming them). ``extracted``: the article's
    :meth:`ExtractionCache.key` when the extraction is the one of that key but for its mentions
    (which corpus propagation adds to) and its article: the key, the article and the mentions then
    stand for the whole extraction, which is not written out again (the cost of a build that
    changed nothing grows with the corpus)."""
    aid = extraction.article.id
    memo: dict[int, str] = {} if described is None else described

    def describe(entity: Entity | None) -> str:
        if entity is None:
            return _describe(None)
        found = memo.get(id(entity))
        if found is None:
            found = memo[id(entity)] = _describe(entity)
        return found

    digest = hashlib.sha256(f"{code_version()}\0{base_iri}\0".encode())
    if extracted is None:  # dataclasses (no sets): their content, the same in every process
        digest.update(repr(extraction).encode())
    else:
        digest.update(f"x{extracted}\0{extraction.article!r}\0{extraction.mentions!r}".encode())
    for m in extraction.mentions:
        entity = entity_of.get((m.article_id, m.begin, m.end))
        digest.update(b"m" + describe(entity).encode())
    for ref in sorted(_refs_of(extraction)):
        entity, minted = refs.entity(aid, ref)
        digest.update(f"r{ref}\0{minted}".encode() + describe(entity).encode())
    wider = merged.wider
    keys = {e.key for e in extraction.events} | {c.about for c in extraction.claims if c.about}
    for key in sorted(keys):
        digest.update(f"e{key}\0{merged.aliases.get(key)}\0{key in wider}".encode())
    return digest.hexdigest()[:32]
