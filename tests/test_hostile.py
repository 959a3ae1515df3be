"""Hostile articles in all three input formats (tests/hostile_inputs.py): a real
`mkdocs build --strict`, then every built page opened in headless Chromium; no script
of an article may ever run, on load, on search, or on hovering a tooltip.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser_support import serve, watched_page
from bs4 import BeautifulSoup
from hostile_inputs import PAYLOADS, all_payloads, fired, hostile_articles
from test_site import build, make_project

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"), hostile_articles())
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_article_became_a_page(hostile_site: Path) -> None:
    briefings = {p.parent.name for p in (hostile_site / "briefings").glob("*/index.html")}
    assert {"plain", "front", "saved", "benign"} <= briefings
    assert len(briefings) == 8, briefings


# Run in the page: what could run a script later (on a click, a hover, a focus) without a dialog now.
LATENT = """() => {
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}=${a.value}`);
      if (/^\\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value}`);
    }
    if (["IFRAME", "OBJECT", "EMBED", "BASE", "FRAME"].includes(el.tagName)) bad.push(el.tagName);
    // Material's content.tooltips shows a title as HTML
    if (/[<>]/.test(el.getAttribute("title") || "")) bad.push(`${el.tagName} title=${el.title}`);
  }
  for (const s of document.scripts) if (/alert/.test(s.textContent)) bad.push("script " + s.textContent);
  return bad;
}"""


@pytest.mark.browser
def test_no_page_runs_an_article_script(hostile_site: Path, browser) -> None:
    pages = html_pages(hostile_site)
    assert len(pages) >= 15
    with serve(hostile_site) as base, watched_page(browser, base) as page:
        latent = {}
        for path in pages:
            page.goto(f"{base}/{path.relative_to(hostile_site).as_posix()}")
            found = page.page.evaluate(LATENT)
            if found:
                latent[path.relative_to(hostile_site).as_posix()] = found
        assert not page.dialogs, fired(page.dialogs)
        assert not latent


@pytest.mark.browser
def test_search_results_run_no_article_script(hostile_site: Path, browser) -> None:
    """Material writes search results with innerHTML: the index must hold no live markup."""
    with serve(hostile_site) as base, watched_page(browser, base) as page:
        page.goto(f"{base}/index.html")
        results = page.page.locator(".md-search-result__item")
        page.page.keyboard.press("/")  # Material's shortcut: focus the search box
        for query in ("onerror", "ontoggle", "Officials", "javascript", "Talks"):
            page.page.keyboard.press("Control+A")
            page.page.keyboard.type(query)
            results.first.wait_for(state="attached", timeout=15_000)
            page.page.wait_for_timeout(300)
            assert results.count() > 0, query
        assert not page.dialogs, fired(page.dialogs)


# Run in the page: mark one visible element per distinct tooltip (Material moves a
# title out of its element on hover, so the elements are marked before any hover).
PROBE_TOOLTIPS = """() => {
  const seen = new Set();
  for (const el of document.querySelectorAll("article abbr[title], article mark[title]")) {
    if (!seen.has(el.title) && el.getClientRects().length) { seen.add(el.title); el.dataset.probe = ""; }
  }
  return [...seen];
}"""


@pytest.mark.browser
@pytest.mark.parametrize("slug", ["plain", "front", "saved"])
def test_tooltips_run_no_article_script(hostile_site: Path, browser, slug: str) -> None:
    """Hovering abbreviations and marks shows their tooltips, and runs nothing."""
    with serve(hostile_site) as base, watched_page(browser, base) as page:
        page.goto(f"{base}/briefings/{slug}/index.html")
        tips = page.page.evaluate(PROBE_TOOLTIPS)
        assert len(tips) > 5 and any("alert(" in tip for tip in tips), tips
        for target in page.page.locator("[data-probe]").all():
            target.hover(timeout=5_000)
        assert page.page.locator(".md-tooltip2").count() > 0  # Material drew tooltips
        assert not page.dialogs, fired(page.dialogs)


def head_shape(soup: BeautifulSoup) -> list[tuple[str, tuple[str, ...]]]:
    head = soup.head
    assert head is not None
    return [(el.name, tuple(sorted(el.attrs))) for el in head.find_all(True)]


def test_head_holds_no_article_markup(hostile_site: Path) -> None:
    benign = BeautifulSoup((hostile_site / "briefings/benign/index.html").read_text("utf-8"), "html.parser")
    for path in html_pages(hostile_site):
        raw = path.read_text("utf-8")
        head_html = raw[: raw.index("</head>")]
        soup = BeautifulSoup(raw, "html.parser")
        title = soup.title.get_text() if soup.title else ""
        assert not re.search(r"[<>]", title), (path, title)
        outside_title = re.sub(r"<title>.*?</title>", "", head_html, flags=re.S)
        assert "alert" not in outside_title, path
        assert not re.search(r"\son\w+\s*=|javascript:", outside_title, re.I), path
        if path.parent.parent.name == "briefings":
            assert head_shape(soup) == head_shape(benign), path


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def tags_in(fragment: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser.tags


# The markup Material's search index keeps from a page (bare tags, no attributes).
SEARCH_TAGS = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}


def test_search_index_carries_no_live_markup(hostile_site: Path) -> None:
    raw = (hostile_site / "search" / "search_index.json").read_text("utf-8")
    docs = json.loads(raw)["docs"]
    assert not re.search(r"<\s*(script|img|svg|iframe|details|body|input|style|a)\b", raw, re.I)
    for doc in docs:
        assert not tags_in(doc["title"]), doc["title"]
        for tag, attrs in tags_in(doc["text"]):
            assert tag in SEARCH_TAGS and not attrs, (doc["location"], tag, attrs)
    # the payloads are there, as text
    assert "&lt;img src=x onerror=alert(" in raw
    assert any("‹/title›‹script›alert(" in d["title"] for d in docs)


def article_text(site: Path, slug: str) -> str:
    soup = BeautifulSoup((site / "briefings" / slug / "index.html").read_text("utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article is not None
    return article.get_text()


@pytest.mark.parametrize("slug", ["plain", "front", "saved"])
def test_hostile_text_is_shown_literally(hostile_site: Path, slug: str) -> None:
    text = article_text(hostile_site, slug)
    assert re.search(r"\{\{ 7\*7 \}\} \{\{ '<img src=x onerror=alert\(\d+\)>' \}\}", text)
    assert re.search(r"<script>alert\(\d+\)</script>", text)
    assert re.search(r"<img src=x onerror=alert\(\d+\)>", text)
    assert re.search(r"<details open ontoggle=alert\(\d+\)>", text)


def test_markdown_article_keeps_its_html_as_text(hostile_site: Path) -> None:
    text = article_text(hostile_site, "front")
    assert re.search(r"“We will not accept <img src=x onerror=alert\(\d+\)> or this,”", text)
    assert re.search(r"Armenia <svg onload=alert\(\d+\)> has frozen", text)


def test_unvetted_markdown_extension_fails_the_strict_build(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "See https://example.org/a for the text."})
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "markdown_extensions:\n" in text
    config.write_text(
        text.replace("markdown_extensions:\n", "markdown_extensions:\n  - pymdownx.magiclink\n")
    )
    result = build(project)
    assert result.returncode == 1
    assert "Markdown extension 'pymdownx.magiclink' may turn article text into markup" in result.stderr


def test_every_payload_is_used() -> None:
    hostile_articles()
    used = set(PAYLOADS.values())
    assert set(all_payloads()) <= used


@pytest.mark.parametrize("slug", ["plain", "front", "saved"])
def test_payloads_reached_every_extractor(hostile_site: Path, slug: str) -> None:
    """The payloads went through quotes, speakers, members, glossary and topics, and stayed text."""
    soup = BeautifulSoup((hostile_site / "briefings" / slug / "index.html").read_text("utf-8"), "html.parser")
    quotes = [q.get_text(" ", strip=True) for q in soup.select("h2#key-quotes ~ blockquote")]
    assert any("onerror=alert(" in q and "Jane Doe" in q for q in quotes), quotes
    members = soup.select_one("h2#member-states ~ table")
    assert members is not None and "<svg onload=alert(" in members.get_text()
    titles = {a.get_text(): a.get("title", "") for a in soup.select("article abbr")}
    # a definition is a tooltip (HTML, with Material's content.tooltips): the title rule applies
    assert re.fullmatch(r"Treaty ‹script›alert\(\d+\)‹/script› Council", titles.get("TSC", "")), titles
    assert re.fullmatch(r"Treaty ‹img/src/onerror=alert\(\d+\)› Council", titles.get("TIC", "")), titles
    assert "<details open ontoggle=alert(" in soup.select_one("h2#peacekeeping-and-the-un ~ ul").get_text()
