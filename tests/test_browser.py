"""The built seed site in headless Chromium: the briefing renders as a reader sees it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import serve, watched_page  # the `browser` fixture comes from conftest.py
from bs4 import BeautifulSoup
from test_site import ROOT, build, make_project

pytestmark = [pytest.mark.site, pytest.mark.browser]


@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("browser"), {})
    (project / "seeds" / "csto-armenia-interview.txt").write_bytes(
        (ROOT / "seeds" / "csto-armenia-interview.txt").read_bytes()
    )
    assert build(project).returncode == 0
    with serve(project / "site") as base:
        yield base


def test_briefing_page_renders_in_chromium(browser: Any, served_site: str) -> None:
    with watched_page(browser, served_site) as watched:
        watched.goto(f"{served_site}/briefings/csto-armenia-interview/#p8")
        dom = BeautifulSoup(watched.page.content(), "html.parser")
        # Material's JavaScript ran: it builds the header title from the page.
        assert dom.select_one(".md-header__topic")
        assert dom.select_one("p#p8.bq-paragraph")
        assert len(dom.select("mark.bq-quote")) >= 4
        assert dom.select("abbr")
        assert watched.dialogs == []


def test_uncertain_speaker_reads_as_uncertain_in_chromium(browser: Any, tmp_path) -> None:
    from test_speaker_certainty import UNSURE_ARTICLE

    project = make_project(tmp_path, {"valley.txt": UNSURE_ARTICLE})
    assert build(project).returncode == 0
    with serve(project / "site") as base, watched_page(browser, base) as watched:
        watched.goto(f"{base}/briefings/valley/")
        page = watched.page
        first = page.locator("blockquote").first
        line = first.locator("p").nth(1)
        assert "speaker uncertain" in line.inner_text()
        assert line.locator("strong").count() == 0, "an uncertain speaker is never shown in bold"
        size = "el => parseFloat(getComputedStyle(el).fontSize)"
        assert line.locator("small.bq-possible").evaluate(size) < line.locator("em").evaluate(size)
        assert watched.dialogs == []
