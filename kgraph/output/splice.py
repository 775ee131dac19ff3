"""A Turtle file of the union of every graph's piece of one kind (graph.ttl: the graphs' N-Triples;
graph.nif.ttl: their NIF pieces), updated by splicing: an incremental build serialises only the
subjects whose triples changed and copies the rest of the last file's bytes.

Serialised by pyoxigraph with fixed prefixes, the union's distinct triples in sorted N-Triples
order make one block per subject (a line at column 0, its continuation lines indented): the file
is the prefix header and the blocks, each a function of its subject's triples alone. So a build
keeps, beside the file (``OUT/cache/union-<ext>.sqlite``), the union's lines with the number of
graphs that hold each, and the graphs' digests it was made of. A rebuild reads the old and new
lines of the graphs that changed (only those files), counts them in and out, and for each
subject whose set of lines changed finds its block in the last file by binary search (blocks are
sorted by subject) and writes it anew from the union's lines. The bytes are those a full
serialisation gives; when anything is unknown (no state, another version, the file not the one
the state describes, an old piece gone), the file is written in full and the state made again.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import RdfFormat, parse, serialize

from kgraph.atomic import write_atomic
from kgraph.cache import code_version
from kgraph.output.graphs import GraphFiles

__all__ = ["UnionIndex", "UnionChange", "Spliced", "splice_union", "union_index"]

_COPY = 1 << 20
_SEARCH_WINDOW = 8192  # bytes below which a binary search turns into a scan


def _subject(stmt: str) -> str | None:
    """The subject term of an N-Triples statement (None for a quoted triple: no splicing then)."""
    if stmt.startswith("<<"):
        return None
    return stmt.split(" ", 1)[0]


class UnionIndex:
    """The counted lines of the union of one kind of piece, and the graphs they were counted from."""

    def __init__(self, path: Path, version: str) -> None:
        self.path, self.version = path, version
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE IF NOT EXISTS lines (line TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def close(self) -> None:
        self.db.close()

    def meta(self) -> dict[str, object]:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'state'").fetchone()
        try:
            state = json.loads(row[0]) if row else {}
        except ValueError:
            state = {}
        return state if isinstance(state, dict) and state.get("version") == self.version else {}

    def set_meta(self, graphs: dict[str, str], target: Path) -> None:
        stat = target.stat()
        state = {"version": self.version, "graphs": graphs, "file": [stat.st_size, stat.st_mtime_ns]}
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (json.dumps(state, sort_keys=True),))

    def matches(self, target: Path) -> dict[str, str] | None:
        """The graphs the state was made of, if it describes ``target`` as it is; else None."""
        state = self.meta()
        try:
            stat = target.stat()
        except OSError:
            return None
        if state.get("file") != [stat.st_size, stat.st_mtime_ns] or not isinstance(state.get("graphs"), dict):
            return None
        return state["graphs"]  # type: ignore[return-value]

    def rebuild(self, lines: Iterable[Iterable[str]]) -> None:
        """Count every graph's lines afresh (statements without the final " .")."""
        self.db.execute("DELETE FROM lines")
        self.db.execute("DELETE FROM meta")
        upsert = "INSERT INTO lines VALUES (?, 1) ON CONFLICT(line) DO UPDATE SET n = n + 1"
        for graph in lines:
            self.db.executemany(upsert, ((line,) for line in graph))

    def apply(self, delta: Counter[str]) -> tuple[list[str], list[str]] | None:
        """Count ``delta`` in (line -> graphs gained, or lost when negative); the lines that came
        into the union and those that left it, or None when the counts do not add up (the state
        is not the files') or a subject is a quoted triple."""
        added: list[str] = []
        removed: list[str] = []
        get = self.db.execute
        for line, d in sorted(delta.items()):
            if not d:
                continue
            row = get("SELECT n FROM lines WHERE line = ?", (line,)).fetchone()
            before = row[0] if row else 0
            after = before + d
            if after < 0 or _subject(line) is None:
                return None
            if after == 0:
                get("DELETE FROM lines WHERE line = ?", (line,))
            elif row:
                get("UPDATE lines SET n = ? WHERE line = ?", (after, line))
            else:
                get("INSERT INTO lines VALUES (?, ?)", (line, after))
            if before == 0 and after:
                added.append(line)
            elif before and after == 0:
                removed.append(line)
        return added, removed

    def block(self, subject: str) -> list[str]:
        """The union's lines of ``subject``, sorted."""
        rows = self.db.execute("SELECT line FROM lines WHERE line >= ? AND line < ? ORDER BY line",
                               (subject + " ", subject + "!"))
        return [row[0] for row in rows]

    def empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM lines LIMIT 1").fetchone() is None


