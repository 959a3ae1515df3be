"""Plan the cross-article pages so that none grows with the corpus.

Every cross-article listing (briefings, quotes by speaker, members of an
organization, people, organizations, glossary, topics, monthly archives) is cut
into pages of a fixed number of rows, and every list of articles inside a row is
capped (the data downloads keep the full lists). A listing's first page has a
stable path (``quotes/index.md``); its page k is ``quotes/index/k.md``, a path
no article, entity or topic page can take.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .corpus import Corpus, SpeakerQuotes
from .records import Briefing, Quote, Topic
from .sources import free_slug, slugify

T = TypeVar("T")

# Rows per page, chosen so a full page stays well under 200 KB of Markdown.
PAGE_SIZE = {
    "briefings": 100,
    "archive": 100,
    "months": 200,
    "quotes": 200,
    "speakers": 200,
    "members": 20,
    "organizations_index": 200,
    "people": 100,
    "organizations": 100,
    "glossary": 100,
    "topic": 50,
    "topics": 200,
}
# Characters of article text a listing page may carry, whatever its row count. A speaker's
# quotes on one page are one search section: Zensical refuses a section of more than
# 16,384 words, and 50,000 characters of quotes stay well below that.
BUDGET = 50_000
CAP = 5  # articles listed in one table cell before "and N more"
LATEST = 50  # briefings on the home page
_MONTH = re.compile(r"\A(\d{4}-\d{2})")


@dataclass(frozen=True, slots=True)
class Pager:
    """Where one page sits in its listing: the paths of all its pages and its number (1-based)."""

    paths: tuple[str, ...]
    number: int

    @property
    def count(self) -> int:
        return len(self.paths)


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page to render: its template, site path and the values the template gets."""

    template: str
    path: str
    context: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SpeakerBlock:
    """A speaker's quotes on one page of the quotes listing (``continued`` from the page before)."""

    speaker: SpeakerQuotes
    quotes: tuple[tuple[Briefing, Quote], ...]
    continued: bool


def page_paths(first: str, count: int) -> tuple[str, ...]:
    """Return the paths of a listing of ``count`` pages whose first page is ``first``."""
    stem = first.removesuffix(".md")
    return (first, *(f"{stem}/{k}.md" for k in range(2, count + 1)))


def chunks(
    items: Sequence[T], size: int, weight: Callable[[T], int] | None = None, budget: int = BUDGET
) -> list[tuple[T, ...]]:
    """Return ``items`` cut into tuples of at most ``size`` items and ``budget`` total ``weight``.

    An item heavier than the budget gets a page of its own; an empty listing
    still has one (empty) page.
    """
    parts: list[tuple[T, ...]] = []
    current: list[T] = []
    used = 0
    for item in items:
        w = weight(item) if weight else 0
        if current and (len(current) == size or used + w > budget):
            parts.append(tuple(current))
            current, used = [], 0
        current.append(item)
        used += w
    return [*parts, tuple(current)] if current or not parts else parts


def paged(
    template: str,
    first: str,
    items: Sequence[Any],
    size: int,
    *,
    weight: Callable[[Any], int] | None = None,
    **extra: Any,
) -> list[PageSpec]:
    """Return the pages of one listing: each gets its ``rows`` and its ``pager``."""
    parts = chunks(items, size, weight)
    paths = page_paths(first, len(parts))
    return [
        PageSpec(template, path, {"rows": rows, "pager": Pager(paths, n), **extra})
        for n, (path, rows) in enumerate(zip(paths, parts, strict=True), start=1)
    ]


def month_of(b: Briefing) -> str:
    """Return the ``YYYY-MM`` of a briefing's date, or ``undated``."""
    m = _MONTH.match(b.document.meta.date or "")
    return m.group(1) if m else "undated"


def months(corpus: Corpus) -> tuple[tuple[str, tuple[Briefing, ...]], ...]:
    """Return (month, briefings newest first) pairs, newest month first, undated last."""
    grouped: dict[str, list[Briefing]] = defaultdict(list)
    for b in corpus.latest:
        grouped[month_of(b)].append(b)
    order = sorted((m for m in grouped if m != "undated"), reverse=True)
    order += ["undated"] if "undated" in grouped else []
    return tuple((m, tuple(grouped[m])) for m in order)


def archive_path(month: str) -> str:
    return f"archive/{month}.md"


