"""The output plugins: the registry of built-in outputs, a plugin of the test's own written
through the same interface, told what changed since the last write, and run after the outputs
whose results it reads."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

import kgraph.output.formats as formats
from kgraph.output import (BUILTIN, GraphFiles, GraphPiece, Output, OutputFormat, OutputJob, output_formats,
                           output_pieces, register, write_outputs)

EX = "https://example.org/t/"


def _graph(name: str, *values: str) -> tuple[str, list[Quad]]:
    g = NamedNode(EX + "graph/" + name)
    return g.value, [Quad(NamedNode(EX + name), NamedNode(EX + "p"), Literal(v), g) for v in values]


class Counts(Output):
    """counts.txt: each graph's name and number of distinct triples, from a piece of its own."""

    name = "counts"
    files = ("counts.txt",)
    pieces = (GraphPiece("count", lambda view: str(len(view.quads)).encode(), (__name__,)),)

    def __init__(self) -> None:
        self.seen: list = []

    def write(self, job: OutputJob) -> int:
        self.seen.append(job.changes)
        lines = [f"{n} {job.graphs.read(n, 'count').decode()}\n" for n in sorted(job.graphs.names())]
        (job.out_dir / "counts.txt").write_text("".join(lines), encoding="utf-8")
        return len(lines)


COUNTS = Counts()


def _files(folder: Path, graphs: list[tuple[str, list[Quad]]], plugins) -> GraphFiles:
    files = GraphFiles(folder, output_pieces(plugins))
    for name, quads in graphs:
        files.add(name, quads)
    files.prune()
    return files


def test_the_builtin_outputs_are_plugins_with_files_of_their_own():
    found = output_formats()
    assert [o.name for o in found] == list(BUILTIN)
    assert all(isinstance(o, OutputFormat) for o in found)
    files = [name for o in found for name in o.files]
    assert len(files) == len(set(files)) and {"graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml",
                                              "graph.nif.ttl", "void.ttl", "index.html"} <= set(files)
    exts = [p.ext for p in output_pieces(found)]
    assert exts == ["trig", "jsonld", "views", "nif"]  # each once: the N-Triples are the unit itself


def test_a_registered_output_is_loaded_by_name(monkeypatch):
    monkeypatch.setattr(formats, "_registry", dict(formats._registry))
    register("counts", f"{__name__}:COUNTS")
    assert output_formats(["counts"]) == (COUNTS,)
    register("counts", f"{__name__}:EX")  # a string, no plugin
    with pytest.raises(TypeError, match="no OutputFormat"):
        output_formats(["counts"])


def test_an_output_is_told_what_changed_since_the_last_write(tmp_path):
    plugin = Counts()
    plugins = (plugin,)
    out, chunks = tmp_path / "out", tmp_path / "out" / "cache" / "chunks"
    a, b = _graph("a", "1", "2"), _graph("b", "3")
    results = write_outputs(_files(chunks, [a, b], plugins), out, base_iri=EX, incremental=True, formats=plugins)
    assert results == {"counts": 2}
    assert (out / "counts.txt").read_text() == f"{a[0]} 2\n{b[0]} 1\n"
    first = plugin.seen[-1]
    assert first.code and first.graphs == {a[0], b[0]} and not first.nothing
    write_outputs(_files(chunks, [a, b], plugins), out, base_iri=EX, incremental=True, formats=plugins)
    assert plugin.seen[-1].nothing
    b2 = _graph("b", "3", "4")
    write_outputs(_files(chunks, [b2], plugins), out, base_iri=EX, incremental=True, formats=plugins)
    last = plugin.seen[-1]
    assert (last.graphs, last.removed, last.code) == ({b2[0]}, {a[0]}, False)
    assert (out / "counts.txt").read_text() == f"{b2[0]} 2\n"
    (out / "counts.txt").unlink()  # an output gone: written again though no graph changed
    write_outputs(_files(chunks, [b2], plugins), out, base_iri=EX, incremental=True, formats=plugins)
    assert plugin.seen[-1].code and (out / "counts.txt").is_file()


class Slow(Output):
    """A background output: its result is a path, ready after the others started."""

    name = "slow"
    background = True

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def write(self, job: OutputJob) -> Path:
        self.log.append(f"slow in {threading.current_thread().name}")
        return job.out_dir / "slow"

    def commit(self, job: OutputJob) -> None:
        self.log.append("slow commit")


class Reader(Output):
    name = "reader"
    after = ("slow",)

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def write(self, job: OutputJob) -> str:
        path = job.result("slow", Path)
        with pytest.raises(TypeError, match="not int"):
            job.result("slow", int)
        self.log.append(f"reader read {path.name}")
        return path.name


def test_an_output_reads_the_result_of_one_written_in_the_background(tmp_path):
    log: list[str] = []
    plugins = (Slow(log), Reader(log))
    results = write_outputs(_files(tmp_path / "chunks", [_graph("a", "1")], plugins), tmp_path, base_iri=EX,
                            incremental=False, formats=plugins)
    assert results == {"slow": tmp_path / "slow", "reader": "slow"}
    assert log[0].startswith("slow in kgraph-output") and log[1:] == ["reader read slow", "slow commit"]
    assert not (tmp_path / "cache").exists()  # a clean build keeps no stamp
