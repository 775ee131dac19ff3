"""Finding the article files under a corpus folder: sorted, loop-safe, never hanging."""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from kgraph.errors import CorpusError, make_problem
from kgraph.model import Problem

__all__ = ["iter_corpus_files", "walk_corpus", "is_corpus_file", "format_of", "article_stem",
           "SIDECAR_SUFFIX"]

# name ending (any case) -> format; longest endings first
FORMATS: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"), (".warc.gz", "warc"), (".jsonl", "jsonl"), (".json", "json"),
    (".html", "html"), (".htm", "html"), (".warc", "warc"), (".txt", "text"),
)
SIDECAR_SUFFIX = ".json"  # NAME.json beside NAME.txt holds NAME.txt's metadata


def format_of(name: str) -> str | None:
    """The input format a file name says ("text", "json", "jsonl", "html", "warc"), else None."""
    lower = name.lower()
    return next((fmt for suffix, fmt in FORMATS if lower.endswith(suffix)), None)


def article_stem(name: str) -> str:
    """The name without its format's ending: ``crawl.jsonl.gz`` → ``crawl``."""
    lower = name.lower()
    suffix = next((suffix for suffix, _ in FORMATS if lower.endswith(suffix)), "")
    return name[: len(name) - len(suffix)] or name


def is_corpus_file(name: str) -> bool:
    """True for the names of the formats kgraph reads (``.txt``, ``.json``, ``.jsonl(.gz)``,
    ``.html``/``.htm``, ``.warc(.gz)``, any case)."""
    return format_of(name) is not None


def _is_sidecar(name: str, text_stems: set[str]) -> bool:
    return name.lower().endswith(SIDECAR_SUFFIX) and article_stem(name) in text_stems


def _sort_key(path: Path, root: Path) -> tuple[str, ...]:
    """Order by relative path parts, so ``a/b.txt`` < ``a-b.txt`` is decided part by part."""
    try:
        return path.relative_to(root).parts
    except ValueError:
        return path.parts


def walk_corpus(root: Path) -> tuple[list[Path], list[Problem]]:
    """Every article file under ``root`` (sorted; metadata sidecars left out) and the folders
    that could not be walked.

    Symbolic links to folders are followed once: a link to a folder already seen (a loop or an
    alias) is reported and not entered. Links to files are returned as they are; reading them
    reports broken links and loops. Raises ``CorpusError`` E001 when ``root`` does not exist.
    """
    try:
        st = os.stat(root)
    except FileNotFoundError as exc:
        if os.path.islink(root):
            raise CorpusError("E011", root, target=os.readlink(root)) from exc
        raise CorpusError("E001", root) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CorpusError("E012", root) from exc
        raise CorpusError("E003", root, reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISDIR(st.st_mode):
        return ([root] if is_corpus_file(root.name) else []), []
    files: list[Path] = []
    problems: list[Problem] = []
    seen: dict[tuple[int, int], Path] = {(st.st_dev, st.st_ino): root}
    stack = [root]
    while stack:  # explicit stack: deep nesting cannot overflow the interpreter's recursion
        folder = stack.pop()
        subdirs = _scan(folder, files, problems, seen)
        stack.extend(reversed(subdirs))
    files.sort(key=lambda p: _sort_key(p, root))
    return files, problems


def _scan(folder: Path, files: list[Path], problems: list[Problem],
          seen: dict[tuple[int, int], Path]) -> list[Path]:
    """Add the files of one folder; return its subfolders to visit."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append(make_problem("E003", folder, reason=exc.strerror or str(exc)))
        return []
    subdirs: list[Path] = []
    text_stems = {article_stem(e.name) for e in entries if format_of(e.name) == "text"}
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:  # symlink loop on a non-.txt name, or a vanished entry
            is_dir = False
        if not is_dir:
            if is_corpus_file(entry.name) and not _is_sidecar(entry.name, text_stems):
                files.append(path)
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            problems.append(make_problem("E003", path, reason=exc.strerror or str(exc)))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            problems.append(make_problem("E004", path, target=str(seen[key])))
            continue
        seen[key] = path
        subdirs.append(path)
    return subdirs


def iter_corpus_files(root: Path) -> Iterator[Path]:
    """Every article file under ``root`` recursively, sorted; symbolic-link loops are not followed."""
    files, _ = walk_corpus(Path(root))
    yield from files
