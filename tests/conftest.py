"""Shared fixtures: the seed corpus built once per test session (the real models, real text)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """kgraph.build over corpus/ into a temporary folder; returns the KnowledgeGraph."""
    import kgraph

    out = tmp_path_factory.mktemp("seed-build")
    return kgraph.build(CORPUS, out)


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a headless-capable Chromium; skipped where none is installed (CI installs it)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is not installed; .ci/run installs it with apt-get.")
    pytest.skip("no Chromium on this machine")
