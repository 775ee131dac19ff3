"""The extraction cache: an article whose content and pipeline are unchanged is not re-extracted.

Each article's :class:`~kgraph.model.ArticleExtraction` is pickled under
``OUT/cache/extract/<id>.<key>.pkl`` where ``key`` digests the article's content hash
(``Article.sha256``) and :func:`pipeline_version` (a digest of kgraph's source and ontology data),
so editing either invalidates it. Entity resolution is not cached: it is global and re-run.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from kgraph.model import Article, ArticleExtraction
from kgraph.rdf.iris import safe_segment

__all__ = ["CACHE_DIR", "ExtractionCache", "pipeline_version", "code_version", "read_stamp", "write_stamp",
           "clear_stamp"]

CACHE_DIR = "cache"
_PACKAGE = Path(__file__).resolve().parent
_ONTOLOGY = _PACKAGE.parent / "ontology"
# Modules that cannot change what an article's extraction is (serving, storing, exporting).
_IRRELEVANT = ("serve", "export", "cli", "cli_serve.py", "push.py", "store.py", "void.py", "cache.py",
               "parallel.py", "api.py")
log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of kgraph's extraction code and ontology data: any edit yields a new version."""
    digest = hashlib.sha256()
    for root in (_PACKAGE, _ONTOLOGY):
        if not root.is_dir():
            continue
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix not in {".pyc"}):
            rel = path.relative_to(root)
            if root is _PACKAGE and (rel.parts[0] in _IRRELEVANT or path.suffix != ".py"):
                continue
            digest.update(str(rel).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of every file of the kgraph package (exports, views and templates included)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


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
    tmp = out_dir / CACHE_DIR / f".{_STAMP}.{os.getpid()}.tmp"
    tmp.write_text(stamp, encoding="utf-8")
    os.replace(tmp, out_dir / CACHE_DIR / _STAMP)


class ExtractionCache:
    """Pickled extractions keyed by (article id, content hash, pipeline version)."""

    def __init__(self, directory: Path, version: str | None = None) -> None:
        self.directory = directory
        self.version = version or pipeline_version()
        self.hits = 0
        self.misses = 0

    def _path(self, article: Article) -> Path:
        key = hashlib.sha256(f"{article.sha256 or hashlib.sha256(article.text.encode()).hexdigest()}"
                             f"\0{self.version}".encode()).hexdigest()[:20]
        return self.directory / f"{safe_segment(article.id)}.{key}.pkl"

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached extraction of this very article text, re-attached to ``article``; else None."""
        path = self._path(article)
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
        return dataclasses.replace(cached, article=article)

    def put(self, extraction: ArticleExtraction) -> None:
        """Store one extraction atomically (temp file + rename)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._path(extraction.article)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(extraction, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

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
        return removed
