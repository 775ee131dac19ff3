"""Fixtures for the view tests: a tiny hostile build, and a headless Chromium that reaches nothing."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from views_corpus import write_tiny_build


@pytest.fixture(scope="session")
def tiny_build(tmp_path_factory) -> Path:
    return write_tiny_build(tmp_path_factory.mktemp("tiny-build"))


@pytest.fixture(scope="session")
def browser(chromium):
    """One headless Chromium (Playwright, the system binary) for the session; its log is reset per test."""
    pytest.importorskip("playwright.sync_api")
    from views_browser import open_browser

    with open_browser(chromium) as opened:
        yield opened


@pytest.fixture()
def clean_browser(browser):
    browser.log.errors.clear()
    browser.log.requests.clear()
    yield browser
    for page in list(browser.context.pages):
        page.close()


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    """Where page screenshots go: $KGRAPH_SCREENSHOTS if set, else a temporary folder."""
    chosen = os.environ.get("KGRAPH_SCREENSHOTS")
    path = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
