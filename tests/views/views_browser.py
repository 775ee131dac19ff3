"""Headless Chromium through Playwright, with every network request aborted and recorded."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Browser", "PageLog", "open_browser"]


@dataclass
class PageLog:
    """What a page did: console errors, uncaught exceptions, requests other than local files."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@dataclass
class Browser:
    context: object
    log: PageLog

    def open(self, path: Path, wait_ready: bool = False):
        page = self.context.new_page()
        page.on("console", lambda m: self.log.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.log.errors.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith(("file://", "data:", "about:")) else
                self.log.requests.append(r.url))
        page.goto(path.resolve().as_uri(), wait_until="load")
        if wait_ready:
            page.wait_for_selector("body[data-ready='1']", timeout=20_000)
        return page


@contextmanager
def open_browser(executable: str, width: int = 1400, height: int = 900) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    log = PageLog()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        context = browser.new_context(viewport={"width": width, "height": height}, offline=True)

        def abort(route) -> None:
            log.requests.append(route.request.url)
            route.abort()

        context.route("http://**/*", abort)
        context.route("https://**/*", abort)
        context.route("ws://**/*", abort)
        try:
            yield Browser(context, log)
        finally:
            context.close()
            browser.close()
