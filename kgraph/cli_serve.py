"""`kgraph serve` and `kgraph push`, registered on the app of :mod:`kgraph.cli`."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from kgraph.cli import EXIT_SKIPPED, EXIT_USAGE, app, console, reported

__all__ = ["serve", "push"]


@app.command()
def serve(
    data: Annotated[Path, typer.Argument(help="A folder written by `kgraph build`.")] = Path("exports"),
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port; 0 picks a free one (printed).")] = 8000,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped (503).")] = 10.0,
    max_rows: Annotated[int, typer.Option(min=1, help="Most result rows (or triples) one query returns.")] = 10_000,
    workers: Annotated[int, typer.Option(min=1, help="Query worker processes.")] = 2,
    base_iri: Annotated[str | None, typer.Option(help="Base of the IRIs to dereference (default: the build's, from void.ttl).")] = None,
) -> None:
    """Serve a build: SPARQL 1.1 endpoint at /sparql (read-only), linked data, VoID, the views."""
    from kgraph.serve import ServerConfig, make_server
    from kgraph.store import require_build

    with reported():
        require_build(data)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        server = make_server(ServerConfig(data, host, port, timeout, max_rows, workers, base_iri))
    except OSError as exc:
        console.print(f"[red]error:[/red] cannot listen on {host}:{port}: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    print(f"kgraph serving {data} at {server.url}/ (SPARQL: {server.url}/sparql)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def push(
    data: Annotated[Path, typer.Argument(help="A folder written by `kgraph build`.")] = Path("exports"),
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://localhost:7878/store.")] = ...,  # type: ignore[assignment]
    changed_only: Annotated[bool, typer.Option(help="Send only the graphs changed since the last push there.")] = False,
    user: Annotated[str | None, typer.Option(help="USER:PASSWORD for HTTP basic authentication.")] = None,
    header: Annotated[list[str] | None, typer.Option(help="Extra request header 'Name: value' (repeatable).")] = None,
) -> None:
    """Copy a build into a SPARQL 1.1 Graph Store: PUT of one named graph per article."""
    from kgraph.push import push as push_build
    from kgraph.store import require_build

    with reported():
        require_build(data)
    headers = {}
    for item in header or []:
        name, _, value = item.partition(":")
        if not value:
            console.print(f"[red]error:[/red] --header {item!r}: write it as 'Name: value'.")
            raise typer.Exit(EXIT_USAGE)
        headers[name.strip()] = value.strip()
    with reported():
        report = push_build(data, endpoint, changed_only=changed_only, user=user, headers=headers)
    for failure in report.failures:
        console.print(f"[red]failed:[/red] {failure}", highlight=False)
    console.print(f"pushed {report.sent} graphs ({report.triples} triples), {report.unchanged} unchanged, "
                  f"{report.deleted} deleted, {len(report.failures)} failed → {endpoint}")
    if report.failures:
        raise typer.Exit(EXIT_SKIPPED)


def main() -> None:  # pragma: no cover
    """Entry point for ``python -m kgraph.serve`` (the CLI with serve and push registered)."""
    app(args=sys.argv[1:])
