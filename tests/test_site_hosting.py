"""The built site as hosted: nothing loaded from other hosts, and a Pages sub-path works."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from test_site import ROOT, build, make_project

pytestmark = pytest.mark.site

# every attribute through which a page makes the browser load something
LOADS = {
    "link": "href",
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
    "object": "data",
    "image": "href",
    "use": "href",
}


def _seed_project(tmp_path: Path) -> Path:
    project = make_project(tmp_path, {})
    shutil.copy(ROOT / "seeds" / "csto-armenia-interview.txt", project / "seeds")
    return project


def _loads(html: str) -> list[str]:
    """Return every URL the page loads as a resource (links to other pages excluded)."""
    soup = BeautifulSoup(html, "html.parser")
    urls = []
    for tag, attr in LOADS.items():
        for el in soup.find_all(tag):
            if tag == "link" and not {"stylesheet", "preload", "preconnect", "icon", "modulepreload"} & set(
                el.get("rel", [])
            ):
                continue
            url = el.get(attr) or el.get(f"xlink:{attr}")
            if url:
                urls.append(url)
        for el in soup.find_all(srcset=True):
            urls.extend(part.split()[0] for part in el["srcset"].split(","))
    return urls


_CSS_URL = re.compile(r"""(?:url\(\s*|@import\s+)['"]?(?!data:)([^'")\s;]+)""")


def _css_loads(text: str) -> list[str]:
    """Return the URLs on other hosts that a stylesheet loads (url(...) and @import)."""
    return [u for u in _CSS_URL.findall(text) if urlsplit(u).netloc]


def test_no_page_loads_anything_from_another_host(tmp_path: Path) -> None:
    project = _seed_project(tmp_path)
    assert build(project).returncode == 0
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 10
    external = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
        external += [f"{page.relative_to(site)}: {u}" for u in _loads(html) if urlsplit(u).netloc]
    for css in site.rglob("*.css"):
        external += [f"{css.relative_to(site)}: {u}" for u in _css_loads(css.read_text(encoding="utf-8"))]
    assert external == []


def test_resource_check_sees_external_loads() -> None:
    html = (
        '<link rel="stylesheet" href="https://fonts.example/x.css"><a href="https://example.org/">ok</a>'
        '<img src="//cdn.example/f.svg"><script src="assets/x.js"></script>'
    )
    assert [u for u in _loads(html) if urlsplit(u).netloc] == [
        "https://fonts.example/x.css",
        "//cdn.example/f.svg",
    ]


def test_site_under_a_pages_sub_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # what .github/workflows/pages.yml passes for https://<user>.github.io/<repo>/
    monkeypatch.setitem(os.environ, "SITE_URL", "https://example.github.io/briefing-repo")
    project = _seed_project(tmp_path)
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.github.io/briefing-repo/briefings/csto-armenia-interview/</loc>" in sitemap
    soup = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser")
    base = "https://example.github.io/briefing-repo/404.html"
    urls = _loads(str(soup)) + [a["href"] for a in soup.select("nav a[href], header a[href]")]
    local = [u for u in urls if not urlsplit(u).netloc]
    assert len(local) > 10
    for url in local:
        # 404.html is served for any missing path, so its URLs must not be relative
        assert url.startswith("/briefing-repo/"), url
        path = urlsplit(urljoin(base, url)).path.removeprefix("/briefing-repo/")
        target = site / path
        assert target.is_file() or (target / "index.html").is_file(), url
