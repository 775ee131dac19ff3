"""`kgraph push` into a real Oxigraph server (the `oxigraph` CLI from PyPI), started by the test."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

sys.path.insert(0, str(Path(__file__).parent / "serve"))
from serve_helpers import make_build  # noqa: E402

from kgraph.push import push  # noqa: E402
from kgraph.store import open_store  # noqa: E402

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
BASE = "https://example.org/kg/id/"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("oxigraph server did not start")
    yield url
    process.terminate()
    process.wait(timeout=10)


def remote_count(url: str, query: str) -> int:
    sparql = SPARQLWrapper(f"{url}/query")
    sparql.setReturnFormat(JSON)
    sparql.setOnlyConneg(True)
    sparql.setQuery(query)
    return int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"])


def local_count(out: Path, query: str) -> int:
    return int(next(iter(open_store(out).query(query)))["n"].value)


def test_push_puts_one_graph_per_article_and_counts_match(tmp_path, oxigraph_server):
    out = tmp_path / "build"
    make_build(out, BASE, articles=4)
    report = push(out, f"{oxigraph_server}/store")
    assert report.failures == [] and report.sent == 4
    assert remote_count(oxigraph_server, COUNT_GRAPHS) == local_count(out, COUNT_GRAPHS) == 4
    assert remote_count(oxigraph_server, COUNT_QUADS) == local_count(out, COUNT_QUADS) == report.triples
    people = 'SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a <https://schema.org/Person> } }'
    assert remote_count(oxigraph_server, people) == 3


def test_push_again_replaces_and_deletes_removed_articles(tmp_path, oxigraph_server):
    out = tmp_path / "build"
    make_build(out, BASE, articles=4)
    push(out, f"{oxigraph_server}/store")
    make_build(out, BASE, articles=2)  # two articles deleted from the corpus
    report = push(out, f"{oxigraph_server}/store", changed_only=True)
    assert report.deleted == 2 and report.sent == 0 and report.unchanged == 2
    assert remote_count(oxigraph_server, COUNT_GRAPHS) == 2
    assert remote_count(oxigraph_server, COUNT_QUADS) == local_count(out, COUNT_QUADS)


def test_push_cli_reports_an_unreachable_endpoint(tmp_path):
    from typer.testing import CliRunner

    from kgraph.cli import app

    out = tmp_path / "build"
    make_build(out, BASE, articles=1)
    result = CliRunner().invoke(app, ["push", str(out), "--endpoint", f"http://127.0.0.1:{_free_port()}/store"])
    assert result.exit_code == 1
    assert "failed" in result.output


def test_changed_only_resends_what_the_remote_store_lost(tmp_path, oxigraph_server):
    """The local record says what was pushed, not what the store still holds: a store emptied
    since (or one graph of it dropped) gets those graphs again."""
    out = tmp_path / "build"
    make_build(out, BASE, articles=3)
    push(out, f"{oxigraph_server}/store")
    request = urllib.request.Request(f"{oxigraph_server}/update", method="POST", data=b"DROP GRAPH <" +
                                     f"{BASE}graph/art1".encode() + b">",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=10).read()
    report = push(out, f"{oxigraph_server}/store", changed_only=True)
    assert (report.sent, report.unchanged) == (1, 2)
    assert remote_count(oxigraph_server, COUNT_QUADS) == local_count(out, COUNT_QUADS)
    urllib.request.urlopen(urllib.request.Request(f"{oxigraph_server}/update", method="POST", data=b"CLEAR ALL",
                                                  headers={"Content-Type": "application/sparql-update"}), timeout=10).read()
    report = push(out, f"{oxigraph_server}/store", changed_only=True)
    assert (report.sent, report.unchanged) == (3, 0)
    assert remote_count(oxigraph_server, COUNT_QUADS) == local_count(out, COUNT_QUADS)
