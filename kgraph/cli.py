"""The command line: `kgraph build`, `kgraph query`, `kgraph score`. A thin layer over :mod:`kgraph.api`.

Exit codes: 0 built (bad articles, if any, reported and skipped); 1 some articles skipped and
``--strict`` given, or nothing could be built; 2 usage error (bad path, bad option, bad query).
Errors of the library reach the user through :func:`reported`: a :class:`~kgraph.errors.KgraphError`
is printed with its code and exits with its status; anything else is a bug and shows its traceback.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kgraph.errors import EXIT_FAILED, EXIT_USAGE, KgraphError
from kgraph.rdf.namespaces import DEFAULT_BASE_IRI

app = typer.Typer(
    name="kgraph",
    help="Turn multilingual news into a linked-data knowledge graph, and query it with SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console(stderr=True)
out = Console()

EXIT_OK, EXIT_SKIPPED = 0, EXIT_FAILED


@contextmanager
def reported() -> Iterator[None]:
    """Print a :class:`~kgraph.errors.KgraphError` raised in the block (its code and message) and
    exit with its status; any other exception is a bug and propagates with its traceback."""
    try:
        yield
    except KgraphError as exc:
        console.print(f"[red]{exc.code}[/red] {escape(exc.message)}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_status) from None


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            out.print(f"kgraph {version('kgraph')}")
        except PackageNotFoundError:  # run from a checkout that was not installed
            out.print("kgraph (not installed)")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print kgraph's version and exit.")] = False,
) -> None:
    """Turn multilingual news into a linked-data knowledge graph, and query it with SPARQL."""


@app.command()
def build(
    corpus: Annotated[Path, typer.Argument(help="Folder of articles (*.txt, searched recursively).")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Where to write graph.ttl, graph.trig, graph.jsonld, index.html and the store.")] = Path("exports"),
    base_iri: Annotated[str, typer.Option(help="Base under which entity, article and fact IRIs are minted.")] = DEFAULT_BASE_IRI,
    strict: Annotated[bool, typer.Option(help="Exit 1 if any article had to be skipped.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; only problems and the summary.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=0, help="Extraction processes; 0 = all cores; default: all cores when 200+ articles are to be extracted, else 1.")] = None,
    dask_scheduler: Annotated[str | None, typer.Option(help="Extract on this dask.distributed scheduler (tcp://HOST:PORT).")] = None,
    cache: Annotated[bool, typer.Option(help="Reuse the extractions of unchanged articles (OUT/cache) and update the store in place.")] = True,
    wait: Annotated[float, typer.Option(min=0, help="Seconds to wait for another build writing into --out (else stop at once).")] = 0.0,
    full: Annotated[bool, typer.Option("--full", help="Resolve entities over the whole corpus again (else only the parts that changed; same result).")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="Stay resident: rebuild (incrementally, models loaded once) as articles arrive in CORPUS; Ctrl-C stops.")] = False,
) -> None:
    """Build the knowledge graph of every article under CORPUS into --out."""
    from kgraph.api import build as build_graph

    if not corpus.exists():
        console.print(f"[red]error:[/red] {escape(str(corpus))}: no such file or folder; give the folder that holds the articles.",
                      soft_wrap=True)
        raise typer.Exit(EXIT_USAGE)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if watch:
        _watch(corpus, out_dir, base_iri=base_iri, jobs=jobs, wait=wait)
        return
    try:
        with reported(), _progress(quiet) as bar:
            task = bar.add_task("extracting", total=None)

            def advance(stage: str, done: int, total: int) -> None:
                bar.update(task, description=stage, completed=done, total=total)

            kg = build_graph(corpus, out_dir, base_iri=base_iri, progress=advance, jobs=jobs,
                             dask_scheduler=dask_scheduler, incremental=cache, wait=wait, full=full)
    except OSError as exc:  # the output cannot be written: disk full, read-only, permissions
        from kgraph.errors import make_problem

        where = Path(exc.filename) if exc.filename else out_dir
        problem = make_problem("E400", where, reason=exc.strerror or str(exc))
        console.print(f"[red]{problem.code}[/red] {escape(problem.message)}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_SKIPPED) from None
    report = kg.report
    assert report is not None
    for problem in report.problems:
        colour = "yellow" if not problem.skipped else "red"
        console.print(f"[{colour}]{problem.code}[/{colour}] {escape(problem.message)}", highlight=False,
                      soft_wrap=True)
    _summary(report, out_dir)
    skipped = [p for p in report.problems if p.skipped]
    if not report.extractions or (strict and skipped):
        raise typer.Exit(EXIT_SKIPPED)


def _watch(corpus: Path, out_dir: Path, **options) -> None:
    from kgraph.watch import watch

    def built(kg, seconds: float) -> None:
        report = kg.report
        problems = len(report.problems) if report is not None else 0
        articles = len(report.extractions) if report is not None else 0
        console.print(f"built {articles} articles into {escape(str(out_dir))} in {seconds:.1f} s"
                      f"{f', {problems} problems' if problems else ''}; watching {escape(str(corpus))}", soft_wrap=True)

    try:
        watch(corpus, out_dir, on_build=built, **options)
    except KeyboardInterrupt:
        console.print("stopped watching")


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, disable=quiet or not console.is_terminal, transient=True)


def _summary(report, out_dir: Path) -> None:
    table = Table(title=f"kgraph build → {out_dir}", show_header=False)
    skipped = sum(p.skipped for p in report.problems)
    rows = [("articles", f"{len(report.extractions)} built, {skipped} skipped"),
            ("languages", ", ".join(sorted({e.article.lang for e in report.extractions})) or "-"),
            ("mentions", str(report.mention_count)), ("entities", str(len(report.entities))),
            ("triples", str(report.triple_count)), ("time", f"{report.seconds:.1f} s")]
    for key, value in rows:
        table.add_row(key, value)
    console.print(table)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE.rq to read it from a file.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="A folder written by `kgraph build`.")] = Path("exports"),
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = ResultFormat.table,
) -> None:
    """Answer a SPARQL query from a built graph (standard prefixes are predeclared)."""
    from pyoxigraph import QueryBoolean, QuerySolutions

    from kgraph.api import open_graph

    text = _query_text(sparql)
    with reported():
        kg = open_graph(data)
    try:
        result = kg.raw_query(text)
    except SyntaxError as exc:
        from kgraph.query_errors import explain_query_error

        name = sparql[1:] if sparql.startswith("@") else "the query"
        console.print(f"[red]error:[/red] {escape(explain_query_error(text, str(exc), name))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    if fmt is ResultFormat.table and isinstance(result, QuerySolutions):
        _print_table(result)
        return
    if fmt is ResultFormat.table and isinstance(result, QueryBoolean):  # ASK: the answer, not JSON
        out.print(str(bool(result)).lower())
        return
    body = _serialized(result, fmt)
    sys.stdout.buffer.write(body if body.endswith(b"\n") else body + b"\n")  # JSON ends with no newline
    sys.stdout.flush()


def _serialized(result, fmt: ResultFormat) -> bytes:
    """A query's answer as the W3C results format ``fmt`` (the endpoint's writer); a graph as N-Triples."""
    from pyoxigraph import QueryBoolean, QuerySolutions, RdfFormat

    from kgraph.rdf.oxi import to_bytes
    from kgraph.results import write_boolean, write_solutions

    name = "json" if fmt is ResultFormat.table else fmt.value
    if isinstance(result, QueryBoolean):
        return write_boolean(name, bool(result))
    if isinstance(result, QuerySolutions):
        names = [v.value for v in result.variables]
        return write_solutions(name, names, (tuple(row[n] for n in names) for row in result))
    return to_bytes(result, RdfFormat.N_TRIPLES)


def _query_text(sparql: str) -> str:
    if not sparql.startswith("@"):
        return sparql
    path = Path(sparql[1:])
    if not path.is_file():
        console.print(f"[red]error:[/red] {path}: no such query file.")
        raise typer.Exit(EXIT_USAGE)
    return path.read_text(encoding="utf-8")


def _compact(term) -> str:
    """An IRI as a prefixed name where a standard prefix fits; literals as their text."""
    from pyoxigraph import NamedNode

    from kgraph.rdf.namespaces import DEFAULT_BASE_IRI, PREFIXES

    if term is None:
        return ""
    if not isinstance(term, NamedNode):
        return term.value
    for prefix, namespace in (("id", DEFAULT_BASE_IRI), *PREFIXES.items()):
        if term.value.startswith(namespace):
            return f"{prefix}:{term.value[len(namespace):]}"
    return term.value


def _print_table(result) -> None:
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    count = 0
    for row in result:
        table.add_row(*[_compact(row[n]) for n in names])
        count += 1
    out.print(table)
    console.print(f"{count} row{'s' * (count != 1)}")


@app.command()
def score(
    graph: Annotated[Path, typer.Argument(help="graph.ttl (or .trig, .nt, .nq, .jsonld), a store, or a build folder.")],
    gold: Annotated[Path, typer.Argument(help="Gold folder: entities.json and one DOC.json per article (FORMAT.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary figures as JSON.")] = False,
    verbose: Annotated[bool, typer.Option(help="List misses and spurious mentions.")] = False,
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder the gold documents' text paths are relative to.")] = None,
) -> None:
    """Score a graph against gold annotations (mentions, types, merging, links, relations, events)."""
    from kgraph.evaluate import as_json as json_report, as_text, corpus_article_ids, score as score_graph

    with reported():
        scores = score_graph(graph, gold, article_ids=corpus_article_ids(corpus) if corpus else None)
    for problem in scores.problems:
        console.print(f"[yellow]{problem.code}[/yellow] {escape(problem.message)}", highlight=False, soft_wrap=True)
    sys.stdout.write(json_report(scores) if as_json else as_text(scores, verbose=verbose))


import kgraph.cli_serve  # noqa: E402,F401  (registers `serve` and `push` on app)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
