"""Fixtures: a hand-made build (no models needed) served by a real `kgraph serve` on loopback."""
from __future__ import annotations

import pytest
from serve_helpers import Server, make_build


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A build under https://example.org/kg/id/ served with a 1.5 s timeout and a 50-row cap."""
    out = tmp_path_factory.mktemp("served")
    make_build(out, "https://example.org/kg/id/")
    (out / "entity").mkdir()
    (out / "entity" / "Person_p0.html").write_text("<!doctype html><title>p0</title>", encoding="utf-8")
    server = Server(out, "--timeout", "1.5", "--max-rows", "50")
    yield server
    server.stop()
