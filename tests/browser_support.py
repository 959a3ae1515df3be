"""Headless Chromium for tests, through Playwright: a fixture, a local server, a watched page.

Playwright drives Debian's chromium (``/usr/bin/chromium``, or ``$CHROMIUM``), not a
browser of its own. Without chromium a browser test is skipped on a developer's
machine and fails in CI (``CI`` set), where ``.ci/run`` installs it.

Use the ``browser`` fixture (conftest.py makes it available to every test module)
with `serve` and `watched_page`::

    def test_x(browser, built_site):
        with serve(built_site) as base, watched_page(browser, base) as page:
            page.goto(f"{base}/index.html")
            assert page.dialogs == []
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def missing(what: str) -> NoReturn:
    """Fail the test in CI (where .ci/run installs ``what``), skip it elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI (.ci/run installs it)")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Yield a headless Chromium driven by Playwright, shared by the whole test session.

    One per session: Playwright's sync API runs one instance per thread.
    """
    if CHROMIUM is None or not Path(CHROMIUM).exists():
        missing("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright (pip install -e '.[test]')")
    executable = CHROMIUM

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            launched.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve the folder ``site`` over HTTP on localhost; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class WatchedPage:
    """A page whose JavaScript dialogs (alert, confirm, prompt) are recorded and dismissed."""

    page: Page
    dialogs: list[str] = field(default_factory=list)

    def goto(self, url: str) -> None:
        """Open ``url``, wait for its load event (images and scripts done), then let queued events run."""
        self.page.goto(url, wait_until="load")
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))")


@contextmanager
def watched_page(browser: Browser, base: str) -> Iterator[WatchedPage]:
    """Yield a `WatchedPage` that may load only from ``base``: every other request is refused.

    Dialogs are watched on the whole browser context, so a window the page opens
    is watched too.
    """
    context = browser.new_context()
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(base) else route.abort(),
    )
    watched = WatchedPage(context.new_page())

    def record(dialog: Any) -> None:
        watched.dialogs.append(
            f"{dialog.type} {dialog.message!r} on {dialog.page.url if dialog.page else '?'}"
        )
        dialog.dismiss()

    context.on("dialog", record)
    try:
        yield watched
    finally:
        context.close()
