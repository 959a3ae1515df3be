"""The second engine: `briefing generate --out docs`, then `zensical build` without our plugin."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_site import EVIL, ROOT, build, make_project

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.site


def generate_into_docs(project: Path) -> None:
    result = subprocess.run(
        [str(BIN / "briefing"), "generate", "--seeds", "seeds", "--out", "docs"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def zensical_build(project: Path) -> Path:
    result = subprocess.run(
        [str(BIN / "zensical"), "build", "--strict", "--clean"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("zensical"), {"evil.txt": EVIL})
    shutil.copy(ROOT / "seeds" / "csto-armenia-interview.txt", project / "seeds")
    generate_into_docs(project)
    return zensical_build(project)


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def test_seed_briefing_builds_with_zensical(seed_site: Path) -> None:
    page = soup(seed_site, "briefings/csto-armenia-interview/index.html")
    ids = {p.get("id") for p in page.select("p.bq-paragraph")}
    assert {f"p{i}" for i in range(1, 9)} <= ids
    assert {a.get_text(): a.get("title") for a in page.select("abbr")}["CSTO"] == (
        "Collective Security Treaty Organization"
    )
    assert page.select("mark.bq-quote") and page.select("mark.bq-member")
    members = [td.get_text(strip=True) for td in page.select("table")[0].select("tbody tr td:nth-of-type(2)")]
    assert members == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]


def test_cross_article_pages_build_with_zensical(seed_site: Path) -> None:
    for path in ("index.html", "quotes/index.html", "members/csto/index.html", "glossary/index.html"):
        assert (seed_site / path).is_file(), path
    quotes = soup(seed_site, "quotes/index.html")
    assert quotes.select_one("#speaker-imangali-tasmagambetov") is not None


def test_article_cannot_inject_under_zensical(seed_site: Path) -> None:
    page = soup(seed_site, "briefings/evil/index.html")
    article = page.select_one("article")
    assert article is not None
    assert "<script>alert(1)</script>" in article.get_text()
    assert "{{ 7*7 }}" in article.get_text()
    assert not article.select("script, img, b")
    assert all("javascript" not in a.get("href", "") for a in article.select("a"))


def test_mkdocs_replaces_pages_generated_into_docs(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Old text about trade."})
    generate_into_docs(project)
    (project / "seeds" / "a.txt").write_text("New text about fisheries.", encoding="utf-8")
    (project / "seeds" / "b.txt").write_text("Another article.", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "briefings" / "a" / "index.html").read_text(encoding="utf-8")
    assert "New text about fisheries." in html and "Old text" not in html
    assert (project / "site" / "briefings" / "b" / "index.html").is_file()