def union_index(cache_dir: Path, ext: str) -> UnionIndex:
    import pyoxigraph

    return UnionIndex(cache_dir / f"union-{ext}.sqlite", f"{code_version()} {getattr(pyoxigraph, '__version__', '?')}")


def _read_lines(path: Path) -> Iterator[str]:
    """A piece's statements (its lines without " .\\n")."""
    with path.open(encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line[:-3]


def _delta(files: GraphFiles, ext: str, before: dict[str, str]) -> Counter[str] | None:
    """Lines gained and lost by the graphs that differ from ``before``; None if an old piece is gone."""
    delta: Counter[str] = Counter()
    now = files.digests
    for name in sorted(set(before) | set(now)):
        if before.get(name) == now.get(name):
            continue
        if name in before:
            old = files.path_at(name, ext, before[name])
            if not old.is_file():
                return None
            delta.subtract(_read_lines(old))
        if name in now:
            delta.update(_read_lines(files.path(name, ext)))
    return delta


def _token(line: bytes) -> bytes | None:
    """The subject of a block's first line (None for a continuation line)."""
    if line.startswith((b"\t", b" ", b"\n")) or not line:
        return None
    return line.split(b" ", 1)[0] + b" "


def _next_block(handle: BinaryIO, position: int, end: int) -> tuple[int, bytes | None]:
    """The first block start at or after ``position`` (a line start), and its subject (None at ``end``)."""
    handle.seek(position)
    while position < end:
        line = handle.readline()
        token = _token(line)
        if token is not None:
            return position, token
        position += len(line)
    return end, None


def _find(handle: BinaryIO, key: bytes, lo: int, end: int) -> int:
    """The start of the first block at or after ``lo`` (a block start) whose subject + " " is
    ``key`` or sorts after it (``end`` if none): a binary search over the blocks, which are sorted
    so. Invariant: every block before ``lo`` sorts before ``key``; the answer is at most ``hi``
    or lies in the one block that spans ``hi``."""
    hi = end
    while hi - lo > _SEARCH_WINDOW:
        mid = (lo + hi) // 2
        handle.seek(mid)
        start = mid + len(handle.readline())  # the next line start after mid
        start, token = _next_block(handle, start, hi)
        if token is None:  # no block begins in (mid, hi): the answer is before mid, or at the old hi
            hi = mid
        elif token < key:
            lo = _after(handle, start, end)
        else:
            hi = start
    position, token = _next_block(handle, lo, end)
    while token is not None and token < key:
        position, token = _next_block(handle, _after(handle, position, end), end)
    return position


def _after(handle: BinaryIO, start: int, end: int) -> int:
    """The line start after the block's first line at ``start``."""
    handle.seek(start)
    return min(end, start + len(handle.readline()))


def _block_end(handle: BinaryIO, start: int, end: int) -> int:
    """Where the block that begins at ``start`` ends."""
    handle.seek(start)
    position = start + len(handle.readline())
    while position < end:
        line = handle.readline()
        if _token(line) is not None:
            break
        position += len(line)
    return position


def _copy(source: BinaryIO, out: BinaryIO, start: int, stop: int) -> None:
    source.seek(start)
    left = stop - start
    while left > 0:
        chunk = source.read(min(_COPY, left))
        if not chunk:
            raise OSError("the file shrank while it was spliced")
        out.write(chunk)
        left -= len(chunk)


def _header_end(handle: BinaryIO) -> int:
    handle.seek(0)
    position = 0
    for line in handle:
        if not line.startswith(b"@prefix"):
            break
        position += len(line)
    return position


def _serialised(lines: list[str], prefixes: dict[str, str]) -> bytes:
    made = serialize(parse("".join(f"{line} .\n" for line in lines), format=RdfFormat.N_TRIPLES),
                     format=RdfFormat.TURTLE, prefixes=prefixes)
    return made or b""


@dataclass(frozen=True)
class UnionChange:
    """How a splice changed the union: the lines (statements) that came and went, the subjects
    that came and went, and the graphs the union was made of before."""

    before: dict[str, str]
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    subjects_added: tuple[str, ...] = ()
    subjects_removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spliced:
    """What :func:`splice_union` did: whether the file changed, and how the union did (None: the
    file was written in full)."""

    changed: bool
    change: UnionChange | None


def _change(index: UnionIndex, before: dict[str, str], added: list[str], removed: list[str]) -> tuple[UnionChange, dict[str, list[str]]]:
    """The change, and the union's lines of each subject whose lines changed."""
    moved: Counter[str] = Counter()
    for line in added:
        moved[_subject(line) or ""] += 1
    for line in removed:
        moved[_subject(line) or ""] -= 1
    blocks = {subject: index.block(subject) for subject in {_subject(line) or "" for line in (*added, *removed)}}
    came = tuple(sorted(s for s, lines in blocks.items() if lines and len(lines) == moved[s]))
    went = tuple(sorted(s for s, lines in blocks.items() if not lines))
    return UnionChange(before, tuple(added), tuple(removed), came, went), blocks


def _splice(blocks: dict[str, list[str]], path: Path, prefixes: dict[str, str]) -> bool:
    """Rewrite the blocks of these subjects in ``path`` from their lines; False (nothing written)
    if the file has no header or not the one a serialisation gives."""
    with path.open("rb") as old:
        size = old.seek(0, 2)
        header = _header_end(old)
        old.seek(0)
        head = old.read(header)
        made = {}
        for subject, lines in blocks.items():
            if lines:
                turtle = _serialised(lines, prefixes)
                if not turtle.startswith(head):
                    return False
                made[subject] = turtle[len(head):]
        if not head:
            return False

        def fill(out: BinaryIO) -> None:
            out.write(head)
            cursor = header
            for subject in sorted(blocks, key=lambda s: (s + " ").encode()):
                key = (subject + " ").encode()
                start = _find(old, key, cursor, size)
                stop = start
                if start < size:
                    old.seek(start)
                    if _token(old.readline()) == key:
                        stop = _block_end(old, start, size)
                _copy(old, out, cursor, start)
                out.write(made.get(subject, b""))
                cursor = stop
            _copy(old, out, cursor, size)

        write_atomic(path, fill)  # durable, as a file written in full is
    return True


def splice_union(files: GraphFiles, ext: str, cache_dir: Path, path: Path, prefixes: dict[str, str],
                 write_full: Callable[[], bool]) -> Spliced:
    """Bring ``path`` (the Turtle of the union of the graphs' ``ext`` pieces) up to date: spliced
    when the state beside it describes it, else by ``write_full()`` (which says whether the file
    changed), the state then made again."""
    index = union_index(cache_dir, ext)
    try:
        index.db.execute("BEGIN")
        before = index.matches(path)
        delta = _delta(files, ext, before) if before is not None else None
        moved = index.apply(delta) if delta is not None else None
        if before is not None and moved is not None and not index.empty():
            change, blocks = _change(index, before, *moved)
            if not blocks or _splice(blocks, path, prefixes):
                index.set_meta(files.digests, path)
                index.db.execute("COMMIT")
                return Spliced(bool(blocks), change)
        index.db.execute("ROLLBACK")
        changed = write_full()
        index.db.execute("BEGIN")
        index.rebuild(_read_lines(files.path(name, ext)) for name in files.names())
        index.set_meta(files.digests, path)
        index.db.execute("COMMIT")
        return Spliced(changed, None)
    finally:
        index.close()
