"""At 5,000 articles every cross-article page stays bounded, lists everything once, and links resolve.

The corpus is replicated from a few analysed invented articles (tests/scale.py),
so the test renders the cross-article pages and a sample of briefing pages,
without MkDocs.
"""

from __future__ import annotations

import posixpath
import re
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


def test_every_briefing_is_listed_once_by_name_and_once_by_month(
    pages: dict[str, str], corpus: Corpus
) -> None:
    expected = sorted(briefing_path(b) for b in corpus.briefings)
    for prefix in ("briefings/index", "archive/2"):
        listed = [
            resolved
            for path, text in pages.items()
            if path.startswith(prefix)
            for target in LINK.findall(text)
            if (resolved := posixpath.normpath(posixpath.join(posixpath.dirname(path), target))) in expected
        ]
        assert sorted(listed) == expected, prefix


def test_every_quote_with_a_speaker_is_on_a_quotes_page(pages: dict[str, str], corpus: Corpus) -> None:
    shown = sum(text.count("\n- [¶") for path, text in pages.items() if path.startswith("quotes/index"))
    assert shown == sum(len(s.quotes) for s in corpus.speakers)
    assert shown > ARTICLES


def test_every_link_lands_on_a_page_and_anchor(pages: dict[str, str], corpus: Corpus) -> None:
    anchors = {path: set(ANCHOR.findall(text)) for path, text in pages.items()}
    briefings = {briefing_path(b) for b in corpus.briefings}
    outside = {"methodology.md", "data/briefings.json", "data/quotes.csv", "data/members.csv"}
    for path, text in pages.items():
        for target in LINK.findall(text):
            page, _, anchor = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), page)) if page else path
            flag = resolved.startswith("assets/flags/") and resolved.endswith(".svg")
            assert resolved in pages or resolved in briefings or resolved in outside or flag, (path, target)
            if anchor and resolved in pages:
                assert anchor in anchors[resolved], (path, target)


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
