"""Reading article files into ``Article``s, and whole corpus folders into a ``CorpusRead``."""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kgraph.corpus.dates import find_date
from kgraph.corpus.decode import DecodeFailure, decode_bytes, is_blank
from kgraph.corpus.html import html_to_text, looks_like_html
from kgraph.corpus.walk import walk_corpus
from kgraph.errors import CorpusError, make_problem, printable
from kgraph.language import UNDETERMINED, detect_language
from kgraph.model import Article, Problem

__all__ = ["CorpusRead", "DEFAULT_MAX_BYTES", "read_corpus", "read_article", "load_article"]

DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class CorpusRead:
    """The articles of a corpus (sorted by id) and every file skipped or read with a warning."""

    articles: list[Article]
    problems: list[Problem]


class _Skip(Exception):
    """A file that cannot be read; carries the Problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"),
             (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))
    return next((name for test, name in kinds if test(mode)), "special file")


def _os_problem(path: Path, exc: OSError, name: str) -> Problem:
    """The Problem for an OSError raised by stat or open."""
    if exc.errno == errno.ELOOP:
        return make_problem("E012", path, name=name)
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return make_problem("E011", path, name=name, target=os.readlink(path))
        return make_problem("E001", path, name=name)
    return make_problem("E010", path, name=name, reason=exc.strerror or str(exc))


def _read_bytes(path: Path, max_bytes: int, name: str) -> bytes:
    """The file's bytes; checks type and size before reading, never reads past the limit."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _Skip(_os_problem(path, exc, name)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise _Skip(make_problem("E013", path, name=name, kind=_kind(st.st_mode)))
    if st.st_size > max_bytes:
        raise _Skip(make_problem("E014", path, name=name, size=st.st_size, limit=max_bytes))
    try:  # O_NONBLOCK: a file swapped for a named pipe after stat must not hang us
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _Skip(_os_problem(path, exc, name)) from exc
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise _Skip(make_problem("E013", path, name=name, kind=_kind(st.st_mode)))
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise _Skip(_os_problem(path, exc, name)) from exc
    if len(data) > max_bytes:  # grew since stat
        raise _Skip(make_problem("E014", path, name=name, size=max(st.st_size, len(data)),
                                 limit=max_bytes))
    return data


def _load(path: Path, article_id: str, max_bytes: int, name: str,
          languages: dict[str, str] | None = None) -> tuple[Article, list[Problem]]:
    """Read, decode, convert and tag one file; raises ``_Skip`` for files that are not read.

    ``languages``: text digest → language, consulted before detecting and filled after.
    """
    data = _read_bytes(path, max_bytes, name)
    if not data:
        raise _Skip(make_problem("E015", path, name=name))
    try:
        decoded = decode_bytes(data)
    except DecodeFailure as exc:
        raise _Skip(make_problem(exc.code, path, name=name, **exc.fields)) from exc
    del data
    warnings: list[Problem] = []
    if decoded.replaced:
        warnings.append(make_problem("W030", path, name=name, bad=decoded.replaced))
    if decoded.legacy_language:
        warnings.append(make_problem("W040", path, name=name, encoding=decoded.encoding, lang=decoded.legacy_language))
    if decoded.guessed_utf16:
        warnings.append(make_problem("W035", path, name=name, encoding=decoded.encoding))
    text = decoded.text
    if is_blank(text):
        raise _Skip(make_problem("E015", path, name=name))
    if looks_like_html(text):
        text = html_to_text(text)
        if is_blank(text):
            raise _Skip(make_problem("E015", path, name=name))
        warnings.append(make_problem("W031", path, name=name))
    info = find_date(text)
    if info.bad_marker:
        warnings.append(make_problem("W033", path, name=name, marker=info.bad_marker))
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    lang = languages.get(digest) if languages is not None else None
    if lang is None:
        lang = detect_language(text[info.body_start:])
        if languages is not None:
            languages[digest] = lang
    if lang == UNDETERMINED:
        warnings.append(make_problem("W034", path, name=name))
    article = Article(
        id=article_id, path=path, text=text, lang=lang, date=info.date,
        date_precision=info.precision, body_start=info.body_start, encoding=decoded.encoding,
        sha256=digest,
    )
    return article, warnings


def load_article(path: Path, *, article_id: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article | None, list[Problem]]:
    """Like ``read_article`` but never raises for a bad file: (article or None, problems)."""
    path = Path(path)
    try:
        article, warnings = _load(path, article_id or printable(path.stem), max_bytes,
                                  printable(path.name))
    except _Skip as skip:
        return None, [skip.problem]
    return article, warnings


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
        by_stem[path.stem].append(path)
    ids: dict[Path, str] = {}
    taken = {stem for stem, paths in by_stem.items() if len(paths) == 1}
    problems: list[Problem] = []
    for path in files:
        stem = path.stem
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


def read_corpus(root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                languages: dict[str, str] | None = None) -> CorpusRead:
    """Every readable ``*.txt`` under ``root`` as an Article; the rest as Problems.

    Raises ``CorpusError`` (E001) when ``root`` does not exist. Identical texts are read once
    (the first in sorted order); an empty result carries an E002 problem. ``languages`` (text
    digest → language, from an earlier read) spares detecting the language of unchanged texts;
    the languages detected now are added to it.
    """
    root = Path(root)
    files, problems = walk_corpus(root)
    ids, id_problems = _assign_ids(files, root)
    problems.extend(id_problems)
    articles: list[Article] = []
    first_by_hash: dict[str, Path] = {}
    for path in files:
        name = printable(_relative(path, root) if path != root else path.name)
        try:
            article, warnings = _load(path, ids[path], max_bytes, name, languages)
        except _Skip as skip:
            problems.append(skip.problem)
            continue
        first = first_by_hash.get(article.sha256)
        if first is not None:
            problems.append(make_problem("E018", path, name=name,
                                         first=str(_relative(first, root))))
            continue
        first_by_hash[article.sha256] = path
        problems.extend(warnings)
        articles.append(article)
    if not articles:
        problems.append(make_problem("E002", root))
    articles.sort(key=lambda a: a.id)
    problems.sort(key=lambda p: (str(p.path), p.code))
    return CorpusRead(articles=articles, problems=problems)
