"""Errors reach the user through the error table: a code, a message that says what to do, an exit status.

No FileNotFoundError or ValueError of the library escapes to a user of the command line; an error
that is not a KgraphError is a bug and shows its traceback instead of posing as a usage error.
"""
from __future__ import annotations

import http.server
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "serve"))
from serve_helpers import make_build  # noqa: E402

import kgraph.api  # noqa: E402
from kgraph.cli import app  # noqa: E402
from kgraph.errors import ERRORS, EXIT_FAILED, EXIT_USAGE, KgraphError  # noqa: E402
from kgraph.push import PushError, push  # noqa: E402
from kgraph.store import open_store  # noqa: E402

runner = CliRunner()
BASE = "https://example.org/kg/id/"


def test_a_code_outside_the_table_is_refused():
    with pytest.raises(KeyError):
        KgraphError("E999")


@pytest.mark.parametrize(("code", "status"), [("E001", EXIT_USAGE), ("E402", EXIT_USAGE), ("E510", EXIT_USAGE),
                                              ("E904", EXIT_USAGE), ("E400", EXIT_FAILED), ("E401", EXIT_FAILED),
                                              ("E403", EXIT_FAILED), ("E410", EXIT_FAILED), ("E411", EXIT_FAILED)])
def test_exit_status_says_whether_the_input_or_the_run_was_wrong(code, status):
    assert KgraphError(code).exit_status == status


def test_a_folder_without_a_build_is_e402(tmp_path):
    with pytest.raises(KgraphError) as caught:
        open_store(tmp_path)
    assert caught.value.code == "E402" and tmp_path.name in caught.value.message


def test_a_damaged_store_is_e403_not_a_file_not_found(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "CURRENT").write_text("MANIFEST-000009\n", encoding="ascii")  # names a missing file
    with pytest.raises(KgraphError) as caught:
        open_store(tmp_path)
    assert caught.value.code == "E403" and "store" in caught.value.message


def test_query_on_a_folder_without_a_build_prints_e402(tmp_path):
    result = runner.invoke(app, ["query", "ASK {}", "--data", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE and "E402" in result.output


@pytest.mark.parametrize("command", [["serve"], ["push", "--endpoint", "http://127.0.0.1:9/store"]])
def test_serve_and_push_without_a_build_print_e402(tmp_path, command):
    result = runner.invoke(app, [command[0], str(tmp_path), *command[1:]])
    assert result.exit_code == EXIT_USAGE and "E402" in result.output


def test_an_internal_value_error_is_a_bug_with_its_traceback_not_a_usage_error(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()

    def broken(*args, **kwargs):
        raise ValueError("an internal invariant broke")

    monkeypatch.setattr(kgraph.api, "build", broken)
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"])
    assert isinstance(result.exception, ValueError) and result.exit_code != EXIT_USAGE


def test_a_library_error_exits_with_its_own_status_and_code(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()

    def refused(*args, **kwargs):
        raise KgraphError("E951", name="lang/xx/dates.json", reason="'months' must be an object")

    monkeypatch.setattr(kgraph.api, "build", refused)
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == EXIT_USAGE and "E951" in result.output and "dates.json" in result.output


class _Refusing(http.server.BaseHTTPRequestHandler):
    def do_PUT(self):  # noqa: N802 (the handler's protocol)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(403)
        self.end_headers()
        self.wfile.write(b"writes are forbidden here")

    def log_message(self, *args):
        pass


@pytest.fixture
def refusing_store():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


def test_push_refused_is_e410_with_the_http_status(tmp_path, refusing_store):
    make_build(tmp_path, BASE, articles=2)
    report = push(tmp_path, refusing_store, timeout=10)
    assert report.sent == 0 and len(report.failures) == 2
    assert all(f.startswith("E410 ") and "403" in f and "forbidden" in f for f in report.failures)


def test_push_to_nowhere_is_e411(tmp_path):
    make_build(tmp_path, BASE, articles=1)
    report = push(tmp_path, "http://127.0.0.1:9/store", timeout=5)  # the discard port: nothing listens
    assert report.sent == 0 and report.failures and report.failures[0].startswith("E411 ")


def test_push_error_is_a_kgraph_error():
    error = PushError("PUT http://example.org/store", status=500, detail="boom")
    assert isinstance(error, KgraphError) and error.code == "E410" and error.status == 500
    assert {"E410", "E411"} <= set(ERRORS)
