"""The seed site in headless Chromium (Playwright) as readers see it: accessibility
(axe-core), no request to another host, phone and desktop layouts, screenshots.

Screenshots of the briefing and members pages at 1280 and 390 px go to the
folder named by BRIEFING_SCREENSHOTS, else to the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import missing, serve  # the `browser` fixture comes from there too (conftest.py)
from test_site import ROOT, build, make_project

pytestmark = [pytest.mark.site, pytest.mark.browser]

AXE = Path(os.environ.get("AXE_CORE_JS") or ROOT / ".node" / "node_modules" / "axe-core" / "axe.min.js")
PAGES = {
    "home": "",
    "briefing": "briefings/csto-armenia-interview/",
    "members": "members/csto/",  # one page per organization, with its map
    "quotes": "quotes/",
}
WIDTHS = (1280, 390)
# Material's search dialog (theme template, not ours) has no accessible name.
THEME_OWNED = [".md-search"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("readers"), {})
    shutil.copy(ROOT / "seeds" / "csto-armenia-interview.txt", project / "seeds")
    result = build(project)
    assert result.returncode == 0, result.stderr
    with serve(project / "site") as base:
        yield base


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        missing(f"axe-core ({AXE}; make axe)")
    return AXE.read_text(encoding="utf-8")


def _open(browser: Any, url: str, width: int) -> tuple[Any, list[str]]:
    """Return a page showing ``url`` at ``width`` px, and the list of every URL it requested."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url, wait_until="load")
    return page, requested


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_axe_finds_no_serious_violation(
    browser: Any, site_url: str, axe_source: str, name: str, width: int
) -> None:
    page, requested = _open(browser, f"{site_url}/{PAGES[name]}", width)
    try:
        page.add_script_tag(content=axe_source)
        result = page.evaluate(
            "exclude => axe.run({exclude: exclude.map(s => [s])}, {resultTypes: ['violations']})",
            THEME_OWNED,
        )
    finally:
        page.close()
    serious = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert result["testEngine"]["name"] == "axe-core"
    # the page asked no other host for anything: no web fonts, scripts, images or styles
    assert [u for u in requested if not u.startswith((site_url, "data:", "blob:"))] == []


def test_axe_reports_what_it_should(browser: Any, site_url: str, axe_source: str) -> None:
    # the check above can fail: an unnamed image and a low-contrast text are caught
    page = browser.new_page()
    try:
        page.set_content(
            '<html lang="en"><body><main><img src="x.svg"><p style="color:#eee">hi</p></main></body></html>'
        )
        page.add_script_tag(content=axe_source)
        ids = page.evaluate("axe.run().then(r => r.violations.map(v => v.id))")
    finally:
        page.close()
    assert {"image-alt", "color-contrast"} <= set(ids)


def _shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("BRIEFING_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["briefing", "members"])
def test_screenshot(browser: Any, site_url: str, tmp_path: Path, name: str, width: int) -> None:
    page, _ = _open(browser, f"{site_url}/{PAGES[name]}", width)
    try:
        shot = _shots_folder(tmp_path) / f"{name}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        # nothing sticks out sideways: the page never scrolls horizontally
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        flags = page.eval_on_selector_all(
            "img.bq-flag", "els => els.map(e => [e.alt, e.naturalWidth, e.getBoundingClientRect().width])"
        )
    finally:
        page.close()
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 30_000, "a blank page compresses to a few kilobytes"
    assert [alt for alt, _, _ in flags][:1] == ["Flag of Armenia"]
    assert all(natural > 0 and shown == 20 for _, natural, shown in flags), "flags load and show at 20 px"


def test_member_table_stacks_on_a_phone(browser: Any, site_url: str) -> None:
    page, _ = _open(browser, f"{site_url}/{PAGES['briefing']}", 390)
    try:
        row = page.locator("table:has(img.bq-flag) tbody tr").first
        cells = row.locator("td")
        boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
        standing = cells.nth(2).inner_text()
    finally:
        page.close()
    # flag and country share the first line; the standing text gets the full width below them
    assert boxes[0]["y"] == pytest.approx(boxes[1]["y"], abs=4)
    assert boxes[2]["y"] > boxes[1]["y"] + 10
    assert boxes[2]["width"] > 300
    assert "not recently participated" in standing


def test_reader_cues_without_colour(browser: Any, site_url: str) -> None:
    page, _ = _open(browser, f"{site_url}/{PAGES['briefing']}", 1280)
    try:
        para_link = page.locator("a[href='#p2']").first.evaluate(
            "a => getComputedStyle(a).textDecorationLine"
        )
        quote_size = page.locator("p.bq-key-quote").first.evaluate(
            "p => parseFloat(getComputedStyle(p).fontSize)"
        )
        body_size = page.locator("p#p1").evaluate("p => parseFloat(getComputedStyle(p).fontSize)")
        legend = page.locator("p.bq-legend")
        legend_visible = legend.is_visible()
        legend_text = legend.inner_text()
    finally:
        page.close()
    assert para_link == "underline"
    assert quote_size > body_size * 1.1, "key quotes are the most prominent text"
    assert legend_visible
    for meaning in ("key quote", "partial quote", "reported statement", "member state", "topic word"):
        assert meaning in legend_text


def test_small_member_is_visible_on_a_phone(browser: Any, site_url: str) -> None:
    page, _ = _open(browser, f"{site_url}/{PAGES['members']}", 390)
    try:
        marker = page.locator("svg.bq-map circle.bq-map-marker").first.bounding_box()
        legend_px = page.locator("ul.bq-map-legend li").first.evaluate(
            "li => parseFloat(getComputedStyle(li).fontSize)"
        )
    finally:
        page.close()
    assert marker["width"] >= 6, "Armenia's marker is big enough to see at 390 px"
    assert legend_px >= 12


def test_wide_table_keeps_its_first_column_in_view_on_a_phone(browser: Any, site_url: str) -> None:
    page, _ = _open(browser, f"{site_url}/people/", 390)
    try:
        wrap = page.locator(".md-typeset__scrollwrap").first
        scrolled = wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; return w.scrollLeft; }")
        first = page.locator("article table tbody td").first.bounding_box()
        name = page.locator("article table tbody td").first.inner_text()
    finally:
        page.close()
    assert scrolled > 0, "the people table is wider than a phone, so it scrolls sideways"
    assert first["x"] >= -20 and first["x"] + first["width"] > 60, "the person's name stays in view"
    assert "Tasmagambetov" in name
