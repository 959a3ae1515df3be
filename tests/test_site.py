"""Real `mkdocs build --strict` runs: the seed briefing, escaping, bad input, determinism."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
pytestmark = pytest.mark.site


def make_project(tmp_path: Path, articles: dict[str, str | bytes]) -> Path:
    """Copy the site configuration and docs, with ``articles`` as the seeds."""
    project = tmp_path / "project"
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "seeds").mkdir()
    for name, data in articles.items():
        target = project / "seeds" / name
        target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return project


def build(project: Path, *, strict: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    args = [*MKDOCS, "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")]
    return subprocess.run(args + (["--strict"] if strict else []), capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("seed"), {})
    shutil.copy(ROOT / "seeds" / "csto-armenia-interview.txt", project / "seeds")
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def test_seed_briefing_page(seed_site: Path) -> None:
    soup = page(seed_site, "briefings/csto-armenia-interview/index.html")
    article = soup.select_one("article")
    assert article is not None
    headings = [" ".join(h.get_text(" ", strip=True).rstrip("¶").split()) for h in article.select("h2")]
    assert headings[:6] == [
        "Member states",
        "Key quotes",
        "Peacekeeping and the UN",
        "People and organizations",
        "Glossary",
        "Article text",
    ]
    # paragraph anchors #p1..#p8 exist and every paragraph link lands on one
    ids = {f"p{i}" for i in range(1, 9)}
    assert ids <= {p.get("id") for p in article.select("p.bq-paragraph")}
    links = [a["href"][1:] for a in article.select("a[href]") if re.fullmatch(r"#p\d+", a["href"])]
    assert len(links) > 8
    assert set(links) <= ids
    source = article.find(string=lambda s: s and "Source:" in s).parent.parent.get_text()
    assert "Report" in source and "National Defense magazine" in source


def test_seed_members_table(seed_site: Path) -> None:
    soup = page(seed_site, "briefings/csto-armenia-interview/index.html")
    table = soup.select_one("h2#member-states ~ table")
    assert table is not None
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert [r[1] for r in rows] == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]
    assert [r[4] for r in rows] == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert [th.get_text(strip=True) for th in table.select("thead th")][:3] == [
        "Flag",
        "Country",
        ("What the article says about its standing"),
    ]
    # flags are images shipped with the site, with alt text, not emoji
    flag = table.select_one("tbody tr td img.bq-flag")
    assert flag is not None and flag["alt"] == "Flag of Armenia"
    assert flag["src"] == "../../assets/flags/am.svg"
    assert (seed_site / "assets" / "flags" / "am.svg").read_text(encoding="utf-8").startswith("<svg")
    # only the flags the pages show are built into the site
    shipped = {p.name for p in (seed_site / "assets" / "flags").iterdir()}
    assert shipped == {"am.svg", "by.svg", "kg.svg", "kz.svg", "ru.svg", "tj.svg"}
    assert not any("\U0001f1e6" <= ch <= "\U0001f1ff" for ch in table.get_text())
    assert "not recently participated" in rows[0][2]
    assert "remains our ally" in rows[0][2]


def test_seed_key_quotes(seed_site: Path) -> None:
    soup = page(seed_site, "briefings/csto-armenia-interview/index.html")
    quotes = soup.select("h2#key-quotes ~ blockquote")
    assert len(quotes) == 3
    for q, cue in zip(
        quotes, ["said the CSTO secretary-general", "he said", "Tasmagambetov said"], strict=True
    ):
        text = q.get_text(" ", strip=True)
        assert "Imangali Tasmagambetov" in text and "CSTO Secretary-General" in text
        assert cue not in text, "the evidence sits in the 'How the speakers were found' block"
        assert q.select_one("p.bq-key-quote")
    evidence = soup.select_one("details:has(> summary)")
    assert evidence is not None and evidence.summary.get_text(strip=True) == "How the speakers were found"
    for cue in ["said the CSTO secretary-general", "he said", "Tasmagambetov said"]:
        assert f"“{cue}”" in evidence.get_text()
    assert "(role noun)" not in soup.get_text() and "via “" not in soup.get_text()


def test_abbreviations_have_tooltips(seed_site: Path) -> None:
    soup = page(seed_site, "briefings/csto-armenia-interview/index.html")
    titles = {a.get_text(): a.get("title") for a in soup.select("article abbr")}
    assert titles.get("CSTO") == "Collective Security Treaty Organization"
    assert titles.get("UN") == "United Nations"


def test_every_link_and_image_of_a_briefing_resolves(seed_site: Path) -> None:
    """Links in the HTML blocks are written for the built site (MkDocs rewrites only Markdown links)."""
    here = seed_site / "briefings" / "csto-armenia-interview"
    article = page(seed_site, "briefings/csto-armenia-interview/index.html").select_one("article")
    assert article is not None
    targets = [a["href"] for a in article.select("a[href]")] + [i["src"] for i in article.select("img[src]")]
    local = [t.split("#")[0] for t in targets if not t.startswith(("http", "#"))]
    assert any("assets/flags/" in t for t in local), "flags are images in the members table"
    for target in local:
        resolved = (here / target).resolve()
        assert (resolved / "index.html" if resolved.is_dir() else resolved).is_file(), target


def test_generated_pages_need_no_abbreviation_definitions(seed_site: Path) -> None:
    """The generator marks abbreviations itself; the Markdown extension is for hand-written pages."""
    soup = page(seed_site, "briefings/csto-armenia-interview/index.html")
    assert "*[" not in soup.get_text()
    assert len(soup.select("article abbr")) > 20


def test_cross_article_pages_exist(seed_site: Path) -> None:
    for path in (
        "index.html",
        "briefings/index.html",
        "quotes/index.html",
        "members/index.html",
        "glossary/index.html",
        "topics/index.html",
        "topics/peacekeeping-un/index.html",
        "people/index.html",
        "organizations/index.html",
        "methodology/index.html",
        "data/index.html",
        "data/briefings.json",
        "data/quotes.csv",
        "data/members.csv",
    ):
        assert (seed_site / path).is_file(), path
    quotes = page(seed_site, "quotes/index.html").get_text()
    assert "Imangali Tasmagambetov" in quotes


def test_nav_does_not_list_each_article(seed_site: Path) -> None:
    soup = page(seed_site, "index.html")
    nav_links = [a.get("href", "") for a in soup.select("nav.md-nav--primary a.md-nav__link")]
    assert not any("csto-armenia-interview" in href for href in nav_links)
    assert any(href.endswith("briefings/") for href in nav_links)


EVIL = (
    "The minister said <script>alert(1)</script> and {{ 7*7 }} in the capital.\n\n"
    "“We will <b>not</b> accept [this](javascript:alert(1)) {% if true %}x{% endif %},” "
    "Foreign Minister Jane Doe said.\n\n*[UN]: injected\n\n<img src=x onerror=alert(2)>"
)


def test_article_cannot_inject(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {
            "evil.txt": EVIL,
            "meta.md": '---\ntitle: "<i>t</i> {{ 6*7 }}"\nurl: "javascript:alert(3)"\n---\nText.',
        },
    )
    result = build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "briefings" / "evil" / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article")
    assert article is not None
    text = article.get_text()
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text and "49" not in text
    meta_page = (project / "site" / "briefings" / "meta" / "index.html").read_text(encoding="utf-8")
    meta_article = BeautifulSoup(meta_page, "html.parser").select_one("article")
    assert meta_article is not None
    # a title holds no markup characters at all (markdown_safe.title): look-alikes replace them
    assert "‹i›t‹/i› {{ 6*7 }}" in meta_article.select_one("h1").get_text()
    assert not meta_article.select("i") and "javascript:" not in meta_page
    assert "<img src=x onerror=alert(2)>" in text
    assert not article.select("script, img, b, i")
    assert not [a for a in article.select("a") if "javascript" in a.get("href", "")]
    assert all(a.get("title") != "injected" for a in soup.select("abbr"))


def test_bad_article_is_skipped_and_named(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"good.txt": "A plain article about trade.", "bad.txt": b"\xff\xfe bad"})
    lenient = build(project, strict=False)
    assert lenient.returncode == 0, lenient.stderr
    assert "Could not process seeds/bad.txt: not valid UTF-8 (byte 0)" in lenient.stderr
    assert (project / "site" / "briefings" / "good" / "index.html").is_file()
    strict = build(project)
    assert strict.returncode == 1
    assert "Could not process seeds/bad.txt" in strict.stderr


def test_build_is_byte_identical(tmp_path: Path) -> None:
    sites = []
    for name in ("one", "two"):
        project = make_project(
            tmp_path / name, {"seed.txt": (ROOT / "seeds" / "csto-armenia-interview.txt").read_bytes()}
        )
        assert build(project).returncode == 0
        sites.append(project / "site")
    files = sorted(p.relative_to(sites[0]) for p in sites[0].rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(sites[1]) for p in sites[1].rglob("*") if p.is_file())
    for rel in files:
        assert (sites[0] / rel).read_bytes() == (sites[1] / rel).read_bytes(), rel


def test_build_never_writes_into_docs_or_seeds(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Plain text."})
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    assert build(project).returncode == 0
    after = sorted(
        p.relative_to(project) for p in project.rglob("*") if "site" not in p.relative_to(project).parts[:1]
    )
    assert after == before


def test_quote_counts_agree_across_pages(seed_site: Path) -> None:
    summary = "3 key quotes, 1 partial quote and 1 reported statement"
    briefing = page(seed_site, "briefings/csto-armenia-interview/index.html").select_one(".abstract")
    assert briefing is not None and summary in briefing.get_text()
    assert summary in page(seed_site, "quotes/index.html").get_text()
    for listing in ("index.html", "briefings/index.html"):
        text = " ".join(page(seed_site, listing).get_text().split())
        assert "Report · 3 key quotes · 6 member states · Peacekeeping and the UN" in text
    home = page(seed_site, "index.html").get_text()
    assert "generated from 1 article." in home and "1 speaker" in home and "1 speakers" not in home
