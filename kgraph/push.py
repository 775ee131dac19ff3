"""``kgraph push``: copy a build into any store that speaks the SPARQL 1.1 Graph Store HTTP Protocol.

Each article's named graph is sent with ``PUT ENDPOINT?graph=IRI`` (N-Triples), which replaces
that graph remotely and leaves the store's other graphs alone. What was pushed is remembered
(``OUT/cache/push-<endpoint digest>.json``, a digest per graph), so ``changed_only`` sends only
the graphs that changed since, or that the remote store no longer holds (each one the record calls
unchanged is asked for with ``HEAD``: a store emptied or dropped since gets its graphs again), and
graphs of deleted articles are removed remotely with DELETE.
"""
from __future__ import annotations

import base64
import hashlib
import json
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from pyoxigraph import NamedNode, RdfFormat, Store, serialize

from kgraph.atomic import write_atomic
from kgraph.errors import KgraphError
from kgraph.store import graph_digests, open_store, stored_digests

__all__ = ["PushReport", "PushError", "push"]

Progress = Callable[[str, int, int], None]


class PushError(KgraphError):
    """The remote store refused a request (E410, ``status`` its HTTP status) or could not be reached (E411)."""

    def __init__(self, request: str, *, status: int | None = None, detail: str = "", reason: str = "") -> None:
        self.status = status
        if status is None:
            super().__init__("E411", name=request, reason=reason)
        else:
            super().__init__("E410", name=request, status=status, detail=detail or "no detail")


@dataclass
class PushReport:
    sent: int = 0
    unchanged: int = 0
    deleted: int = 0
    triples: int = 0
    failures: list[str] = field(default_factory=list)


def _digests(store: Store, out_dir: Path) -> dict[str, str]:
    """Each named graph's digest (the store's default graph is their union: not pushed): from the
    store's manifest, else computed (a folder with graph.trig only)."""
    names = sorted(graph.value for graph in store.named_graphs())
    recorded = stored_digests(out_dir)
    if recorded is not None and set(recorded) == set(names):
        return {name: recorded[name] for name in names}
    return {name: graph_digests({name: list(store.quads_for_pattern(None, None, None, NamedNode(name)))})[name]
            for name in names}


def _target(endpoint: str, graph: str) -> str:
    joiner = "&" if "?" in endpoint else "?"
    return f"{endpoint}{joiner}graph={quote(graph, safe='')}"


def _request(method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float) -> int:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", errors="replace").strip()
        raise PushError(f"{method} {url}", status=exc.code, detail=detail) from None
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(f"{method} {url}", reason=str(exc)) from None


def _held(endpoint: str, graph: str, headers: dict[str, str], timeout: float) -> bool:
    """Whether the remote store still holds ``graph`` (the Graph Store Protocol answers 404 if not)."""
    asked = {k: v for k, v in headers.items() if k != "Content-Type"}
    try:
        return _request("HEAD", _target(endpoint, graph), None, asked, timeout) < 300
    except PushError:  # missing, or the store cannot say: send it
        return False


def _record_path(out_dir: Path, endpoint: str) -> Path:
    return out_dir / "cache" / f"push-{hashlib.sha256(endpoint.encode()).hexdigest()[:16]}.json"


def _load_record(path: Path) -> dict[str, str]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def push(out_dir: Path, endpoint: str, *, changed_only: bool = False, user: str | None = None,
         headers: dict[str, str] | None = None, timeout: float = 120.0,
         progress: Progress | None = None) -> PushReport:
    """PUT every named graph of the build at ``out_dir`` to the Graph Store ``endpoint``."""
    store = open_store(out_dir)
    digests = _digests(store, out_dir)  # one graph's quads in memory at a time, never all
    record_path = _record_path(out_dir, endpoint)
    record = _load_record(record_path)
    sent_headers = {"Content-Type": "application/n-triples", **(headers or {})}
    if user:
        sent_headers["Authorization"] = "Basic " + base64.b64encode(user.encode()).decode()
    report = PushReport()
    pushed: dict[str, str] = {g: d for g, d in record.items() if g in digests}
    for i, graph in enumerate(digests, 1):
        if changed_only and record.get(graph) == digests[graph] and _held(endpoint, graph, sent_headers, timeout):
            report.unchanged += 1
            continue
        quads = list(store.quads_for_pattern(None, None, None, NamedNode(graph)))
        body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
        try:
            _request("PUT", _target(endpoint, graph), body, sent_headers, timeout)
            pushed[graph] = digests[graph]
            report.sent += 1
            report.triples += len(quads)
        except PushError as exc:
            report.failures.append(f"{exc.code} {exc.message}")
        if progress:
            progress("push", i, len(digests))
    for graph in sorted(set(record) - set(digests)):  # articles deleted since the last push
        try:
            _request("DELETE", _target(endpoint, graph), None, {k: v for k, v in sent_headers.items()
                                                                 if k != "Content-Type"}, timeout)
            report.deleted += 1
        except PushError as exc:
            if exc.status != 404:
                report.failures.append(f"{exc.code} {exc.message}")
                pushed[graph] = record[graph]
    payload = json.dumps(pushed, sort_keys=True).encode("utf-8")
    write_atomic(record_path, lambda out: out.write(payload), durable=False)
    return report