def organization_slugs(corpus: Corpus) -> dict[str, str]:
    """Organization name (as in member records) -> slug of its page under ``members/``."""
    taken = {"index"}
    slugs: dict[str, str] = {}
    for org in corpus.members:
        slugs[org] = free_slug(slugify(org), taken)
        taken.add(slugs[org])
    return slugs


def speaker_blocks(
    speakers: Sequence[SpeakerQuotes], size: int, budget: int = BUDGET
) -> list[tuple[SpeakerBlock, ...]]:
    """Return the quotes of ``speakers`` in order, in pages of at most ``size`` quotes and ``budget``
    characters; a speaker whose quotes go on over a page break is ``continued`` on the next page."""
    flat = [(s, i) for s in speakers for i in range(len(s.quotes))]
    pages = []
    for part in chunks(flat, size, lambda item: _quote_weight(item[0].quotes[item[1]]), budget):
        blocks: list[SpeakerBlock] = []
        for s, i in part:
            if blocks and blocks[-1].speaker is s:
                last = blocks[-1]
                blocks[-1] = SpeakerBlock(s, (*last.quotes, s.quotes[i]), last.continued)
            else:
                blocks.append(SpeakerBlock(s, (s.quotes[i],), continued=i > 0))
        pages.append(tuple(blocks))
    return pages


def _quote_weight(item: tuple[Briefing, Quote]) -> int:
    b, q = item
    return len(q.text) + len(b.title) + 150


def _passages_weight(item: tuple[Briefing, Topic]) -> int:
    b, t = item
    text = sum(len(b.document.paragraph_text(p.paragraph)) + 90 * len(p.cues) + 100 for p in t.passages)
    return text + 2 * len(b.title) + 100


def speaker_links(
    paths: Sequence[str], blocks: Sequence[tuple[SpeakerBlock, ...]]
) -> dict[str, tuple[str, str]]:
    """Speaker key -> (path, anchor) of the page where that speaker's quotes start."""
    links: dict[str, tuple[str, str]] = {}
    for path, page in zip(paths, blocks, strict=True):
        for block in page:
            if not block.continued:
                links[block.speaker.key] = (path, block.speaker.anchor)
    return links


def plan(corpus: Corpus) -> Iterator[PageSpec]:
    """Yield every cross-article page of ``corpus`` (not the briefings, not the data files)."""
    size = PAGE_SIZE
    by_month = months(corpus)
    blocks = speaker_blocks(corpus.speakers, size["quotes"])
    quote_paths = page_paths("quotes/index.md", len(blocks))
    links = speaker_links(quote_paths, blocks)
    orgs = organization_slugs(corpus)
    shared: dict[str, Any] = {
        "speaker_links": links,
        "org_slugs": orgs,
        "cap": CAP,
        "archive_path": archive_path,
    }
    yield PageSpec("home.md.j2", "index.md", {**shared, "months": by_month[:12], "latest": LATEST})
    yield from paged("archive_index.md.j2", "archive/index.md", by_month, size["months"], **shared)
    for month, items in by_month:
        yield from paged(
            "archive.md.j2",
            archive_path(month),
            items,
            size["archive"],
            month=month,
            total=len(items),
            **shared,
        )
    yield from paged("briefings_index.md.j2", "briefings/index.md", corpus.briefings, size["briefings"])
    for n, (path, page) in enumerate(zip(quote_paths, blocks, strict=True), start=1):
        yield PageSpec("quotes.md.j2", path, {"rows": page, "pager": Pager(quote_paths, n), **shared})
    yield from paged("speakers.md.j2", "speakers/index.md", corpus.speakers, size["speakers"], **shared)
    members = [(org, len(rows)) for org, rows in corpus.members.items()]
    yield from paged(
        "members_index.md.j2", "members/index.md", members, size["organizations_index"], **shared
    )
    for org, rows in corpus.members.items():
        yield from paged("members.md.j2", f"members/{orgs[org]}.md", rows, size["members"], org=org, **shared)
    yield from paged("people.md.j2", "people/index.md", corpus.people, size["people"], **shared)
    yield from paged(
        "organizations.md.j2", "organizations/index.md", corpus.organizations, size["organizations"], **shared
    )
    yield from paged("glossary.md.j2", "glossary/index.md", corpus.glossary, size["glossary"], **shared)
    yield from paged("topics_index.md.j2", "topics/index.md", corpus.topics, size["topics"])
    for t in corpus.topics:
        yield from paged(
            "topic.md.j2", f"topics/{t.id}.md", t.passages, size["topic"], weight=_passages_weight, topic=t
        )
    yield PageSpec("data.md.j2", "data/index.md", {})
