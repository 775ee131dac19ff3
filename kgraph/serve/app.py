"""The HTTP server: a read-only SPARQL 1.1 Protocol endpoint, dereferenceable IRIs, VoID, views.

Routes: ``/sparql`` (GET ?query=, POST form or application/sparql-query; updates refused with
403), ``/.well-known/void``, the base IRI's path (linked data, content-negotiated), everything
else the static files of the build folder (index.html, entity pages) with no path traversal.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kgraph.serve.linked import LinkedData
from kgraph.serve.pool import QueryPool, QueryTimeout, WorkerFailed
from kgraph.serve.static import static_file
from kgraph.serve.work import Answer, QueryRequest

__all__ = ["ServerConfig", "KgraphServer", "make_server"]

log = logging.getLogger(__name__)
SPARQL_PATHS = {"/sparql", "/query"}
MAX_BODY = 1_000_000
SPARQL_METHODS, OTHER_METHODS = "GET, HEAD, POST, OPTIONS", "GET, HEAD, OPTIONS"
# what a browser client (YASGUI, a page on another origin) may send and read
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "X-Kgraph-Truncated, Location, Vary"}


@dataclass(frozen=True)
class ServerConfig:
    out_dir: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    base_iri: str | None = None  # the build's (from void.ttl) when not given


class KgraphServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # listen backlog: socketserver's 5 reset connections under 20 concurrent clients

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        super().__init__((config.host, config.port), Handler)
        self.pool = QueryPool(config.out_dir, workers=config.workers, timeout=config.timeout)
        self.linked = LinkedData(config.out_dir, config.base_iri, self.pool)

    @property
    def url(self) -> str:
        host, port = self.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(config: ServerConfig) -> KgraphServer:
    """A bound server (``port=0``: any free port; see ``server.url``); call serve_forever()."""
    return KgraphServer(config)


class Handler(BaseHTTPRequestHandler):
    server: KgraphServer
    server_version = "kgraph"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        log.info("%s %s", self.address_string(), format % args)

    # -- plumbing --------------------------------------------------------------------------
    def _send(self, answer: Answer, *, head: bool = False) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        for key, value in {**CORS, **answer.headers}.items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(answer.body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers or {}))

    def _not_allowed(self, path: str, message: str) -> None:
        allowed = SPARQL_METHODS if path in SPARQL_PATHS else OTHER_METHODS
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, message, {"Allow": allowed})

    def _call(self, name: str, *args: object, head: bool = False) -> None:
        try:
            self._send(self.server.pool.call(name, *args), head=head)
        except QueryTimeout as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
        except WorkerFailed as exc:
            log.error("query failed: %s", exc)
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {exc}")

    # -- methods ---------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._route(head=False)

    def do_HEAD(self) -> None:
        self._route(head=True)

    def do_OPTIONS(self) -> None:
        """A CORS preflight (or a plain OPTIONS): the methods and request headers allowed."""
        path = urlsplit(self.path).path
        allowed = SPARQL_METHODS if path in SPARQL_PATHS else OTHER_METHODS
        requested = self.headers.get("Access-Control-Request-Headers") or "Accept, Content-Type"
        self._send(Answer(HTTPStatus.NO_CONTENT, "text/plain; charset=utf-8", b"", {
            "Allow": allowed, "Access-Control-Allow-Methods": allowed,
            "Access-Control-Allow-Headers": requested, "Access-Control-Max-Age": "86400"}))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in SPARQL_PATHS:
            self._not_allowed(url.path, "POST only to /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body)}
        elif ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype == "application/sparql-update":
            params["update"] = [body]
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST application/x-www-form-urlencoded or application/sparql-query")
            return
        self._sparql(params)

    def do_PUT(self) -> None:
        self._not_allowed(urlsplit(self.path).path, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    def _route(self, *, head: bool) -> None:
        url = urlsplit(self.path)
        if url.path in SPARQL_PATHS:
            if head:
                self._send(Answer(200, "text/plain; charset=utf-8", b""), head=True)
            else:
                self._sparql(parse_qs(url.query))
            return
        if url.path == "/.well-known/void":
            self._send(self.server.linked.void(self.server.url, self.headers.get("Accept")), head=head)
            return
        linked = self.server.linked
        iri = linked.iri_of(url.path)
        if iri is not None:
            self._call("describe", iri, self.headers.get("Accept"), linked.page_of(iri), linked.fragments_graph(iri),
                       head=head)
            return
        self._send(static_file(self.server.config.out_dir, url.path), head=head)

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one SPARQL query in the 'query' parameter")
            return
        formats = tuple(params.get("format", []) + params.get("output", []) + params.get("results", []))
        request = QueryRequest(queries[0], self.headers.get("Accept"), formats,
                               tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])),
                               self.server.config.max_rows)
        self._call("answer_query", request)
