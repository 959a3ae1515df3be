"""The built seed site in headless Chromium: the page renders as a reader sees it."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_site import ROOT, build, make_project

pytestmark = [pytest.mark.site, pytest.mark.browser]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    project = make_project(tmp_path_factory.mktemp("browser"), {})
    shutil.copy(ROOT / "seeds" / "csto-armenia-interview.txt", project / "seeds")
    assert build(project).returncode == 0
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def chromium(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


def test_briefing_page_renders_in_chromium(served_site: str, tmp_path: Path) -> None:
    url = f"{served_site}/briefings/csto-armenia-interview/#p8"
    result = chromium("--virtual-time-budget=3000", "--dump-dom", url, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = BeautifulSoup(result.stdout, "html.parser")
    # Material's JavaScript ran: it marks the document and builds the header title.
    assert dom.select_one(".md-header__topic")
    assert dom.select_one("p#p8.bq-paragraph")
    assert len(dom.select("mark.bq-quote")) >= 4
    assert dom.select("abbr")


def test_screenshot_is_a_rendered_page(served_site: str, tmp_path: Path) -> None:
    shot = tmp_path / "briefing.png"
    result = chromium(
        "--window-size=1280,2000",
        "--virtual-time-budget=3000",
        f"--screenshot={shot}",
        f"{served_site}/briefings/csto-armenia-interview/",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000, "a blank page compresses to a few kilobytes"
    out = os.environ.get("BRIEFING_SCREENSHOT")
    if out:
        shutil.copy(shot, out)
