"""Output formats as plugins of one per-graph interface, modelled on rdflib's plugin registry.

An output (the store, graph.ttl, graph.trig, graph.jsonld, graph.nif.ttl, void.ttl, the views) is
an object with the attributes and methods of :class:`OutputFormat`, registered by name as
``"module:attribute"`` and imported only when the build asks for it (:func:`output_formats`).
It reads the build's graphs through :class:`OutputJob` (the per-graph files of
:mod:`kgraph.output.graphs`, the union stream, what changed, the results of the outputs it
names in ``after``) and never imports another output: store, formats and views know only this
package (an import contract in ``pyproject.toml`` checks it).

:func:`write_outputs` runs them: ``prepare`` for all, then ``write`` in registry order (an output
after those it names; a ``background`` one in a thread, joined when another needs its result),
then ``commit`` for all once every write succeeded (the store swaps its new copy in last).
"""
from __future__ import annotations

import importlib
import json
import logging
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from kgraph.cache import CACHE_DIR, clear_stamp, code_version, read_stamp, write_stamp
from kgraph.output.graphs import GraphFiles, GraphPiece, UnionStream

__all__ = ["OutputFormat", "Output", "FileOutput", "OutputJob", "Changes", "register", "output_formats", "output_pieces",
           "output_files", "write_outputs", "BUILTIN"]

T = TypeVar("T")
log = logging.getLogger(__name__)

# The built-in outputs, in the order they are written (rdflib's plugin.register(name, kind, module, class)).
BUILTIN = {
    "store": "kgraph.store:STORE",
    "turtle": "kgraph.export.turtle:TURTLE",
    "trig": "kgraph.export.trig:TRIG",
    "jsonld": "kgraph.export.jsonld:JSONLD",
    "views": "kgraph.views.output:VIEWS",
    "nif": "kgraph.export.nif:NIF",
    "void": "kgraph.void:VOID_OUTPUT",
}
_registry: dict[str, str] = dict(BUILTIN)


@dataclass(frozen=True)
class Changes:
    """What differs from the outputs the last complete write left (known for incremental builds)."""

    graphs: frozenset[str]  # graphs added or changed since (every graph when the last write is unknown)
    removed: frozenset[str]  # graphs gone since
    code: bool  # the code or the IRI base differs from the last write's, or some output is missing

    @property
    def nothing(self) -> bool:
        """Every output is already what this build would write."""
        return not (self.graphs or self.removed or self.code)


@dataclass
class OutputJob:
    """What an output is given: the build's folder and graphs, and the results of earlier outputs."""

    out_dir: Path
    graphs: GraphFiles
    union: UnionStream
    changes: Changes
    base_iri: str
    incremental: bool
    workers: int = 1  # processes an output may fork for its work (kgraph.forked)
    results: dict[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)  # what an output keeps from its prepare to its write
    _pending: dict[str, Future] = field(default_factory=dict)

    @property
    def cache_dir(self) -> Path:
        return self.out_dir / CACHE_DIR

    def result(self, name: str, kind: type[T]) -> T:
        """What output ``name`` gave (waiting for it if it runs in the background), checked to be a ``kind``."""
        if name in self._pending:
            self.results[name] = self._pending.pop(name).result()
        if name not in self.results:
            raise KeyError(f"output {name!r} has not run (is it registered, and named in 'after'?)")
        value = self.results[name]
        if not isinstance(value, kind):
            raise TypeError(f"output {name!r} gave {type(value).__name__}, not {kind.__name__}")
        return value


@runtime_checkable
class OutputFormat(Protocol):
    """One output of a build."""

    name: str  # its key in the registry
    files: tuple[str, ...]  # what it writes under OUT (a build with all of them and nothing changed skips it)
    pieces: tuple[GraphPiece, ...]  # what it keeps of each graph
    after: tuple[str, ...]  # the outputs whose results it reads
    background: bool  # written in a thread while the others are written (native code releasing the GIL)

    def prepare(self, job: OutputJob) -> None: ...

    def write(self, job: OutputJob) -> object: ...

    def commit(self, job: OutputJob) -> None: ...


class Output:
    """Defaults for an :class:`OutputFormat`: no pieces, no dependencies, nothing to prepare or commit."""

    name = ""
    files: tuple[str, ...] = ()
    pieces: tuple[GraphPiece, ...] = ()
    after: tuple[str, ...] = ()
    background = False

    def prepare(self, job: OutputJob) -> None:
        return None

    def write(self, job: OutputJob) -> object:
        raise NotImplementedError

    def commit(self, job: OutputJob) -> None:
        return None


