"""Reading article files into ``Article``s, and whole corpus folders into a ``CorpusRead``."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kgraph.corpus.files import Skip, check_regular, read_bytes
from kgraph.corpus.page import page_piece
from kgraph.corpus.piece import Failure, Piece
from kgraph.corpus.plain import text_piece
from kgraph.corpus.records import json_pieces, jsonl_pieces
from kgraph.corpus.settle import make_article
from kgraph.corpus.walk import article_stem, format_of, walk_corpus
from kgraph.corpus.warc import warc_pieces
from kgraph.errors import CorpusError, make_problem, printable
from kgraph.forked import fork_map
from kgraph.model import Article, Problem

__all__ = ["CorpusRead", "DEFAULT_MAX_BYTES", "read_corpus", "read_article", "load_article"]

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class CorpusRead:
    """The articles of a corpus (sorted by id) and every file skipped or read with a warning."""

    articles: list[Article]
    problems: list[Problem]


def _where(name: str, record: str) -> str:
    return f"{name}, {record}" if record else name


def _pieces(path: Path, max_bytes: int, name: str) -> Iterator[Piece | Failure]:
    """What one file holds, in its format; raises ``Skip`` when the whole file is unusable."""
    fmt = format_of(path.name) or "text"
    if fmt == "text":
        yield text_piece(path, max_bytes, name)
    elif fmt in ("json", "html"):
        data = read_bytes(path, max_bytes, name)
        if not data.strip():
            raise Skip(make_problem("E015", path, name=name))
        yield from json_pieces(data) if fmt == "json" else [page_piece(data)]
    else:
        check_regular(path, name)
        yield from jsonl_pieces(path, max_bytes) if fmt == "jsonl" else warc_pieces(path, max_bytes)


def _load_file(path: Path, file_id: str, max_bytes: int, name: str,
               languages: dict[str, str] | None = None) -> Iterator[tuple[Article | None, list[Problem]]]:
    """(article, its warnings) for each article of one file; (None, [problem]) for each record
    or file that gives none. ``languages``: text digest → detected language (see make_article)."""
    try:
        for piece in _pieces(path, max_bytes, name):
            where = _where(name, piece.record)
            if isinstance(piece, Failure):
                yield None, [make_problem(piece.code, path, name=where, **piece.fields)]
                continue
            article_id = f"{file_id}.{piece.key}" if piece.key else file_id
            yield make_article(piece, path, article_id, where, languages)
    except Skip as skip:
        yield None, [skip.problem]


def load_article(path: Path, *, article_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article | None, list[Problem]]:
    """Like ``read_article`` but never raises for a bad file: (its first article or None, the
    problems met until then)."""
    path = Path(path)
    problems: list[Problem] = []
    for article, found in _load_file(path, article_id or printable(article_stem(path.name)), max_bytes,
                                     printable(path.name)):
        problems.extend(found)
        if article is not None:
            return article, problems
    return None, problems


def read_article(path: Path, *, article_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One article file; raises ``CorpusError`` if it cannot be read (warnings are dropped)."""
    article, problems = load_article(path, article_id=article_id, max_bytes=max_bytes)
    if article is None:
        raise CorpusError.from_problem(problems[0])
    return article


def _relative(path: Path, root: Path) -> Path:
    try:
        return path.relative_to(root)
    except ValueError:
        return Path(path.name)


def _assign_ids(files: list[Path], root: Path) -> tuple[dict[Path, str], list[Problem]]:
    """Article ids: the file stem; files sharing a stem get their relative path (``a__b``)."""
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in files:
        by_stem[article_stem(path.name)].append(path)
    ids: dict[Path, str] = {}
    taken = {stem for stem, paths in by_stem.items() if len(paths) == 1}
    problems: list[Problem] = []
    for path in files:
        stem = article_stem(path.name)
        if len(by_stem[stem]) == 1 and printable(stem) == stem:
            ids[path] = stem
            continue
        rel = _relative(path, root)
        if len(by_stem[stem]) == 1:
            base = printable(stem)
        else:
            base = "__".join(printable(part) for part in rel.with_name(stem).parts)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        ids[path] = candidate
        if printable(stem) != stem:
            problems.append(make_problem("W036", path, name=str(rel), article_id=candidate))
        elif candidate != stem:
            others = ", ".join(str(_relative(p, root)) for p in by_stem[stem] if p != path)
            problems.append(make_problem("W032", path, name=str(rel), stem=stem, other=others,
                                         article_id=candidate))
    return ids, problems


