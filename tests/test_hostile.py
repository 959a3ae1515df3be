"""Hostile articles in all three input formats: a real `mkdocs build --strict`, then every
built page opened in headless Chromium; no script of an article may ever run.

Each payload calls ``alert(N)`` with its own N, so a failure names the payload
(`PAYLOADS[N]`) that got through.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from itertools import count
from pathlib import Path

import pytest
import yaml
from browser_support import serve, watched_page
from bs4 import BeautifulSoup
from test_site import build, make_project

pytestmark = pytest.mark.site

# "§" stands for the payload's number.
TAGS = [
    "<script>alert(§)</script>",
    "<img src=x onerror=alert(§)>",
    "<svg onload=alert(§)>",
    "<details open ontoggle=alert(§)>",
    "<iframe srcdoc='<script>parent.alert(§)</script>'></iframe>",
    "<body onload=alert(§)>",
    "<input autofocus onfocus=alert(§)>",
    "<style onload=alert(§)></style>",
    '<a href="javascript:alert(§)">click</a>',
    "</title><script>alert(§)</script>",
    "</textarea></noscript></style><script>alert(§)</script>",
    "&lt;/title&gt;&lt;script&gt;alert(§)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(§)&#62;",
    "<!--<img src=x onerror=alert(§)>-->",
]
MARKDOWN = [
    "[click](javascript:alert(§))",
    '![x](x "onerror=alert(§)")',
    "![x](javascript:alert(§))",
    "see [ref][r§]\n\n[r§]: javascript:alert(§)",
    "# A heading <img src=x onerror=alert(§)>",
    "- a list item <img src=x onerror=alert(§)>\n- another",
    "1. numbered <svg onload=alert(§)>",
    "| a | <img src=x onerror=alert(§)> |\n|---|---|\n| b | c |",
    "*[CSTO]: <img src=x onerror=alert(§)>",
    "A footnote[^f§]\n\n[^f§]: <img src=x onerror=alert(§)>",
    'Words{: onclick="alert(§)" }',
    "{: #p1 onmouseover=alert(§) }",
    '<https://example.org/x"onmouseover=alert(§)>',
    "`<img src=x onerror=alert(§)>`",
    '!!! note "<img src=x onerror=alert(§)>"',
    "**bold** _em_ :smile: https://example.org/§ www.example.org",
]
JINJA = [
    "{{ 7*7 }} {{ '<img src=x onerror=alert(§)>' }}",
    "{% for x in range(3) %}<svg onload=alert(§)>{% endfor %}",
    "{{ self.__init__.__globals__ }} {% raw %}",
]
PAYLOADS: dict[int, str] = {}
_numbers = count(1)


def arm(template: str) -> str:
    """Return ``template`` with its own alert number, remembered in `PAYLOADS`."""
    n = next(_numbers)
    PAYLOADS[n] = template
    return template.replace("§", str(n))


def body(kind: str) -> list[str]:
    """Return hostile paragraphs that also feed every extractor (quotes, members, topics...)."""
    lead = f"Officials met {arm('</title><script>alert(§)</script>')} in the capital, Report informs."
    return [
        lead,
        f"“We will not accept {arm('<img src=x onerror=alert(§)>')} or {arm('[this](javascript:alert(§))')},”"
        " Foreign Minister Jane Doe said.",
        "The Collective Security Treaty Organization (CSTO) currently includes Armenia, Belarus,"
        f" Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Armenia {arm('<svg onload=alert(§)>')}"
        " has frozen its participation.",
        f"UN peacekeepers {arm('<details open ontoggle=alert(§)>')} arrived, she said.",
        f"The Treaty {arm('<script>alert(§)</script>')} Council (TSC) met.",
        f"The Treaty {arm('<img/src/onerror=alert(§)>')} Council (TIC) met; the TIC and TSC agreed.",
        *(arm(p) for p in (*TAGS, *(MARKDOWN if kind != "html" else ()), *JINJA)),
    ]


def front_matter(**values: str) -> str:
    return "---\n" + yaml.safe_dump(values, allow_unicode=True, sort_keys=True) + "---\n"


def txt_article() -> str:
    return "\n\n".join(body("txt")) + "\n"


def md_article() -> str:
    meta = front_matter(
        title=arm("Talks </title><script>alert(§)</script> & <img src=x onerror=alert(§)>"),
        outlet=arm("<script>alert(§)</script> Daily"),
        venue=arm("[a venue](javascript:alert(§))"),
        url=arm("javascript:alert(§)"),
        language=arm('"><svg onload=alert(§)>'),
        date="2024-05-01",
    )
    return meta + f"# {arm('<img src=x onerror=alert(§)> heading')}\n\n" + "\n\n".join(body("md")) + "\n"


def html_article() -> str:
    """A saved page whose payloads are text (entity-escaped), as on a real news site."""
    title = html.escape(arm("Talks </title><script>alert(§)</script>"))
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body("html"))
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{html.escape(arm("<script>alert(§)</script>"))}">'
        f'<meta property="og:url" content="{arm("javascript:alert(§)")}">'
        f"<script>alert({arm('§')})</script></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>\n"
    )


def hostile_articles() -> dict[str, str]:
    short = "The delegates met {} in the capital to discuss trade and security in the region."
    return {
        "plain.txt": txt_article(),
        "front.md": md_article(),
        "saved.html": html_article(),
        "benign.txt": "The delegates met in the capital on Monday to discuss trade.\n",
        arm("<img src=x onerror=alert(§)>.txt"): short.format("again"),
        arm("javascript:alert(§).md"): short.format(arm("<svg onload=alert(§)>")),
        arm("{{ 7*7 }} [x](javascript:alert(§)).txt"): short.format("today"),
        arm('" onmouseover="alert(§)') + ".html": (
            "<html><body><article><p>"
            + html.escape(short.format(arm("<b onclick=alert(§)>x</b>")))
            + " They said the talks would go on next week, as officials from both sides confirmed.</p>"
            "</article></body></html>\n"
        ),
    }


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"), hostile_articles())  # type: ignore[arg-type]
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_article_became_a_page(hostile_site: Path) -> None:
    briefings = {p.parent.name for p in (hostile_site / "briefings").glob("*/index.html")}
    assert {"plain", "front", "saved", "benign"} <= briefings
    assert len(briefings) == 8, briefings


def fired(dialogs: list[str]) -> str:
    """Name the payloads behind ``dialogs`` for the failure message."""
    numbers = {int(n) for d in dialogs for n in re.findall(r"'(\d+)'", d)}
    return "\n".join(dialogs + [f"#{n}: {PAYLOADS.get(n)!r}" for n in sorted(numbers)])


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


def _all_payloads() -> Iterator[str]:
    yield from TAGS
    yield from MARKDOWN
    yield from JINJA


def test_every_payload_is_used() -> None:
    hostile_articles()
    used = set(PAYLOADS.values())
    assert set(_all_payloads()) <= used


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