class FileOutput(Output):
    """An output that is one file, ``files[0]``, rewritten only when something changed:
    :meth:`write_file` writes it (atomically, only if its bytes change) and says whether it did."""

    def write(self, job: OutputJob) -> bool:
        """True if the file changed."""
        return False if job.changes.nothing else self.write_file(job, job.out_dir / self.files[0])

    def write_file(self, job: OutputJob, path: Path) -> bool:
        raise NotImplementedError


def register(name: str, spec: str) -> None:
    """Add (or replace) the output ``name``, given as ``"module:attribute"``; written after the built-in ones."""
    _registry[name] = spec


def _load(name: str, spec: str) -> OutputFormat:
    module, _, attribute = spec.partition(":")
    plugin = getattr(importlib.import_module(module), attribute)
    if not isinstance(plugin, OutputFormat) or plugin.name != name:
        raise TypeError(f"{spec} is no OutputFormat named {name!r}")
    return plugin


def output_formats(names: Iterable[str] | None = None) -> tuple[OutputFormat, ...]:
    """The registered outputs (or those named), in the order they are written."""
    chosen = list(_registry) if names is None else [n for n in _registry if n in set(names)]
    return tuple(_load(name, _registry[name]) for name in chosen)


def output_pieces(formats: Iterable[OutputFormat]) -> list[GraphPiece]:
    """The pieces of each graph these outputs read, each once."""
    found: dict[str, GraphPiece] = {}
    for output in formats:
        for piece in output.pieces:
            found.setdefault(piece.ext, piece)
    return list(found.values())


def output_files(formats: Iterable[OutputFormat]) -> tuple[str, ...]:
    return tuple(name for output in formats for name in output.files)


def _changes(out_dir: Path, code: str, digests: dict[str, str], files: tuple[str, ...], incremental: bool) -> Changes:
    """Compare with the stamp the last complete write left (its code and its graphs' digests)."""
    try:
        last = json.loads(read_stamp(out_dir) or "") if incremental else {}
    except ValueError:
        last = {}
    before: dict[str, str] = last.get("graphs", {}) if isinstance(last, dict) else {}
    same_code = bool(last) and last.get("code") == code and all((out_dir / name).exists() for name in files)
    return Changes(frozenset(n for n, d in digests.items() if before.get(n) != d),
                   frozenset(n for n in before if n not in digests), not same_code)


def _timed_write(output: OutputFormat, job: OutputJob) -> object:
    """``output.write(job)``, its wall time logged (read by bench/bench_incremental.py)."""
    started = time.perf_counter()
    result = output.write(job)
    log.info("output %s written in %.2f s", output.name, time.perf_counter() - started)
    return result


def write_outputs(files: GraphFiles, out_dir: Path, *, base_iri: str, incremental: bool,
                  formats: tuple[OutputFormat, ...] | None = None, workers: int = 1) -> dict[str, Any]:
    """Write every output from the graphs' files; what each gave, by name. ``workers``: the
    processes an output may fork (in its ``prepare``, before the background outputs' thread starts)."""
    formats = output_formats() if formats is None else formats
    code = f"{code_version()} {base_iri}"
    changes = _changes(out_dir, code, files.digests, output_files(formats), incremental)
    log.info("outputs: %d graphs changed, %d removed%s", len(changes.graphs), len(changes.removed),
             ", code changed" if changes.code else "")
    if not changes.nothing:
        clear_stamp(out_dir)
    job = OutputJob(out_dir, files, UnionStream(files), changes, base_iri, incremental, workers)
    for output in formats:
        output.prepare(job)
    with ThreadPoolExecutor(1, thread_name_prefix="kgraph-output") as pool:
        for output in formats:
            if output.background:
                job._pending[output.name] = pool.submit(_timed_write, output, job)
        for output in formats:
            if not output.background:
                for name in output.after:
                    job.result(name, object)
                job.results[output.name] = _timed_write(output, job)
        for name in list(job._pending):
            job.result(name, object)
    for output in formats:
        output.commit(job)
    if incremental and not changes.nothing:
        write_stamp(out_dir, json.dumps({"code": code, "graphs": files.digests}, sort_keys=True))
    return job.results