def _unique_ids(articles: list[Article], problems: list[Problem]) -> list[Article]:
    """A record's id (file id + ``.line3``) that another file's id already is gets ``-2``."""
    taken = Counter(a.id for a in articles)
    out = []
    for article in articles:
        if taken[article.id] > 1 and article.record:
            base, n = article.id, 2
            while f"{base}-{n}" in taken:
                n += 1
            taken[f"{base}-{n}"] += 1
            problems.append(make_problem("W032", article.path, name=_where(printable(article.path.name), article.record),
                                         stem=base, other="another file", article_id=f"{base}-{n}"))
            article = replace(article, id=f"{base}-{n}")
        out.append(article)
    return out


class _Added(dict[str, str]):
    """The entries one file adds to a language memo; a lookup falls back on the memo itself."""

    def __init__(self, base: dict[str, str]) -> None:
        super().__init__()
        self.base = base

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        found = super().get(key)
        return found if found is not None else self.base.get(key, default)


def _file_cost(path: Path) -> int:
    try:
        return max(1, path.stat().st_size)
    except OSError:
        return 1


def read_corpus(root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                languages: dict[str, str] | None = None, workers: int = 1) -> CorpusRead:
    """Every article of the files under ``root`` (``.txt`` with an optional ``.json`` sidecar,
    news-please/trafilatura ``.json`` and ``.jsonl(.gz)`` records, ``.html`` pages, ``.warc(.gz)``
    archives) as an Article; every file or record that gives none as a Problem.

    Raises ``CorpusError`` (E001) when ``root`` does not exist. Identical texts are read once
    (the first in sorted order); an empty result carries an E002 problem. ``languages`` (text
    digest → language, from an earlier read) spares detecting the language of unchanged texts;
    the languages detected now are added to it. ``workers``: processes forked to load the files
    (decode, date, detect the language: :func:`kgraph.forked.fork_map`, for many files only); the
    result is the same whatever their number.
    """
    root = Path(root)
    files, problems = walk_corpus(root)
    ids, id_problems = _assign_ids(files, root)
    problems.extend(id_problems)
    names = [printable(_relative(path, root) if path != root else path.name) for path in files]

    def load(i: int) -> tuple[list[tuple[Article | None, list[Problem]]], dict[str, str]]:
        """One file's articles, and the languages detected for them (a forked worker's
        additions to ``languages`` stay in the worker: they come back with the result)."""
        layer = _Added(languages) if languages is not None else None
        found = list(_load_file(files[i], ids[files[i]], max_bytes, names[i], layer))
        if languages is not None and layer:
            languages.update(layer)
        return found, dict(layer or {})

    loaded = fork_map(load, len(files), workers, costs=[_file_cost(path) for path in files]) if workers > 1 \
        else [load(i) for i in range(len(files))]
    articles: list[Article] = []
    first_by_hash: dict[str, str] = {}
    for path, name, (found_in_file, added) in zip(files, names, loaded):
        if languages is not None:
            languages.update(added)
        for article, found in found_in_file:
            if article is None:
                problems.extend(found)
                continue
            where = _where(name, article.record)
            first = first_by_hash.get(article.sha256)
            if first is not None:
                problems.append(make_problem("E018", path, name=where, first=first))
                continue
            first_by_hash[article.sha256] = _where(str(_relative(path, root)), article.record)
            problems.extend(found)
            articles.append(article)
    articles = _unique_ids(articles, problems)
    if not articles:
        problems.append(make_problem("E002", root))
    articles.sort(key=lambda a: a.id)
    problems.sort(key=lambda p: (str(p.path), p.code))
    return CorpusRead(articles=articles, problems=problems)
