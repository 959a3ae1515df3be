"""At 5,000 articles every cross-article page stays bounded, lists everything once, and links resolve.

The corpus is replicated from a few analysed invented articles (tests/scale.py),
so the test renders the cross-article pages and a sample of briefing pages,
without MkDocs.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from scale import TEXTS, replicated
from test_site import make_project

from generator import listings
from generator.corpus import Corpus
from generator.render import briefing_path, render_cross_pages, render_site

ARTICLES = 5_000
LIMIT = 200_000  # bytes of Markdown
LINK = re.compile(r"\]\(([^)\s]+)\)")
HTML_LINK = re.compile(r'(?:href|src)="([^"]*)"')
ANCHOR = re.compile(r"\{: #([\w-]+)")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return replicated(ARTICLES)


@pytest.fixture(scope="module")
def pages(corpus: Corpus) -> dict[str, str]:
    return render_cross_pages(corpus)


def test_every_cross_article_page_is_bounded(pages: dict[str, str]) -> None:
    sizes = {path: len(text.encode("utf-8")) for path, text in pages.items()}
    too_big = {path: size for path, size in sizes.items() if size > LIMIT}
    assert not too_big
    assert len(pages) < ARTICLES / 5, "listings come in pages of many rows, not one page per row"


def test_briefing_pages_do_not_grow_with_the_corpus(corpus: Corpus) -> None:
    sample = replicated(3)
    small = render_site(sample)
    big = render_site(Corpus(corpus.briefings[:3], *_indexes(sample)))
    for b in sample.briefings:
        assert len(big[briefing_path(b)]) <= len(small[briefing_path(b)]) + 200
        assert len(small[briefing_path(b)].encode("utf-8")) < LIMIT


def _indexes(c: Corpus) -> tuple[object, ...]:
    return (c.latest, c.speakers, c.members, c.topics, c.glossary, c.people, c.organizations)


def links(path: str, text: str) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """Yield (the source files a link may mean, its anchor, the link) for every link on page ``path``.

    Markdown links are between source files; links in HTML blocks are between built
    pages (``a/b.md`` is built as ``a/b/``), so ``x/`` means ``x.md`` or ``x/index.md``.
    """
    for target in LINK.findall(text):
        page, _, anchor = target.partition("#")
        yield (
            (posixpath.normpath(posixpath.join(posixpath.dirname(path), page)) if page else path,),
            anchor,
            target,
        )
    stem = path.removesuffix(".md")
    built = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    for target in HTML_LINK.findall(text):
        page, _, anchor = target.partition("#")
        resolved = posixpath.normpath(posixpath.join(built, page))
        if not page:
            yield (path,), anchor, target
        elif page.endswith("/"):
            folder = "" if resolved == "." else resolved + "/"
            yield (folder.rstrip("/") + ".md", folder + "index.md"), anchor, target
        else:
            yield (resolved,), anchor, target


def test_every_briefing_is_listed_once_by_name_and_once_by_month(
    pages: dict[str, str], corpus: Corpus
) -> None:
    expected = sorted(briefing_path(b) for b in corpus.briefings)
    for prefix in ("briefings/index", "archive/2"):
        listed = [
            source
            for path, text in pages.items()
            if path.startswith(prefix)
            for sources, anchor, _ in links(path, text)
            for source in sources
            if source in expected and not anchor
        ]
        assert sorted(listed) == expected, prefix


def test_every_quote_with_a_speaker_is_on_a_quotes_page(pages: dict[str, str], corpus: Corpus) -> None:
    quote_lists = [
        items
        for path, text in pages.items()
        if path.startswith("quotes/index")
        for items in re.findall(r"</p>\n<ul>\n(.*?)\n</ul>\n<details", text, re.S)
    ]
    shown = sum(len(items.splitlines()) for items in quote_lists)
    assert shown == sum(len(s.quotes) for s in corpus.speakers)
    assert shown > ARTICLES


def test_every_link_lands_on_a_page_and_anchor(pages: dict[str, str], corpus: Corpus) -> None:
    anchors = {path: set(ANCHOR.findall(text)) for path, text in pages.items()}
    briefings = {briefing_path(b) for b in corpus.briefings}
    outside = {"methodology.md", "data/briefings.json", "data/quotes.csv", "data/members.csv"}
    checked = 0
    for path, text in pages.items():
        for sources, anchor, target in links(path, text):
            found = [s for s in sources if s in pages or s in briefings or s in outside]
            flag = sources[0].startswith("assets/flags/") and sources[0].endswith(".svg")
            assert found or flag, (path, target)
            if anchor and found and found[0] in pages:
                assert anchor in anchors[found[0]], (path, target)
            checked += 1
    assert checked > 2 * ARTICLES


@pytest.mark.site
def test_paginated_site_builds_strict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With two rows a page every listing has several pages; `mkdocs build --strict` checks each link."""
    monkeypatch.setattr(listings, "PAGE_SIZE", dict.fromkeys(listings.PAGE_SIZE, 2))
    monkeypatch.setattr(listings, "LATEST", 2)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    articles = {
        f"{name}-{n}.md": f"---\ndate: 202{n}-0{1 + i}-15\n---\n{text}"
        for i, (name, text) in enumerate(zip(("water", "trade", "strike"), TEXTS, strict=True))
        for n in range(3)
    }
    project = make_project(tmp_path, articles)
    config = load_config(str(project / "mkdocs.yml"), strict=True, site_dir=str(project / "site"))
    build(config)
    site = project / "site"
    assert (site / "quotes" / "index" / "2" / "index.html").is_file()
    assert (site / "archive" / "2022-01" / "index.html").is_file()
    assert (site / "members" / "csto" / "index.html").is_file()


def test_chunks_respect_both_the_row_count_and_the_budget() -> None:
    assert listings.chunks([], 3) == [()]
    assert listings.chunks(list(range(7)), 3) == [(0, 1, 2), (3, 4, 5), (6,)]
    weights = {"a": 40, "b": 40, "c": 40, "d": 500, "e": 10}
    parts = listings.chunks(list(weights), 10, weights.__getitem__, budget=100)
    assert parts == [("a", "b"), ("c",), ("d",), ("e",)], "a heavy row gets a page of its own"
